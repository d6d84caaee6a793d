// Builds the package into dist/: JavaScript (Vite library mode, ESM and CJS), the one-script embed,
// type declarations for both module kinds, the two stylesheets and schema.json.
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
// dist/embed.js: the custom element with React included, for pages without a bundler.
run(bin("vite"), ["build", "--config", "vite.embed.config.ts", "--logLevel", "warn"]);
run(bin("tsc"), ["-p", "tsconfig.build.json"]);
writeCjsDeclarations(join(dist, "types"));
writeStyles();
run(bin("tsx"), ["scripts/write-json-schema.ts", join(dist, "schema.json")]);

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
