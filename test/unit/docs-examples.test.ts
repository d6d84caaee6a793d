// The documentation pages' code examples must keep working with the package's public API, and
// the JSON files the recipes fetch must stay equal to the data they stand for.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import * as dataEntry from "../../src/data/bpo-vs-call-center.js";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import * as mainEntry from "../../src/index.js";
import * as schemaEntry from "../../src/schema/index.js";
import { asApp, recipeFiles } from "../../stories/docs/as-app.js";
import { brokenExample } from "../../stories/docs/broken-example.js";

const root = resolve(import.meta.dirname, "../..");
const stories = join(root, "stories");
// The catalogue's pages, and the README, which is all the docs an installed package has.
const pages = [
  ...readdirSync(stories)
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => ({ name, text: readFileSync(join(stories, name), "utf8") })),
  { name: "README.md", text: readFileSync(join(root, "README.md"), "utf8") },
];
const packageJson = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  exports: Record<string, unknown>;
};

/** Fenced code blocks of a page, with their language. */
function codeBlocks(text: string): { lang: string; code: string }[] {
  return [...text.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match) => ({
    lang: match[1] ?? "",
    code: match[2] ?? "",
  }));
}

const entries: Record<string, Record<string, unknown>> = {
  vertailu: mainEntry,
  "vertailu/schema": schemaEntry,
  "vertailu/data/bpo-vs-call-center": dataEntry,
};

describe("the documentation pages' code examples", () => {
  it("has pages with code to check", () => {
    expect(pages.map((page) => page.name)).toEqual(expect.arrayContaining(["getting-started.mdx", "theming.mdx"]));
    expect(pages.flatMap((page) => codeBlocks(page.text)).length).toBeGreaterThan(15);
  });

  for (const page of pages) {
    it(`${page.name}: imports only what the package exports`, () => {
      for (const { code } of codeBlocks(page.text)) {
        for (const match of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*"(vertailu[^"]*)"/g)) {
          const [, names = "", from = ""] = match;
          const entry = entries[from];
          expect(entry, `${page.name}: unknown entry ${from}`).toBeDefined();
          for (const name of names.split(",").map((part) => part.trim())) {
            if (!name || name.startsWith("type ")) continue;
            expect(Object.keys(entry ?? {}), `${page.name}: ${name} from ${from}`).toContain(name);
          }
        }
        for (const match of code.matchAll(/import\s*"(vertailu\/[^"]+)"/g)) {
          const subpath = `./${(match[1] ?? "").slice("vertailu/".length)}`;
          expect(Object.keys(packageJson.exports), `${page.name}: ${match[1]}`).toContain(subpath);
        }
      }
    });
  }

  it("shows whole comparisons in JSON that validate", () => {
    const comparisons = pages
      .flatMap((page) => codeBlocks(page.text))
      .filter((block) => block.lang === "json" && block.code.includes('"options"'));
    expect(comparisons.length).toBeGreaterThan(0);
    for (const block of comparisons) {
      const result = mainEntry.safeParseComparison(JSON.parse(block.code));
      expect(result.success ? [] : result.error.issues).toEqual([]);
    }
  });

  it("shows in the README a comparison in JSON that validates, with its $schema line", () => {
    const readme = pages.find((page) => page.name === "README.md")?.text ?? "";
    const json = codeBlocks(readme).filter((block) => block.lang === "json" && block.code.includes('"options"'));
    expect(json).toHaveLength(1);
    const data = JSON.parse(json[0]?.code ?? "");
    expect(data.$schema).toBe("../node_modules/vertailu/dist/schema.json");
    const result = mainEntry.safeParseComparison(data);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it("passes parseComparison in Getting started an object it accepts", () => {
    const page = pages.find((candidate) => candidate.name === "getting-started.mdx")?.text ?? "";
    const literal = /parseComparison\((\{[\s\S]*?\n\})\);/.exec(page)?.[1];
    expect(literal).toBeDefined();
    const value: unknown = new Function(`return (${literal});`)();
    const result = mainEntry.safeParseComparison(value);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  /** The lines about `file` in Getting started's text blocks: the CLI's output as the page shows it. */
  const shownCliLines = (file: string) =>
    codeBlocks(pages.find((candidate) => candidate.name === "getting-started.mdx")?.text ?? "")
      .filter((block) => block.lang === "text")
      .flatMap((block) => block.code.trim().split("\n"))
      .filter((line) => line.startsWith(`comparisons/${file}: `));

  it("prints CLI output in Getting started that the CLI really prints", async () => {
    const shown = shownCliLines("broken.json");
    expect(shown.length).toBeGreaterThan(0);
    const broken = join(stories, "assets", "broken.json");
    const out: string[] = [];
    const status = await run(["validate", broken], (line) => out.push(line));
    expect(status).toBe(1);
    for (const line of shown) expect(out).toContain(line.replace("comparisons/broken.json", broken));
  });

  it("prints the CLI's line for a file that is not JSON as Getting started shows it", async () => {
    const shown = shownCliLines("draft.json");
    expect(shown).toHaveLength(1);
    // The Embedding page's "Not JSON" story loads the same file.
    const draft = join(stories, "assets", "draft.json");
    const err: string[] = [];
    const status = await run(
      ["validate", draft],
      () => {},
      (line) => err.push(line),
    );
    expect(status).toBe(2);
    expect(err).toEqual(shown.map((line) => line.replace("comparisons/draft.json", draft)));
  });
});

describe("the recipes' Show code", () => {
  for (const [recipe, files] of Object.entries(recipeFiles)) {
    it(`${recipe}: imports only React, vertailu and the files it shows, so that copied code builds`, () => {
      const shown = asApp(
        Object.fromEntries(files.map((file) => [file, readFileSync(join(stories, "recipes", file), "utf8")])),
      );
      const named = new Set([...shown.matchAll(/^\/\/ ([\w-]+)\.tsx$/gm)].map((match) => `./${match[1]}.js`));
      const imports = [...shown.matchAll(/^import\s[^;]*?"([^"]+)";$/gm)].map((match) => match[1] ?? "");
      expect(imports.length).toBeGreaterThan(0);
      for (const from of imports) {
        expect(from === "react" || /^vertailu(\/|$)/.test(from) || named.has(from), `${recipe}: ${from}`).toBe(true);
      }
    });
  }
});

describe("the JSON files the recipes fetch", () => {
  it("bpo.json is the showcase comparison", () => {
    expect(JSON.parse(readFileSync(join(stories, "assets", "bpo.json"), "utf8"))).toEqual(bpoVsCallCenter);
  });

  it("broken.json is the Schema page's broken example", () => {
    expect(JSON.parse(readFileSync(join(stories, "assets", "broken.json"), "utf8"))).toEqual(brokenExample);
  });
});
