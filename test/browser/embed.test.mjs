// vertailu/embed.js on plain static pages in Chromium: one script and the <vertailu-comparison> tag.
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, describe, it } from "node:test";
import { pathToFileURL } from "node:url";
import { launchChromium, openWatchedPage, serve, strictCsp, trustedTypesCsp } from "./harness.mjs";

const root = resolve(import.meta.dirname, "../..");
const dist = join(root, "dist");
if (!existsSync(join(dist, "embed.js"))) throw new Error("dist/embed.js is missing: run `npm run build` first");

const { bpoVsCallCenter } = await import(join(dist, "data/bpo-vs-call-center.js"));
const fixture = (name) => readFileSync(join(import.meta.dirname, name), "utf8");

const page = (body, head = "") =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>vertailu embed</title>${head}<script src="/embed.js"></script></head><body>${body}</body></html>`;
const html = (body, head) => ({ body: page(body, head), headers: { "content-security-policy": strictCsp } });

const routes = {
  "/embed.js": { body: readFileSync(join(dist, "embed.js")) },
  "/styles.css": { body: readFileSync(join(dist, "styles.css")) },
  "/hostile-root.css": { body: fixture("hostile-root.css") },
  "/hostile.css": { body: fixture("hostile.css") },
  "/data/bpo.json": { body: JSON.stringify(bpoVsCallCenter) },
  "/data/checks.json": {
    body: JSON.stringify({
      schemaVersion: 1,
      id: "checks",
      title: "Checks",
      options: [
        { id: "a", name: "A" },
        { id: "b", name: "B" },
      ],
      parameters: [
        { id: "c", label: "Check", values: { a: { kind: "check", value: "yes" }, b: { kind: "check", value: "no" } } },
      ],
    }),
  },
  "/print.html": html(`
    <vertailu-comparison id="light" src="/data/checks.json" theme="light" locale="en"></vertailu-comparison>
    <vertailu-comparison id="dark" src="/data/checks.json" theme="dark" locale="en"></vertailu-comparison>`),
  "/data/broken.json": { body: '{ "schemaVersion": 1, "id": ' },
  // Hand-edited files: a comma after the last entry on line 3; an intranet's sign-in page instead.
  "/data/comma.json": { body: '{\n  "schemaVersion": 1,\n  "sources": ["article"],\n}' },
  "/data/sign-in.json": { body: "<!DOCTYPE html><html><body>Sign in</body></html>" },
  "/data/invalid.json": {
    body: JSON.stringify({ ...bpoVsCallCenter, options: bpoVsCallCenter.options.slice(0, 1) }),
  },
  "/themes.html": html(`
    <vertailu-comparison id="light" src="/data/bpo.json" theme="light" locale="fi"></vertailu-comparison>
    <vertailu-comparison id="dark" src="/data/bpo.json" theme="dark" locale="fi"></vertailu-comparison>`),
  "/errors.html": html(`
    <vertailu-comparison id="broken" src="/data/broken.json"></vertailu-comparison>
    <vertailu-comparison id="comma" src="/data/comma.json"></vertailu-comparison>
    <vertailu-comparison id="sign-in" src="/data/sign-in.json"></vertailu-comparison>
    <vertailu-comparison id="invalid" src="/data/invalid.json"></vertailu-comparison>
    <vertailu-comparison id="missing" src="/data/missing.json"></vertailu-comparison>
    <vertailu-comparison id="view" src="/data/bpo.json" view="chart"></vertailu-comparison>
    <vertailu-comparison id="theme" src="/data/bpo.json" theme=" Drak"></vertailu-comparison>
    <vertailu-comparison id="heading" src="/data/bpo.json" heading-level="h3"></vertailu-comparison>
    <vertailu-comparison id="heading-1" src="/data/bpo.json" heading-level="1"></vertailu-comparison>
    <vertailu-comparison id="option" src="/data/bpo.json" options="bpo,nope"></vertailu-comparison>
    <vertailu-comparison id="many" src="/data/bpo.json" options="n1,n2,n3,n4,n5,n6,n7,n8,n9"></vertailu-comparison>
    <vertailu-comparison id="one" src="/data/bpo.json" view="matrix" options="bpo,bpo"></vertailu-comparison>`),
  // The right ids, written as a list in JSON, or separated as other lists are; an id in capitals.
  "/options.html": html(`
    <vertailu-comparison id="json" src="/data/bpo.json" options='["bpo", "call-center"]'></vertailu-comparison>
    <vertailu-comparison id="semicolons" src="/data/bpo.json" view="matrix" options="bpo; call-center"></vertailu-comparison>
    <vertailu-comparison id="spaces" src="/data/bpo.json" options="bpo call-center"></vertailu-comparison>
    <vertailu-comparison id="capitals" src="/data/bpo.json" options="BPO,call-center"></vertailu-comparison>`),
  // What React 19 makes of <vertailu-comparison data={comparison}>: an attribute, as the element has
  // no such property.
  "/data-attribute.html": html(
    `<vertailu-comparison id="data-attribute" data="[object Object]" locale="en"></vertailu-comparison>
    <vertailu-comparison id="data-and-src" data="[object Object]" src="/data/bpo.json" locale="en"></vertailu-comparison>
    <vertailu-comparison id="data-and-script" data="[object Object]" locale="en"><script type="application/json">${JSON.stringify(bpoVsCallCenter)}</script></vertailu-comparison>`,
  ),
  // Every option renamed: each of the nine parameters misses two values and has two unknown ones.
  "/data/many-problems.json": {
    body: JSON.stringify({
      ...bpoVsCallCenter,
      options: bpoVsCallCenter.options.map((option, index) => ({ ...option, id: `renamed-${index}` })),
    }),
  },
  "/many-problems.html": html(
    `<vertailu-comparison id="many-problems" src="/data/many-problems.json" locale="en"></vertailu-comparison>`,
  ),
  // A Finnish page, no locale on the element, and a wrong view besides the file's many problems.
  "/many-problems-fi.html": {
    body: page(
      `<vertailu-comparison id="wrong-view" src="/data/many-problems.json" view="nope"></vertailu-comparison>`,
    ).replace('<html lang="en">', '<html lang="fi">'),
    headers: { "content-security-policy": strictCsp },
  },
  // The element made and given its src as a property before embed.js defines it, as a page's own
  // script might; no inline script, so the strict CSP holds.
  "/upgrade.html": {
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>upgrade</title><script src="/upgrade.js"></script></head><body></body></html>`,
    headers: { "content-security-policy": strictCsp },
  },
  "/upgrade.js": {
    body: `const element = document.createElement("vertailu-comparison");
      element.id = "early";
      element.locale = "en";
      element.src = "/data/bpo.json";
      element.headingLevel = 4;
      element.messages = { en: { differencesOnly: "Only the differences" } };
      document.addEventListener("DOMContentLoaded", () => {
        document.body.append(element);
        const script = document.createElement("script");
        script.src = "/embed.js";
        document.head.append(script);
      });`,
    headers: { "content-type": "text/javascript" },
  },
  // Answers after 1.5 s: long enough for the loading line to show.
  "/data/slow.json": async () => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    return { body: JSON.stringify(bpoVsCallCenter), type: "application/json" };
  },
  // Never answers.
  "/data/hang.json": () => new Promise(() => {}),
  // A Finnish page; the element has no locale of its own.
  "/slow-fi.html": {
    body: page(`<vertailu-comparison id="slow" src="/data/slow.json"></vertailu-comparison>`).replace(
      '<html lang="en">',
      '<html lang="fi">',
    ),
    headers: { "content-security-policy": strictCsp },
  },
  "/hang.html": html(`<vertailu-comparison id="hang" src="/data/hang.json" locale="en"></vertailu-comparison>`),
  "/axe.js": { body: readFileSync(join(root, "node_modules/axe-core/axe.min.js")) },
  // Every view in both themes, on a light host page and on a dark one.
  ...Object.fromEntries(
    [0, 1].map((index) => [
      `/axe-${index}.html`,
      html(
        ["table", "pros-cons", "matrix", "wizard"]
          .flatMap((view) =>
            ["light", "dark"].map(
              (theme) =>
                `<h2>${view}, ${theme}</h2><vertailu-comparison src="/data/bpo.json" view="${view}" theme="${theme}" locale="en"></vertailu-comparison>`,
            ),
          )
          .join(""),
        `<link rel="stylesheet" href="/host-${index}.css">`,
      ),
    ]),
  ),
  "/host-0.css": { body: "body { background: #ffffff; color: #111111 }" },
  "/host-1.css": { body: "body { background: #111111; color: #eeeeee }" },
  // An English page, Finnish data, no locale on the element: the data's texts are Finnish.
  "/no-locale.html": html(`<vertailu-comparison id="plain" src="/data/bpo.json"></vertailu-comparison>`),
  // A German page: the element's own words fall back to English, and say so.
  "/de.html": {
    body: page(`<vertailu-comparison id="missing" src="/data/missing.json"></vertailu-comparison>`).replace(
      '<html lang="en">',
      '<html lang="de">',
    ),
    headers: { "content-security-policy": strictCsp },
  },
  "/heading-level.html": html(`<h1>Host</h1><h2>Section</h2>
    <vertailu-comparison id="matrix" src="/data/bpo.json" view="matrix" heading-level="3" locale="en"></vertailu-comparison>
    <vertailu-comparison id="wizard" src="/data/bpo.json" view="wizard" heading-level="3" locale="en"></vertailu-comparison>`),
  "/views.html": html(`
    <vertailu-comparison id="pros-cons" src="/data/bpo.json" view="pros-cons" locale="en" options="call-center"></vertailu-comparison>
    <vertailu-comparison id="matrix" src="/data/bpo.json" view="matrix" locale="en"></vertailu-comparison>
    <vertailu-comparison id="wizard" src="/data/bpo.json" view="wizard" locale="en"></vertailu-comparison>`),
  "/trusted-types.html": {
    body: page(`
    <vertailu-comparison id="table" src="/data/bpo.json" locale="en"></vertailu-comparison>
    <vertailu-comparison id="pros-cons" src="/data/bpo.json" view="pros-cons" locale="en"></vertailu-comparison>
    <vertailu-comparison id="matrix" src="/data/bpo.json" view="matrix" locale="en"></vertailu-comparison>
    <vertailu-comparison id="wizard" src="/data/bpo.json" view="wizard" locale="en"></vertailu-comparison>
    <vertailu-comparison id="invalid" src="/data/invalid.json" locale="en"></vertailu-comparison>
    <vertailu-comparison id="inline" locale="en"><script type="application/json">${JSON.stringify(bpoVsCallCenter)}</script></vertailu-comparison>`),
    headers: { "content-security-policy": trustedTypesCsp },
  },
  // The four views on a page in quirks mode (no doctype, as old intranet pages are) and on the same
  // page in standards mode.
  ...Object.fromEntries(
    ["quirks", "standards"].map((mode) => [
      `/${mode}.html`,
      {
        body: `${mode === "standards" ? "<!doctype html>" : ""}<html lang="en"><head><meta charset="utf-8"><title>vertailu</title><script src="/embed.js"></script></head><body>${["table", "pros-cons", "matrix", "wizard"].map((view) => `<vertailu-comparison id="${view}" src="/data/bpo.json" view="${view}" locale="en"></vertailu-comparison>`).join("")}</body></html>`,
        headers: { "content-security-policy": strictCsp },
      },
    ]),
  ),
  // An ASP.NET Web Forms page (SharePoint's classic pages are such): one form around everything.
  "/web-forms.html": html(`
    <form id="aspnetForm" action="/postback" method="post">
      <input name="search" aria-label="Search"><button type="submit">Search</button>
      <vertailu-comparison id="table" src="/data/bpo.json" locale="en"></vertailu-comparison>
      <vertailu-comparison id="matrix" src="/data/bpo.json" view="matrix" locale="en"></vertailu-comparison>
      <vertailu-comparison id="wizard" src="/data/bpo.json" view="wizard" locale="en"></vertailu-comparison>
    </form>`),
  "/twice.html": html(
    `<vertailu-comparison id="one" src="/data/bpo.json" locale="en"></vertailu-comparison><script src="/embed.js"></script>`,
  ),
  "/hostile.html": html(
    `<h1>Host page</h1><vertailu-comparison id="hostile" src="/data/bpo.json" locale="en" theme="light"></vertailu-comparison>`,
    '<link rel="stylesheet" href="/hostile-root.css"><link rel="stylesheet" href="/hostile.css"><link rel="stylesheet" href="/hostile-text.css">',
  ),
  // Rules for every element match the custom element itself, and what it inherits would flow on inside.
  "/hostile-text.css": {
    body: "* { letter-spacing: 3px; word-spacing: 10px; font-style: italic; text-transform: uppercase; text-indent: 20px; text-shadow: 0 0 2px red; }",
  },
  "/paper.css": { body: ".narrow { inline-size: 320px; }" },
  "/paper.html": html(
    `<vertailu-comparison id="tall" src="/data/bpo.json" locale="en" theme="light"></vertailu-comparison>
    <div class="narrow"><vertailu-comparison id="narrow" src="/data/bpo.json" locale="en"></vertailu-comparison></div>
    <div class="narrow"><vertailu-comparison id="narrow-pros" src="/data/bpo.json" locale="en" view="pros-cons"></vertailu-comparison></div>`,
    '<link rel="stylesheet" href="/paper.css">',
  ),
  // Eight options of Finnish words: on an A4 sheet (about 718 px inside its margins) each column gets
  // a few dozen pixels.
  "/data/eight.json": {
    body: JSON.stringify({
      schemaVersion: 1,
      id: "eight",
      title: "Kahdeksan vaihtoehtoa",
      defaultLocale: "fi",
      options: Array.from({ length: 8 }, (_, index) => ({ id: `o${index + 1}`, name: `Vaihtoehto ${index + 1}` })),
      parameters: [
        ["check", (index) => ({ kind: "check", value: ["yes", "no", "partial"][index % 3], score: index + 2 })],
        ["na", (index) => (index % 2 ? { kind: "na" } : { kind: "unknown" })],
        // Scored for every other option: the matrix says "not scored" for the rest.
        [
          "price",
          (index) => ({ kind: "number", value: 160.55 + index, unit: "€/kk", ...(index % 2 ? {} : { score: 7 }) }),
        ],
        ["text", (index) => ["laaja", "edullinen", "nopea", "joustava"][index % 4]],
      ].map(([id, value]) => ({
        id,
        label: `Parametri ${id}`,
        values: Object.fromEntries(Array.from({ length: 8 }, (_, index) => [`o${index + 1}`, value(index)])),
      })),
    }),
  },
  "/eight.html": html(
    `<vertailu-comparison id="eight" src="/data/eight.json" locale="fi" theme="light"></vertailu-comparison>
    <vertailu-comparison id="eight-matrix" src="/data/eight.json" locale="en" theme="light" view="matrix"></vertailu-comparison>`,
  ),
  "/data/recommended.json": {
    body: JSON.stringify({
      schemaVersion: 1,
      id: "recommended",
      title: "Recommended",
      options: [
        { id: "a", name: "A" },
        { id: "b", name: "B", recommended: true },
      ],
      parameters: ["check", "na", "unknown"].map((kind) => ({
        id: kind,
        label: kind,
        values: { a: { kind: "na" }, b: kind === "check" ? { kind, value: "partial" } : { kind } },
      })),
    }),
  },
  // A host's brand, as the README shows it: tokens through the element's root part.
  "/brand.css": {
    body: "vertailu-comparison::part(root) { --vertailu-color-accent: #c2185b; --vertailu-color-accent-tint: #fbf0f5; --vertailu-color-accent-text: #ffffff; }",
  },
  "/brand.html": html(
    `<vertailu-comparison id="table" src="/data/recommended.json" locale="en" theme="dark"></vertailu-comparison>
    <vertailu-comparison id="wizard" src="/data/bpo.json" locale="en" view="wizard" theme="dark"></vertailu-comparison>`,
    '<link rel="stylesheet" href="/brand.css">',
  ),
  // Boxes that take their width from their content, as CMS layouts and page editors make them; and,
  // for the opposite case, columns that give the element less than it asks for.
  "/fit.css": {
    body: `.inline { display: inline-block } .float { float: left } .flex { display: flex } .fit { inline-size: fit-content }
      .grid { display: grid; grid-template-columns: 1fr 300px; inline-size: 700px } .side { flex: 0 0 300px }
      .flex-row { display: flex; inline-size: 700px } .main { flex: 1 } .clear { clear: both }`,
  },
  "/fit.html": html(
    `<table><tr><td><vertailu-comparison id="cell" src="/data/bpo.json" locale="en"></vertailu-comparison></td><td>Beside</td></tr></table>
    <div class="inline"><vertailu-comparison id="inline" src="/data/bpo.json" locale="en" view="pros-cons"></vertailu-comparison></div>
    <div class="flex"><div><vertailu-comparison id="flex-item" src="/data/bpo.json" locale="en" view="matrix"></vertailu-comparison></div><p>Beside</p></div>
    <div class="fit"><vertailu-comparison id="fit" src="/data/bpo.json" locale="en" view="wizard"></vertailu-comparison></div>
    <div class="float"><vertailu-comparison id="float" src="/data/bpo.json" locale="en"></vertailu-comparison></div>
    <div class="clear"></div>
    <dialog open><vertailu-comparison id="dialog" src="/data/bpo.json" locale="en"></vertailu-comparison></dialog>
    <div class="grid"><div><vertailu-comparison id="grid" src="/data/bpo.json" locale="en"></vertailu-comparison></div><p>Beside</p></div>
    <div class="flex-row"><div class="main"><vertailu-comparison id="main" src="/data/bpo.json" locale="en"></vertailu-comparison></div><p class="side">Beside</p></div>`,
    '<link rel="stylesheet" href="/fit.css">',
  ),
  // Counts its requests, and answers after 600 ms: long enough for every element to be waiting.
  "/data/counted.json": async () => {
    counted += 1;
    await new Promise((resolve) => setTimeout(resolve, 600));
    return { body: JSON.stringify(bpoVsCallCenter), type: "application/json" };
  },
  "/shared.html": html(
    ["table", "pros-cons", "matrix", "wizard", "table"]
      .map(
        (view, index) =>
          `<vertailu-comparison id="shared-${index}" src="/data/counted.json" view="${view}" locale="en"></vertailu-comparison>`,
      )
      .join(""),
  ),
  // Values as page editors type them.
  "/typed.html": html(`
    <vertailu-comparison id="typed" src="/data/bpo.json" theme=" DARK " view="Matrix " locale=" en "></vertailu-comparison>`),
  // A comparison in Arabic, on an English page.
  "/data/arabic.json": {
    body: JSON.stringify({
      schemaVersion: 1,
      id: "arabic",
      title: "مقارنة",
      defaultLocale: "ar",
      options: [
        { id: "a", name: "الأول" },
        { id: "b", name: "الثاني" },
      ],
      parameters: [{ id: "p", label: "السعر", values: { a: "منخفض", b: "مرتفع" } }],
    }),
  },
  "/arabic.html": html(`
    <vertailu-comparison id="arabic" src="/data/arabic.json"></vertailu-comparison>
    <vertailu-comparison id="host-dir" src="/data/arabic.json" dir="ltr"></vertailu-comparison>`),
  // A right-to-left page around an English comparison.
  "/rtl.html": {
    body: page(`<vertailu-comparison id="rtl" src="/data/bpo.json" locale="en"></vertailu-comparison>`).replace(
      '<html lang="en">',
      '<html lang="ar" dir="rtl">',
    ),
    headers: { "content-security-policy": strictCsp },
  },
  // A Finnish page whose own component puts the element in its shadow root, as Lit or Stencil
  // components do; the element has no locale of its own.
  "/nested.html": {
    body: page('<div id="outer"></div><script src="/nested.js"></script>').replace(
      '<html lang="en">',
      '<html lang="fi">',
    ),
    headers: { "content-security-policy": strictCsp },
  },
  "/nested.js": {
    body: `document.getElementById("outer").attachShadow({ mode: "open" }).innerHTML =
      '<vertailu-comparison id="nested" src="/data/missing.json"></vertailu-comparison>';`,
    headers: { "content-type": "text/javascript" },
  },
  // "Vertailu – hyvät ja huonot puolet" saved as Windows-1252, as Notepad's "ANSI" does.
  "/data/ansi.json": {
    body: Buffer.from('{ "schemaVersion": 1, "title": "Hyv\xe4t puolet" }', "latin1"),
    type: "application/json",
  },
  "/data/utf16.json": {
    body: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(bpoVsCallCenter), "utf16le")]),
    type: "application/json",
  },
  "/sub/index.html": html(`<vertailu-comparison id="relative" src="data/bpo.json"></vertailu-comparison>`),
  // No CSP: the refused connection is the browser's own "Failed to fetch".
  "/loads.html": {
    body: page(`
    <vertailu-comparison id="ansi" src="/data/ansi.json"></vertailu-comparison>
    <vertailu-comparison id="utf16" src="/data/utf16.json"></vertailu-comparison>
    <vertailu-comparison id="refused" src="http://127.0.0.1:9/bpo.json"></vertailu-comparison>
    <vertailu-comparison id="ftp" src="ftp://127.0.0.1/bpo.json"></vertailu-comparison>
    <vertailu-comparison id="python" src="/data/python.json"></vertailu-comparison>`),
  },
  // What Python's json.dumps writes for a score that is no number.
  "/data/python.json": {
    body: JSON.stringify(bpoVsCallCenter, null, 2).replace('"score": 8', '"score": NaN'),
  },
  "/frame.html": html(
    `<vertailu-comparison id="moved" src="/data/bpo.json" locale="en"></vertailu-comparison><iframe src="/blank.html" title="Frame"></iframe>`,
  ),
  "/blank.html": html("<p>Frame</p>"),
  // A legacy helper library's habit: a method on every object.
  "/polluted.html": {
    body: page(`<vertailu-comparison id="polluted" src="/data/bpo.json" locale="en"></vertailu-comparison>`).replace(
      "<script",
      '<script src="/pollute.js"></script><script',
    ),
    headers: { "content-security-policy": strictCsp },
  },
  "/pollute.js": {
    body: "Object.prototype.extend = function (source) { return Object.assign(this, source); };",
    headers: { "content-type": "text/javascript" },
  },
  // A page as an old intranet editor saves it: no charset in the page, none from the server.
  "/no-charset.html": {
    body: page(`<vertailu-comparison id="no-charset" src="/data/bpo.json" locale="fi"></vertailu-comparison>`)
      .replace('<meta charset="utf-8">', "")
      .replace("/embed.js", "/no-charset/embed.js"),
    headers: { "content-type": "text/html" },
  },
  "/no-charset/embed.js": {
    body: readFileSync(join(dist, "embed.js")),
    headers: { "content-type": "text/javascript" },
  },
  "/plain.html": html(
    `<h1>Host page</h1><vertailu-comparison id="hostile" src="/data/bpo.json" locale="en" theme="light"></vertailu-comparison>`,
  ),
  // A drawer that slid in (transform) and hides its overflow; a panel that scrolls.
  "/drawer.html": html(
    `<div id="drawer" class="drawer"><vertailu-comparison id="in-drawer" src="/data/bpo.json" locale="en"></vertailu-comparison></div>
    <div id="panel" class="panel"><vertailu-comparison id="in-panel" src="/data/bpo.json" locale="en"></vertailu-comparison></div>
    <p>Host text</p>`,
    '<link rel="stylesheet" href="/drawer.css">',
  ),
  "/drawer.css": {
    body: `.drawer { transform: translateX(0); overflow: hidden; inline-size: 800px; block-size: 300px; margin-inline-start: 60px; }
      .panel { overflow: auto; inline-size: 800px; block-size: 300px; margin-block-start: 40px; }`,
  },
  // A comparison written in Swedish, and the built-in words in Swedish from a messages-src file.
  "/data/swedish.json": {
    body: JSON.stringify({
      schemaVersion: 1,
      id: "kundtjanst",
      title: "Kundtjänst",
      defaultLocale: "sv",
      options: [
        { id: "bpo", name: "BPO", pros: ["Skalbart"], cons: ["Mindre kontroll"] },
        { id: "egen", name: "Egen kundtjänst", recommended: true, pros: ["Full kontroll"], cons: ["Dyrare"] },
      ],
      parameters: [
        {
          id: "skala",
          label: "Skalbarhet",
          values: { bpo: { kind: "check", value: "yes" }, egen: { kind: "check", value: "no" } },
        },
        { id: "sprak", label: "Språk", values: { bpo: "svenska", egen: "svenska" } },
      ],
    }),
  },
  // Answers after 300 ms and counts its requests: the elements that name it share one.
  "/i18n/sv.json": async () => {
    messageRequests += 1;
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { body: JSON.stringify(swedishMessages), type: "application/json" };
  },
  "/i18n/ours.json": { body: JSON.stringify({ differencesOnly: "Only what differs" }) },
  "/i18n/other.json": { body: JSON.stringify({ en: { differencesOnly: "Just the differences" } }) },
  "/i18n/comma.json": { body: '{ "sv": { "yes": "Ja", } }' },
  "/i18n/list.json": { body: '["Ja", "Nej"]' },
  "/i18n/number.json": { body: JSON.stringify({ sv: { yes: "Ja", differencesOnly: 42 } }) },
  "/i18n/flag.json": { body: JSON.stringify({ yes: true }) },
  "/i18n/typo.json": {
    body: JSON.stringify({ sv: { diferencesOnly: "Visa bara skillnader", yes: "Ja" }, "sv-FI": { no: "Nej" } }),
  },
  "/swedish.html": html(`
    <vertailu-comparison id="sv" src="/data/swedish.json" locale="sv" messages-src="/i18n/sv.json"></vertailu-comparison>
    <vertailu-comparison id="sv-pros" src="/data/swedish.json" locale="sv" view="pros-cons" messages-src="/i18n/sv.json"></vertailu-comparison>
    <vertailu-comparison id="ours" src="/data/checks.json" locale="en" messages-src="/i18n/ours.json"></vertailu-comparison>`),
  "/messages-errors.html": html(`
    <vertailu-comparison id="missing" src="/data/checks.json" messages-src="/i18n/missing.json"></vertailu-comparison>
    <vertailu-comparison id="comma" src="/data/checks.json" messages-src="/i18n/comma.json"></vertailu-comparison>
    <vertailu-comparison id="list" src="/data/checks.json" messages-src="/i18n/list.json"></vertailu-comparison>
    <vertailu-comparison id="number" src="/data/checks.json" messages-src="/i18n/number.json"></vertailu-comparison>
    <vertailu-comparison id="flag" src="/data/checks.json" messages-src="/i18n/flag.json"></vertailu-comparison>
    <vertailu-comparison id="both" src="/data/missing.json" locale="sv" messages-src="/i18n/sv.json"></vertailu-comparison>`),
  "/messages-typo.html": html(
    `<vertailu-comparison id="typo" src="/data/swedish.json" locale="sv" messages-src="/i18n/typo.json"></vertailu-comparison>`,
  ),
  // A locale written as a system writes it, with "_": a lang attribute takes "-".
  "/messages-underscore.html": html(
    `<vertailu-comparison id="underscore" src="/data/missing.json" locale="sv_FI" messages-src="/i18n/sv.json"></vertailu-comparison>`,
  ),
  // The same locale, with data that names no language of its own: the element and every part of
  // the comparison are marked "fi-FI".
  "/locale-underscore.html": html(
    `<vertailu-comparison id="plain-underscore" src="/data/checks.json" locale="fi_FI"></vertailu-comparison>`,
  ),
  "/slow-sv.html": html(
    `<vertailu-comparison id="slow" src="/data/slow.json" locale="sv" messages-src="/i18n/sv.json"></vertailu-comparison>`,
  ),
};

