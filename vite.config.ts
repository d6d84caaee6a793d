/// <reference types="vitest/config" />
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import react from "@vitejs/plugin-react";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig, type Plugin } from "vite";
import { chromiumLaunchOptions } from "./scripts/chromium.mjs";
import { compactCss } from "./scripts/compact-css.mjs";

const root = fileURLToPath(new URL(".", import.meta.url));

/** Library entries: name in dist → source. */
const entries = {
  index: "src/index.ts",
  schema: "src/schema/index.ts",
  "data/bpo-vs-call-center": "src/data/bpo-vs-call-center.ts",
  cli: "src/cli/index.ts",
  element: "src/element/index.ts",
};

/** Entries that hold React components: their built files start with 'use client'. */
const clientEntries = new Set(["index", "element"]);

const pureFactory = /(?<![\w$.])(cva|forwardRef|memo|createContext|withBoundary)\(/g;
const pureDeclaration = /^(?:var|const|let) [\w$]+ = (?:cva|forwardRef|memo|createContext|withBoundary)\(.*$/gm;

/**
 * Marks the top-level calls of pure factories (cva, forwardRef, memo, createContext, withBoundary)
 * with `/* @__PURE__ *\/` in the ES build. Without the mark a consumer's bundler must keep every
 * component's definition, so importing TypeBadge alone would carry the table and the widgets too.
 */
function annotatePureCalls(): Plugin {
  return {
    name: "vertailu:annotate-pure-calls",
    renderChunk(code, _chunk, options) {
      if (options.format !== "es") return null;
      const annotated = code.replace(pureDeclaration, (line) => line.replace(pureFactory, "/* @__PURE__ */ $1("));
      return annotated === code ? null : { code: annotated, map: null };
    },
  };
}

/**
 * In the ES build, the JSX runtime's imports (jsx, jsxs, Fragment) are taken into local constants
 * once per chunk: `import { jsx as $$jsx } from "react/jsx-runtime"; const jsx = $$jsx;`. A bundler
 * that turns ES imports into property reads (webpack; esbuild writing CommonJS or an IIFE, as
 * size-limit does) otherwise writes every JSX element as `(0, runtime.jsx)(…)`, hundreds of times;
 * a local constant is called as it is. Only the runtime: React's hooks and the other packages'
 * functions are called too few times each to pay for a constant of their own, and a constant
 * would keep valibot's functions from being left out of a bundle that does not use them.
 */
function localJsxRuntime(): Plugin {
  const runtimeImport = /^import \{([^}]*)\} from "react\/jsx-runtime";$/gm;
  return {
    name: "vertailu:local-jsx-runtime",
    renderChunk(code, _chunk, options) {
      if (options.format !== "es") return null;
      const rewritten = code.replace(runtimeImport, (_line, specifiers: string) => {
        // Each specifier is `name` or `name as local`.
        const names = specifiers
          .split(",")
          .filter((specifier) => specifier.trim())
          .map((specifier) => specifier.trim().split(/\s+as\s+/));
        const imports = names.map(([name, local = name]) => `${name} as $$${local}`).join(", ");
        const locals = names.map(([name, local = name]) => `${local} = $$${local}`).join(", ");
        // On the import's own line, so the chunk's source map (which this step leaves as it is)
        // still points each later line at its source.
        return `import { ${imports} } from "react/jsx-runtime"; const ${locals};`;
      });
      return rewritten === code ? null : { code: rewritten, map: null };
    },
  };
}

const external = [/^react($|\/)/, /^react-dom($|\/)/, /^@radix-ui\//, "class-variance-authority", "valibot", /^node:/];

/**
 * Both in-browser projects (the browser tests and the stories) run in headless Chromium. A fresh
 * object for each: vitest names each instance in place, so a shared one clashes.
 */
const chromiumBrowser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunchOptions() }),
  instances: [{ browser: "chromium" as const }],
});

export default defineConfig({
  plugins: [react(), annotatePureCalls(), localJsxRuntime()],
  // The element's stylesheet is built into dist/element.js as text: without its comments and layout.
  css: { postcss: { plugins: [compactCss()] } },
  build: {
    outDir: "dist",
    emptyOutDir: false,
    // Maps for working on the library, left out of the package: "hidden" writes them without the
    // sourceMappingURL comment, so no shipped file points at a map that is not there.
    sourcemap: "hidden",
    minify: false,
    lib: {
      entry: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, resolve(root, file)])),
      formats: ["es", "cjs"],
      fileName: (format, name) => `${name}.${format === "es" ? "js" : "cjs"}`,
    },
    rollupOptions: {
      external,
      // Library mode writes every entry as CommonJS too, where `import.meta` is empty. The command
      // line reads its version through it, so its CommonJS twin is deleted (scripts/build.mjs).
      onLog(level, log, handler) {
        if (log.code === "EMPTY_IMPORT_META" && /[\\/]src[\\/]cli[\\/]/.test(log.id ?? "")) return;
        handler(level, log);
      },
      output: {
        // The main entry holds only re-exports, so a bundle that imports one component carries
        // none of the entry's own imports (react, cva, the validator's valibot). Rolldown would put
        // the export (only the entry uses it) in the entry: all the React code (components, their
        // helpers, messages and theme) gets one chunk of its own, which imports React, cva and the
        // tooltip once; a bundler that turns each chunk's imports into requires then asks once too.
        // The schema's helpers, which import nothing, come first, so `vertailu/schema` and the
        // CLI never import React; failureText among them, so a component does not import the
        // validator's chunk (and valibot with it) for it.
        codeSplitting: {
          groups: [
            {
              name: "schema-core",
              test: /[\\/]src[\\/]schema[\\/](path|text|url|builtin-types|list|failure-text)\.ts$/,
              priority: 2,
            },
            { name: "components", test: /[\\/]src[\\/](components|internal|messages|theme)[\\/]/, priority: 1 },
          ],
        },
        banner: (chunk) => {
          if (chunk.isEntry && chunk.name === "cli") return "#!/usr/bin/env node";
          if (chunk.isEntry && clientEntries.has(chunk.name)) return '"use client";';
          return "";
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "jsdom",
          include: ["test/unit/**/*.test.{ts,tsx}"],
          setupFiles: ["test/unit/setup.ts"],
        },
      },
      {
        extends: true,
        // One optimized copy of React for the tests and react-dom/client alike.
        optimizeDeps: { include: ["react", "react-dom", "react-dom/client", "@testing-library/react"] },
        test: {
          name: "browser",
          include: ["test/browser/**/*.browser.test.{ts,tsx}"],
          setupFiles: ["test/browser/setup.ts"],
          browser: chromiumBrowser(),
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: resolve(root, ".storybook") })],
        test: {
          name: "storybook",
          browser: chromiumBrowser(),
        },
      },
    ],
  },
});
