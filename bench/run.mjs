// The benchmark: npm run bench [-- --quick] [-- --skip-build]
// Builds the pages with Vite, drives them in Chromium through playwright, renders to string in
// Node, and prints a markdown report that it also writes to bench/RESULTS.md.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, release, totalmem } from "node:os";
import { join } from "node:path";
import { findChromium } from "../scripts/chromium.mjs";
import {
  benchDir,
  buildAll,
  candidates,
  ensureBenchDependencies,
  installedVersion,
  launch,
  openPage,
  outDir,
  repo,
  serve,
} from "./lib.mjs";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const skipBuild = args.includes("--skip-build");

/** Sizes (options × parameters); runs are measured after the warm-up rounds, candidates interleaved. */
const sizes = [
  { size: "3x50", warmup: quick ? 1 : 3, runs: quick ? 3 : 20 },
  { size: "10x1000", warmup: quick ? 1 : 3, runs: quick ? 3 : 20 },
  { size: "20x5000", warmup: 1, runs: quick ? 2 : 15 },
];
// 10 × 200: many sliders; 3,000 × 10: a long ranking and a table of 3,000 columns.
const matrices = [
  { size: "10x200", warmup: quick ? 2 : 5, runs: quick ? 5 : 25 },
  { size: "3000x10", warmup: quick ? 1 : 2, runs: quick ? 3 : 10 },
];
const sideways = { size: "20x5000", warmup: 2, runs: quick ? 3 : 15 };
const memory = { size: "10x1000", cycles: 20, repeats: quick ? 1 : 3 };
const ssr = { warmup: quick ? 1 : 3, runs: quick ? 3 : 20, runs5000: quick ? 2 : 15 };

const log = (message) => process.stderr.write(`${message}\n`);
const startedAt = new Date();
const started = performance.now();

// ---------------------------------------------------------------------------------------------
// Statistics and formatting

const summary = (samples) => {
  if (!samples || samples.length === 0) return undefined;
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
};
const ms = (value) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const cell = (stats, base) => {
  if (!stats) return "n/a";
  const ratio = base ? ` ×${(stats.median / base.median).toFixed(2)}` : "";
  return `**${ms(stats.median)}** (${ms(stats.min)}–${ms(stats.max)})${ratio}`;
};

// ---------------------------------------------------------------------------------------------
// Machine

const chromiumVersion = (path) => {
  try {
    return execFileSync(path, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "unknown";
  }
};
const packageVersion = (dir, name) => installedVersion(dir, name) ?? "?";
const gitHead = () => {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: repo, encoding: "utf8" }).trim();
    // The pages are built from the working tree: say so when src/ differs from the commit.
    const changed = execFileSync("git", ["status", "--porcelain", "--", "src"], { cwd: repo, encoding: "utf8" })
      .split("\n")
      .filter(Boolean)
      .map((line) => line.slice(3));
    return changed.length ? `${head} with uncommitted changes in ${changed.join(", ")}` : head;
  } catch {
    return "?";
  }
};
const source = gitHead();

// ---------------------------------------------------------------------------------------------
// Build and browser

ensureBenchDependencies(log);
const rebuild = !skipBuild || !existsSync(join(outDir, "page"));
if (rebuild) {
  log(`building the benchmark pages with Vite (production mode) from ${source}…`);
  await buildAll();
}
const server = await serve();
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const pages = {};
for (const name of candidates) pages[name] = await openPage(context, server.url, name);
const visibility = await Promise.all(candidates.map((name) => pages[name].evaluate(() => document.visibilityState)));
if (visibility.some((state) => state !== "visible")) log(`warning: page visibility ${visibility.join(", ")}`);

/** samples[measure][size][candidate] = ms[] */
const samples = {};
const record = (measure, size, name, value) => {
  samples[measure] ??= {};
  samples[measure][size] ??= {};
  samples[measure][size][name] ??= [];
  samples[measure][size][name].push(value);
};
const checks = [];