// The comparison's JSON in a script inside the element, for pages that cannot serve a file of
// their own (a CMS's HTML block). "<" written as \u003c, as the docs say, so no text in it ends the script.
const inlineJson = (value) => JSON.stringify(value).replaceAll("<", "\\u003c");
const checks = JSON.parse(routes["/data/checks.json"].body);
routes["/inline.html"] = html(`
    <vertailu-comparison id="inline" locale="en"><script type="application/json">${inlineJson(bpoVsCallCenter)}</script></vertailu-comparison>
    <vertailu-comparison id="inline-matrix" view="matrix" theme="dark" locale="en">
      <script type="Application/JSON">
${inlineJson(bpoVsCallCenter).replaceAll('},"', '},\n"')}
      </script>
    </vertailu-comparison>`);
routes["/inline-errors.html"] = html(`
    <vertailu-comparison id="comma"><script type="application/json">
{
  "schemaVersion": 1,
  "sources": ["article"],
}
</script></vertailu-comparison>
    <vertailu-comparison id="invalid"><script type="application/json">${inlineJson({ ...checks, options: checks.options.slice(0, 1) })}</script></vertailu-comparison>
    <vertailu-comparison id="empty"><script type="application/json">  </script></vertailu-comparison>
    <vertailu-comparison id="both" src="/data/checks.json"><script type="application/json">${inlineJson(checks)}</script></vertailu-comparison>
    <vertailu-comparison id="none"></vertailu-comparison>
    <vertailu-comparison id="two"><script type="application/json">${inlineJson(checks)}</script><script type="application/json">${inlineJson(bpoVsCallCenter)}</script></vertailu-comparison>
    <vertailu-comparison id="script-src"><script type="application/json" src="/data/checks.json"></script></vertailu-comparison>`);
