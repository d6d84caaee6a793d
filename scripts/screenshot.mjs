// Screenshots of stories for looking at them: node scripts/screenshot.mjs [--port 6007] [--width 320,1200]
//   [--theme light,dark] story-id… (ids as in the Storybook URL, e.g. components-typebadge--all-types).
// Starts a Storybook dev server on the port unless one answers there already; PNGs go to /tmp/shots.
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { chromium } from "playwright";
import { chromiumLaunchOptions } from "./chromium.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  if (index === -1) return fallback;
  const [value] = args.splice(index, 2).slice(1);
  return value;
};
const port = Number(option("port", "6007"));
const widths = option("width", "320,1200").split(",").map(Number);
const themes = option("theme", "light,dark").split(",");
const locale = option("locale", "");
const out = option("out", "/tmp/shots");
const ids = args;
mkdirSync(out, { recursive: true });

const base = `http://127.0.0.1:${port}`;
const up = async () =>
  fetch(`${base}/index.json`).then(
    (r) => r.ok,
    () => false,
  );
let server;
if (!(await up())) {
  server = spawn("npx", ["storybook", "dev", "-p", String(port), "--ci", "--no-open", "--quiet"], {
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: "1" },
    stdio: "ignore",
    detached: true,
  });
  for (let i = 0; i < 120 && !(await up()); i++) await new Promise((r) => setTimeout(r, 1000));
}
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const id of ids) {
    for (const theme of themes) {
      for (const width of widths) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        const globals = [`theme:${theme}`, locale && `locale:${locale}`].filter(Boolean).join(";");
        await page.goto(`${base}/iframe.html?id=${id}&viewMode=story&globals=${globals}`);
        await page.waitForSelector("#storybook-root > *", { timeout: 60000 });
        await page.waitForTimeout(400);
        const file = `${out}/${id}--${theme}-${width}.png`;
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  if (server) process.kill(-server.pid);
}