for (const { size, warmup, runs } of sizes) {
  const total = warmup + runs;
  for (let round = 0; round < total; round++) {
    const measured = round >= warmup;
    for (const name of candidates) {
      const page = pages[name];
      await page.bringToFront();
      const result = await page.evaluate(async (size) => {
        const bench = window.bench;
        const out = { mount: await bench.mount(size, "fi"), rows: bench.rowCount() };
        try {
          out.differencesOn = await bench.setDifferences(true);
          out.rowsDifferent = bench.rowCount();
          out.differencesOff = await bench.setDifferences(false);
        } catch {
          // This candidate has no differences-only mode.
        }
        out.localeEn = await bench.setLocale("en");
        out.localeFi = await bench.setLocale("fi");
        await bench.unmount();
        return out;
      }, size);
      if (round === 0) checks.push({ size, name, rows: result.rows, rowsDifferent: result.rowsDifferent });
      if (!measured) continue;
      for (const measure of ["mount", "differencesOn", "differencesOff", "localeEn", "localeFi"]) {
        if (result[measure] !== undefined) record(measure, size, name, result[measure]);
      }
    }
    log(
      `${size}: round ${round + 1}/${total}${measured ? "" : " (warm-up)"} — ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
  }
}

// DecisionMatrix: one weight change until the new ranking is painted. The matrix announces the
// result 500 ms after the last change; each change waits for that to pass first.
const matrixPage = pages.vertailu;
await matrixPage.bringToFront();
for (const matrix of matrices) {
  matrix.sliders = await matrixPage.evaluate((size) => window.bench.extra.mountMatrix(size), matrix.size);
  matrix.rankingChanges = 0;
  for (let run = 0; run < matrix.warmup + matrix.runs; run++) {
    const weight = run % 2 === 0 ? 5 : 0;
    const { time, rankingChanged } = await matrixPage.evaluate(
      ([weight]) => window.bench.extra.changeWeight(weight, 600),
      [weight],
    );
    if (run >= matrix.warmup) {
      record("weight", matrix.size, "vertailu", time);
      if (rankingChanged) matrix.rankingChanges++;
    }
  }
  await matrixPage.evaluate(() => window.bench.extra.unmountMatrix());
}
log(`weight change: done — ${((performance.now() - started) / 1000).toFixed(0)} s`);

// The table's sticky first column: a sideways scroll of its frame, and back, each until the column's
// shadow shows (or goes) and is painted.
await matrixPage.evaluate((size) => window.bench.mount(size, "fi"), sideways.size);
for (let run = 0; run < sideways.warmup + sideways.runs; run++) {
  for (const left of [200, 0]) {
    const time = await matrixPage.evaluate((left) => window.bench.extra.scrollSideways(left), left);
    if (run >= sideways.warmup) record(left ? "scrollAway" : "scrollBack", sideways.size, "vertailu", time);
  }
}
await matrixPage.evaluate(() => window.bench.unmount());
log(`sideways scroll: done — ${((performance.now() - started) / 1000).toFixed(0)} s`);

// Memory: a fresh page per candidate and repeat, so each starts from its own clean heap.
const heap = {};
for (let repeat = 0; repeat < memory.repeats; repeat++) {
  for (const name of candidates) {
    const page = await openPage(context, server.url, name);
    const cdp = await context.newCDPSession(page);
    const used = async () => {
      await cdp.send("HeapProfiler.collectGarbage");
      await cdp.send("HeapProfiler.collectGarbage");
      return page.evaluate(() => performance.memory.usedJSHeapSize);
    };
    await page.bringToFront();
    const series = [];
    for (let cycle = 0; cycle < memory.cycles; cycle++) {
      await page.evaluate((size) => window.bench.cycle(size), memory.size);
      // Collecting after every cycle shows whether the heap levels off or keeps growing.
      series.push(await used());
    }
    heap[name] ??= [];
    heap[name].push({
      first: series[0],
      middle: series[Math.floor(memory.cycles / 2) - 1],
      last: series.at(-1),
      series,
    });
    await cdp.detach();
    await page.close();
  }
  log(`memory: repeat ${repeat + 1}/${memory.repeats} — ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

const browserVersion = browser.version();
await browser.close();
await server.close();

// renderToString in Node, in a child process with production React and a callable gc().
log("renderToString in Node…");
const child = spawnSync(
  process.execPath,
  ["--expose-gc", join(benchDir, "ssr-run.mjs"), JSON.stringify({ sizes: sizes.map((s) => s.size), ...ssr })],
  { encoding: "utf8", env: { ...process.env, NODE_ENV: "production" }, maxBuffer: 64 * 1024 * 1024 },
);
if (child.status !== 0) throw new Error(`renderToString run failed:\n${child.stderr}`);
const ssrResult = JSON.parse(child.stdout);
for (const [size, byName] of Object.entries(ssrResult.samples)) {
  for (const [name, values] of Object.entries(byName)) for (const value of values) record("ssr", size, name, value);
}

// ---------------------------------------------------------------------------------------------
// Report

const stats = (measure, size, name) => summary(samples[measure]?.[size]?.[name]);
const runsOf = (size) => sizes.find((s) => s.size === size)?.runs;
const lines = [];
const add = (line = "") => lines.push(line);

const labels = {
  mount: "mount to first paint",
  differencesOn: "differences-only on",
  differencesOff: "differences-only off",
  localeEn: "locale fi → en",
  localeFi: "locale en → fi",
  ssr: "renderToString (Node)",
};

add("## Results");
add();
add(
  `Run ${startedAt.toISOString()}, vertailu's source at ${rebuild ? source : "an earlier build (--skip-build)"}; ${cpus().length} × ${cpus()[0]?.model?.trim() ?? "CPU"}, ` +
    `${(totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ${release()}; load average at start ${loadavg()
      .map((v) => v.toFixed(2))
      .join(" ")}.`,
);
const chromiumPath = findChromium();
add(
  `${chromiumVersion(chromiumPath)} (${chromiumPath}), headless, version ${browserVersion}; Node ${process.version}; ` +
    `React ${packageVersion(benchDir, "react")}; @primer/react-brand ${packageVersion(benchDir, "@primer/react-brand")}; ` +
    `@mantine/core ${packageVersion(benchDir, "@mantine/core")}. Full run: ${((performance.now() - started) / 60000).toFixed(1)} min.`,
);
add();
add(
  "Each cell: **median** (min–max) in milliseconds, and the ratio of the median to the plain table's. " +
    `Runs per figure: ${sizes.map((s) => `${s.runs} at ${s.size.replace("x", " × ")}`).join(", ")} ` +
    `(after ${sizes.map((s) => s.warmup).join("/")} warm-up rounds), candidates interleaved round by round.`,
);
add();
add(`| measure | size | ${candidates.join(" | ")} |`);
add(`| --- | --- | ${candidates.map(() => "---").join(" | ")} |`);
for (const measure of ["mount", "differencesOn", "differencesOff", "localeEn", "localeFi", "ssr"]) {
  for (const { size } of sizes) {
    const base = stats(measure, size, "plain");
    const row = candidates.map((name) => {
      const s = stats(measure, size, name);
      if (!s && (measure === "differencesOn" || measure === "differencesOff")) return "n/a: no differences-only mode";
      return cell(s, name === "plain" ? undefined : base);
    });
    add(`| ${labels[measure]} | ${size.replace("x", " × ")} | ${row.join(" | ")} |`);
  }
}
for (const matrix of matrices) {
  add(
    `| DecisionMatrix weight change to painted ranking | ${matrix.size.replace("x", " × ")} | n/a: no decision matrix | ${cell(stats("weight", matrix.size, "vertailu"))} | n/a | n/a |`,
  );
}
const weight = stats("weight", "10x200", "vertailu");
for (const [measure, label] of [
  ["scrollAway", "table scrolled sideways, sticky column's shadow painted"],
  ["scrollBack", "table scrolled back to its start, shadow gone"],
]) {
  add(
    `| ${label} | ${sideways.size.replace("x", " × ")} | n/a: no sticky column | ${cell(stats(measure, sideways.size, "vertailu"))} | n/a | n/a |`,
  );
}
add();
for (const matrix of matrices) {
  add(
    `DecisionMatrix at ${matrix.size.replace("x", " × ")}: ${matrix.sliders} weight sliders (the parameters with scores); ${matrix.runs} changes ` +
      `of the first slider between 5 and 0 after ${matrix.warmup} warm-up changes; the ranking's text changed in ${matrix.rankingChanges} of them.`,
  );
}
add();
add(`### Memory: ${memory.cycles} mounts and unmounts of the ${memory.size.replace("x", " × ")} table`);
add();
add(
  "JS heap (`performance.memory.usedJSHeapSize`, precise) after CDP `HeapProfiler.collectGarbage`, after each " +
    `mount + unmount, on a fresh page per candidate and repeat; median of ${memory.repeats}.`,
);
add();
add(
  `| candidate | after the first (MB) | after the ${memory.cycles / 2}th (MB) | after the ${memory.cycles}th (MB) | change, first to last |`,
);
add("| --- | --- | --- | --- | --- |");
const growth = {};
for (const name of candidates) {
  const entries = heap[name] ?? [];
  const first = summary(entries.map((e) => e.first / 1e6));
  const middle = summary(entries.map((e) => e.middle / 1e6));
  const last = summary(entries.map((e) => e.last / 1e6));
  const change = summary(entries.map((e) => (e.last - e.first) / e.first));
  growth[name] = change;
  add(
    `| ${name} | ${first?.median.toFixed(2)} | ${middle?.median.toFixed(2)} | ${last?.median.toFixed(2)} | ${((change?.median ?? 0) * 100).toFixed(1)} % ` +
      `(${((change?.min ?? 0) * 100).toFixed(1)} to ${((change?.max ?? 0) * 100).toFixed(1)} %) |`,
  );
}
add();
add("### Checks");
add();
for (const check of checks) {
  add(
    `- ${check.name} at ${check.size.replace("x", " × ")}: ${check.rows} body rows shown` +
      (check.rowsDifferent === undefined ? "" : `, ${check.rowsDifferent} with differences only`) +
      (check.name === "vertailu" ? " (counts include the two group header rows)" : ""),
  );
}
for (const [size, byName] of Object.entries(ssrResult.lengths)) {
  add(
    `- renderToString HTML length at ${size.replace("x", " × ")}: ${Object.entries(byName)
      .map(([name, length]) => `${name} ${length.toLocaleString("en")}`)
      .join(", ")}`,
  );
}
add();

// Targets
const ratio = (a, b) => (a && b ? a.median / b.median : Number.NaN);
const verdict = (ok) => (ok ? "met" : "**missed**");
const target = "10x1000";
const mountV = stats("mount", target, "vertailu");
const mountRatio = ratio(mountV, stats("mount", target, "plain"));
const beatsPeers = ["primer", "mantine"].every((peer) => {
  const other = stats("mount", target, peer);
  return mountV && other && mountV.median < other.median;
});
const targets = [
  {
    name: "mount at 10 × 1,000 ≤ 1.2 × plain, faster than both peers",
    value: `×${mountRatio.toFixed(2)}; ${["primer", "mantine"]
      .map((peer) => `${peer} ${ms(stats("mount", target, peer)?.median ?? Number.NaN)} ms`)
      .join(", ")} vs ${ms(mountV?.median ?? Number.NaN)} ms`,
    ok: mountRatio <= 1.2 && beatsPeers,
  },
  ...["differencesOn", "differencesOff", "localeEn", "localeFi"].map((measure) => {
    const r = ratio(stats(measure, target, "vertailu"), stats(measure, target, "plain"));
    return {
      name: `${labels[measure]} at 10 × 1,000 ≤ 1.5 × plain re-render`,
      value: `×${r.toFixed(2)}`,
      ok: r <= 1.5,
    };
  }),
  {
    name: "weight change at 10 × 200 < 16 ms (median)",
    value: `${ms(weight?.median ?? Number.NaN)} ms`,
    ok: (weight?.median ?? Number.POSITIVE_INFINITY) < 16,
  },
  ...sizes.map(({ size }) => {
    const r = ratio(stats("ssr", size, "vertailu"), stats("ssr", size, "plain"));
    return {
      name: `renderToString at ${size.replace("x", " × ")} ≤ 1.3 × plain`,
      value: `×${r.toFixed(2)}`,
      ok: r <= 1.3,
    };
  }),
  {
    name: "memory after 20 mounts within 10 % of the level after the first",
    value: `${((growth.vertailu?.median ?? Number.NaN) * 100).toFixed(1)} %`,
    ok: Math.abs(growth.vertailu?.median ?? Number.POSITIVE_INFINITY) <= 0.1,
  },
];
add("### Targets (vertailu)");
add();
add("| target | measured | result |");
add("| --- | --- | --- |");
for (const t of targets) add(`| ${t.name} | ${t.value} | ${verdict(t.ok)} |`);
add();
if (quick) {
  add(
    `A quick run (--quick): ${sizes.map(({ size }) => runsOf(size)).join(", ")} runs per figure at ${sizes.map(({ size }) => size.replace("x", " × ")).join(", ")}; a full run measures every figure at least 15 times.`,
  );
  add();
}

const report = lines.join("\n");
console.log(report);

// RESULTS.md: the generated part is replaced, the analysis written below the marker is kept.
const resultsFile = join(benchDir, "RESULTS.md");
const marker = "<!-- generated results end here; the analysis below is kept across runs -->";
const intro = readFileSync(join(benchDir, "method.md"), "utf8").trim();
const previous = existsSync(resultsFile) ? readFileSync(resultsFile, "utf8") : "";
const kept = previous.includes(marker) ? previous.slice(previous.indexOf(marker) + marker.length) : "\n";
if (!quick) writeFileSync(resultsFile, `${intro}\n\n${report}\n${marker}${kept}`);
else log("quick run: bench/RESULTS.md left as it was");
writeFileSync(join(outDir, "samples.json"), JSON.stringify({ samples, heap, checks }, null, 1));
