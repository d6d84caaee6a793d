// Shared by the Chromium tests that drive real pages: a static server on 127.0.0.1, the browser,
// and a page watcher that records every console error, page error and CSP violation.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright";
import { chromiumLaunchOptions, installHint } from "../../scripts/chromium.mjs";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'";

/**
 * The strict policy, and Trusted Types enforced with no policy allowed: no script of the page may
 * hand a string to an HTML or script sink (innerHTML, a script's text), as hardened intranets require.
 */
export const trustedTypesCsp = `${strictCsp}; require-trusted-types-for 'script'; trusted-types 'none'`;

/**
 * Serves `routes` (path → { body, type?, status?, headers? } or a function returning one, or
 * handling the response itself and returning nothing) on an ephemeral 127.0.0.1 port, then the
 * files under `folder` at URL paths starting with `prefix` (a directory gives its index.html; HTML
 * comes with `htmlHeaders`). Anything else gets 404.
 */
export async function serve(routes, { folder, prefix = "/", htmlHeaders = {} } = {}) {
  const fromFolder = (path) => {
    if (!folder || !path.startsWith(prefix)) return undefined;
    let relative;
    try {
      relative = decodeURIComponent(path.slice(prefix.length));
    } catch {
      return undefined;
    }
    let file = join(folder, normalize(`/${relative}`));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!file.startsWith(folder) || !existsSync(file) || !statSync(file).isFile()) return undefined;
    return {
      body: readFileSync(file),
      type: types[extname(file)],
      headers: file.endsWith(".html") ? htmlHeaders : {},
    };
  };
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    if (path === "/favicon.ico") {
      response.writeHead(204).end();
      return;
    }
    const found = routes[path];
    const route = typeof found === "function" ? await found(request, response) : (found ?? fromFolder(path));
    if (response.headersSent) return;
    if (!route) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const extension = extname(path) || ".html";
    response.writeHead(route.status ?? 200, {
      "content-type": route.type ?? types[extension] ?? "application/octet-stream",
      "cache-control": "no-store",
      ...route.headers,
    });
    response.end(route.body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}

export async function launchChromium() {
  const options = chromiumLaunchOptions();
  if (!options.executablePath) throw new Error(installHint);
  return chromium.launch(options);
}

/**
 * A new page whose problems are recorded: `problems.console` (console errors and warnings),
 * `problems.page` (uncaught errors) and `violations()` (securitypolicyviolation events).
 */
export async function openWatchedPage(browser, viewport = { width: 1200, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const problems = { console: [], page: [] };
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.console.push(message.text());
  });
  page.on("pageerror", (error) => problems.page.push(error.message));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__violations.push(
        `${event.violatedDirective}: ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  const violations = () => page.evaluate(() => window.__violations);
  return { page, problems, violations };
}
