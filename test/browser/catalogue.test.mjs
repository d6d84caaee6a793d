// The built Storybook catalogue, hosted the way an intranet would host it: from a sub-path of a
// plain static server, with no other host reachable. Every page must load all it needs from that
// path, log no errors and show its content. `npm run test:catalogue` builds storybook-static first.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { after, before, describe, it } from "node:test";
import { launchChromium, serve } from "./harness.mjs";

const root = resolve(import.meta.dirname, "../..");
const catalogue = join(root, "storybook-static");
const prefix = "/intranet/docs/";

let server;
let browser;
let base;

before(async () => {
  assert.ok(
    existsSync(join(catalogue, "index.html")) && existsSync(join(catalogue, "iframe.html")),
    "storybook-static is missing: run `npm run test:catalogue`, which builds it first",
  );
  // storybook-static under `prefix` only; everything else is a 404, as on a shared intranet server.
  server = await serve({}, { folder: catalogue, prefix });
  base = `${server.url}${prefix}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens a catalogue URL in a fresh page with every other host blocked, and collects what went
 * wrong: failed or blocked requests, HTTP errors, console errors and uncaught exceptions.
 */
async function open(path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  const origin = new URL(base).origin;
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    problems.push(`request to another host: ${url}`);
    return route.abort("blockedbyclient");
  });
  page.on("requestfailed", (request) => problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  await page.goto(new URL(path, base).href);
  const preview = page.frameLocator("#storybook-preview-iframe");
  return { page, preview, problems, close: () => context.close() };
}

/**
 * Waits until the page has settled (no requests for a moment), then asserts nothing went wrong.
 * `expected` lists console errors a page logs on purpose, e.g. a story that shows bad input.
 */
async function settle({ page, problems }, expected = []) {
  await page.waitForLoadState("networkidle");
  const unexpected = problems.filter((problem) => !expected.some((pattern) => pattern.test(problem)));
  assert.deepEqual(unexpected, [], "the page must load everything from its own path, without errors");
  for (const pattern of expected)
    assert.ok(
      problems.some((problem) => pattern.test(problem)),
      `expected ${pattern}`,
    );
}

/**
 * Opens every story of the catalogue, one after another, in a fresh context with `options` (media
 * emulation), and gathers what `inspect` reports for each, prefixed with the story's id.
 */
async function inEveryStory(options, inspect) {
  const index = await (await fetch(new URL("index.json", base))).json();
  const stories = Object.values(index.entries)
    .filter((entry) => entry.type === "story")
    .map((entry) => entry.id);
  assert.ok(stories.length > 50, `${stories.length} stories`);
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, ...options });
  const page = await context.newPage();
  const found = [];
  try {
    for (const id of stories) {
      await page.goto(new URL(`iframe.html?id=${id}&viewMode=story`, base).href);
      await page.locator("#storybook-root > *").first().waitFor();
      // Every story shows the reader something: words in the page, or in an element's shadow root
      // (a story whose module a production build left out renders an empty element).
      const shows = await page
        .waitForFunction(
          () =>
            [document.querySelector("#storybook-root"), ...document.querySelectorAll("#storybook-root *")].some(
              (element) => (element.shadowRoot ?? element).textContent.trim() !== "",
            ),
          null,
          { timeout: 5000 },
        )
        .then(
          () => true,
          () => false,
        );
      if (!shows) found.push(`${id}: shows nothing`);
      for (const text of await inspect(page)) found.push(`${id}: ${text}`);
    }
  } finally {
    await context.close();
  }
  return found;
}

const tokenCount = new Set(
  [...readFileSync(join(root, "src/theme/tokens.css"), "utf8").matchAll(/(--vertailu-[a-z0-9-]+)\s*:/g)].map(
    (match) => match[1],
  ),
).size;

// A guard against a hung browser, not a speed target: the two passes over every story take a
// minute or more each on a busy two-core machine, and the whole suite four to five minutes.
describe("the built catalogue, hosted offline under a sub-path", { timeout: 900_000 }, () => {
  it("opens on the Introduction with the sidebar in the documented order", async () => {
    const view = await open("./");
    try {
      await view.preview.getByRole("heading", { level: 1, name: "vertailu" }).waitFor();
      await view.preview.getByText("is a React component library for").waitFor();
      await view.preview.getByRole("table", { name: /BPO vs puhelinkeskus/ }).waitFor();
      const sidebar = (await view.page.locator("#storybook-explorer-menu").textContent()) ?? "";
      const order = [
        "Introduction",
        "Getting started",
        "Theming",
        "Schema",
        "Check your data",
        "Languages",
        "Accessibility",
        "Components",
        "Decision widgets",
        "Embedding",
        "Recipes",
      ];
      const positions = order.map((name) => sidebar.indexOf(name));
      assert.ok(
        positions.every((position) => position >= 0),
        `sidebar lists ${order.join(", ")}:\n${sidebar}`,
      );
      assert.deepEqual(
        [...positions].sort((a, b) => a - b),
        positions,
        `sidebar order:\n${sidebar}`,
      );
      await settle(view);
    } finally {
      await view.close();
    }
  });

  it("switches a docs page's live example with the toolbar's buttons", async () => {
    const view = await open("./?path=/docs/introduction--docs");
    try {
      await view.preview.getByRole("table", { name: /BPO vs puhelinkeskus/ }).waitFor();
      // One switch at a time, as a reader makes them: the next waits until the page has rendered the
      // example again. Storybook's docs page can lose an inline example when a second globals change
      // lands while it is still finishing the first (the example stays blank until the next change).
      const frame = view.page.frames().find((candidate) => candidate.url().includes("iframe.html"));
      await frame.evaluate(() => {
        // A change renders the docs page again, then the example in it: done when the example is.
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        window.__rendered = 0;
        let docsRendered = false;
        channel.on("docsRendered", () => {
          docsRendered = true;
        });
        channel.on("storyRendered", () => {
          if (docsRendered) window.__rendered++;
        });
      });
      await view.page.getByRole("button", { name: "Colour theme Light" }).click();
      await view.page.getByRole("option", { name: "Dark" }).click();
      await frame.waitForFunction(() => window.__rendered > 0);
      await view.preview.locator("[data-slot=provider][data-vertailu-theme=dark]").first().waitFor();
      await view.page.getByRole("button", { name: "Locale Suomi (fi)" }).click();
      await view.page.getByRole("option", { name: "English (en)" }).click();
      await view.preview.getByRole("table", { name: /BPO vs call centre/ }).waitFor();
      await view.preview.locator("[data-slot=provider][data-vertailu-theme=dark]").first().waitFor();
      await settle(view);
    } finally {
      await view.close();
    }
  });

  it("renders docs pages' live examples in the theme and locale the URL's globals give", async () => {
    const view = await open("./?path=/docs/introduction--docs&globals=theme:dark;locale:en");
    try {
      const table = view.preview.getByRole("table", { name: /BPO vs call centre/ });
      await table.getByRole("columnheader", { name: "Call centre" }).waitFor();
      const provider = view.preview.locator("[data-slot=provider]").first();
      assert.equal(await provider.getAttribute("data-vertailu-theme"), "dark");
      await settle(view);
    } finally {
      await view.close();
    }
  });

  it("gives every element on each docs page an id no other element there has", async () => {
    // A docs page shows all of a component's stories at once. A shared id there sends a note's link,
    // a wizard's link or a button's description to another story's table.
    const index = await (await fetch(new URL("index.json", base))).json();
    const pages = Object.values(index.entries)
      .filter((entry) => entry.type === "docs")
      .map((entry) => entry.id);
    assert.ok(pages.length >= 10, `${pages.length} docs pages`);
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    const shared = [];
    let checked = 0;
    try {
      for (const id of pages) {
        await page.goto(new URL(`iframe.html?id=${id}&viewMode=docs`, base).href);
        await page.locator(".sbdocs-content").first().waitFor();
        await page.waitForLoadState("networkidle");
        const { ids, duplicates } = await page.evaluate(() => {
          const counts = new Map();
          // Storybook's accessibility addon puts the same SVG filters beside every story; those ids are its own.
          for (const element of document.querySelectorAll(".sbdocs-content [id]:not([id^='storybook-'])"))
            counts.set(element.id, (counts.get(element.id) ?? 0) + 1);
          return { ids: counts.size, duplicates: [...counts].filter(([, count]) => count > 1).map(([name]) => name) };
        });
        checked += ids;
        for (const name of duplicates) shared.push(`${id}: ${name}`);
      }
    } finally {
      await context.close();
    }
    assert.ok(checked > 500, `only ${checked} ids on the docs pages`);
    assert.deepEqual(shared, []);
  });

  it("shows a parameter's description on a tap, on a touch screen, and hides it on a tap elsewhere", async () => {
    // Hover and keyboard focus, which open a tooltip elsewhere, do not happen on a phone.
    const context = await browser.newContext({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    try {
      await page.goto(
        new URL("iframe.html?id=components-comparisontable--description-tooltip&viewMode=story&globals=locale:en", base)
          .href,
      );
      const button = page.getByRole("button", { name: "About Scope" }).first();
      await button.waitFor();
      await button.tap();
      const tooltip = page.getByRole("tooltip");
      await tooltip.waitFor();
      assert.match(await tooltip.textContent(), /foreign tasks or mainly with local queries/);
      await page.getByRole("heading", { name: "BPO", exact: true }).tap();
      await tooltip.waitFor({ state: "detached" });
    } finally {
      await context.close();
    }
  });

  it("shows Getting started with the provider's prop table", async () => {
    const view = await open("./?path=/docs/getting-started--docs");
    try {
      await view.preview.getByRole("heading", { level: 1, name: "Getting started" }).waitFor();
      await view.preview.getByText("npm install vertailu react react-dom").waitFor();
      await view.preview.getByText("Milliseconds a pointer rests before a tooltip opens.", { exact: true }).waitFor();
      await view.preview.getByRole("table", { name: /Puhelin vai chat\?/ }).waitFor();
      await settle(view);
    } finally {
      await view.close();
    }
  });

  it("shows Languages with every built-in string in English and Finnish", async () => {
    const view = await open("./?path=/docs/languages--docs");
    try {
      await view.preview.getByRole("heading", { level: 1, name: "Languages" }).waitFor();
      const strings = view.preview.getByRole("table", { name: "Built-in strings: ComparisonTable" });
      const row = strings.getByRole("row", { name: /^differencesOnly / });
      assert.equal(await row.getByRole("cell").first().textContent(), "Show differences only");
      assert.equal(await row.getByRole("cell").last().getAttribute("lang"), "fi");
      assert.equal(await row.getByRole("cell").last().textContent(), "Näytä vain erot");
      await settle(view);
    } finally {
      await view.close();
    }
  });

  it("shows Theming with every token and a working playground", async () => {
    const view = await open("./?path=/docs/theming--docs");
    try {
      await view.preview.getByRole("heading", { level: 1, name: "Theming" }).waitFor();
      await view.preview.getByText(`${tokenCount} tokens in tokens.css`).waitFor();
      await view.preview.getByText("--vertailu-color-accent", { exact: true }).first().waitFor();
      const table = view.preview.getByRole("table", { name: /BPO vs puhelinkeskus/ }).first();
      await table.waitFor();
      // Raising the stacking threshold past the table's width turns it into one section per option.
      await view.preview.getByLabel("Stack below").press("End");
      await view.preview.getByRole("region", { name: "BPO" }).first().waitFor();
      await settle(view);
    } finally {
      await view.close();
    }
  });

  it("shows the BPO ComparisonTable story, and its English, dark, right-to-left variant from the toolbar", async () => {
    const view = await open("./?path=/story/components-comparisontable--bpo-vs-call-center");
    try {
      const table = view.preview.getByRole("table", { name: /BPO vs puhelinkeskus/ });
      await table.getByRole("columnheader", { name: "Puhelinkeskus" }).waitFor();
      // The Controls panel lists the props with their JSDoc, from react-docgen-typescript.
      await view.page.getByRole("tab", { name: "Controls" }).click();
      await view.page.getByText("Hide rows whose values are the same for every shown option (controlled).").waitFor();
      await settle(view);
    } finally {
      await view.close();
    }
    // A story without a play function, so a Finnish-only assertion cannot get in the way of the toolbar.
    const themed = await open(
      "./?path=/story/components-comparisontable--wide-1200&globals=theme:dark;locale:en;dir:rtl",
    );
    try {
      const table = themed.preview.getByRole("table", { name: /BPO vs call centre/ });
      await table.getByRole("columnheader", { name: "Call centre" }).waitFor();
      const provider = themed.preview.locator("[data-slot=provider]").first();
      assert.equal(await provider.getAttribute("data-vertailu-theme"), "dark");
      assert.equal(await provider.getAttribute("dir"), "rtl");
      assert.equal(await provider.getAttribute("lang"), "en");
      // The built catalogue keeps the stylesheet's right-to-left rules: cell shapes sit on the right.
      const side = await themed.preview
        .locator(".vertailu-comparison-table")
        .first()
        .evaluate((element) => getComputedStyle(element).getPropertyValue("--vertailu-cell-side").trim());
      assert.equal(side, "right");
      await settle(themed);
    } finally {
      await themed.close();
    }
  });

  it("shows the TypeBadge story and the component's prop table with its JSDoc", async () => {
    const view = await open("./?path=/story/components-typebadge--all-types");
    try {
      await view.preview.getByText("Vaakasuuntainen BPO").waitFor();
      await view.preview.getByText("Lähtevä puhelinkeskus").waitFor();
      await settle(view);
    } finally {
      await view.close();
    }
    const docs = await open("./?path=/docs/components-typebadge--docs");
    try {
      await docs.preview.getByRole("heading", { level: 1, name: "TypeBadge" }).waitFor();
      await docs.preview.getByText("Show the type's description in a tooltip (only when it has one).").waitFor();
      // The "Unknown Type" story shows what bad input does: an inline error box, and a report in the console.
      await docs.preview.getByText('unknown type "no-such-type"', { exact: false }).first().waitFor();
      await settle(docs, [/^console error: vertailu TypeBadge: type: unknown type "no-such-type"$/]);
    } finally {
      await docs.close();
    }
  });

  it("runs the recipe that fetches JSON from the catalogue's own path", async () => {
    const view = await open("./?path=/story/recipes-intranet--load-from-url");
    try {
      const table = view.preview.getByRole("table", { name: /BPO vs puhelinkeskus/ });
      await table.getByRole("columnheader", { name: "BPO" }).waitFor();
      await settle(view);
    } finally {
      await view.close();
    }
  });

  it("has a page or story for every link between the docs pages", async () => {
    const index = await (await fetch(new URL("index.json", base))).json();
    const links = readdirSync(join(root, "stories"))
      .filter((file) => file.endsWith(".mdx") || file.endsWith(".stories.tsx"))
      .flatMap((file) =>
        [
          ...readFileSync(join(root, "stories", file), "utf8").matchAll(/\]\(\?path=\/(?:docs|story)\/([a-z0-9-]+)/g),
        ].map((match) => `${file} → ${match[1]}`),
      );
    assert.ok(links.length > 10, `${links.length} links`);
    const broken = links.filter((link) => !(link.split(" → ")[1] in index.entries));
    assert.deepEqual(broken, []);
  });

  it("opens Check your data from the Schema page's link, and checks a pasted comparison there", async () => {
    const view = await open("./?path=/docs/schema--docs");
    try {
      await view.preview.getByRole("link", { name: "Check your data" }).click();
      const field = view.preview.getByRole("textbox", { name: "Comparison JSON" });
      await field.waitFor();
      await view.preview.getByRole("status", { name: "Check result" }).getByText("Valid.").waitFor();
      await field.fill('{ "schemaVersion": 1, "id": "x", "title": "X", "options": [], "parameters": [] }');
      await view.preview.getByRole("button", { name: "Check" }).click();
      const alert = view.preview.getByRole("alert");
      await alert.getByText("options: a comparison needs at least 2 options").waitFor();
      await settle(view);
    } finally {
      await view.close();
    }
  });

  it("defines <vertailu-comparison> in the built catalogue: the Embedding page's element loads its JSON", async () => {
    // Its module is imported for its side effect alone, which a production build keeps only
    // because package.json lists it under sideEffects.
    const view = await open("./?path=/story/embedding-custom-element--table");
    try {
      // Playwright's locators reach into open shadow roots.
      const table = view.preview.locator("vertailu-comparison").getByRole("table", { name: /BPO vs puhelinkeskus/ });
      await table.getByRole("columnheader", { name: "BPO" }).waitFor();
      await settle(view);
    } finally {
      await view.close();
    }
  });

  it("shows the intranet recipe in Finnish, with English one click away", async () => {
    const view = await open("./?path=/story/recipes-intranet--showcase-page");
    try {
      await view.preview.getByRole("heading", { level: 1, name: "BPO vs puhelinkeskus" }).waitFor();
      await view.preview.getByRole("heading", { name: /Etkö ole varma\?/ }).waitFor();
      await view.preview.getByRole("button", { name: "English" }).click();
      await view.preview.getByRole("heading", { level: 1, name: "BPO vs call centre" }).waitFor();
      await settle(view);
    } finally {
      await view.close();
    }
  });

  it('draws the matrix\'s header rule under its sticky "Parameter" heading too, as a phone shows the story', async () => {
    // The story as a 320 px screen shows it once its play has typed a score: the score table falls on
    // the pixel grid where the first row's sticky header, painted after the sticky "Parameter"
    // heading, covered the rule beneath the heading.
    for (const theme of ["light", "dark"]) {
      const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
      const page = await context.newPage();
      try {
        const story = "decision-widgets-decisionmatrix--editable-scores";
        await page.goto(new URL(`iframe.html?id=${story}&viewMode=story&globals=theme:${theme}`, base).href);
        await page.getByText("BPO leads with 90/100.").waitFor();
        const table = page.locator(".vertailu-decision-matrix__table");
        await table.scrollIntoViewIfNeeded();
        const found = await page.evaluate(
          async (png) => {
            const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
            const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
            const context2d = canvas.getContext("2d");
            context2d.drawImage(bitmap, 0, 0);
            const [corner, option] = [...document.querySelectorAll(".vertailu-decision-matrix__table thead th")];
            const rule = getComputedStyle(option).borderBlockEndColor.match(/\d+/g).map(Number);
            const scale = bitmap.width / innerWidth;
            /** The pixels down one column, around the bottom of the header row. */
            const around = (x) => {
              const bottom = corner.getBoundingClientRect().bottom;
              const { data } = context2d.getImageData(Math.floor(x * scale), Math.floor(bottom * scale) - 3, 1, 7);
              return Array.from({ length: 7 }, (_, index) => [...data.slice(index * 4, index * 4 + 3)]);
            };
            const isRule = (pixel) => pixel.every((channel, index) => Math.abs(channel - rule[index]) <= 12);
            const underCorner = around(corner.getBoundingClientRect().right - 8);
            const underOption = around(option.getBoundingClientRect().left + 8);
            return { corner: underCorner.some(isRule), option: underOption.some(isRule), underCorner, underOption };
          },
          (await page.screenshot()).toString("base64"),
        );
        assert.ok(found.option, `${theme}: the rule under an option: ${found.underOption.join(" ")}`);
        assert.ok(found.corner, `${theme}: the rule under "Parameter": ${found.underCorner.join(" ")}`);
      } finally {
        await context.close();
      }
    }
  });

  it("keeps every story's words and bars readable in forced colours (Windows contrast themes)", async () => {
    // Forced colours draw a Canvas-coloured backplate behind text. A word whose colour is also Canvas
    // (HighlightText can be, over a Highlight background) would vanish into it.
    const unreadable = await inEveryStory({ forcedColors: "active" }, (page) =>
      page.evaluate(() => {
        const probe = document.createElement("span");
        probe.style.color = "Canvas";
        document.body.append(probe);
        const canvas = getComputedStyle(probe).color;
        probe.remove();
        const unreadableWords = [...document.querySelectorAll("#storybook-root *")]
          .filter((element) => [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent.trim()))
          .filter((element) => element.getClientRects().length > 0)
          .filter((element) => {
            const style = getComputedStyle(element);
            return style.color === canvas && style.forcedColorAdjust !== "none";
          })
          .map((element) => `${element.getAttribute("class") || element.localName}: "${element.textContent.trim()}"`);
        // A bar's fill must stand apart from its track: painted differently, or the track outlined.
        const bars = [...document.querySelectorAll("#storybook-root svg")]
          .map((svg) => [svg.querySelector("[class$='-track']"), svg.querySelector("[class$='-fill']")])
          .filter(([track, fill]) => track && fill)
          .filter(([track, fill]) => {
            const t = getComputedStyle(track);
            return t.fill === getComputedStyle(fill).fill && (t.stroke === "none" || t.stroke === t.fill);
          })
          .map(([track]) => `${track.getAttribute("class")}: the fill looks like the track`);
        // The recommended column keeps a mark of its own beside the word: a bar over its header.
        const unmarked = [...document.querySelectorAll("#storybook-root th[data-highlighted='true']")]
          .filter((header) => Number.parseFloat(getComputedStyle(header).borderBlockStartWidth) < 2)
          .map((header) => `recommended column "${header.textContent.trim()}": no bar`);
        return [...unreadableWords, ...bars, ...unmarked];
      }),
    );
    assert.deepEqual(unreadable, []);
  });

  it("closes a tooltip the pointer opened when the reader asks for reduced motion", async () => {
    // The tooltip has no animation then; Radix would wait for one to end before removing it.
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, reducedMotion: "reduce" });
    const page = await context.newPage();
    try {
      for (const [id, name] of [
        ["components-typebadge--with-tooltip", "Saapuva puhelinkeskus"],
        ["components-comparisontable--description-tooltip", "Tietoa: Luottamuksellisuus"],
      ]) {
        await page.goto(new URL(`iframe.html?id=${id}&viewMode=story`, base).href);
        // The story's own play function opens and closes the tooltip by keyboard first.
        await page.waitForLoadState("networkidle");
        const trigger = page.getByRole("button", { name, exact: true });
        await trigger.hover();
        await page.getByRole("tooltip").waitFor();
        await page.mouse.move(900, 700, { steps: 5 });
        await page.keyboard.press("Escape");
        await page.getByRole("tooltip").waitFor({ state: "detached", timeout: 2000 });
      }
    } finally {
      await context.close();
    }
  });

  it("lets nothing in any story move when the reader asks for reduced motion", async () => {
    let timed = 0;
    const moving = await inEveryStory({ reducedMotion: "reduce" }, async (page) => {
      const { found, transitions } = await page.evaluate(() => {
        const elements = [...document.querySelectorAll("#storybook-root *")];
        return {
          found: elements.flatMap((element) => {
            const style = getComputedStyle(element);
            const durations = `${style.transitionDuration}, ${style.animationDuration}`.split(", ");
            return durations.some((duration) => Number.parseFloat(duration) > 0)
              ? [`${element.getAttribute("class") || element.localName}: ${durations.join(", ")}`]
              : [];
          }),
          transitions: elements.filter((element) => getComputedStyle(element).transitionProperty !== "all").length,
        };
      });
      timed += transitions;
      return found;
    });
    // The stories do hold transitions (the wizard's answers, the groups' chevrons), all at 0 s here.
    assert.ok(timed > 0, "no story has a transition to check");
    assert.deepEqual(moving, []);
  });
});
