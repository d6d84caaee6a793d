// The packed tarball, installed into empty folders and used the way a consumer would.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { before, describe, it } from "node:test";
import { SourceMapConsumer } from "source-map-js";

const root = resolve(import.meta.dirname, "../..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const quiet = { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" };
let tarball;
/** The files in the tarball, as `npm pack --json` lists them. */
let packedFiles;
let app;
let bare;

const versionOf = (name) => JSON.parse(readFileSync(join(root, "node_modules", name, "package.json"), "utf8")).version;
const reactVersion = versionOf("react");
const bin = (name) => join(root, "node_modules/.bin", name);

function makeApp(name, installArgs) {
  const folder = join(mkdtempSync(join(tmpdir(), "vertailu-")), name);
  mkdirSync(folder);
  writeFileSync(join(folder, "package.json"), JSON.stringify({ name, private: true, type: "module" }));
  execFileSync(npm, ["install", "--no-audit", "--no-fund", "--prefer-offline", ...installArgs], {
    cwd: folder,
    ...quiet,
  });
  return folder;
}

function node(cwd, args, input) {
  return spawnSync(process.execPath, args, { cwd, encoding: "utf8", input });
}

before(() => {
  const packed = JSON.parse(
    execFileSync(npm, ["pack", "--json", "--pack-destination", tmpdir()], { cwd: root, ...quiet }),
  );
  tarball = join(tmpdir(), packed[0].filename);
  packedFiles = packed[0].files.map((file) => file.path);
  app = makeApp("consumer", [
    tarball,
    `react@${reactVersion}`,
    `react-dom@${reactVersion}`,
    `@types/react@${versionOf("@types/react")}`,
    `@types/react-dom@${versionOf("@types/react-dom")}`,
  ]);
  // No React at all: the schema entry must still work.
  bare = makeApp("server-only", ["--omit=peer", tarball]);
});

