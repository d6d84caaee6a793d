// Chromium files each style rule under the class, id, attribute or element its selector ends in,
// and tries it only on elements that have it. A rule that ends in :is() or :where() holding a list
// or a descendant selector is tried on every element: with such rules, restyling a 10,000-cell table
// (a locale switch) took a third longer. These tests keep every shipped selector indexable.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const src = resolve(import.meta.dirname, "../../src");

/** styles.css and the files it imports, comments removed. */
function stylesheets(file = resolve(src, "styles.css")): { file: string; css: string }[] {
  const text = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
  const imports = [...text.matchAll(/^@import "([^"]+)";$/gm)].map((match) => resolve(dirname(file), match[1] ?? ""));
  return [{ file, css: text }, ...imports.flatMap((path) => stylesheets(path))];
}

/** Splits at a character outside brackets and quotes. */
function splitTop(text: string, at: (char: string) => boolean): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = "";
  let current = "";
  for (const char of text) {
    if (quote) quote = char === quote ? "" : quote;
    else if (char === '"' || char === "'") quote = char;
    else if (char === "(" || char === "[") depth++;
    else if (char === ")" || char === "]") depth--;
    else if (depth === 0 && at(char)) {
      parts.push(current);
      current = "";
      continue;
    }
    current += char;
  }
  return [...parts, current].map((part) => part.trim()).filter(Boolean);
}

/** Every selector of every style rule (at-rule preludes and keyframe steps left out). */
function selectors(css: string): string[] {
  const preludes = [...css.matchAll(/([^{};]+)\{/g)].map((match) => (match[1] ?? "").trim());
  return preludes
    .filter((prelude) => !prelude.startsWith("@") && !/^(from|to|\d+%)$/.test(prelude))
    .flatMap((prelude) => splitTop(prelude.replace(/\s+/g, " "), (char) => char === ","));
}

/** The :is() and :where() arguments in a selector's last compound that Chromium cannot index by. */
function unindexable(selector: string): string[] {
  const compounds = splitTop(selector, (char) => char === " " || char === ">" || char === "+" || char === "~");
  const last = compounds.at(-1) ?? "";
  const found: string[] = [];
  for (const match of last.matchAll(/:(?:is|where)\(/g)) {
    let depth = 1;
    let end = (match.index ?? 0) + match[0].length;
    while (depth > 0) {
      if (last[end] === "(") depth++;
      if (last[end] === ")") depth--;
      end++;
    }
    const argument = last.slice((match.index ?? 0) + match[0].length, end - 1);
    const simple = /^(\.[\w-]+|#[\w-]+|[a-z][\w-]*|\*|\[[^\]]+\]|:[\w-]+(\([^()]*\))?|:host)$/.test(argument);
    if (!simple) found.push(`${selector}  (:is/:where(${argument}))`);
  }
  return found;
}

/** Whether the selector ends in a table cell after a ~ that no :nth-child(-n + k) of its own bounds. */
function unboundSibling(selector: string): boolean {
  const compounds = splitTop(selector, (char) => char === " " || char === ">" || char === "+" || char === "~");
  const last = compounds.at(-1) ?? "";
  const afterSibling = /~\s*[^~+> ]+$/.test(selector);
  return afterSibling && /(^|[(:])t[hd]\b/.test(last) && !/:nth-child\(-n \+ \d+\)/.test(last);
}

describe("the shipped stylesheet's selectors", () => {
  const sheets = stylesheets();

  it("reads every component's stylesheet", () => {
    const names = sheets.map((sheet) => sheet.file.slice(src.length + 1));
    expect(names).toEqual(
      expect.arrayContaining([
        "theme/tokens.css",
        "components/comparison-table/comparison-table.css",
        "components/decision-matrix/decision-matrix.css",
        "components/type-badge/type-badge.css",
      ]),
    );
    expect(sheets.flatMap((sheet) => selectors(sheet.css)).length).toBeGreaterThan(200);
  });

  it("end in something Chromium can index rules by, not in :is() or :where() of a list or a descendant", () => {
    const offenders = sheets.flatMap((sheet) => selectors(sheet.css).flatMap(unindexable));
    expect(offenders).toEqual([]);
  });

  // A cell after a ~ walks back over every cell before it for the one the ~ asks for: over a row of
  // 3,000 options, restyling the row took seconds (a weight change in the decision matrix).
  it("bound a table cell after a ~ by its own position, so a long row restyles in linear time", () => {
    const offenders = sheets.flatMap((sheet) => selectors(sheet.css).filter(unboundSibling));
    expect(offenders).toEqual([]);
  });

  // The rules that count a row's cells pick the same cells as before they were bound: every cell of
  // a row of the length they ask for, none of any other row.
  it("give the matrix's columns their width by the number of options, and print six or more densely", () => {
    const css = sheets.find((sheet) => sheet.file.endsWith("decision-matrix.css"))?.css ?? "";
    const ruleSelectors = (declaration: string) =>
      [...css.matchAll(/([^{};]+)\{([^{}]*)\}/g)]
        .filter((match) => (match[2] ?? "").includes(declaration))
        .flatMap((match) => splitTop((match[1] ?? "").replace(/\s+/g, " ").trim(), (char) => char === ","));
    const cellsPicked = (selector: string, cells: number) => {
      document.body.innerHTML = `<table class="vertailu-decision-matrix__table"><thead><tr>${"<th></th>".repeat(cells)}</tr></thead><tbody><tr><th></th>${"<td></td>".repeat(cells - 1)}</tr></tbody></table>`;
      return [...document.querySelectorAll("thead th, tbody > tr > *")].filter((cell) => cell.matches(selector)).length;
    };
    for (const columns of [3, 7, 13]) {
      const selector = ruleSelectors(`inline-size: calc(100% / ${columns});`).join(", ");
      for (const cells of [2, 3, 4, 6, 7, 8, 12, 13, 14, 40]) {
        expect(cellsPicked(selector, cells), `${cells} cells, ${columns} columns`).toBe(cells === columns ? cells : 0);
      }
    }
    const dense = ruleSelectors("font-size: var(--vertailu-print-dense-font-size);").join(", ");
    for (const cells of [2, 6, 7, 8, 12, 40]) {
      expect(cellsPicked(dense, cells), `${cells} cells printed`).toBe(cells >= 7 ? 2 * cells : 0);
    }
  });

  it("finds the cells after a ~ that are not bound by their position", () => {
    expect(unboundSibling(":where(tr) > :where(:first-child):where(:nth-last-child(3)) ~ :where(th)")).toBe(true);
    expect(unboundSibling(".a th:first-child ~ td")).toBe(true);
    expect(
      unboundSibling(":where(th):where(:first-child):where(:nth-last-child(3)) ~ :where(th):where(:nth-child(-n + 3))"),
    ).toBe(false);
    expect(unboundSibling(".a ~ .b")).toBe(false);
    expect(unboundSibling(":where(thead) :where(th)")).toBe(false);
  });

  it("finds the selectors this guards against", () => {
    expect(unindexable(":where(.a .b)")).toHaveLength(1);
    expect(unindexable(":is(.a, .b)")).toHaveLength(1);
    expect(unindexable(".x :where(th, td)")).toHaveLength(1);
    expect(unindexable(":where(.a[data-x]):hover")).toHaveLength(1);
    expect(unindexable(":where(.a) :where(.b):where([data-x])")).toEqual([]);
    expect(unindexable(":is(.a .b) .c")).toEqual([]);
  });
});
