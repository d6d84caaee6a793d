// dist/embed.js: one self-contained script (React, react-dom and vertailu) that defines
// <vertailu-comparison>, for pages without a bundler. Run by scripts/build.mjs after the library build.
//
// The script carries React 18.3: its react-dom is about 23 kB (gzip) smaller than React 19's, which
// keeps embed.js inside its size budget. The React inside embed.js is private to the script (the
// host page never sees it), and vertailu supports both versions. React 18 cannot sit beside the
// project's React 19 in node_modules (npm rejects the peer conflict), so it is installed once, at
// the pinned version, into its own folder.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { asciiOnly } from "./scripts/ascii-only.mjs";
import { compactCss } from "./scripts/compact-css.mjs";

export const embedReactVersion = "18.3.1";

const root = fileURLToPath(new URL(".", import.meta.url));
const reactHome = join(root, "node_modules", ".vertailu-embed-react");
const modules = join(reactHome, "node_modules");

function installedVersion(name: string): string | undefined {
  const file = join(modules, name, "package.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version : undefined;
}

if (installedVersion("react") !== embedReactVersion || installedVersion("react-dom") !== embedReactVersion) {
  mkdirSync(reactHome, { recursive: true });
  writeFileSync(join(reactHome, "package.json"), JSON.stringify({ name: "vertailu-embed-react", private: true }));
  execFileSync(
    process.platform === "win32" ? "npm.cmd" : "npm",
    [
      "install",
      "--prefer-offline",
      "--no-audit",
      "--no-fund",
      "--no-package-lock",
      "--ignore-scripts",
      `react@${embedReactVersion}`,
      `react-dom@${embedReactVersion}`,
    ],
    { cwd: reactHome, stdio: ["ignore", "ignore", "inherit"] },
  );
}

export default defineConfig({
  configFile: false,
  plugins: [react(), asciiOnly()],
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  // The stylesheet the shadow root adopts, without its comments and layout; its rules stay as written.
  css: { postcss: { plugins: [compactCss()] } },
  resolve: {
    alias: [
      { find: /^react$/, replacement: join(modules, "react", "index.js") },
      { find: /^react\/(.*)$/, replacement: join(modules, "react", "$1") },
      { find: /^react-dom$/, replacement: join(modules, "react-dom", "index.js") },
      { find: /^react-dom\/(.*)$/, replacement: join(modules, "react-dom", "$1") },
    ],
  },
  build: {
    outDir: "dist",
    emptyOutDir: false,
    sourcemap: false,
    minify: true,
    // The shadow root adopts the shipped stylesheet's own text: no minifier rewrites its rules.
    cssMinify: false,
    target: "es2022",
    lib: {
      entry: resolve(root, "src/element/embed.ts"),
      formats: ["iife"],
      name: "vertailuEmbed",
      fileName: () => "embed.js",
    },
  },
});