// embed.js after the elements, as a CMS footer adds it: the elements are whole when it defines them.
routes["/inline-footer.html"] = {
  body: page(
    `<vertailu-comparison id="footer" locale="fi"><script type="application/json">${inlineJson(bpoVsCallCenter)}</script></vertailu-comparison><script src="/embed.js"></script>`,
  ).replace('<script src="/embed.js"></script></head>', "</head>"),
  headers: { "content-security-policy": strictCsp },
};
// The page arrives in two parts, the element's script cut in half: the element is defined (in the
// head) and connected before the second half comes, when the test lets it.
let sendSecondHalf;
routes["/inline-slow.html"] = async (request, response) => {
  const whole = page(
    `<vertailu-comparison id="slow" locale="en"><script type="application/json">${inlineJson(bpoVsCallCenter)}</script></vertailu-comparison>`,
  );
  const cut = whole.indexOf('"parameters"');
  response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": strictCsp });
  response.write(whole.slice(0, cut));
  await new Promise((resolve) => {
    sendSecondHalf = resolve;
  });
  response.end(whole.slice(cut));
};

// The same cut, on a page that has no embed.js yet: the test adds it while the script is half there,
// as a page that loads it async (or a tag manager) may.
let sendRest;
routes["/inline-half.html"] = async (request, response) => {
  const whole = page(
    `<vertailu-comparison id="half" locale="en"><script type="application/json">${inlineJson(bpoVsCallCenter)}</script></vertailu-comparison>`,
  ).replace('<script src="/embed.js"></script>', "");
  const cut = whole.indexOf('"parameters"');
  response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": strictCsp });
  response.write(whole.slice(0, cut));
  await new Promise((resolve) => {
    sendRest = resolve;
  });
  response.end(whole.slice(cut));
};

let server;
let browser;
let counted = 0;
let messageRequests = 0;
const swedishMessages = {
  sv: {
    differencesOnly: "Visa bara skillnader",
    recommended: "Rekommenderas",
    yes: "Ja",
    no: "Nej",
    pros: "Fördelar",
    cons: "Nackdelar",
    errorTitle: "Jämförelsen kan inte visas",
    elementLoading: "Jämförelsen laddas…",
  },
};

