// The packed tarball in a real Vite + React app (test/package/consumer), with React 19 and with
// React 18: built with `vite build`, rendered in the browser, rendered on the server with
// renderToString and renderToPipeableStream and hydrated, all in Chromium under a strict
// Content-Security-Policy; plus a host page with aggressive global CSS and the custom element.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, describe, it } from "node:test";
import { pathToFileURL } from "node:url";
import { launchChromium, openWatchedPage, serve, strictCsp, trustedTypesCsp } from "../browser/harness.mjs";

const root = resolve(import.meta.dirname, "../..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const quiet = { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" };
const consumer = join(import.meta.dirname, "consumer");
const pinned = JSON.parse(readFileSync(join(consumer, "package.json"), "utf8")).dependencies.react;
/** The app's package.json pins React 19; the second install swaps in the last React 18. */
const reactVersions = [pinned, "18.3.1"];
const csp = { "content-security-policy": strictCsp };
const trustedTypes = { "content-security-policy": trustedTypesCsp };

let tarball;
let browser;

before(async () => {
  const destination = mkdtempSync(join(tmpdir(), "vertailu-pack-"));
  const packed = JSON.parse(
    execFileSync(npm, ["pack", "--json", "--pack-destination", destination], { cwd: root, ...quiet }),
  );
  tarball = join(destination, packed[0].filename);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

/** Copies the app to a temporary folder, installs the tarball and `react`, and builds it once. */
function buildApp(react) {
  const app = join(mkdtempSync(join(tmpdir(), "vertailu-consumer-")), "app");
  cpSync(consumer, app, { recursive: true, filter: (source) => !/[\\/](node_modules|dist)$/.test(source) });
  // The hostile host page (README, "Embedding"): global element rules kept out of vertailu's
  // subtree with @scope; the host's 40px root font size needs nothing, vertailu's sizes are px.
  const hostile = readFileSync(join(root, "test/browser/hostile.css"), "utf8");
  mkdirSync(join(app, "public"), { recursive: true });
  writeFileSync(join(app, "public/hostile-scoped.css"), `@scope (body) to (.vertailu-root) {\n${hostile}}\n`);
  cpSync(join(root, "test/browser/hostile-root.css"), join(app, "public/hostile-root.css"));
  const extra = react === pinned ? [] : [`react@${react}`, `react-dom@${react}`];
  execFileSync(npm, ["install", "--prefer-offline", "--no-audit", "--no-fund", tarball, ...extra], {
    cwd: app,
    ...quiet,
  });
  execFileSync(join(app, "node_modules/.bin/vite"), ["build"], { cwd: app, ...quiet });
  return app;
}

/** Waits until React has rendered or hydrated the page (the app's effect marks it). */
async function openReady(server, path) {
  const watched = await openWatchedPage(browser);
  await watched.page.goto(server.url + path);
  await watched.page.waitForSelector("html[data-ready=true]");
  return watched;
}

/** The four components, rendered and styled by styles.css (values only styles.css sets). */
async function assertStyledComponents(page) {
  const seen = await page.evaluate(() => {
    const style = (selector) => getComputedStyle(document.querySelector(selector));
    return {
      table: style("#table table").display,
      cell: style("#table tbody td").display,
      frameBorder: style("#table .vertailu-comparison-table__scroll").borderTopColor,
      badgeBackground: style('[data-slot=type-badge][data-type="vertical-bpo"]').backgroundColor,
      badgeRadius: Number.parseFloat(style("[data-slot=type-badge]").borderTopLeftRadius),
      badgeHalfHeight: document.querySelector("[data-slot=type-badge]").getBoundingClientRect().height / 2,
      badges: [...document.querySelectorAll("#badges .vertailu-type-badge__label")].map((label) => label.textContent),
      prosCons: [...document.querySelectorAll("#pros-cons .vertailu-pros-cons__name")].map((name) => name.textContent),
      matrix: document.querySelectorAll("#matrix input[type=range]").length,
      wizard: document.querySelectorAll("#wizard input[type=radio]").length,
    };
  });
  assert.equal(seen.table, "table");
  assert.equal(seen.cell, "table-cell");
  assert.equal(seen.frameBorder, "rgb(213, 218, 225)", "the table frame's border colour comes from styles.css");
  assert.equal(seen.badgeBackground, "rgb(241, 236, 254)", "the BPO badge's tint comes from styles.css");
  // A pill: its ends rounded about half its height (within a border's width), as styles.css draws it.
  assert.ok(Math.abs(seen.badgeRadius - seen.badgeHalfHeight) <= 1.5, `badge radius ${seen.badgeRadius}px`);
  assert.deepEqual(seen.badges, ["Inbound call centre", "Vertical BPO"]);
  assert.deepEqual(seen.prosCons, ["BPO", "Call centre"]);
  assert.ok(seen.matrix > 0, "the decision matrix has weight sliders");
  assert.ok(seen.wizard > 0, "the decision wizard asks its first question");
}

/** Tabs to the first TypeBadge that has a description and expects its tooltip. */
async function assertTooltipByKeyboard(page) {
  for (let presses = 0; presses < 10; presses++) {
    await page.keyboard.press("Tab");
    // Focus lands on the button inside the badge.
    if (await page.evaluate(() => document.activeElement?.closest("[data-slot=type-badge]") !== null)) break;
  }
  assert.equal(
    await page.evaluate(() => document.activeElement?.closest("[data-slot=type-badge]")?.getAttribute("data-type")),
    "inbound-call-center",
  );
  const tooltip = page.getByRole("tooltip");
  await tooltip.waitFor();
  assert.match(await tooltip.textContent(), /Receives calls made to the corresponding customer-service number/);
  assert.equal(
    await page.evaluate(() => document.querySelector("[role=tooltip]").closest("#provider") !== null),
    true,
    "the tooltip renders inside the provider",
  );
}

for (const react of reactVersions) {
  describe(`a Vite app with React ${react} and the packed tarball`, () => {
    let app;
    let server;
    let ssr;

    before(async () => {
      app = buildApp(react);
      const installed = JSON.parse(readFileSync(join(app, "node_modules/react-dom/package.json"), "utf8"));
      assert.equal(installed.version, react);
      ssr = await import(pathToFileURL(join(app, "ssr.mjs")).href);
      const { bpoVsCallCenter } = await import(
        pathToFileURL(join(app, "node_modules/vertailu/dist/data/bpo-vs-call-center.js")).href
      );
      server = await serve(
        {
          "/bpo.json": { body: JSON.stringify(bpoVsCallCenter) },
          "/ssr-string": () => ({ body: ssr.renderPage(), type: "text/html; charset=utf-8", headers: csp }),
          "/ssr-stream": async (_request, response) => {
            response.writeHead(200, { "content-type": "text/html; charset=utf-8", ...csp });
            await ssr.streamPage(response);
          },
          // The same pages on a host that enforces Trusted Types.
          "/trusted-types": () => ({ body: readFileSync(join(app, "dist/index.html")), headers: trustedTypes }),
          "/trusted-types-ssr": async (request, response) => {
            response.writeHead(200, { "content-type": "text/html; charset=utf-8", ...trustedTypes });
            await ssr.streamPage(response, { structuredData: request.url.includes("structured-data") });
          },
        },
        { folder: join(app, "dist"), htmlHeaders: csp },
      );
    });

    after(async () => {
      await server?.close();
    });

    it("renders every component in the browser with styles.css applied, under a strict CSP", async () => {
      const { page, problems, violations } = await openReady(server, "/");
      await assertStyledComponents(page);
      await assertTooltipByKeyboard(page);
      assert.deepEqual(await violations(), []);
      assert.deepEqual(problems, { console: [], page: [] });
    });

    it("renders, and hydrates the server's markup, on a page that enforces Trusted Types", async () => {
      for (const path of ["/trusted-types", "/trusted-types-ssr"]) {
        const { page, problems, violations } = await openReady(server, path);
        assert.deepEqual(await page.evaluate(() => window.__hydrationErrors ?? []), []);
        await assertStyledComponents(page);
        await assertTooltipByKeyboard(page);
        assert.deepEqual(await violations(), [], path);
        assert.deepEqual(problems, { console: [], page: [] }, path);
        // The page does enforce them: a string given to innerHTML is refused.
        const refused = await page.evaluate(() => {
          try {
            document.createElement("div").innerHTML = "<b>text</b>";
            return false;
          } catch (error) {
            return /TrustedHTML/.test(error.message);
          }
        });
        assert.equal(refused, true, path);
        await page.close();
      }
    });

    it("writes the pros and cons' JSON-LD; where Trusted Types are enforced, shows the panel without it", async () => {
      const allowed = await openReady(server, "/?structured-data");
      const jsonLd = await allowed.page.evaluate(() =>
        JSON.parse(document.querySelector('#pros-cons script[type="application/ld+json"]').textContent),
      );
      assert.deepEqual(
        jsonLd["@graph"].map((product) => product.name),
        ["BPO", "Call centre"],
      );
      assert.deepEqual(await allowed.violations(), []);
      assert.deepEqual(allowed.problems, { console: [], page: [] });
      await allowed.page.close();

      const refused = await openReady(server, "/trusted-types?structured-data");
      const seen = await refused.page.evaluate(() => ({
        boxes: document.querySelectorAll("[data-slot=error]").length,
        prosCons: [...document.querySelectorAll("#pros-cons .vertailu-pros-cons__name")].map(
          (name) => name.textContent,
        ),
        jsonLd: document.querySelectorAll('script[type="application/ld+json"]').length,
      }));
      assert.deepEqual(seen, { boxes: 0, prosCons: ["BPO", "Call centre"], jsonLd: 0 });
      // What the page refused, and React's word on why the script is missing.
      assert.ok((await refused.violations()).every((violation) => violation.startsWith("require-trusted-types-for")));
      assert.ok(refused.problems.console.some((line) => /TrustedHTML/.test(line)));
      assert.deepEqual(refused.problems.page, []);
      await refused.page.close();

      // Rendered on the server, the script is in the page's markup, which hydration keeps.
      const served = await openReady(server, "/trusted-types-ssr?structured-data");
      const hydrated = await served.page.evaluate(() => ({
        errors: window.__hydrationErrors,
        names: JSON.parse(document.querySelector('#pros-cons script[type="application/ld+json"]').textContent)[
          "@graph"
        ].map((product) => product.name),
      }));
      assert.deepEqual(hydrated, { errors: [], names: ["BPO", "Call centre"] });
      assert.deepEqual(await served.violations(), []);
      assert.deepEqual(served.problems, { console: [], page: [] });
      await served.page.close();
    });

    for (const [name, path] of [
      ["renderToString", "/ssr-string"],
      ["renderToPipeableStream", "/ssr-stream"],
    ]) {
      it(`renders on the server with ${name} and hydrates without a warning`, async () => {
        const response = await fetch(server.url + path);
        const html = await response.text();
        for (const slot of ["provider", "type-badge", "comparison-table", "table"]) {
          assert.match(html, new RegExp(`data-slot="${slot}"`), `${slot} is in the server markup`);
        }
        assert.match(html, /vertailu-pros-cons/);
        assert.match(html, /vertailu-decision-matrix/);
        assert.match(html, /vertailu-decision-wizard/);
        assert.doesNotMatch(html, /\sstyle="/, "no inline style attributes, which a strict CSP blocks");

        const { page, problems, violations } = await openReady(server, path);
        assert.deepEqual(await page.evaluate(() => window.__hydrationErrors), []);
        await assertStyledComponents(page);
        await assertTooltipByKeyboard(page);
        assert.deepEqual(await violations(), []);
        assert.deepEqual(problems, { console: [], page: [] });
      });
    }

    it("mirrors the table on a right-to-left page, with the CSS targets the README gives", async () => {
      const { page, problems } = await openReady(server, "/");
      const side = () =>
        page
          .locator(".vertailu-comparison-table")
          .first()
          .evaluate((element) => getComputedStyle(element).getPropertyValue("--vertailu-cell-side").trim());
      assert.equal(await side(), "left");
      await page.evaluate(() => {
        document.documentElement.dir = "rtl";
      });
      assert.equal(await side(), "right");
      assert.deepEqual(problems, { console: [], page: [] });
    });

    it("keeps the table readable on a host page with aggressive global CSS", async () => {
      const { page, problems, violations } = await openReady(server, "/hostile.html");
      const seen = await page.evaluate(() => {
        const style = (selector) => getComputedStyle(document.querySelector(selector));
        const caption = document.querySelector("#table caption").getBoundingClientRect();
        return {
          host: style("h1").color,
          table: style("#table table").display,
          rowGroup: style("#table tbody").display,
          row: style("#table tbody tr").display,
          cell: style("#table tbody td").display,
          header: style("#table thead th").display,
          caption: style("#table caption").display,
          captionVisible: caption.width > 0 && caption.height > 0,
          tableWidth: document.querySelector("#table table").getBoundingClientRect().width,
          colors: [...document.querySelectorAll("#table :is(caption, th, td, td *)")].map(
            (e) => getComputedStyle(e).color,
          ),
          fontSize: Number.parseFloat(style("#table tbody td").fontSize),
        };
      });
      assert.equal(seen.host, "rgb(255, 0, 0)", "the hostile CSS is in force on the host page");
      assert.equal(seen.table, "table");
      assert.equal(seen.rowGroup, "table-row-group");
      assert.equal(seen.row, "table-row");
      assert.equal(seen.cell, "table-cell");
      assert.equal(seen.header, "table-cell");
      assert.equal(seen.caption, "table-caption");
      assert.equal(seen.captionVisible, true);
      assert.ok(seen.tableWidth > 600, `the table (not the stacked layout) shows, ${seen.tableWidth}px wide`);
      assert.deepEqual(
        seen.colors.filter((color) => color === "rgb(255, 0, 0)"),
        [],
        "no text inside the table is red",
      );
      assert.ok(seen.fontSize >= 12 && seen.fontSize <= 20, `table text ${seen.fontSize}px`);
      assert.deepEqual(await violations(), []);
      assert.deepEqual(problems, { console: [], page: [] });
    });

    it("defines <vertailu-comparison> through vertailu/element, bundled by Vite", async () => {
      const watched = await openWatchedPage(browser);
      const { page, problems, violations } = watched;
      await page.goto(`${server.url}/element.html`);
      await page.waitForFunction(() => document.getElementById("table").shadowRoot?.querySelector("table"));
      const frame = await page.evaluate(() => {
        const shadow = document.getElementById("table").shadowRoot;
        return getComputedStyle(shadow.querySelector(".vertailu-comparison-table__scroll")).backgroundColor;
      });
      assert.equal(frame, "rgb(22, 25, 29)", "dark theme from the element's own stylesheet");
      assert.deepEqual(await violations(), []);
      assert.deepEqual(problems, { console: [], page: [] });
    });
  });
}
