// Server rendering of the app with react-dom/server, from this app's own node_modules. The page
// loads the built client entry (dist/.vite/manifest.json), which hydrates it.
import { readFileSync } from "node:fs";
import { Writable } from "node:stream";
import { createElement } from "react";
import { renderToPipeableStream, renderToString } from "react-dom/server";
import { App } from "./src/app.js";

const manifest = JSON.parse(readFileSync(new URL("./dist/.vite/manifest.json", import.meta.url), "utf8"));
const entry = manifest["src/hydrate.jsx"];
/** The entry's stylesheets, including those of the chunks it imports (shared with the other pages). */
function stylesheets(chunk, seen = new Set()) {
  if (seen.has(chunk)) return [];
  seen.add(chunk);
  return [...(chunk.css ?? []), ...(chunk.imports ?? []).flatMap((key) => stylesheets(manifest[key], seen))];
}
const styles = [...new Set(stylesheets(entry))].map((file) => `<link rel="stylesheet" href="/${file}">`).join("");
const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>vertailu SSR</title>${styles}</head><body><div id="root">`;
const tail = `</div><script type="module" src="/${entry.file}"></script></body></html>`;

/** The page, rendered to one string. */
export function renderPage(props) {
  return head + renderToString(createElement(App, props)) + tail;
}

/**
 * Streams the page into `response` (a node:http ServerResponse); resolves when it has ended.
 * `props` are the App's, as the browser entry reads them from the URL.
 */
export function streamPage(response, props) {
  return new Promise((resolve, reject) => {
    const stream = renderToPipeableStream(createElement(App, props), {
      onShellReady() {
        response.write(head);
        stream.pipe(
          new Writable({
            write(chunk, _encoding, callback) {
              response.write(chunk, callback);
            },
            final(callback) {
              response.end(tail, () => {
                resolve();
                callback();
              });
            },
          }),
        );
      },
      onShellError: reject,
      onError: reject,
    });
  });
}