before(async () => {
  server = await serve(routes);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page and waits until every element has rendered something into its shadow root. */
async function open(path, beforeLoad = (_page) => {}) {
  const watched = await openWatchedPage(browser);
  // Listeners the test needs from the first request on (its page's requests, say).
  beforeLoad(watched.page);
  await watched.page.goto(server.url + path);
  await watched.page.waitForFunction(() =>
    [...document.querySelectorAll("vertailu-comparison")].every((element) =>
      element.shadowRoot?.querySelector("[data-slot=provider] > :not([data-slot=layer], [data-slot=loading])"),
    ),
  );
  return watched;
}

/** Evaluates `fn` in the page with the element of `id` (callers destructure its shadowRoot). */
function inShadow(page, id, fn) {
  return page.locator(`#${id}`).evaluate(fn);
}

describe("vertailu/embed.js on a plain HTML page", () => {
  it("renders the table in a shadow root with the shipped styles, two themes side by side, under a strict CSP", async () => {
    const { page, problems, violations } = await open("/themes.html");
    const read = ({ shadowRoot: shadow }) => {
      const frame = shadow.querySelector(".vertailu-comparison-table__scroll");
      const caption = shadow.querySelector("caption");
      return {
        table: getComputedStyle(shadow.querySelector("table")).display,
        cell: getComputedStyle(shadow.querySelector("tbody td")).display,
        border: getComputedStyle(frame).borderTopColor,
        background: getComputedStyle(frame).backgroundColor,
        text: getComputedStyle(shadow.querySelector("tbody th")).color,
        caption: caption?.textContent,
        headers: [...shadow.querySelectorAll(".vertailu-comparison-table__option-name")].map(
          (name) => name.textContent,
        ),
        theme: shadow.querySelector("[data-slot=provider]").getAttribute("data-vertailu-theme"),
      };
    };
    const light = await inShadow(page, "light", read);
    const dark = await inShadow(page, "dark", read);
    assert.equal(light.table, "table");
    assert.equal(light.cell, "table-cell");
    assert.equal(light.border, "rgb(213, 218, 225)", "border colour from styles.css");
    assert.equal(light.background, "rgb(255, 255, 255)");
    assert.equal(dark.background, "rgb(22, 25, 29)");
    assert.notEqual(light.text, dark.text);
    assert.equal(light.theme, "light");
    assert.equal(dark.theme, "dark");
    assert.match(light.caption, /BPO vs puhelinkeskus/);
    assert.deepEqual(light.headers, ["BPO", "Puhelinkeskus"]);
    // Nothing of the element leaks into the light DOM.
    assert.equal(await page.evaluate(() => document.querySelectorAll("table, .vertailu-root").length), 0);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, { console: [], page: [] });
  });

  it("prints a dark-themed table in the light theme's colours, keeping its drawn shapes", async () => {
    const { page, problems } = await open("/print.html");
    const read = ({ shadowRoot: shadow }) => {
      const cell = shadow.querySelector('[data-kind="check"]');
      return {
        text: getComputedStyle(shadow.querySelector("tbody th")).color,
        surface: getComputedStyle(shadow.querySelector(".vertailu-comparison-table__scroll")).backgroundColor,
        shape: getComputedStyle(cell).backgroundImage.includes("gradient"),
        keep: getComputedStyle(cell).printColorAdjust,
      };
    };
    const screen = { light: await inShadow(page, "light", read), dark: await inShadow(page, "dark", read) };
    assert.notEqual(screen.dark.text, screen.light.text);
    await page.emulateMedia({ media: "print" });
    const print = { light: await inShadow(page, "light", read), dark: await inShadow(page, "dark", read) };
    assert.deepEqual(print.dark, print.light, "the dark element prints like the light one");
    assert.equal(print.dark.text, screen.light.text);
    assert.equal(print.dark.surface, "rgb(255, 255, 255)");
    assert.equal(print.dark.shape, true);
    assert.equal(print.dark.keep, "exact", "the check mark is a background, which print keeps only when told");
    assert.deepEqual(problems, { console: [], page: [] });
  });

  it("prints whole tables, in the layout each container gives them, with nothing sticky", async () => {
    const { page, problems } = await open("/paper.html");
    await page.setViewportSize({ width: 900, height: 600 });
    await page.emulateMedia({ media: "print" });
    const tall = await inShadow(page, "tall", ({ shadowRoot: shadow }) => {
      const frame = shadow.querySelector(".vertailu-comparison-table__scroll");
      return {
        frameHeight: frame.getBoundingClientRect().height,
        tableHeight: shadow.querySelector("table").getBoundingClientRect().height,
        frameBottom: frame.getBoundingClientRect().bottom,
        notesTop: shadow.querySelector("[data-slot=notes]").getBoundingClientRect().top,
        positions: [...shadow.querySelectorAll("thead th, tbody th")].map((cell) => getComputedStyle(cell).position),
      };
    });
    assert.ok(tall.tableHeight > 600, `the table is taller than the page's 600 px (${tall.tableHeight})`);
    assert.ok(tall.frameHeight >= tall.tableHeight, `the frame holds the whole table (${tall.frameHeight})`);
    assert.ok(tall.notesTop >= tall.frameBottom, "the notes follow the table");
    assert.ok(tall.positions.length > 10);
    assert.deepEqual(
      tall.positions.filter((position) => position === "sticky"),
      [],
    );
    const narrow = await inShadow(page, "narrow", ({ shadowRoot: shadow }) => ({
      stacked: shadow.querySelector(".vertailu-comparison-table__stacked").getBoundingClientRect().height,
      options: [...shadow.querySelectorAll(".vertailu-comparison-table__option-heading")].map((h) => h.textContent),
    }));
    assert.ok(narrow.stacked > 0, "the stacked view prints in a narrow container");
    assert.deepEqual(narrow.options, ["BPO", "Call centre"]);
    const pros = await inShadow(page, "narrow-pros", ({ shadowRoot: shadow }) =>
      [...shadow.querySelectorAll(".vertailu-pros-cons__option")].map((option) => option.getBoundingClientRect()),
    );
    assert.equal(pros.length, 2);
    assert.ok(pros[1].top >= pros[0].bottom, "in a narrow container the options print one under the other");
    assert.deepEqual(problems, { console: [], page: [] });
  });

  it("prints eight options on an A4 sheet with the table inside it and short words whole", async () => {
    const { page, problems } = await open("/eight.html");
    await page.setViewportSize({ width: 718, height: 1000 });
    await page.emulateMedia({ media: "print" });
    const paper = await inShadow(page, "eight", ({ shadowRoot: shadow }) => {
      const table = shadow.querySelector("table");
      const cells = [...shadow.querySelectorAll("thead th, tbody td")];
      // A word is broken when its letters sit on more than one line.
      const broken = [];
      for (const cell of cells) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const match of node.textContent.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
            if (lines.size > 1) broken.push(match[0]);
          }
        }
      }
      return {
        width: table.getBoundingClientRect().width,
        overflowing: cells.filter((cell) => cell.scrollWidth > cell.clientWidth).map((cell) => cell.textContent),
        broken,
        words: cells.map((cell) => cell.textContent).join(" "),
      };
    });
    // The decision matrix's score table shares the sheet the same way, where on screen it scrolls.
    const matrix = await inShadow(page, "eight-matrix", ({ shadowRoot: shadow }) => {
      const panel = shadow.querySelector("[data-slot=decision-matrix]").getBoundingClientRect();
      const table = shadow.querySelector("table").getBoundingClientRect();
      const cells = [...shadow.querySelectorAll("table th, table td")];
      return {
        inside: table.left >= panel.left && table.right <= panel.right,
        unscored: shadow.querySelectorAll("table .vertailu-decision-matrix__unscored").length,
        overflowing: cells.filter((cell) => cell.scrollWidth > cell.clientWidth).map((cell) => cell.textContent),
      };
    });
    assert.ok(matrix.inside, "the score table stays inside the matrix's panel");
    assert.equal(matrix.unscored, 4);
    assert.deepEqual(matrix.overflowing, []);
    assert.match(paper.words, /Osittain/);
    assert.ok(paper.width <= 718, `the table is ${paper.width} px wide`);
    assert.deepEqual(paper.overflowing, []);
    // Up to seven letters stay whole ("Kyllä", "sovellu", "laaja", "€/kk"); longer words may break.
    assert.deepEqual(
      paper.broken.filter((word) => word.length <= 7),
      [],
    );
    assert.deepEqual(problems, { console: [], page: [] });
  });

  it("keeps system colours where it opts out of forced colours, whatever the host's brand tokens say", async () => {
    const { page, problems } = await open("/brand.html");
    await page.emulateMedia({ forcedColors: "active", colorScheme: "dark" });
    const system = await page.evaluate(() => {
      const probe = document.createElement("div");
      probe.style.forcedColorAdjust = "none";
      document.body.append(probe);
      const read = (color) => {
        probe.style.backgroundColor = color;
        return getComputedStyle(probe).backgroundColor;
      };
      const colors = { canvas: read("Canvas"), highlight: read("Highlight"), highlightText: read("HighlightText") };
      probe.remove();
      return colors;
    });
    const table = await inShadow(page, "table", ({ shadowRoot: shadow }) => {
      const pill = shadow.querySelector(".vertailu-comparison-table__recommended");
      return {
        cells: [...shadow.querySelectorAll('td[data-highlighted="true"]')].map(
          (cell) => getComputedStyle(cell).backgroundColor,
        ),
        pill: [getComputedStyle(pill).backgroundColor, getComputedStyle(pill).color],
      };
    });
    assert.equal(table.cells.length, 3);
    assert.deepEqual([...new Set(table.cells)], [system.canvas]);
    assert.deepEqual(table.pill, [system.highlight, system.highlightText]);
    const button = await inShadow(page, "wizard", ({ shadowRoot: shadow }) => {
      const primary = shadow.querySelector(".vertailu-decision-wizard__button--primary");
      return [getComputedStyle(primary).backgroundColor, getComputedStyle(primary).color];
    });
    assert.deepEqual(button, [system.highlight, system.highlightText]);
    assert.deepEqual(problems, { console: [], page: [] });
  });

  it("adopts exactly the shipped stylesheet, as one sheet shared by every element", async () => {
    const { page } = await open("/themes.html");
    const result = await page.evaluate(async () => {
      const shipped = new CSSStyleSheet();
      shipped.replaceSync(await (await fetch("/styles.css")).text());
      const [light, dark] = [...document.querySelectorAll("vertailu-comparison")].map((e) => e.shadowRoot);
      const adopted = light.adoptedStyleSheets;
      const texts = (sheet) => [...sheet.cssRules].map((rule) => rule.cssText);
      const own = new Set(texts(adopted[0]));
      return {
        sheets: adopted.length,
        shared: adopted[0] === dark.adoptedStyleSheets[0],
        missing: texts(shipped).filter((text) => !own.has(text)),
        extra: texts(adopted[0]).filter((text) => !texts(shipped).includes(text)),
      };
    });
    assert.equal(result.sheets, 1);
    assert.equal(result.shared, true);
    assert.deepEqual(result.missing, [], "every rule of styles.css is in the shadow root");
    assert.deepEqual(
      result.extra.map((text) => text.split(" {")[0]),
      [
        ":host",
        ":host([hidden])",
        ':where([part="root"])',
        ':where([part="root"])::before',
        ":where(.vertailu-element__loading)",
        ":where(.vertailu-element__loading):empty",
      ],
    );
    // The same rules, carried without the stylesheet's comments: they are for readers of styles.css.
    for (const file of ["embed.js", "element.js"]) {
      const source = readFileSync(join(dist, file), "utf8");
      assert.ok(!source.includes("Which layout shows"), `${file} carries the stylesheet's comments`);
    }
    assert.ok(readFileSync(join(dist, "styles.css"), "utf8").includes("/* Which layout shows */"));
  });

  it("opens a tooltip by keyboard inside the shadow root", async () => {
    const { page, problems } = await open("/themes.html");
    let slot;
    for (let presses = 0; presses < 40 && !["type-badge", "parameter-info"].includes(slot); presses++) {
      await page.keyboard.press("Tab");
      slot = await page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        // A badge's focus lands on the button inside it.
        return active?.closest("[data-slot]")?.getAttribute("data-slot");
      });
    }
    assert.ok(["type-badge", "parameter-info"].includes(slot), `reached a tooltip trigger, got ${slot}`);
    const tooltip = page.locator("#light").getByRole("tooltip");
    await tooltip.waitFor();
    assert.ok((await tooltip.textContent()).length > 0);
    const placement = await inShadow(page, "light", ({ shadowRoot: shadow }) => ({
      inLayer: Boolean(shadow.querySelector("[data-slot=layer] [role=tooltip]")),
      themed: shadow.querySelector("[role=tooltip]").closest("[data-vertailu-theme]") !== null,
    }));
    assert.deepEqual(placement, { inLayer: true, themed: true });
    assert.equal(await page.evaluate(() => document.querySelector("[role=tooltip]")), null, "not in the light DOM");
    await page.keyboard.press("Escape");
    await tooltip.waitFor({ state: "detached" });
    assert.deepEqual(problems, { console: [], page: [] });
  });

  it("re-renders when attributes change: locale, theme, view, options and src", async () => {
    const { page, problems } = await open("/themes.html");
    await page.evaluate(() => document.getElementById("light").setAttribute("locale", "en"));
    await page.waitForFunction(
      () =>
        document.getElementById("light").shadowRoot.querySelectorAll(".vertailu-comparison-table__option-name")[1]
          ?.textContent === "Call centre",
    );
    assert.match(
      await inShadow(page, "light", ({ shadowRoot: shadow }) => shadow.querySelector("caption").textContent),
      /call centre/,
    );
    const darkHeaders = await inShadow(page, "dark", ({ shadowRoot: shadow }) =>
      [...shadow.querySelectorAll(".vertailu-comparison-table__option-name")].map((name) => name.textContent),
    );
    assert.deepEqual(darkHeaders, ["BPO", "Puhelinkeskus"], "the other element keeps its locale");

    await page.evaluate(() => document.getElementById("dark").setAttribute("theme", "light"));
    await page.waitForFunction(() => {
      const frame = document.getElementById("dark").shadowRoot.querySelector(".vertailu-comparison-table__scroll");
      return getComputedStyle(frame).backgroundColor === "rgb(255, 255, 255)";
    });

    await page.evaluate(() => {
      const element = document.getElementById("light");
      element.setAttribute("view", "pros-cons");
      element.setAttribute("options", "bpo");
    });
    await page.waitForFunction(() => document.getElementById("light").shadowRoot.querySelector(".vertailu-pros-cons"));
    const panel = await inShadow(page, "light", ({ shadowRoot: shadow }) => ({
      table: shadow.querySelector("table") !== null,
      options: [...shadow.querySelectorAll(".vertailu-pros-cons__name")].map((name) => name.textContent),
    }));
    assert.deepEqual(panel, { table: false, options: ["BPO"] });

    await page.evaluate(() => {
      document.getElementById("dark").src = "/data/missing.json";
    });
    await page.waitForFunction(() => document.getElementById("dark").shadowRoot.querySelector("[role=alert]"));
    assert.deepEqual(problems.page, []);
  });

  it("takes its attributes as properties too, and renders again when one is set", async () => {
    const { page, problems } = await open("/themes.html");
    const read = await page.evaluate(() => {
      const element = document.getElementById("light");
      element.view = "matrix";
      element.locale = "en";
      element.theme = "dark";
      element.options = "call-center,bpo";
      element.headingLevel = 4;
      return {
        properties: [element.view, element.locale, element.theme, element.options, element.headingLevel, element.src],
        attributes: ["view", "locale", "theme", "options", "heading-level"].map((name) => element.getAttribute(name)),
      };
    });
    assert.deepEqual(read, {
      properties: ["matrix", "en", "dark", "call-center,bpo", 4, "/data/bpo.json"],
      attributes: ["matrix", "en", "dark", "call-center,bpo", "4"],
    });
    await page.waitForFunction(() =>
      document.getElementById("light").shadowRoot.querySelector("h4.vertailu-decision-matrix__title"),
    );
    assert.equal(
      await inShadow(
        page,
        "light",
        ({ shadowRoot: shadow }) => shadow.querySelector("[data-vertailu-theme]").dataset.vertailuTheme,
      ),
      "dark",
    );
    // null or undefined removes an attribute, as React 19 does for a prop the host stops passing.
    const removed = await page.evaluate(() => {
      const element = document.getElementById("light");
      element.headingLevel = undefined;
      element.options = undefined;
      element.view = null;
      return ["heading-level", "options", "view"].filter((name) => element.hasAttribute(name));
    });
    assert.deepEqual(removed, []);
    await page.waitForFunction(() => document.getElementById("light").shadowRoot.querySelector("table"));
    assert.equal(
      await inShadow(page, "light", ({ shadowRoot: shadow }) => shadow.querySelector("[role=alert]")),
      null,
      "no error box for a view of undefined",
    );
    assert.deepEqual(problems.page, []);
  });

  it("keeps focus in the element when the host changes its view or src under the reader's focus", async () => {
    const { page, problems } = await open("/plain.html");
    // Where focus is: the element's own element that has it, or what the page says.
    const focusIn = () =>
      page.evaluate(() => {
        const inner = document.getElementById("hostile").shadowRoot.activeElement;
        return inner ? (inner.getAttribute("data-slot") ?? inner.tagName) : document.activeElement.tagName;
      });
    await page.locator("#hostile").evaluate(({ shadowRoot: shadow }) => shadow.querySelector("th[scope=row]").focus());
    assert.equal(await focusIn(), "TH");
    await page.evaluate(() => document.getElementById("hostile").setAttribute("view", "matrix"));
    await page.waitForFunction(() =>
      document.getElementById("hostile").shadowRoot.querySelector("[data-slot=decision-matrix]"),
    );
    assert.equal(await focusIn(), "provider", "focus is on the element's frame, not on the page's body");
    // Tab goes on from there into the new view, and the frame is no tab stop of its own afterwards.
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.getElementById("hostile").shadowRoot.activeElement !== null), true);
    assert.equal(
      await page
        .locator("#hostile")
        .evaluate(({ shadowRoot: shadow }) => shadow.querySelector("[data-slot=provider]").hasAttribute("tabindex")),
      false,
    );
    // A new file: the view goes (the loading line) and comes back; focus stays in the element.
    await page.locator("#hostile").evaluate(({ shadowRoot: shadow }) => shadow.querySelector("input").focus());
    await page.evaluate(() => {
      document.getElementById("hostile").src = "/data/eight.json";
    });
    await page.waitForFunction(() => {
      const shadow = document.getElementById("hostile").shadowRoot;
      return !shadow.textContent.includes("BPO") && shadow.querySelector("[data-slot=decision-matrix]");
    });
    assert.equal(await focusIn(), "provider");
    // Focus elsewhere on the page stays where the reader put it.
    await page.evaluate(() => {
      const button = document.createElement("button");
      button.textContent = "Host";
      document.body.append(button);
      button.focus();
      document.getElementById("hostile").setAttribute("view", "table");
    });
    await page.waitForFunction(() => document.getElementById("hostile").shadowRoot.querySelector("table"));
    assert.equal(await focusIn(), "BUTTON");
    assert.deepEqual(problems, { console: [], page: [] });
  });

  it("shows the error box, naming problem and path, for bad JSON, invalid data, a failed fetch, an unknown view, theme or option, a wrong heading level", async () => {
    const { page, problems } = await open("/errors.html");
    const alert = (id) =>
      inShadow(page, id, ({ shadowRoot: shadow }) => {
        const box = shadow.querySelector("[role=alert]");
        return box ? box.textContent : null;
      });
    assert.match(
      await alert("broken"),
      /src.*"\/data\/broken\.json" is not valid JSON: it ends too soon, at line 1, column 29/,
    );
    assert.match(
      await alert("comma"),
      /"\/data\/comma\.json" is not valid JSON: a comma before "}" at line 3, column 25: remove it/,
    );
    assert.match(await alert("sign-in"), /"\/data\/sign-in\.json" is not valid JSON: it is a web page \(HTML\)/);
    assert.match(await alert("invalid"), /options.*a comparison needs at least 2 options/);
    assert.match(
      await alert("missing"),
      /src.*could not load "\/data\/missing\.json" at http:\/\/127\.0\.0\.1:\d+\/data\/missing\.json \(HTTP 404\)/,
    );
    assert.match(await alert("view"), /view.*unknown view "chart"/);
    // Quoted as the page's editor wrote it (trimmed), not lower-cased.
    assert.match(await alert("theme"), /theme.*unknown theme "Drak" \(use light, dark, system\)/);
    assert.match(await alert("heading"), /heading-level.*expected a whole number from 2 to 6, got "h3"/);
    assert.match(await alert("heading-1"), /heading-level.*expected a whole number from 2 to 6, got "1"/);
    assert.match(await alert("option"), /options.*unknown option id "nope"/);
    // Nine unknown ids are named as the components name problems: the first five, and how many more.
    const many = await inShadow(page, "many", ({ shadowRoot: shadow }) =>
      [...shadow.querySelectorAll("[role=alert] li")].map((item) => item.textContent),
    );
    assert.equal(many.length, 6);
    assert.match(many[0], /unknown option id "n1"/);
    assert.equal(many[5], "…and 4 more");
    // One option named twice is one option: too few to compare, said in the table's words.
    assert.match(await alert("one"), /options.*choose at least 2 options to compare/);
    for (const id of [
      "broken",
      "comma",
      "sign-in",
      "invalid",
      "missing",
      "view",
      "theme",
      "heading",
      "heading-1",
      "option",
      "many",
      "one",
    ]) {
      assert.equal(await inShadow(page, id, ({ shadowRoot: shadow }) => shadow.querySelector("table")), null, id);
    }
    assert.deepEqual(problems.page, [], "the host page keeps running");
    assert.equal(problems.console.filter((text) => text.startsWith("vertailu vertailu-comparison:")).length, 12);
  });

  it("says that option ids go between commas when only their separators are wrong, and names an id in the wrong case", async () => {
    const { page, problems } = await open("/options.html");
    const items = (id) =>
      inShadow(page, id, ({ shadowRoot: shadow }) =>
        [...shadow.querySelectorAll("[role=alert] li")].map((item) => item.textContent),
      );
    assert.deepEqual(await items("json"), [
      'options: expected option ids separated by commas, such as "bpo,call-center", got "[\\"bpo\\", \\"call-center\\"]"',
    ]);
    assert.deepEqual(await items("semicolons"), [
      'options: expected option ids separated by commas, such as "bpo,call-center", got "bpo; call-center"',
    ]);
    assert.deepEqual(await items("spaces"), [
      'options: expected option ids separated by commas, such as "bpo,call-center", got "bpo call-center"',
    ]);
    assert.deepEqual(await items("capitals"), [
      'options: unknown option id "BPO" (did you mean "bpo"? Ids are case-sensitive)',
    ]);
    assert.deepEqual(problems.page, []);
  });

  it("says it takes no data, only a src or its JSON script, when given data and neither, as an attribute or a property", async () => {
    const { page, problems } = await open("/data-attribute.html");
    const items = (id) =>
      inShadow(page, id, ({ shadowRoot: shadow }) =>
        [...shadow.querySelectorAll("[role=alert] li")].map((item) => item.textContent),
      );
    const expected = [
      'data: the element takes no data: it loads the comparison from src, the URL of its JSON, or reads it from a <script type="application/json"> inside it (in React, give the data to the components instead)',
      `src: no src: give the URL of a comparison's JSON, or the JSON itself in a <script type="application/json"> inside the element`,
    ];
    assert.deepEqual(await items("data-attribute"), expected);
    // A page's script that sets element.data before adding it.
    await page.evaluate(() => {
      const element = document.createElement("vertailu-comparison");
      element.id = "data-property";
      element.data = { schemaVersion: 1 };
      document.body.append(element);
    });
    await page.waitForFunction(() =>
      document.getElementById("data-property").shadowRoot?.querySelector("[role=alert]"),
    );
    assert.deepEqual(await items("data-property"), expected);
    // With a src or a JSON script, the data attribute is passed over: the comparison shows.
    assert.ok(await inShadow(page, "data-and-src", ({ shadowRoot: shadow }) => shadow.querySelector("table")));
    assert.ok(await inShadow(page, "data-and-script", ({ shadowRoot: shadow }) => shadow.querySelector("table")));
    assert.deepEqual(problems.page, []);
  });

  it("lists the first five of a file's many problems, and how many more there are", async () => {
    const { page, problems } = await open("/many-problems.html");
    const items = await inShadow(page, "many-problems", ({ shadowRoot: shadow }) =>
      [...shadow.querySelectorAll("[role=alert] li")].map((item) => item.textContent),
    );
    assert.equal(items.length, 6);
    assert.match(items[5], /^…and \d+ more$/);
    assert.ok(Number(/\d+/.exec(items[5])?.[0]) >= 30, items[5]);
    assert.deepEqual(problems.page, []);
  });

  it("puts its own attributes' problems first, under a title in the page's language", async () => {
    const { page } = await open("/many-problems-fi.html");
    const box = await inShadow(page, "wrong-view", ({ shadowRoot: shadow }) => ({
      title: shadow.querySelector("[role=alert] p")?.textContent,
      first: shadow.querySelector("[role=alert] li")?.textContent,
    }));
    assert.match(box.title, /^Vertailua ei voi näyttää/);
    assert.match(box.first, /^view: unknown view "nope"/);
  });

  it("takes properties (src, locale, headingLevel) given before embed.js defined the element, and later ones too", async () => {
    const { page, problems } = await open("/upgrade.html");
    assert.deepEqual(
      await page.evaluate(() =>
        ["src", "locale", "heading-level"].map((name) => document.getElementById("early").getAttribute(name)),
      ),
      ["/data/bpo.json", "en", "4"],
    );
    assert.ok(await inShadow(page, "early", ({ shadowRoot: shadow }) => shadow.querySelector("table") !== null));
    assert.equal(await page.locator("#early").getByRole("checkbox", { name: "Only the differences" }).count(), 1);
    await page.evaluate(() => {
      document.getElementById("early").src = "/data/checks.json";
    });
    assert.equal(await page.evaluate(() => document.getElementById("early").getAttribute("src")), "/data/checks.json");
    await page.waitForFunction(
      () => document.getElementById("early").shadowRoot.querySelector("caption")?.textContent === "Checks",
    );
    assert.deepEqual(problems, { console: [], page: [] });
  });

  it("shows its Finnish words whole on a page that declares no charset", async () => {
    const { page, problems } = await open("/no-charset.html");
    assert.equal(await page.evaluate(() => document.characterSet), "windows-1252");
    const element = page.locator("#no-charset");
    await element.getByText("Näytä vain erot", { exact: true }).waitFor();
    assert.equal(await element.getByRole("checkbox", { name: "Näytä vain erot" }).count(), 1);
    assert.deepEqual(problems, { console: [], page: [] });
  });

  it("says it is loading when loading takes a moment, in the page's language, then shows the table", async () => {
    const watched = await openWatchedPage(browser);
    // The page's clock stands still until the test moves it: on a busy machine, 400 ms of real time
    // could pass between the page's load and the first look at the status region.
    const start = Date.parse("2026-01-05T08:00:00Z");
    await watched.page.clock.install({ time: start });
    await watched.page.clock.pauseAt(start + 1000);
    await watched.page.goto(`${server.url}/slow-fi.html`);
    const status = watched.page.locator("#slow").getByRole("status");
    // The status region is there, empty, before it has anything to say: a screen reader then
    // announces the words when they come.
    await status.waitFor({ state: "attached" });
    assert.equal(await status.textContent(), "");
    await watched.page.clock.runFor(400);
    await status.filter({ hasText: "Ladataan vertailua…" }).waitFor();
    assert.equal(await status.getAttribute("lang"), "fi");
    assert.deepEqual(await watched.violations(), []);
    await watched.page.locator("#slow").getByRole("table").waitFor();
    assert.equal(await watched.page.locator("#slow").getByText("Ladataan vertailua…").count(), 0);
    assert.deepEqual(watched.problems, { console: [], page: [] });
  });

  it("gives up on a server that never answers after 30 s, naming the src", async () => {
    const watched = await openWatchedPage(browser);
    // The page's clock stands still but when the test moves it: on a busy machine, a clock that ran
    // on with real time could pass the 30 s before the test looks at 29.
    const start = Date.parse("2026-01-05T08:00:00Z");
    await watched.page.clock.install({ time: start });
    await watched.page.clock.pauseAt(start + 1000);
    await watched.page.goto(`${server.url}/hang.html`);
    await watched.page.locator("#hang").getByRole("status").waitFor({ state: "attached" });
    await watched.page.clock.fastForward(29_000);
    assert.equal(await watched.page.locator("#hang").getByRole("alert").count(), 0);
    await watched.page.clock.fastForward(2_000);
    const alert = watched.page.locator("#hang").getByRole("alert");
    await alert.waitFor();
    assert.match(
      await alert.textContent(),
      /src: no answer from "\/data\/hang\.json" at http:\/\/127\.0\.0\.1:\d+\/data\/hang\.json in 30 s/,
    );
    assert.deepEqual(watched.problems.page, []);
  });

  it("shows the pros and cons, the decision matrix and the decision wizard", async () => {
    const { page, problems, violations } = await open("/views.html");
    const prosCons = await inShadow(page, "pros-cons", ({ shadowRoot: shadow }) =>
      [...shadow.querySelectorAll(".vertailu-pros-cons__name")].map((name) => name.textContent),
    );
    assert.deepEqual(prosCons, ["Call centre"]);
    assert.ok(await page.locator("#matrix").getByRole("slider").first().isVisible());
    assert.ok(await page.locator("#wizard").getByRole("radio").first().isVisible());
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, { console: [], page: [] });
  });

  it("works in every view on a page that enforces Trusted Types, the error box included", async () => {
    const { page, problems, violations } = await open("/trusted-types.html");
    // A tooltip, which renders into the element's layer.
    await page
      .locator("#table")
      .getByRole("button", { name: /^About / })
      .first()
      .focus();
    await page.locator("#table").getByRole("tooltip").waitFor();
    await page.keyboard.press("Escape");
    // The table's differences-only switch.
    const differences = page.locator("#table").getByRole("checkbox", { name: /differences/i });
    await differences.check();
    assert.equal(await differences.isChecked(), true);
    // A weight in the matrix, by keyboard.
    const slider = page.locator("#matrix").getByRole("slider").first();
    const before = await slider.inputValue();
    await slider.focus();
    await page.keyboard.press("ArrowRight");
    assert.equal(Number(await slider.inputValue()), Number(before) + 1);
    // The wizard's first answer, and on to the next question.
    await page.locator("#wizard").getByRole("radio").first().check();
    await page.locator("#wizard").getByRole("button", { name: "Next" }).click();
    await page.locator("#wizard").getByText("Question 2 of 5").waitFor();
    assert.deepEqual(
      await inShadow(page, "pros-cons", ({ shadowRoot: shadow }) =>
        [...shadow.querySelectorAll(".vertailu-pros-cons__name")].map((name) => name.textContent),
      ),
      ["BPO", "Call centre"],
    );
    // The comparison's JSON in the element's own script: a data block, which the page's policies allow.
    assert.ok(await inShadow(page, "inline", ({ shadowRoot: shadow }) => shadow.querySelector("table")));
    await page
      .locator("#invalid")
      .getByText(/at least 2 options/)
      .waitFor();
    assert.deepEqual(await violations(), []);
    // The invalid file's problems reach the console too, as on any page.
    assert.equal(problems.console.length, 1);
    assert.match(problems.console[0], /^vertailu vertailu-comparison: options: a comparison needs at least 2 options/);
    assert.deepEqual(problems.page, []);
    // The page does enforce them: a string given to innerHTML is refused.
    const refused = await page.evaluate(() => {
      try {
        document.createElement("div").innerHTML = "<b>text</b>";
        return false;
      } catch (error) {
        return /TrustedHTML/.test(error.message);
      }
    });
    assert.equal(refused, true);
  });

  it("sets its type and layout the same on a page in quirks mode (no doctype) as in standards mode", async () => {
    const read = async (path) => {
      const { page, problems } = await open(path);
      const seen = await page.evaluate(() => ({
        mode: document.compatMode,
        views: [...document.querySelectorAll("vertailu-comparison")].map((element) => ({
          view: element.id,
          height: element.getBoundingClientRect().height,
          type: [...element.shadowRoot.querySelectorAll("*")]
            .filter((each) => each.textContent.trim() && !each.closest("style"))
            .map((each) => {
              const style = getComputedStyle(each);
              return `${each.tagName} ${each.className} ${style.fontSize}/${style.lineHeight} ${style.fontWeight} ${style.color}`;
            }),
        })),
      }));
      assert.deepEqual(problems, { console: [], page: [] });
      await page.close();
      return seen;
    };
    const quirks = await read("/quirks.html");
    const standards = await read("/standards.html");
    assert.equal(quirks.mode, "BackCompat");
    assert.equal(standards.mode, "CSS1Compat");
    for (const [index, view] of standards.views.entries()) {
      assert.ok(view.type.length > 10, `${view.view}: ${view.type.length} elements with text`);
      assert.deepEqual(quirks.views[index], view, view.view);
    }
  });

  it("sends no form on a page that is one big form, whatever the reader presses", async () => {
    const { page, problems, violations } = await open("/web-forms.html");
    const posts = [];
    page.on("request", (request) => {
      if (request.method() === "POST") posts.push(request.url());
    });
    const start = page.url();
    await page
      .locator("#table")
      .getByRole("checkbox", { name: /differences/i })
      .focus();
    await page.keyboard.press("Enter");
    await page.locator("#matrix").getByRole("slider").first().focus();
    await page.keyboard.press("Enter");
    const wizard = page.locator("#wizard");
    await wizard.getByRole("radio").first().focus();
    await page.keyboard.press("Enter");
    await wizard.getByRole("alert").waitFor();
    await page.keyboard.press("Space");
    await page.keyboard.press("Enter");
    await wizard.getByText("Question 2 of 5").waitFor();
    await wizard.getByRole("radio").first().check();
    await wizard.getByRole("button", { name: "Next" }).click();
    await wizard.getByText("Question 3 of 5").waitFor();
    // Long enough for a post back to have started.
    await page.waitForTimeout(300);
    assert.deepEqual(posts, []);
    assert.equal(page.url(), start);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, { console: [], page: [] });
  });

  it("passes axe in every view and both themes, on a light host page and on a dark one", async () => {
    for (const path of ["/axe-0.html", "/axe-1.html"]) {
      const { page, problems, violations } = await open(path);
      await page.addScriptTag({ url: "/axe.js" });
      // axe reads open shadow roots; WCAG 2.2 A and AA, as the stories are checked.
      const found = await page.evaluate(async () => {
        const result = await window.axe.run(document, {
          runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
        });
        return result.violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.failureSummary).join(" | ")}`,
        );
      });
      assert.deepEqual(found, [], path);
      assert.deepEqual(await violations(), []);
      assert.deepEqual(problems, { console: [], page: [] });
    }
  });

  it("marks a tooltip with its text's language, and an English error title on a German page as English", async () => {
    const { page, problems } = await open("/no-locale.html");
    const info = page
      .locator("#plain")
      .getByRole("button", { name: /^Tietoa:/ })
      .first();
    await info.focus();
    const tooltip = page.locator("#plain").getByRole("tooltip");
    await tooltip.waitFor();
    assert.equal(await tooltip.evaluate((element) => element.closest("[lang]")?.getAttribute("lang")), "fi");
    assert.deepEqual(problems, { console: [], page: [] });

    const german = await openWatchedPage(browser);
    await german.page.goto(`${server.url}/de.html`);
    const alert = german.page.locator("#missing").getByRole("alert");
    await alert.waitFor();
    assert.match(await alert.textContent(), /^This comparison cannot be shown/);
    assert.equal(await alert.getAttribute("lang"), "en");
  });

  it("draws a tooltip whole over a drawer that clips, and closes it when a panel around the element scrolls", async () => {
    const { page, problems } = await open("/drawer.html");
    // The first info button sits near the drawer's left edge: its tooltip opens past that edge.
    const info = page
      .locator("#in-drawer")
      .getByRole("button", { name: /^About / })
      .first();
    await info.evaluate((button) => button.scrollIntoView({ block: "center" }));
    await page.evaluate(() => window.scrollTo(0, 0));
    await info.hover();
    const tooltip = page.locator("#in-drawer").getByRole("tooltip");
    await tooltip.waitFor();
    const whole = await tooltip.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const drawer = document.querySelector("#drawer").getBoundingClientRect();
      const drawn = [
        [box.left + 2, box.top + 2],
        [box.left + 2, box.bottom - 2],
        [box.right - 2, box.top + 2],
      ].every(([x, y]) => element.contains(element.getRootNode().elementFromPoint(x, y)));
      return { drawn, pastTheEdge: box.left < drawer.left || box.top < drawer.top };
    });
    assert.deepEqual(whole, { drawn: true, pastTheEdge: true });

    await page.keyboard.press("Escape");
    await tooltip.waitFor({ state: "detached" });
    await page
      .locator("#in-panel")
      .getByRole("button", { name: /^About / })
      .first()
      .hover();
    const inPanel = page.locator("#in-panel").getByRole("tooltip");
    await inPanel.waitFor();
    await page.locator("#panel").evaluate((panel) => {
      panel.scrollTop = panel.scrollHeight;
    });
    await inPanel.waitFor({ state: "detached" });
    assert.deepEqual(problems, { console: [], page: [] });
  });

  it("takes the view's heading level from heading-level, to fit the host page's outline", async () => {
    const { page, problems } = await open("/heading-level.html");
    for (const id of ["matrix", "wizard"]) {
      const title = await inShadow(page, id, ({ shadowRoot: shadow }) => shadow.querySelector("h2, h3, h4")?.localName);
      assert.equal(title, "h3", id);
    }
    assert.deepEqual(problems, { console: [], page: [] });
  });

  it("unmounts React when the element leaves the page and renders again when it comes back", async () => {
    const { page, problems } = await open("/themes.html");
    const state = await page.evaluate(async () => {
      const element = document.getElementById("light");
      const parent = element.parentNode;
      element.remove();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const afterRemove = element.shadowRoot.childNodes.length;
      parent.append(element);
      return { afterRemove };
    });
    assert.equal(state.afterRemove, 0);
    await page.waitForFunction(() => document.getElementById("light").shadowRoot.querySelector("table"));
    // Moving an element (remove and insert in one task) keeps its tree.
    const kept = await page.evaluate(() => {
      const element = document.getElementById("dark");
      const table = element.shadowRoot.querySelector("table");
      document.body.prepend(element);
      return new Promise((resolve) =>
        setTimeout(() => resolve(element.shadowRoot.querySelector("table") === table), 50),
      );
    });
    assert.equal(kept, true);
    assert.deepEqual(problems, { console: [], page: [] });
  });

  it("defines the element once when the script runs twice", async () => {
    const { page, problems } = await open("/twice.html");
    assert.equal(await page.evaluate(() => typeof customElements.get("vertailu-comparison")), "function");
    assert.equal(await inShadow(page, "one", ({ shadowRoot: shadow }) => shadow.querySelectorAll("table").length), 1);
    assert.deepEqual(problems, { console: [], page: [] });
  });

  it("takes --vertailu-element-width in a box that sizes to its content, and shrinks in a narrower column", async () => {
    const { page, problems } = await open("/fit.html");
    await page.setViewportSize({ width: 1200, height: 800 });
    const widths = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll("vertailu-comparison")].map((element) => {
          const view = element.shadowRoot.querySelector(
            "[data-slot=provider] > [data-slot]:not([data-slot=layer], [data-slot=loading])",
          );
          return [
            element.id,
            { element: element.getBoundingClientRect().width, view: view.getBoundingClientRect().width },
          ];
        }),
      ),
    );
    // 720 px and the root's inset (12 px each side).
    for (const id of ["cell", "inline", "flex-item", "fit", "float", "dialog"])
      assert.deepEqual(widths[id], { element: 744, view: 720 }, id);
    // A 1fr column and a flex: 1 item next to a 300 px side: 400 px, not 720 px and over the side.
    assert.equal(widths.grid.element, 400);
    assert.equal(widths.main.element, 400);
    // The table's header cells read as words, not a letter to a line.
    const headerHeight = await inShadow(page, "cell", ({ shadowRoot: shadow }) =>
      Math.max(...[...shadow.querySelectorAll("thead th")].map((cell) => cell.getBoundingClientRect().height)),
    );
    assert.ok(headerHeight < 80, `header row ${headerHeight}px tall`);
    // A narrow window: the cell has less room than 720 px, and the element takes what there is.
    await page.setViewportSize({ width: 400, height: 800 });
    const narrow = await inShadow(page, "inline", (element) => element.getBoundingClientRect().right);
    assert.ok(narrow <= 400, `the element ends at ${narrow}px, inside the 400 px window`);
    assert.deepEqual(problems, { console: [], page: [] });
  });

  it("sends one request for a src that several elements wait for", async () => {
    counted = 0;
    const { page, problems } = await open("/shared.html");
    assert.equal(counted, 1);
    const rendered = await page.evaluate(() =>
      [...document.querySelectorAll("vertailu-comparison")].map(
        (element) =>
          element.shadowRoot.querySelector(
            "[data-slot=provider] > [data-slot]:not([data-slot=layer], [data-slot=loading])",
          )?.dataset.slot,
      ),
    );
    assert.deepEqual(rendered, [
      "comparison-table",
      "pros-cons-panel",
      "decision-matrix",
      "decision-wizard",
      "comparison-table",
    ]);
    // One element leaving does not cancel the others' request.
    await page.evaluate(() => {
      for (const element of document.querySelectorAll("vertailu-comparison")) element.src = "/data/counted.json?again";
      document.getElementById("shared-0").remove();
    });
    await page.waitForFunction(() =>
      document.getElementById("shared-1").shadowRoot.querySelector(".vertailu-pros-cons"),
    );
    assert.equal(counted, 2);
    assert.deepEqual(problems, { console: [], page: [] });
  });

  it("takes theme, view and locale as page editors type them, in any case and with spaces", async () => {
    const { page, problems } = await open("/typed.html");
    const seen = await inShadow(page, "typed", ({ shadowRoot: shadow }) => ({
      theme: shadow.querySelector("[data-slot=provider]").dataset.vertailuTheme,
      lang: shadow.querySelector("[data-slot=provider]").lang,
      matrix: Boolean(shadow.querySelector("[data-slot=decision-matrix]")),
      alert: shadow.querySelector("[role=alert]")?.textContent ?? null,
    }));
    assert.deepEqual(seen, { theme: "dark", lang: "en", matrix: true, alert: null });
    assert.deepEqual(problems, { console: [], page: [] });
  });

  it("keeps a left-to-right comparison left to right on a right-to-left page", async () => {
    const { page, problems } = await open("/rtl.html");
    const seen = await inShadow(page, "rtl", ({ shadowRoot: shadow }) => ({
      provider: getComputedStyle(shadow.querySelector("[data-slot=provider]")).direction,
      caption: getComputedStyle(shadow.querySelector("caption")).direction,
    }));
    assert.deepEqual(seen, { provider: "ltr", caption: "ltr" });
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), "rtl");
    assert.deepEqual(problems.page, []);
  });

  it("reads an Arabic comparison right to left on an English page, unless the host gives the element a dir", async () => {
    const { page, problems } = await open("/arabic.html");
    const direction = (id) =>
      inShadow(page, id, ({ shadowRoot: shadow }) => ({
        provider: getComputedStyle(shadow.querySelector("[data-slot=provider]")).direction,
        caption: getComputedStyle(shadow.querySelector("caption")).direction,
      }));
    assert.deepEqual(await direction("arabic"), { provider: "rtl", caption: "rtl" });
    assert.deepEqual(await direction("host-dir"), { provider: "ltr", caption: "ltr" });
    // The host changes its mind: the element follows.
    await page.evaluate(() => document.getElementById("host-dir").removeAttribute("dir"));
    await page.waitForFunction(
      () =>
        getComputedStyle(document.getElementById("host-dir").shadowRoot.querySelector("[data-slot=provider]"))
          .direction === "rtl",
    );
    assert.deepEqual(problems, { console: [], page: [] });
  });

  it("finds the page's language through the shadow roots of the components it is in", async () => {
    const { page } = await open("/nested.html");
    const title = await page.evaluate(() => {
      const element = document.getElementById("outer").shadowRoot.getElementById("nested");
      return element.shadowRoot.querySelector("[role=alert]").textContent;
    });
    assert.match(title, /^Vertailua ei voi näyttää/);
  });

  it("says where a relative src led, what blocks a failed fetch, and that a file is not UTF-8", async () => {
    const relative = await open("/sub/index.html");
    const where = await inShadow(
      relative.page,
      "relative",
      ({ shadowRoot: shadow }) => shadow.querySelector("[role=alert]").textContent,
    );
    assert.match(
      where,
      /src: could not load "data\/bpo\.json" at http:\/\/127\.0\.0\.1:\d+\/sub\/data\/bpo\.json \(HTTP 404\)/,
    );
    const { page } = await open("/loads.html");
    const alert = (id) =>
      inShadow(page, id, ({ shadowRoot: shadow }) => shadow.querySelector("[role=alert]").textContent);
    assert.match(await alert("ansi"), /src: "\/data\/ansi\.json" is not UTF-8 text \(save the file as UTF-8\)/);
    assert.match(await alert("utf16"), /src: "\/data\/utf16\.json" is not UTF-8 text/);
    assert.match(
      await alert("refused"),
      /src: could not load "http:\/\/127\.0\.0\.1:9\/bpo\.json" \(Failed to fetch: the browser's console says why; often the server cannot be reached, or the page's Content-Security-Policy or the server's CORS rules block the request\)/,
    );
    // A scheme a browser does not fetch is not the server's fault.
    assert.match(
      await alert("ftp"),
      /src: could not load "ftp:\/\/127\.0\.0\.1\/bpo\.json" \(Failed to fetch: a browser fetches no ftp: URL; give an http:\/\/ or https:\/\/ one\)/,
    );
    // Chromium names no place for a NaN ("Unexpected token 'N'"): the line and column are the element's.
    const python = JSON.stringify(bpoVsCallCenter, null, 2).replace('"score": 8', '"score": NaN');
    const before = python.slice(0, python.indexOf("NaN")).split("\n");
    assert.match(
      await alert("python"),
      new RegExp(
        `src: "/data/python\\.json" is not valid JSON: the word NaN at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}: JSON has no NaN`,
      ),
    );
  });

  it("says that a page opened from a disk loads no src, and to open it from a web server", async () => {
    // An editor's preview: the page saved beside its data, and opened as a file.
    const folder = mkdtempSync(join(tmpdir(), "vertailu-file-page-"));
    writeFileSync(join(folder, "bpo.json"), JSON.stringify(bpoVsCallCenter));
    writeFileSync(
      join(folder, "page.html"),
      page(`<vertailu-comparison id="from-disk" src="bpo.json" locale="en"></vertailu-comparison>`).replace(
        "/embed.js",
        pathToFileURL(join(dist, "embed.js")).href,
      ),
    );
    const { page: tab, problems } = await openWatchedPage(browser);
    await tab.goto(pathToFileURL(join(folder, "page.html")).href);
    await tab.waitForFunction(() => document.getElementById("from-disk").shadowRoot?.querySelector("[role=alert]"));
    assert.match(
      await inShadow(tab, "from-disk", ({ shadowRoot: shadow }) => shadow.querySelector("[role=alert] li").textContent),
      /^src: could not load "bpo\.json" at file:\/\/\/.+\/bpo\.json \(Failed to fetch: a browser fetches no file: URL; give an http:\/\/ or https:\/\/ one, and open the page from a web server, not from a file\)$/,
    );
    assert.deepEqual(problems.page, []);
  });

  it("names a page's script that added to every object, which stops the data from being checked", async () => {
    const { page, problems } = await open("/polluted.html");
    const alert = await inShadow(
      page,
      "polluted",
      ({ shadowRoot: shadow }) => shadow.querySelector("[role=alert]").textContent,
    );
    assert.match(
      alert,
      /a script on this page has added "extend" to every object \(Object\.prototype\), which stops the data from being checked/,
    );
    assert.deepEqual(problems.page, []);
  });

  it("keeps its styles when a host moves it into an iframe's document", async () => {
    const { page, problems } = await open("/frame.html");
    await page.frameLocator("iframe").locator("p").waitFor();
    const seen = await page.evaluate(async () => {
      const element = document.getElementById("moved");
      document.querySelector("iframe").contentDocument.body.append(element);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const table = element.shadowRoot.querySelector("table");
      return {
        sheets: element.shadowRoot.adoptedStyleSheets.length,
        font: getComputedStyle(table).fontFamily,
        border: getComputedStyle(element.shadowRoot.querySelector(".vertailu-comparison-table__scroll")).borderTopStyle,
      };
    });
    assert.equal(seen.sheets, 1);
    assert.match(seen.font, /^system-ui/);
    assert.equal(seen.border, "solid");
    assert.deepEqual(problems, { console: [], page: [] });
  });

  it("stays readable on a host page with aggressive global CSS", async () => {
    const { page, problems, violations } = await open("/hostile.html");
    const host = await page.evaluate(() => getComputedStyle(document.querySelector("h1")).color);
    assert.equal(host, "rgb(255, 0, 0)", "the hostile CSS is in force on the host page");
    const seen = await inShadow(page, "hostile", ({ shadowRoot: shadow }) => {
      const style = (selector) => getComputedStyle(shadow.querySelector(selector));
      const caption = shadow.querySelector("caption").getBoundingClientRect();
      return {
        tableWidth: shadow.querySelector("table").getBoundingClientRect().width,
        colors: [...shadow.querySelectorAll("table, table *")].map((element) => getComputedStyle(element).color),
        table: style("table").display,
        cell: style("tbody td").display,
        header: style("thead th").display,
        color: style("tbody td").color,
        fontSize: Number.parseFloat(style("tbody td").fontSize),
        captionVisible: caption.width > 0 && caption.height > 0,
      };
    });
    assert.equal(seen.table, "table");
    assert.equal(seen.cell, "table-cell");
    assert.equal(seen.header, "table-cell");
    assert.notEqual(seen.color, "rgb(255, 0, 0)");
    assert.deepEqual(
      seen.colors.filter((color) => color === "rgb(255, 0, 0)"),
      [],
    );
    assert.ok(seen.tableWidth > 600, `the table (not the stacked layout) shows, ${seen.tableWidth}px wide`);
    assert.ok(seen.fontSize >= 12 && seen.fontSize <= 20, `table text ${seen.fontSize}px`);
    assert.equal(seen.captionVisible, true);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, { console: [], page: [] });
  });

  it("keeps the text settings a host's rule for every element would pass down into it", async () => {
    const textSettings = async (path) => {
      const { page, problems } = await open(path);
      const seen = await inShadow(page, "hostile", ({ shadowRoot: shadow }) =>
        ["caption", "thead th", "tbody th", "tbody td", "button", "label"].map((selector) => {
          const style = getComputedStyle(shadow.querySelector(selector));
          return {
            selector,
            letterSpacing: style.letterSpacing,
            wordSpacing: style.wordSpacing,
            fontStyle: style.fontStyle,
            textTransform: style.textTransform,
            textIndent: style.textIndent,
            textShadow: style.textShadow,
          };
        }),
      );
      const heading = await page.evaluate(() => getComputedStyle(document.querySelector("h1")).fontStyle);
      assert.deepEqual(problems, { console: [], page: [] });
      return { seen, heading };
    };
    const hostile = await textSettings("/hostile.html");
    const plain = await textSettings("/plain.html");
    assert.equal(hostile.heading, "italic", "the host's rule is in force on the host page");
    assert.deepEqual(hostile.seen, plain.seen);
  });
});

describe("<vertailu-comparison>'s built-in words from messages-src and the messages property", () => {
  /** The text of the element's error box, or null. */
  const alertOf = (page, id) =>
    inShadow(page, id, ({ shadowRoot: shadow }) => shadow.querySelector("[role=alert]")?.textContent ?? null);
  /** The label of the table's "differences only" switch. */
  const switchOf = (page, id) =>
    inShadow(
      page,
      id,
      ({ shadowRoot: shadow }) => shadow.querySelector("input[type=checkbox]")?.closest("label")?.textContent ?? null,
    );

  it("shows Swedish words around Swedish data, each element with its own file, one request for a file two share", async () => {
    messageRequests = 0;
    const { page, problems, violations } = await open("/swedish.html");
    const table = page.locator("#sv");
    assert.equal(await table.getByRole("checkbox", { name: "Visa bara skillnader" }).count(), 1);
    const sv = await inShadow(page, "sv", ({ shadowRoot: shadow }) => ({
      lang: shadow.querySelector("[data-slot=comparison-table]").closest("[lang]").lang,
      recommended: shadow.querySelector(".vertailu-comparison-table__recommended")?.textContent,
      checks: [...shadow.querySelectorAll('tbody td[data-kind="check"]')].map((cell) => cell.textContent.trim()),
    }));
    assert.deepEqual(sv, { lang: "sv", recommended: "Rekommenderas", checks: ["Ja", "Nej"] });
    const pros = await inShadow(page, "sv-pros", ({ shadowRoot: shadow }) =>
      [...shadow.querySelectorAll("h3, h4, h5")]
        .map((heading) => heading.textContent)
        .filter((text) => /^(Förd|Nack)/.test(text)),
    );
    assert.deepEqual(pros, ["Fördelar", "Nackdelar", "Fördelar", "Nackdelar"]);
    assert.equal(messageRequests, 1, "the two elements that name /i18n/sv.json share one request");
    // The element beside them has its own file, and its other words stay built-in English.
    assert.equal(await switchOf(page, "ours"), "Only what differs");
    assert.equal(await page.locator("#ours").getByText("Yes", { exact: true }).count(), 1);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, { console: [], page: [] });
  });

  it("shows the error box naming messages-src, the file and the path for each bad file, the title in the file's words", async () => {
    const { page, problems, violations } = await open("/messages-errors.html");
    assert.match(
      await alertOf(page, "missing"),
      /messages-src: could not load "\/i18n\/missing\.json" at http:\/\/127\.0\.0\.1:\d+\/i18n\/missing\.json \(HTTP 404\)/,
    );
    assert.match(
      await alertOf(page, "comma"),
      /messages-src: "\/i18n\/comma\.json" is not valid JSON: a comma before "}" at line 1, column 22: remove it/,
    );
    assert.match(
      await alertOf(page, "list"),
      /messages-src: "\/i18n\/list\.json": expected an object of messages, such as \{ "sv": \{ "differencesOnly": "Visa bara skillnader" \} \}, got a list/,
    );
    assert.match(
      await alertOf(page, "number"),
      /messages-src: sv\.differencesOnly in "\/i18n\/number\.json": expected a string, got 42/,
    );
    assert.match(await alertOf(page, "flag"), /messages-src: yes in "\/i18n\/flag\.json": expected a string, got true/);
    for (const id of ["missing", "comma", "list", "number", "flag"]) {
      assert.equal(await inShadow(page, id, ({ shadowRoot: shadow }) => shadow.querySelector("table")), null, id);
    }
    // Good strings and a missing comparison: the box's title in the file's Swedish, marked so.
    const both = await inShadow(page, "both", ({ shadowRoot: shadow }) => {
      const box = shadow.querySelector("[role=alert]");
      return {
        title: box.querySelector("p").textContent,
        lang: box.lang,
        problem: box.querySelector("li").textContent,
      };
    });
    assert.match(both.title, /^Jämförelsen kan inte visas/);
    assert.equal(both.lang, "sv");
    assert.match(both.problem, /^src: could not load "\/data\/missing\.json"/);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems.page, [], "the host page keeps running");
    assert.equal(problems.console.filter((text) => text.startsWith("vertailu vertailu-comparison:")).length, 6);
  });

  it("names a key it does not know, and a set under a locale, on the console, and shows the rest", async () => {
    const { page, problems } = await open("/messages-typo.html");
    assert.equal(await alertOf(page, "typo"), null);
    assert.deepEqual(
      await inShadow(page, "typo", ({ shadowRoot: shadow }) =>
        [...shadow.querySelectorAll('tbody td[data-kind="check"]')].map((cell) => cell.textContent.trim()),
      ),
      ["Ja", "No"],
    );
    assert.deepEqual(problems.console, [
      'vertailu vertailu-comparison: messages-src: sv.diferencesOnly in "/i18n/typo.json": unknown message key, not used (did you mean "differencesOnly"?); messages-src: sv-FI in "/i18n/typo.json": not used: a set per language goes under the language alone, in lower case ("sv")',
    ]);
    assert.deepEqual(problems.page, []);
  });

  it("renders again when messages-src, messagesSrc or messages changes, and leaves the element beside it alone", async () => {
    const { page, problems, violations } = await open("/swedish.html");
    await page.evaluate(() => document.getElementById("ours").setAttribute("messages-src", "/i18n/other.json"));
    await page.waitForFunction(() =>
      document.getElementById("ours").shadowRoot.textContent.includes("Just the differences"),
    );
    assert.equal(await page.evaluate(() => document.getElementById("ours").messagesSrc), "/i18n/other.json");
    // The property sets the attribute; removing it brings back the built-in words.
    await page.evaluate(() => {
      document.getElementById("ours").messagesSrc = "/i18n/ours.json";
    });
    assert.equal(
      await page.evaluate(() => document.getElementById("ours").getAttribute("messages-src")),
      "/i18n/ours.json",
    );
    await page.waitForFunction(() =>
      document.getElementById("ours").shadowRoot.textContent.includes("Only what differs"),
    );
    await page.evaluate(() => {
      document.getElementById("ours").messagesSrc = null;
    });
    await page.waitForFunction(() =>
      document.getElementById("ours").shadowRoot.textContent.includes("Show differences only"),
    );
    // A host with script gives the strings themselves, over the file's.
    await page.evaluate(() => {
      const element = document.getElementById("ours");
      element.setAttribute("messages-src", "/i18n/ours.json");
      element.messages = { en: { differencesOnly: "Differences, please" }, recommended: "Our pick" };
    });
    await page.waitForFunction(() =>
      document.getElementById("ours").shadowRoot.textContent.includes("Differences, please"),
    );
    assert.deepEqual(await page.evaluate(() => document.getElementById("ours").messages.recommended), "Our pick");
    await page.evaluate(() => {
      document.getElementById("ours").messages = { en: { differencesOnly: ["Differences"] } };
    });
    await page.waitForFunction(() => document.getElementById("ours").shadowRoot.querySelector("[role=alert]"));
    assert.match(await alertOf(page, "ours"), /messages: en\.differencesOnly: expected a string, got a list/);
    await page.evaluate(() => {
      document.getElementById("ours").messages = undefined;
    });
    await page.waitForFunction(() =>
      document.getElementById("ours").shadowRoot.textContent.includes("Only what differs"),
    );
    // The Swedish element kept its words throughout.
    assert.equal(await switchOf(page, "sv"), "Visa bara skillnader");
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems.page, []);
    assert.equal(problems.console.length, 1, "the list the host gave, said once");
  });

  it('marks the file\'s words for a locale written "sv_FI" with a language tag, "sv-FI"', async () => {
    const { page, problems } = await open("/messages-underscore.html");
    const box = await inShadow(page, "underscore", ({ shadowRoot: shadow }) => {
      const alert = shadow.querySelector("[role=alert]");
      return { title: alert.querySelector("p").textContent, lang: alert.lang };
    });
    assert.match(box.title, /^Jämförelsen kan inte visas/);
    assert.equal(box.lang, "sv-FI");
    assert.equal(
      await inShadow(page, "underscore", ({ shadowRoot: shadow }) => shadow.querySelector("[role=status]").lang),
      "sv-FI",
    );
    assert.deepEqual(problems.page, []);
  });

  it('shows a comparison in a locale written "fi_FI" in Finnish, marked with language tags', async () => {
    const watched = await open("/locale-underscore.html");
    const langs = await inShadow(watched.page, "plain-underscore", ({ shadowRoot: shadow }) => [
      ...new Set([...shadow.querySelectorAll("[lang]")].map((element) => element.lang)),
    ]);
    assert.ok(langs.length > 0);
    assert.deepEqual(
      langs.filter((lang) => lang.includes("_")),
      [],
    );
    await watched.page.locator("#plain-underscore").getByText("Näytä vain erot", { exact: true }).waitFor();
    assert.deepEqual(await watched.violations(), []);
    assert.deepEqual(watched.problems, { console: [], page: [] });
  });

  it("says it is loading in the file's words, marked with their language", async () => {
    const watched = await openWatchedPage(browser);
    const start = Date.parse("2026-01-05T08:00:00Z");
    await watched.page.clock.install({ time: start });
    await watched.page.clock.pauseAt(start + 1000);
    await watched.page.goto(`${server.url}/slow-sv.html`);
    const status = watched.page.locator("#slow").getByRole("status");
    await status.waitFor({ state: "attached" });
    // The words come with the file (300 ms of the server's time); the line after 400 ms of the page's.
    await new Promise((resolve) => setTimeout(resolve, 600));
    await watched.page.clock.runFor(400);
    await status.filter({ hasText: "Jämförelsen laddas…" }).waitFor();
    assert.equal(await status.getAttribute("lang"), "sv");
    await watched.page.locator("#slow").getByRole("table").waitFor();
    assert.deepEqual(await watched.violations(), []);
    assert.deepEqual(watched.problems, { console: [], page: [] });
  });
});

describe("<vertailu-comparison> with its comparison's JSON in a script inside it", () => {
  const alertItems = (page, id) =>
    inShadow(page, id, ({ shadowRoot: shadow }) =>
      [...shadow.querySelectorAll("[role=alert] li")].map((item) => item.textContent),
    );
  const caption = (page, id) =>
    inShadow(
      page,
      id,
      ({ shadowRoot: shadow }) => shadow.querySelector(".vertailu-comparison-table__title")?.textContent,
    );

  it("shows a table and a matrix from their scripts' JSON, in their themes, under a strict CSP, fetching nothing", async () => {
    const requested = [];
    const { page, problems, violations } = await open("/inline.html", (page) =>
      page.on("request", (request) => requested.push(new URL(request.url()).pathname)),
    );
    assert.equal(await caption(page, "inline"), "BPO vs call centre");
    assert.equal(
      await inShadow(page, "inline", ({ shadowRoot: shadow }) => shadow.querySelectorAll("tbody th[scope=row]").length),
      bpoVsCallCenter.parameters.length,
    );
    // The type is read in any case, and the JSON may sit on lines of its own.
    assert.ok(await page.locator("#inline-matrix").getByRole("slider").first().isVisible());
    const surface = await inShadow(
      page,
      "inline-matrix",
      ({ shadowRoot: shadow }) => getComputedStyle(shadow.querySelector("[data-slot=provider]")).backgroundColor,
    );
    assert.notEqual(surface, "rgb(255, 255, 255)", "the dark theme's surface");
    // The script is data, not shown: no text of it outside the shadow roots.
    assert.equal(await page.evaluate(() => document.body.innerText.includes("schemaVersion")), false);
    // The page and embed.js, and no JSON.
    assert.deepEqual(requested, ["/inline.html", "/embed.js"]);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, { console: [], page: [] });
  });

  it("names the problem and its path for JSON that is not JSON or does not validate, an empty script, a src beside it, neither, two scripts and a src on the script", async () => {
    const { page, problems } = await open("/inline-errors.html");
    // Lines count from the script's tag, where its content starts.
    assert.deepEqual(await alertItems(page, "comma"), [
      'script: not valid JSON: a comma before "}" at line 4, column 25: remove it (JSON allows no comma after the last entry)',
    ]);
    assert.equal((await alertItems(page, "invalid"))[0], "options: a comparison needs at least 2 options");
    assert.deepEqual(await alertItems(page, "empty"), ["script: the script is empty: put the comparison's JSON in it"]);
    assert.deepEqual(await alertItems(page, "both"), [
      'src: a src and a <script type="application/json"> inside the element: give the comparison one way, not both',
    ]);
    assert.deepEqual(await alertItems(page, "none"), [
      `src: no src: give the URL of a comparison's JSON, or the JSON itself in a <script type="application/json"> inside the element`,
    ]);
    // Two scripts: neither is taken over the other. A src on the script, which the browser does not
    // load: the URL goes on the element.
    assert.deepEqual(await alertItems(page, "two"), [
      'script: more than one <script type="application/json">: keep one',
    ]);
    assert.deepEqual(await alertItems(page, "script-src"), [
      "script: a script's src is not loaded: give that URL as the element's src",
    ]);
    assert.deepEqual(problems.page, [], "the host page keeps running");
    assert.equal(problems.console.filter((text) => text.startsWith("vertailu vertailu-comparison:")).length, 7);
    for (const id of ["comma", "invalid", "empty", "both", "none", "two", "script-src"]) {
      assert.equal(await inShadow(page, id, ({ shadowRoot: shadow }) => shadow.querySelector("table")), null, id);
    }
  });

  it("renders again when a page's script changes, removes or adds a JSON script, gives one a src, or gives the element a src as well", async () => {
    const { page, problems } = await open("/inline.html");
    await page.evaluate((json) => {
      document.querySelector("#inline script").textContent = json;
    }, JSON.stringify(checks));
    await page.waitForFunction(
      () =>
        document.getElementById("inline").shadowRoot.querySelector(".vertailu-comparison-table__title")?.textContent ===
        "Checks",
    );
    // Gone: the element says what it needs.
    await page.evaluate(() => document.querySelector("#inline script").remove());
    await page.waitForFunction(() => document.getElementById("inline").shadowRoot.querySelector("[role=alert]"));
    assert.match((await alertItems(page, "inline"))[0], /^src: no src: /);
    // An element a script makes, and gives its JSON after adding it to the page.
    await page.evaluate((json) => {
      const element = document.createElement("vertailu-comparison");
      element.id = "late";
      element.locale = "en";
      document.body.append(element);
      setTimeout(() => {
        const script = document.createElement("script");
        script.type = "application/json";
        script.text = json;
        element.append(script);
      }, 100);
    }, JSON.stringify(bpoVsCallCenter));
    await page.waitForFunction(() => document.getElementById("late").shadowRoot?.querySelector("table"));
    assert.equal(await caption(page, "late"), "BPO vs call centre");
    await page.evaluate(() => document.getElementById("late").setAttribute("src", "/data/checks.json"));
    await page.waitForFunction(() => document.getElementById("late").shadowRoot.querySelector("[role=alert]"));
    assert.match((await alertItems(page, "late"))[0], /^src: a src and a <script type="application\/json">/);
    // A second script, then a src on the one left, then neither: each is seen as it happens.
    await page.evaluate(() => {
      const late = document.getElementById("late");
      late.removeAttribute("src");
      late.append(late.querySelector("script").cloneNode(true));
    });
    await page.waitForFunction(() =>
      document.getElementById("late").shadowRoot.querySelector("[role=alert]")?.textContent.includes("more than one"),
    );
    await page.evaluate(() => {
      document.querySelector("#late script").remove();
      document.querySelector("#late script").setAttribute("src", "/data/checks.json");
    });
    await page.waitForFunction(() =>
      document
        .getElementById("late")
        .shadowRoot.querySelector("[role=alert]")
        ?.textContent.includes("src is not loaded"),
    );
    await page.evaluate(() => document.querySelector("#late script").removeAttribute("src"));
    await page.waitForFunction(() => document.getElementById("late").shadowRoot.querySelector("table"));
    assert.equal(await caption(page, "late"), "BPO vs call centre");
    // The src on the element as well: it says so; only the src left, it loads.
    await page.evaluate(() => document.getElementById("late").setAttribute("src", "/data/checks.json"));
    await page.waitForFunction(() => document.getElementById("late").shadowRoot.querySelector("[role=alert]"));
    await page.evaluate(() => document.querySelector("#late script").remove());
    await page.waitForFunction(
      () =>
        document.getElementById("late").shadowRoot.querySelector(".vertailu-comparison-table__title")?.textContent ===
        "Checks",
    );
    assert.deepEqual(problems.page, []);
  });

  it("reads the script of an element that embed.js, added after it, defines", async () => {
    const { page, problems, violations } = await open("/inline-footer.html");
    assert.equal(await caption(page, "footer"), "BPO vs puhelinkeskus");
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, { console: [], page: [] });
  });

  it("waits for a script the page is still sending, and reads it whole, with no error on the way", async () => {
    const watched = await openWatchedPage(browser);
    const { page, problems } = watched;
    await page.goto(`${server.url}/inline-slow.html`, { waitUntil: "commit" });
    // The first half is in: the element is connected, its script cut off in the middle of the JSON.
    await page.waitForFunction(() => document.getElementById("slow")?.shadowRoot);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => document.readyState), "loading");
    assert.equal(
      await inShadow(page, "slow", ({ shadowRoot: shadow }) => shadow.querySelector("[role=alert], table")),
      null,
    );
    assert.match(await page.evaluate(() => document.querySelector("#slow script").text), /"options"/);
    sendSecondHalf();
    await page.waitForFunction(() => document.getElementById("slow").shadowRoot.querySelector("table"));
    assert.equal(await caption(page, "slow"), "BPO vs call centre");
    assert.deepEqual(problems, { console: [], page: [] });
  });

  it("defined while its script is only half parsed, waits for the rest rather than reading half", async () => {
    const { page, problems, violations } = await openWatchedPage(browser);
    await page.goto(`${server.url}/inline-half.html`, { waitUntil: "commit" });
    await page.waitForFunction(() => /"options"/.test(document.querySelector("#half script")?.text ?? ""));
    await page.addScriptTag({ url: "/embed.js" });
    await page.waitForFunction(() => document.getElementById("half").shadowRoot);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => document.readyState), "loading");
    assert.equal(
      await inShadow(page, "half", ({ shadowRoot: shadow }) => shadow.querySelector("[role=alert], table")),
      null,
    );
    sendRest();
    await page.waitForFunction(() => document.getElementById("half").shadowRoot.querySelector("table"));
    assert.equal(await caption(page, "half"), "BPO vs call centre");
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, { console: [], page: [] });
  });
});
