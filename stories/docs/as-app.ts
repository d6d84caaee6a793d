/** The files of `stories/recipes/` each recipe's "Show code" gives, the recipe's own first. */
export const recipeFiles = {
  showcasePage: ["intranet-page.tsx", "language-switch.tsx"],
  sidebar: ["sidebar-page.tsx"],
  loadFromUrl: ["load-comparison.tsx"],
} as const;

/**
 * A recipe's files as an app would write them, each under a line that names it: the library
 * imported by its package name, and the catalogue's page CSS (`recipes.css`, which the recipe does
 * not show) named in a comment rather than imported, so that copied code builds.
 */
export function asApp(files: Readonly<Record<string, string>>): string {
  const shown = Object.entries(files).map(
    ([name, code]) =>
      `// ${name}\n${code
        .replaceAll('"../../src/index.js"', '"vertailu"')
        .replaceAll('"../../src/data/bpo-vs-call-center.js"', '"vertailu/data/bpo-vs-call-center"')
        .replace(
          /^import "\.\/recipes\.css";$/m,
          "// The page's own layout (the recipe-* classes) is the catalogue's, not vertailu's: stories/recipes/recipes.css.",
        )}`,
  );
  return `// Once in the app: import "vertailu/styles.css";\n${shown.join("\n")}`;
}
