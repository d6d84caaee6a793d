// The packed tarball in a Next.js App Router app (test/package/next-app): a server component
// imports the components, the showcase data and vertailu/schema, checks the data on the server and
// renders every component; `next build`, `next start`, then Chromium: no hydration warning, the
// styles applied, and the components live. A client component of the app's own passes a function prop.
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, describe, it } from "node:test";
import { launchChromium, openWatchedPage } from "../browser/harness.mjs";

const root = resolve(import.meta.dirname, "../..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
// Next.js asks to send usage data unless told not to; the machine's network is closed besides.
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const quiet = { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", env };

let server;
let url;
let browser;

/** A free port on this machine. */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
    probe.on("error", fail);
  });
}

before(async () => {
  const destination = mkdtempSync(join(tmpdir(), "vertailu-pack-"));
  const packed = JSON.parse(
    execFileSync(npm, ["pack", "--json", "--pack-destination", destination], { cwd: root, ...quiet }),
  );
  const app = join(mkdtempSync(join(tmpdir(), "vertailu-next-")), "app");
  cpSync(join(import.meta.dirname, "next-app"), app, {
    recursive: true,
    filter: (source) => !/[\\/](node_modules|\.next)$/.test(source),
  });
  execFileSync(npm, ["install", "--prefer-offline", "--no-audit", "--no-fund", join(destination, packed[0].filename)], {
    cwd: app,
    ...quiet,
  });
  execFileSync(join(app, "node_modules/.bin/next"), ["build"], { cwd: app, ...quiet });
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  server = spawn(join(app, "node_modules/.bin/next"), ["start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: app,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log = [];
  server.stdout.on("data", (chunk) => log.push(String(chunk)));
  server.stderr.on("data", (chunk) => log.push(String(chunk)));
  for (let attempt = 0; ; attempt++) {
    const answered = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) break;
    if (attempt > 120 || server.exitCode !== null) throw new Error(`next start did not answer:\n${log.join("")}`);
    await new Promise((done) => setTimeout(done, 250));
  }
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.kill();
});

/** Opens a page of the app and waits until React has hydrated it. */
async function openHydrated(path) {
  const watched = await openWatchedPage(browser);
  await watched.page.goto(url + path);
  await watched.page.waitForSelector("html[data-ready=true]");
  return watched;
}

describe("vertailu in a Next.js App Router app, from the packed tarball", { timeout: 300_000 }, () => {
  it("renders every component from a server component and hydrates them without a warning", async () => {
    const { page, problems } = await openHydrated("/");
    assert.equal(await page.locator("#checked").textContent(), "Checked on the server: valid, 0 untranslated texts");
    const seen = await page.evaluate(() => ({
      table: getComputedStyle(document.querySelector("[data-slot=comparison-table] table")).display,
      frame: getComputedStyle(document.querySelector(".vertailu-comparison-table__scroll")).borderTopStyle,
      badges: [...document.querySelectorAll("#badges .vertailu-type-badge__label")].map((label) => label.textContent),
      prosCons: [...document.querySelectorAll(".vertailu-pros-cons__name")].map((name) => name.textContent),
      sliders: document.querySelectorAll("[data-slot=decision-matrix] input[type=range]").length,
      radios: document.querySelectorAll("[data-slot=decision-wizard] input[type=radio]").length,
    }));
    assert.deepEqual(seen, {
      table: "table",
      frame: "solid",
      badges: ["Inbound call centre", "Vertical BPO"],
      prosCons: ["BPO", "Call centre"],
      sliders: 1,
      radios: 2,
    });
    // Live after hydration: a tooltip opens by keyboard, and the table's switch filters its rows.
    await page.locator("#badges").getByRole("button", { name: "Inbound call centre" }).focus();
    await page.getByRole("tooltip").waitFor();
    const status = page.locator("[data-slot=comparison-table] [role=status]");
    await page.getByRole("checkbox", { name: "Show differences only" }).check();
    await assert.doesNotReject(() => status.filter({ hasText: /\S/ }).waitFor({ timeout: 5000 }));
    assert.deepEqual(problems, { console: [], page: [] });
  });

  it("runs the app's own client component, which passes the wizard a function prop", async () => {
    const { page, problems } = await openHydrated("/decide");
    const wizard = page.locator("[data-slot=decision-wizard]");
    for (let step = 0; step < 20; step++) {
      await wizard.getByRole("radio").first().check();
      const showResult = wizard.getByRole("button", { name: "Show result" });
      if (await showResult.isVisible()) {
        await showResult.click();
        break;
      }
      await wizard.getByRole("button", { name: "Next" }).click();
    }
    await page.waitForSelector("html[data-recommended]");
    const recommended = await page.evaluate(() => document.documentElement.dataset.recommended);
    assert.match(recommended, /^(bpo|call-center)(,(bpo|call-center))?$/);
    assert.match(await wizard.textContent(), /Recommendation:/);
    assert.deepEqual(problems, { console: [], page: [] });
  });
});
