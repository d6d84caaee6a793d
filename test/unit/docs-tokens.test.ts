// The Theming page's token table reads src/theme/tokens.css; it must list every token declared there.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { render } from "@testing-library/react";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { TokenTable } from "../../stories/docs/token-table.js";
import { parseTokens, resolveLightDark, resolveReferences } from "../../stories/docs/tokens.js";

// Read from disk, not through the bundler, so the count does not depend on the parser's own import.
const css = readFileSync(resolve(import.meta.dirname, "../../src/theme/tokens.css"), "utf8");
const declared = [...new Set([...css.matchAll(/(--vertailu-[a-z0-9-]+)\s*:/g)].map((match) => match[1]))];

describe("the Theming page's token table", () => {
  it("finds every --vertailu- variable declared in tokens.css, once each", () => {
    const names = parseTokens(css).map((token) => token.name);
    expect(declared.length).toBeGreaterThan(40);
    expect([...names].sort()).toEqual([...declared].sort());
  });

  it("renders a row for every declared token", () => {
    // Vitest's unit project empties CSS imports (the `?raw` one included), so the file goes in as a
    // prop here; the catalogue test checks the built Theming page's count against the file too.
    const { container } = render(createElement(TokenTable, { css }));
    const rows = [...container.querySelectorAll("[data-token]")].map((row) => row.getAttribute("data-token"));
    expect([...rows].sort()).toEqual([...declared].sort());
    expect(container.querySelector("caption")).toHaveTextContent(`${declared.length} tokens`);
  });

  it("splits light-dark() into the light and the dark value", () => {
    const accent = parseTokens(css).find((token) => token.name === "--vertailu-color-accent");
    const expected = /--vertailu-color-accent:\s*light-dark\(([^,]+),\s*([^)]+)\)/.exec(css);
    expect(accent?.light).toBe(expected?.[1]);
    expect(accent?.dark).toBe(expected?.[2]);
    expect(accent?.themed).toBe(true);
  });

  it("keeps a value without light-dark() as one value for both themes", () => {
    const radius = parseTokens(css).find((token) => token.name === "--vertailu-radius");
    expect(radius?.themed).toBe(false);
    expect(radius?.light).toBe(radius?.value);
  });

  it("resolves light-dark() nested in a longer value, and var() references", () => {
    expect(resolveLightDark("0 2px 4px light-dark(rgb(1 2 3 / 12%), rgb(0 0 0 / 45%))", "dark")).toBe(
      "0 2px 4px rgb(0 0 0 / 45%)",
    );
    const tokens = parseTokens(css);
    const accent = tokens.find((token) => token.name === "--vertailu-color-accent");
    expect(resolveReferences("var(--vertailu-color-accent)", tokens, "dark")).toBe(accent?.dark);
  });

  it("sorts the tokens under tokens.css's group headings, and a longer comment explains one token", () => {
    const tokens = parseTokens(css);
    expect([...new Set(tokens.map((token) => token.group))]).toEqual([
      "Neutrals, surface to text",
      "Brand and meaning",
      "Type families (TypeBadge)",
      "Type",
      "Spacing, a 4 px scale",
      "Shape",
      "Controls and bars",
      "Focus",
      "Motion",
      "Layering",
      "Layout",
      "Print",
    ]);
    // A sentence with a colon in it is a note, not a heading.
    const stackBelow = tokens.find((token) => token.name === "--vertailu-stack-below");
    expect(stackBelow?.group).toBe("Layout");
    expect(stackBelow?.note).toMatch(/^Containers narrower than this show the stacked layout: /);
  });

  it("reads the forced-colours and reduced-motion overrides", () => {
    const tokens = parseTokens(css);
    expect(tokens.find((token) => token.name === "--vertailu-color-text")?.forcedColors).toBe("CanvasText");
    expect(tokens.find((token) => token.name === "--vertailu-motion-duration")?.reducedMotion).toBe("0ms");
  });
});

describe("the variables the components' CSS reads", () => {
  // The Theming page says the CSS reads the tokens and, besides them, only variables the components
  // set themselves on their own elements: internal, not for a host to set.
  const sourceFiles = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? sourceFiles(join(folder, entry.name)) : [join(folder, entry.name)],
    );
  const files = sourceFiles(resolve(import.meta.dirname, "../../src"));
  const stylesheets = files.filter((file) => file.endsWith(".css")).map((file) => readFileSync(file, "utf8"));
  const scripts = files.filter((file) => /\.tsx?$/.test(file)).map((file) => readFileSync(file, "utf8"));

  it("are tokens, or variables a component sets on its own elements", () => {
    const read = new Set(
      stylesheets.flatMap((text) => [...text.matchAll(/var\((--vertailu-[a-z0-9-]+)/g)].map((m) => m[1])),
    );
    const setByComponents = new Set([
      ...stylesheets
        .filter((text) => text !== css)
        .flatMap((text) => [...text.matchAll(/(--vertailu-[a-z0-9-]+)\s*:/g)].map((m) => m[1])),
      ...scripts.flatMap((text) => [...text.matchAll(/["'`](--vertailu-[a-z0-9-]+)["'`]/g)].map((m) => m[1])),
    ]);
    const internal = [...read].filter((name) => !declared.includes(name as string));
    expect(internal.length).toBeGreaterThan(0);
    expect(internal.filter((name) => !setByComponents.has(name as string))).toEqual([]);
  });

  it("size things with tokens: no pixel value in a size, padding, gap, radius or border width", () => {
    const sizing =
      /(?<![\w-])((?:min-|max-)?(?:inline|block)-size|font-size|padding(?:-[a-z-]+)?|flex(?:-basis)?|gap|border-radius|border(?:-[a-z]+)*-width)\s*:\s*([^;{}]+);/g;
    const declarations = stylesheets
      .filter((text) => text !== css)
      .flatMap((text) => [...text.matchAll(sizing)].map((m) => `${m[1]}: ${m[2]}`));
    expect(declarations.length).toBeGreaterThan(100);
    // 1 px stays: the box of text hidden for all but screen readers, not a design decision.
    expect(declarations.filter((declaration) => /\b(?!1px\b)\d*\.?\d+px\b/.test(declaration))).toEqual([]);
  });
});
