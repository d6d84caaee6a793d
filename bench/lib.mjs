// Shared by the benchmark driver and the profiler: the benchmark's own dependencies, building the
// pages, serving them, the browser.
import { spawnSync } from "node:child_process";
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { chromium } from "playwright";
import { build } from "vite";
import { chromiumLaunchOptions, installHint } from "../scripts/chromium.mjs";

export const benchDir = fileURLToPath(new URL(".", import.meta.url));
export const repo = resolve(benchDir, "..");
const pageDir = join(benchDir, "page");
export const outDir = join(benchDir, ".out");
export const candidates = ["plain", "vertailu", "primer", "mantine"];

/** The version of `name` installed in `dir`'s node_modules, or undefined when it is not there. */
export function installedVersion(dir, name) {
  const manifest = join(dir, "node_modules", name, "package.json");
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, "utf8")).version : undefined;
}

/**
 * The peers the pages import (bench/package.json) as bench/package-lock.json pins them: missing or
 * other versions installed. Empty when bench/node_modules matches the lockfile.
 */
export function benchDependencyProblems() {
  const lock = JSON.parse(readFileSync(join(benchDir, "package-lock.json"), "utf8"));
  const wanted = Object.keys(JSON.parse(readFileSync(join(benchDir, "package.json"), "utf8")).dependencies ?? {});
  const problems = [];
  for (const name of wanted) {
    const pinned = lock.packages?.[`node_modules/${name}`]?.version;
    const installed = installedVersion(benchDir, name);
    if (installed !== pinned)
      problems.push(`${name}: ${installed ?? "not installed"}, lockfile ${pinned ?? "has none"}`);
  }
  return problems;
}

/**
 * Installs the benchmark's own dependencies (`npm ci --prefix bench`) when bench/node_modules does
 * not match bench/package-lock.json, so `npm run bench` works on a fresh clone after `npm ci`.
 */
export function ensureBenchDependencies(log = (message) => process.stderr.write(`${message}\n`)) {
  const problems = benchDependencyProblems();
  if (problems.length === 0) return;
  log(`installing the benchmark's own dependencies into bench/ (npm ci --prefix bench): ${problems.join("; ")}`);
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, ["ci", "--prefix", benchDir, "--no-audit", "--no-fund"], {
    cwd: repo,
    stdio: ["ignore", "inherit", "inherit"],
  });
  const left = result.status === 0 ? benchDependencyProblems() : problems;
  if (left.length > 0)
    throw new Error(
      `the benchmark's dependencies could not be installed (${result.error?.message ?? `npm ci exited with ${result.status}`}); ` +
        `run npm ci --prefix bench and try again. Still wrong: ${left.join("; ")}`,
    );
}

function viteConfig({ minify }) {
  return {
    configFile: false,
    root: pageDir,
    base: "./",
    logLevel: "warn",
    plugins: [react()],
    resolve: {
      // vertailu comes from the repository's source, compiled by Vite like an application would.
      alias: [
        { find: /^vertailu\/styles\.css$/, replacement: join(repo, "src/styles.css") },
        { find: /^vertailu$/, replacement: join(repo, "src/index.ts") },
      ],
      // One React for the library (resolved from the repository) and the peers (from bench/).
      dedupe: ["react", "react-dom"],
    },
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    build: { minify, sourcemap: true, reportCompressedSize: false, chunkSizeWarningLimit: 100_000 },
  };
}

/** Builds the four benchmark pages and the server-rendering bundle, in production mode. */
export async function buildAll({ minify = true } = {}) {
  const base = viteConfig({ minify });
  await build({
    ...base,
    mode: "production",
    build: {
      ...base.build,
      outDir: join(outDir, "page"),
      emptyOutDir: true,
      rollupOptions: { input: Object.fromEntries(candidates.map((name) => [name, join(pageDir, `${name}.html`)])) },
    },
  });
  await build({
    ...base,
    mode: "production",
    ssr: { noExternal: true, target: "node" },
    build: {
      ...base.build,
      outDir: join(outDir, "ssr"),
      emptyOutDir: true,
      ssr: join(pageDir, "ssr.tsx"),
      rollupOptions: { output: { entryFileNames: "ssr.mjs" } },
    },
  });
}

const types = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".map": "application/json",
  ".woff2": "font/woff2",
  ".svg": "image/svg+xml",
};

/** Serves the built pages on a free local port. */
export async function serve() {
  const root = join(outDir, "page");
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname));
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) };
}

/** Debian's Chromium with the project's flags, plus a callable gc() and unrounded heap sizes. */
export async function launch() {
  const options = chromiumLaunchOptions();
  if (!options.executablePath) throw new Error(installHint);
  return chromium.launch({
    ...options,
    args: [...options.args, "--js-flags=--expose-gc", "--enable-precise-memory-info"],
  });
}

/** Opens one candidate's page and waits for its harness. */
export async function openPage(context, url, name, query = "") {
  const page = await context.newPage();
  page.on("pageerror", (error) => console.error(`[${name}] ${error.message}`));
  await page.goto(`${url}/${name}.html${query ? `?${query}` : ""}`);
  await page.waitForFunction(() => window.bench?.ready === true);
  return page;
}
