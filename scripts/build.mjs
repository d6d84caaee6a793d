// Builds the package into dist/: JavaScript (Vite library mode, ESM and CJS), the one-script embed,
// type declarations for both module kinds, the two stylesheets, schema.json and the showcase as JSON.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const bin = (name) => join(root, "node_modules", ".bin", name);
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: "inherit" });

rmSync(dist, { recursive: true, force: true });
run(bin("vite"), ["build", "--logLevel", "warn"]);
// The command line is an ES module only: `bin` runs dist/cli.js, and a CommonJS twin (which Vite's
// library mode writes for every entry) could not read the package's version through import.meta.
for (const file of ["cli.cjs", "cli.cjs.map"]) rmSync(join(dist, file));
// dist/embed.js: the custom element with React included, for pages without a bundler.
run(bin("vite"), ["build", "--config", "vite.embed.config.ts", "--logLevel", "warn"]);
run(bin("tsc"), ["-p", "tsconfig.build.json"]);
// The command line has no importable API: no declarations for it.
rmSync(join(dist, "types", "cli"), { recursive: true });
writeCjsDeclarations(join(dist, "types"));
writeElementCjsDeclarations(join(dist, "types", "element", "index.d.cts"));
writeStyles();
run(bin("tsx"), ["scripts/write-json.ts", dist]);

/** Each .d.ts gets a .d.cts twin whose relative imports point at .cjs, for `require` consumers. */
function writeCjsDeclarations(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) writeCjsDeclarations(path);
    else if (name.endsWith(".d.ts")) {
      const text = readFileSync(path, "utf8").replace(/(["'])(\.{1,2}\/[^"']+)\.js\1/g, "$1$2.cjs$1");
      writeFileSync(path.replace(/\.d\.ts$/, ".d.cts"), text);
    }
  }
}

/**
 * The element's CommonJS types are its ES module's, not a twin of them: the twin would declare the
 * element a second time, and a program that imports it both ways would see two different types for
 * the one `<vertailu-comparison>` tag in its global types (TS2717).
 */
function writeElementCjsDeclarations(path) {
  const text = `// The ES module's declarations, read from CommonJS: one declaration of the element and its tag.
import type * as Element from "./index.js" with { "resolution-mode": "import" };
export type ComparisonElementView = Element.ComparisonElementView;
export type ComparisonElementMessages = Element.ComparisonElementMessages;
export type ComparisonElementAttributes = Element.ComparisonElementAttributes;
export type ComparisonElementProps = Element.ComparisonElementProps;
export type VertailuComparisonElement = Element.VertailuComparisonElement;
export declare const VertailuComparisonElement: typeof Element.VertailuComparisonElement;
export declare const defineComparisonElement: typeof Element.defineComparisonElement;
`;
  // Every name the ES module exports is declared here too, or the build stops.
  const esm = readFileSync(path.replace(/\.d\.cts$/, ".d.ts"), "utf8");
  const names = [
    ...[...esm.matchAll(/^export (?:type )?\{([^}]*)\}/gm)].flatMap((match) => match[1].split(",")),
    ...[...esm.matchAll(/^export (?:interface|type|declare const|declare function|declare class) (\w+)/gm)].map(
      (match) => match[1],
    ),
  ].map((name) => name.replace(/^\s*type\s+/, "").trim());
  const missing = names.filter((name) => name && !new RegExp(`export (type|declare const) ${name}\\b`).test(text));
  if (missing.length > 0) throw new Error(`element/index.d.cts lacks ${missing.join(", ")}`);
  writeFileSync(path, text);
}

/** styles.css inlines src/styles.css's imports; styles.layer.css holds the same rules in @layer vertailu. */
function writeStyles() {
  const css = inlineImports(join(root, "src", "styles.css"));
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, "styles.css"), css);
  const indented = css
    .split("\n")
    .map((line) => (line ? `  ${line}` : line))
    .join("\n");
  // The stylesheets' types: imported for their side effect, they export nothing. TypeScript 6
  // checks side-effect imports, so `import "vertailu/styles.css"` needs a declaration to resolve.
  writeFileSync(
    join(dist, "types", "css.d.ts"),
    "// vertailu's stylesheets are imported for their side effect: they export nothing.\nexport {};\n",
  );
  writeFileSync(
    join(dist, "styles.layer.css"),
    `/* vertailu's rules inside @layer vertailu: order it among your own layers. */\n@layer vertailu {\n${indented}\n}\n`,
  );
}

function inlineImports(file) {
  return readFileSync(file, "utf8").replace(/^@import "([^"]+)";$/gm, (_, relative) =>
    inlineImports(resolve(dirname(file), relative)).trim(),
  );
}
