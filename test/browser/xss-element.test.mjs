// The XSS corpus through <vertailu-comparison> and embed.js on a plain page under a strict CSP:
// every payload in every text of one comparison, and in every id, URL and locale key of another.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { after, before, describe, it } from "node:test";
import { xssPayloads } from "../fixtures/xss-payloads.mjs";
import { launchChromium, openWatchedPage, serve, strictCsp } from "./harness.mjs";

const root = resolve(import.meta.dirname, "../..");
const dist = join(root, "dist");
if (!existsSync(join(dist, "embed.js"))) throw new Error("dist/embed.js is missing: run `npm run build` first");

/** Valid data whose every text is the payload: it renders. */
function textsOnly(payload) {
  const text = { fi: payload, en: payload };
  return {
    schemaVersion: 1,
    id: "x",
    title: text,
    description: text,
    defaultLocale: "fi",
    conclusion: text,
    options: [
      {
        id: "a",
        name: text,
        description: text,
        types: ["t"],
        pros: [text, { text, weight: 2 }],
        cons: [text],
        recommended: true,
      },
      { id: "b", name: payload, pros: [payload], cons: [payload] },
    ],
    types: [{ id: "t", label: text, description: text, family: "bpo" }],
    sources: [{ id: "s", title: text, url: "https://example.org/" }],
    parameters: [
      {
        id: "p",
        label: text,
        description: text,
        values: { a: { kind: "text", text, note: text, sources: ["s"], score: 5 }, b: payload },
      },
      {
        id: "q",
        label: payload,
        values: { a: { kind: "list", items: [payload] }, b: { kind: "number", value: 1, unit: text, score: 2 } },
      },
    ],
    questions: [
      {
        id: "w",
        text,
        help: text,
        answers: [
          { id: "y", text, effects: { a: 1 }, because: text, parameters: ["p"] },
          { id: "n", text: payload, effects: { b: 1 }, because: payload },
        ],
      },
    ],
  };
}

/** The payload also in ids, URLs and locale keys: validation refuses it and the error box shows. */
function everywhere(payload) {
  const data = textsOnly(payload);
  data.id = payload;
  data.options[0].id = `${payload}a`;
  data.sources[0].url = payload;
  data.title = { fi: payload, [payload]: payload };
  return data;
}

const views = ["table", "pros-cons", "matrix", "wizard"];
const routes = { "/embed.js": { body: readFileSync(join(dist, "embed.js")) } };
const elements = [];
xssPayloads.forEach(({ payload }, index) => {
  routes[`/data/texts-${index}.json`] = { body: JSON.stringify(textsOnly(payload)) };
  routes[`/data/everywhere-${index}.json`] = { body: JSON.stringify(everywhere(payload)) };
  const view = views[index % views.length];
  elements.push(
    `<vertailu-comparison src="/data/texts-${index}.json" view="${view}" locale="fi"></vertailu-comparison>`,
  );
  elements.push(`<vertailu-comparison src="/data/everywhere-${index}.json"></vertailu-comparison>`);
  // The same texts in the element's own JSON script, each "<" written as \u003c as the docs say,
  // shown in another view than the file's.
  elements.push(
    `<vertailu-comparison view="${views[(index + 1) % views.length]}" locale="en"><script type="application/json">${JSON.stringify(textsOnly(payload)).replaceAll("<", "\\u003c")}</script></vertailu-comparison>`,
  );
});
routes["/xss.html"] = {
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>vertailu XSS</title><script src="/embed.js"></script></head><body>${elements.join("\n")}</body></html>`,
  headers: { "content-security-policy": strictCsp },
};

let server;
let browser;
before(async () => {
  server = await serve(routes);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe(`${xssPayloads.length} XSS payloads through <vertailu-comparison>`, () => {
  it("run no script, open no dialog, and leave no handler attribute or unsafe link in any shadow root", async () => {
    const { page, problems, violations } = await openWatchedPage(browser);
    await page.addInitScript(() => {
      window.__vertailuXss = () => {
        window.__vertailuXssRan = true;
      };
    });
    const dialogs = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(`${server.url}/xss.html`);
    await page.waitForFunction(
      (count) =>
        [...document.querySelectorAll("vertailu-comparison")].filter((element) =>
          element.shadowRoot?.querySelector("[data-slot=provider] > :not([data-slot=layer], [data-slot=loading])"),
        ).length === count,
      elements.length,
      { timeout: 60_000 },
    );
    const found = await page.evaluate(() => {
      const bad = [];
      let rendered = 0;
      let errorBoxes = 0;
      for (const host of document.querySelectorAll("vertailu-comparison")) {
        const shadow = host.shadowRoot;
        if (shadow.querySelector("table, [data-slot=pros-cons-panel], fieldset, input[type=range]")) rendered++;
        if (shadow.querySelector("[role=alert]")) errorBoxes++;
        for (const element of shadow.querySelectorAll("*")) {
          for (const name of element.getAttributeNames())
            if (name.startsWith("on")) bad.push(`<${element.localName} ${name}>`);
        }
        for (const link of shadow.querySelectorAll("a[href]")) {
          if (!["http:", "https:", "mailto:"].includes(new URL(link.href).protocol)) bad.push(`href ${link.href}`);
        }
        for (const element of shadow.querySelectorAll(
          "img, iframe, object, embed, video, audio, math, template, base, meta",
        )) {
          bad.push(`<${element.localName}>`);
        }
        for (const script of shadow.querySelectorAll("script")) {
          if (script.type !== "application/ld+json" || /<\/script|<!--/i.test(script.textContent)) bad.push("<script>");
        }
      }
      return { bad, rendered, errorBoxes, ran: window.__vertailuXssRan === true };
    });
    assert.deepEqual(found.bad, []);
    assert.equal(found.ran, false);
    assert.deepEqual(dialogs, []);
    assert.equal(
      found.rendered,
      2 * xssPayloads.length,
      "every texts-only comparison rendered, from a file and from a script",
    );
    assert.equal(
      found.errorBoxes,
      xssPayloads.length,
      "every comparison with hostile ids, URLs or locale keys was refused",
    );
    assert.deepEqual(problems.page, []);
    assert.deepEqual(await violations(), []);
    await page.close();
  });
});