describe("the packed vertailu tarball", () => {
  it("imports as ESM in Node and renders a TypeBadge on the server", () => {
    const script = `
      import { parseComparison, TypeBadge } from "vertailu";
      import { createElement } from "react";
      import { renderToString } from "react-dom/server";
      if (typeof parseComparison !== "function") throw new Error("no parseComparison");
      console.log(renderToString(createElement(TypeBadge, { type: "vertical-bpo", locale: "en" })));`;
    const result = node(app, ["--input-type=module", "-e", script]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /data-slot="type-badge"/);
    assert.match(result.stdout, /Vertical BPO/);
  });

  it("requires as CommonJS in Node", () => {
    const script = `
      const { parseComparison, TypeBadge, safeParseComparison } = require("vertailu");
      const { renderToString } = require("react-dom/server");
      const { createElement } = require("react");
      if (safeParseComparison({}).success) throw new Error("accepted {}");
      console.log(typeof parseComparison, renderToString(createElement(TypeBadge, { type: "inbound-call-center", locale: "fi" })));`;
    const result = node(app, ["-e", script]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^function /);
    assert.match(result.stdout, /Saapuva puhelinkeskus/);
  });

  it("serves vertailu/schema and the showcase data without React installed", () => {
    const script = `
      import { parseComparison } from "vertailu/schema";
      import { bpoVsCallCenter } from "vertailu/data/bpo-vs-call-center";
      const data = parseComparison(bpoVsCallCenter);
      console.log(data.options.length);
      try { await import("vertailu"); console.log("react-found"); } catch { console.log("react-missing"); }`;
    const result = node(bare, ["--input-type=module", "-e", script]);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.trim(), "2\nreact-missing");
    const cjs = node(bare, ["-e", `console.log(typeof require("vertailu/schema").safeParseComparison)`]);
    assert.equal(cjs.stdout.trim(), "function", cjs.stderr);
  });

  it("ships the stylesheets, schema.json, the showcase as JSON and package.json as subpath exports", () => {
    const script = `
      import { createRequire } from "node:module";
      import { readFileSync } from "node:fs";
      const require = createRequire(import.meta.url);
      const css = readFileSync(require.resolve("vertailu/styles.css"), "utf8");
      const layered = readFileSync(require.resolve("vertailu/styles.layer.css"), "utf8");
      const schema = JSON.parse(readFileSync(require.resolve("vertailu/schema.json"), "utf8"));
      const pkg = require("vertailu/package.json");
      // The showcase as JSON, for pages that load a comparison by URL: the same data, and valid.
      const { $schema, ...showcase } = JSON.parse(readFileSync(require.resolve("vertailu/data/bpo-vs-call-center.json"), "utf8"));
      const { bpoVsCallCenter } = await import("vertailu/data/bpo-vs-call-center");
      const { safeParseComparison } = await import("vertailu/schema");
      const data = { same: JSON.stringify(showcase) === JSON.stringify(bpoVsCallCenter), valid: safeParseComparison(showcase).success, $schema };
      console.log(JSON.stringify({ tokens: css.includes("--vertailu-color-accent"), layer: layered.includes("@layer vertailu {"), schema: schema.$schema, name: pkg.name, data }));`;
    const result = node(app, ["--input-type=module", "-e", script]);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), {
      tokens: true,
      layer: true,
      schema: "https://json-schema.org/draft/2020-12/schema",
      name: "vertailu",
      data: { same: true, valid: true, $schema: "../schema.json" },
    });
  });

  it("has every node_modules/vertailu/… file the docs name, and schema.json's $id names one too", () => {
    const docs = [
      join(root, "README.md"),
      ...readdirSync(join(root, "stories"))
        .filter((name) => name.endsWith(".mdx"))
        .map((name) => join(root, "stories", name)),
    ];
    const named = new Set();
    for (const file of docs) {
      for (const match of readFileSync(file, "utf8").matchAll(/node_modules\/vertailu\/([\w./-]+\w)/g))
        named.add(match[1]);
    }
    const installed = join(app, "node_modules/vertailu");
    const schema = JSON.parse(readFileSync(join(installed, "dist/schema.json"), "utf8"));
    named.add(schema.$id.replace("https://unpkg.com/vertailu/", ""));
    assert.ok(named.has("dist/schema.json") && named.has("dist/embed.js"), [...named].join(", "));
    for (const path of named)
      assert.ok(existsSync(join(installed, path)), `the docs name ${path}, which the package lacks`);
  });

  it("keeps CSS out of the JavaScript entries and 'use client' on the component entries only", () => {
    const dist = join(app, "node_modules/vertailu/dist");
    const read = (file) => readFileSync(join(dist, file), "utf8");
    for (const file of ["index.js", "index.cjs", "schema.js", "schema.cjs", "element.js", "element.cjs"]) {
      assert.doesNotMatch(read(file), /\.css["']/, file);
    }
    // A Next.js App Router server component can import the components: they are client modules.
    for (const file of ["index.js", "index.cjs", "element.js", "element.cjs"]) {
      assert.match(read(file), /^"use client";/, file);
    }
    // Server code imports the schema and the data: no client boundary, no React.
    for (const file of ["schema.js", "schema.cjs", "data/bpo-vs-call-center.js", "data/bpo-vs-call-center.cjs"]) {
      assert.doesNotMatch(read(file), /use client/, file);
      assert.doesNotMatch(read(file), /from "react|require\("react/, file);
    }
    for (const file of readdirSync(dist).filter((name) => /^(validate|schema-core)-.*\.c?js$/.test(name))) {
      assert.doesNotMatch(read(file), /use client|from "react|require\("react/, file);
    }
  });

  it("builds source maps (kept out of the package) that lead each line of the code back to its source line", () => {
    const dist = join(root, "dist");
    // The chunks that hold the components' and the validator's code, ES and CommonJS.
    const chunks = readdirSync(dist).filter((name) => /^(components|validate)-.*\.c?js$/.test(name));
    assert.equal(chunks.length, 4);
    // Text in the built code, and the source line it comes from, in each part of the code.
    const pairs = [
      ["{option} leads with {value}/100.", 'matrixLeader: "{option} leads with {value}/100."'],
      ["vertailu-comparison-table__caption", 'className="vertailu-comparison-table__caption"'],
      ["function formatList(", "export function formatList("],
      ["function parseComparison(", "export function parseComparison("],
    ];
    const seen = new Set();
    for (const name of chunks) {
      const lines = readFileSync(join(dist, name), "utf8").split("\n");
      const map = new SourceMapConsumer(JSON.parse(readFileSync(join(dist, `${name}.map`), "utf8")));
      for (const [built, source] of pairs) {
        const line = lines.findIndex((text) => text.includes(built));
        if (line < 0) continue;
        const at = map.originalPositionFor({ line: line + 1, column: lines[line].indexOf(built) });
        const text = map.sourceContentFor(at.source)?.split("\n")[at.line - 1] ?? "";
        assert.ok(text.includes(source), `${name}: "${built}" maps to ${at.source}:${at.line}, "${text.trim()}"`);
        seen.add(built);
      }
    }
    assert.deepEqual([...seen].sort(), pairs.map(([built]) => built).sort());
  });

  it("imports vertailu/element on the server without defining anything or failing", () => {
    const esm = node(app, [
      "--input-type=module",
      "-e",
      `const element = await import("vertailu/element");
       console.log(typeof element.defineComparisonElement, typeof element.VertailuComparisonElement);
       element.defineComparisonElement();`,
    ]);
    assert.equal(esm.status, 0, esm.stderr);
    assert.equal(esm.stdout.trim(), "function function");
    const cjs = node(app, ["-e", `console.log(typeof require("vertailu/element").defineComparisonElement)`]);
    assert.equal(cjs.status, 0, cjs.stderr);
    assert.equal(cjs.stdout.trim(), "function");
  });

  it("ships embed.js as one self-contained script", () => {
    const script = readFileSync(join(app, "node_modules/vertailu/dist/embed.js"), "utf8");
    assert.doesNotMatch(script, /^\s*import[\s{*]|\brequire\(["']/m, "no imports left to resolve");
    assert.match(script, /vertailu-comparison/);
    assert.match(script, /\.vertailu-comparison-table__table\{/, "the stylesheet travels inside");
    const resolved = node(app, ["-e", `console.log(require.resolve("vertailu/embed.js"))`]);
    assert.match(resolved.stdout.trim(), /dist[\\/]embed\.js$/, resolved.stderr);
  });

  it("lets a bundler drop everything but the imported TypeBadge", () => {
    const entry = join(app, "badge-only.mjs");
    writeFileSync(entry, `import { TypeBadge } from "vertailu";\nexport { TypeBadge };\n`);
    const bundled = spawnSync(
      join(root, "node_modules/.bin/esbuild"),
      [
        entry,
        "--bundle",
        "--minify",
        "--format=esm",
        "--external:react",
        "--external:react-dom",
        "--external:@radix-ui/*",
      ],
      { cwd: app, encoding: "utf8" },
    );
    assert.equal(bundled.status, 0, bundled.stderr);
    const code = bundled.stdout;
    assert.match(code, /vertailu-type-badge/, "the badge is there");
    for (const other of [
      "vertailu-comparison-table",
      "text/csv",
      "vertailu-decision-matrix",
      "vertailu-decision-wizard",
      "vertailu-pros-cons",
    ]) {
      assert.ok(!code.includes(other), `no ${other} in a TypeBadge-only bundle`);
    }
  });

  it("packs only the built package, its docs and licence, and passes npm publish --dry-run", () => {
    const files = packedFiles;
    for (const required of [
      "package.json",
      "README.md",
      "CHANGELOG.md",
      "LICENSE",
      "dist/index.js",
      "dist/element.js",
      "dist/embed.js",
      "dist/styles.css",
      "dist/styles.layer.css",
      "dist/schema.json",
    ]) {
      assert.ok(files.includes(required), `${required} is packed`);
    }
    const stray = files.filter(
      (file) => !/^(package\.json|README\.md|CHANGELOG\.md|LICENSE)$/.test(file) && !file.startsWith("dist/"),
    );
    assert.deepEqual(stray, [], "nothing outside dist/ but the docs");
    assert.deepEqual(
      files.filter((file) => /\.map$|\.test\.|stories|fixtures/.test(file)),
      [],
    );
    // A comment pointing at a map the package leaves out makes source-map tools warn on every file.
    const pointing = files.filter(
      (file) => /\.c?js$/.test(file) && /sourceMappingURL=/.test(readFileSync(join(root, file), "utf8")),
    );
    assert.deepEqual(pointing, [], "no packed script names a source map");
    const publish = spawnSync(npm, ["publish", "--dry-run", "--ignore-scripts"], { cwd: root, encoding: "utf8" });
    assert.equal(publish.status, 0, publish.stdout + publish.stderr);
    assert.match(publish.stderr + publish.stdout, /vertailu@\d+\.\d+\.\d+/);
  });

  it("ships no script that fails to load in Node", () => {
    // embed.js is for pages (it defines the element on `window`); every other script, named by an
    // export or not, loads on the server as the module kind its extension says.
    const scripts = packedFiles.filter((file) => /^dist\/.*\.c?js$/.test(file) && file !== "dist/embed.js");
    assert.ok(scripts.includes("dist/index.cjs") && scripts.includes("dist/cli.js"), scripts.join(", "));
    const script = `
      import { createRequire } from "node:module";
      import { pathToFileURL } from "node:url";
      const require = createRequire(import.meta.url);
      const failed = [];
      for (const file of ${JSON.stringify(scripts)}) {
        const path = "./node_modules/vertailu/" + file;
        try {
          if (file.endsWith(".cjs")) require(path);
          else if (!file.endsWith("cli.js")) await import(pathToFileURL(path).href);
        } catch (error) {
          failed.push(file + ": " + error.message.split("\\n")[0]);
        }
      }
      console.log(JSON.stringify(failed));`;
    const result = node(app, ["--input-type=module", "-e", script]);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), []);
  });

  it("runs `npx vertailu validate` with the documented exit codes", () => {
    const valid = join(app, "valid.json");
    const invalid = join(app, "invalid.json");
    const notJson = join(app, "broken.json");
    const script = `import { bpoVsCallCenter } from "vertailu/data/bpo-vs-call-center"; console.log(JSON.stringify(bpoVsCallCenter));`;
    writeFileSync(valid, node(app, ["--input-type=module", "-e", script]).stdout);
    writeFileSync(
      invalid,
      JSON.stringify({ schemaVersion: 1, id: "x", title: "T", options: [{ id: "a", name: "A" }], parameters: [] }),
    );
    writeFileSync(notJson, "{ nope");
    const npx = (...files) =>
      spawnSync("npx", ["--no-install", "vertailu", "validate", ...files], { cwd: app, encoding: "utf8" });

    const ok = npx("valid.json");
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /valid\.json: valid/);

    const bad = npx("valid.json", "invalid.json");
    assert.equal(bad.status, 1);
    assert.match(bad.stdout, /^invalid\.json: options: a comparison needs at least 2 options$/m);
    assert.match(bad.stdout, /^invalid\.json: parameters: a comparison needs at least 1 parameter$/m);

    const broken = npx("broken.json");
    assert.equal(broken.status, 2);
    assert.match(broken.stderr, /^broken\.json: not valid JSON/);
    assert.doesNotMatch(broken.stderr, /\n\s+at /, "no stack trace");

    const missing = npx("missing.json");
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr.trim(), "missing.json: cannot read the file (no such file)");

    // A mistyped option is named as one, and no file is checked without what it asked for.
    const typo = npx("--locale", "fi", "valid.json");
    assert.equal(typo.status, 2);
    assert.equal(typo.stderr.trim(), "--locale: unknown option (did you mean --locales?)");
    assert.equal(typo.stdout, "");

    // "-" is the standard input, as a pipeline hands it over: checked beside a file, and called stdin.
    const piped = (input, ...args) =>
      spawnSync("npx", ["--no-install", "vertailu", "validate", ...args], { cwd: app, encoding: "utf8", input });
    const fromPipe = piped(readFileSync(invalid, "utf8"), "valid.json", "-");
    assert.equal(fromPipe.status, 1, fromPipe.stderr);
    assert.match(fromPipe.stdout, /^valid\.json: valid$/m);
    assert.match(fromPipe.stdout, /^stdin: options: a comparison needs at least 2 options$/m);
    const validPipe = piped(readFileSync(valid, "utf8"), "-");
    assert.equal(validPipe.status, 0, validPipe.stderr);
    assert.equal(validPipe.stdout.trim(), "stdin: valid");
    const brokenPipe = piped("{ nope", "-");
    assert.equal(brokenPipe.status, 2);
    assert.match(brokenPipe.stderr, /^stdin: not valid JSON/);

    const version = spawnSync("npx", ["--no-install", "vertailu", "--version"], { cwd: app, encoding: "utf8" });
    assert.equal(version.status, 0, version.stderr);
    assert.equal(version.stdout.trim(), JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version);
  });

  it("types a TypeScript consumer's JSX, <vertailu-comparison> included, from the shipped declarations", () => {
    // The README's TSX samples too, each as written: they are what a newcomer copies first.
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const readmeSamples = [...readme.matchAll(/^```tsx\n([\s\S]*?)^```$/gm)].map((match, index) => {
      writeFileSync(join(app, `readme-${index}.tsx`), match[1]);
      return `readme-${index}.tsx`;
    });
    assert.ok(readmeSamples.length >= 2, "the README has TSX samples");
    writeFileSync(
      join(app, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          jsx: "react-jsx",
          lib: ["ES2022", "DOM"],
          strict: true,
          // The strictest settings a consumer may have: the declarations must hold under them.
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          noEmit: true,
          types: [],
        },
        files: ["typed.tsx", "required.cts", ...readmeSamples],
      }),
    );
    writeFileSync(
      join(app, "typed.tsx"),
      `import { ComparisonTable, DecisionMatrix, DecisionWizard, ProsConsPanel, TypeBadge, toCSV } from "vertailu";
      import type { HeadingLevel, MatrixMessages, ProConItem, ProsConsMessages, TableMessages, TypeBadgeTone, WizardMessages } from "vertailu";
      import { wizardResult } from "vertailu";
      import type { ComparisonTableProps, DecisionMatrixProps, TypeBadgeProps } from "vertailu";
      import type { RefObject } from "react";
      import { bpoVsCallCenter } from "vertailu/data/bpo-vs-call-center";
      import "vertailu/element";
      import { parseComparison } from "vertailu/schema";

      export const table = <ComparisonTable data={parseComparison(bpoVsCallCenter)} density="compact" />;
      export const badge = <TypeBadge type="inbound-call-center" locale="en" />;
      export const ownType = <TypeBadge type="hybrid" data={bpoVsCallCenter} />;
      // @ts-expect-error a misspelt built-in type id, with no data to look it up in
      export const typo = <TypeBadge type="horizontl-bpo" />;
      export function BrandBadge(props: TypeBadgeProps) {
        return <TypeBadge size="sm" {...props} />;
      }
      export const wizard = <DecisionWizard data={bpoVsCallCenter} onComplete={(result) => result.recommended} />;
      export const element = (
        <vertailu-comparison src="/bpo.json" view="matrix" theme="dark" locale="en" options="a,b" className="wide" />
      );
      export const src: string | undefined = document.querySelector("vertailu-comparison")?.src;
      const found = document.querySelector("vertailu-comparison");
      if (found) {
        found.view = "matrix";
        found.headingLevel = 3;
        found.headingLevel = undefined;
      }
      // A wrapper typed with a component's props type passes a ref on, as a React 19 component does.
      export function BrandTable({ className, ...rest }: ComparisonTableProps) {
        return <ComparisonTable {...rest} className={className ? \`brand \${className}\` : "brand"} />;
      }
      export function BrandMatrix(props: DecisionMatrixProps) {
        return <DecisionMatrix headingLevel={3} {...props} />;
      }
      declare const tableRef: RefObject<HTMLDivElement | null>;
      declare const matrixRef: RefObject<HTMLElement | null>;
      export const branded = <BrandTable ref={tableRef} data={bpoVsCallCenter} />;
      export const brandedMatrix = <BrandMatrix ref={matrixRef} data={bpoVsCallCenter} />;
      // A wrapper that forwards its own optional props, undefined included.
      export function Forward({ locale, caption }: { locale?: string | undefined; caption?: string | undefined }) {
        return <ComparisonTable data={bpoVsCallCenter} locale={locale} caption={caption} />;
      }
      // A wrapper that passes its heading level on to every component.
      export function Section({ level }: { level: HeadingLevel }) {
        return (
          <>
            <ComparisonTable data={bpoVsCallCenter} headingLevel={level} />
            <DecisionMatrix data={bpoVsCallCenter} headingLevel={level} />
            <DecisionWizard data={bpoVsCallCenter} headingLevel={level} />
            <ProsConsPanel data={bpoVsCallCenter} headingLevel={level} />
          </>
        );
      }
      // Data written as a literal, readonly to the last list.
      const literal = {
        schemaVersion: 1,
        id: "laptops",
        title: { fi: "Kannettavat", en: "Laptops" },
        options: [{ id: "a", name: "A" }, { id: "b", name: "B" }],
        parameters: [{ id: "weight", label: "Weight", values: { a: { kind: "number", value: 1.2, unit: "kg" }, b: "light" } }],
      } as const;
      export const fromLiteral = <ComparisonTable data={literal} options={["a", "b"] as const} />;
      const ids: readonly string[] = ["weight"];
      export const matrix = <DecisionMatrix data={literal} parameterIds={ids} headingLevel={6} />;
      export const csv: string = toCSV(literal, { options: ["a", "b"] as const });
      // Each component's strings, typed, for a host's own overrides.
      export const strings: Partial<TableMessages> & Partial<MatrixMessages> & Partial<WizardMessages> & Partial<ProsConsMessages> =
        { differencesOnly: "Only what differs", matrixTitle: "Weigh it", wizardNext: "On", pros: "For" };
      export const tone: TypeBadgeTone = "call-center";
      // Optional fields and options forwarded as they come, undefined included.
      declare const maybe: number | undefined;
      export const item: ProConItem = { text: "Fast", weight: maybe };
      export const outcome = wizardResult(bpoVsCallCenter, {}, { tieMargin: maybe, locale: undefined });
      // @ts-expect-error: headings stop at h6
      export const wrongLevel = <vertailu-comparison src="/bpo.json" heading-level={9} />;
      // @ts-expect-error: not a view
      export const wrongView = <vertailu-comparison src="/bpo.json" view="chart" />;
      // @ts-expect-error: not a theme
      export const wrongTheme = <vertailu-comparison src="/bpo.json" theme="blue" />;
      // @ts-expect-error: data must be a comparison
      export const wrongData = <ComparisonTable data={{ id: "x" }} />;
      `,
    );
    // The same program requires the element too, from CommonJS: one element type, one tag.
    writeFileSync(
      join(app, "required.cts"),
      `import element = require("vertailu/element");
      element.defineComparisonElement("intranet-comparison");
      export const tag: HTMLElementTagNameMap["vertailu-comparison"] | null = document.querySelector("vertailu-comparison");
      export const same: element.VertailuComparisonElement | null = tag;
      export const view: element.ComparisonElementView = "wizard";
      `,
    );
    const tsc = spawnSync(bin("tsc"), ["-p", "tsconfig.json"], { cwd: app, encoding: "utf8" });
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  });

  it("makes the id typo in Getting started's defineComparison sample the compile error its comment shows", () => {
    const page = readFileSync(join(root, "stories", "getting-started.mdx"), "utf8");
    const sample = [...page.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].find((match) =>
      match[1].includes("defineComparison({"),
    );
    assert.ok(sample, "Getting started has a defineComparison sample");
    const said = /\/\/ Error: (.*)$/m.exec(sample[1])?.[1];
    assert.ok(said, "the sample's comment says which error to expect");
    const check = (code) => {
      writeFileSync(join(app, "defined.ts"), code);
      writeFileSync(
        join(app, "tsconfig.defined.json"),
        JSON.stringify({
          compilerOptions: { target: "ES2022", module: "NodeNext", strict: true, noEmit: true, types: [] },
          files: ["defined.ts"],
        }),
      );
      return spawnSync(bin("tsc"), ["-p", "tsconfig.defined.json"], { cwd: app, encoding: "utf8" });
    };
    const typo = check(sample[1]);
    assert.notEqual(typo.status, 0);
    assert.ok(typo.stdout.includes(said), typo.stdout);
    // Spelled right, the same sample compiles.
    const fixed = check(sample[1].replace("caht:", "chat:"));
    assert.equal(fixed.status, 0, fixed.stdout + fixed.stderr);
  });

  it("passes publint and arethetypeswrong", () => {
    const lint = spawnSync(bin("publint"), ["run", "--strict", "--pack", "npm"], { cwd: root, encoding: "utf8" });
    assert.equal(lint.status, 0, lint.stdout + lint.stderr);
    const attw = spawnSync(
      bin("attw"),
      [
        tarball,
        "--profile",
        "node16",
        "--format",
        "ascii",
        "--exclude-entrypoints",
        "./styles.css",
        "./styles.layer.css",
        "./embed.js",
      ],
      { cwd: root, encoding: "utf8" },
    );
    assert.equal(attw.status, 0, attw.stdout + attw.stderr);
  });
});
