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

  it("finds the selectors this guards against", () => {
    expect(unindexable(":where(.a .b)")).toHaveLength(1);
    expect(unindexable(":is(.a, .b)")).toHaveLength(1);
    expect(unindexable(".x :where(th, td)")).toHaveLength(1);
    expect(unindexable(":where(.a[data-x]):hover")).toHaveLength(1);
    expect(unindexable(":where(.a) :where(.b):where([data-x])")).toEqual([]);
    expect(unindexable(":is(.a .b) .c")).toEqual([]);
  });
});
