// Where the time of one benchmark step goes, for finding the cause of a slow figure:
//   node bench/profile.mjs [--candidate vertailu] [--step mount|differencesOn|differencesOff|localeEn|localeFi|weight]
//                          [--size 10x1000] [--runs 5] [--query cells=text] [--timeline] [--save-trace file.json] [--skip-build]
// Builds the pages unminified (names kept), repeats the step under a Chromium performance trace
// and the V8 sampling profiler, and prints the main thread's time by trace event (self time) and
// the JavaScript functions with the most self time. --save-trace keeps the trace for Chromium's
// DevTools (Performance panel, "Load profile").
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildAll, ensureBenchDependencies, launch, openPage, outDir, serve } from "./lib.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : (args[index + 1] ?? fallback);
};
const candidate = option("candidate", "vertailu");
const step = option("step", "mount");
const size = option("size", step === "weight" ? "10x200" : "10x1000");
const runs = Number(option("runs", "5"));
const query = option("query", "");

ensureBenchDependencies();
if (!args.includes("--skip-build")) await buildAll({ minify: false });
const server = await serve();
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await openPage(context, server.url, candidate, query);
const cdp = await context.newCDPSession(page);

/** Brings the page to the state before the step; returns the step itself. */
async function prepare() {
  if (step === "weight") {
    await page.evaluate((size) => window.bench.extra.mountMatrix(size), size);
    let weight = 5;
    return () => {
      weight = weight === 5 ? 0 : 5;
      return page.evaluate((weight) => window.bench.extra.changeWeight(weight, 600), weight);
    };
  }
  if (step === "mount") return () => page.evaluate((size) => window.bench.mount(size, "fi"), size);
  await page.evaluate((size) => window.bench.mount(size, "fi"), size);
  const steps = {
    differencesOn: [() => window.bench.setDifferences(true), () => window.bench.setDifferences(false)],
    differencesOff: [() => window.bench.setDifferences(false), () => window.bench.setDifferences(true)],
    localeEn: [() => window.bench.setLocale("en"), () => window.bench.setLocale("fi")],
    localeFi: [() => window.bench.setLocale("fi"), () => window.bench.setLocale("en")],
  };
  const [measured, undo] = steps[step] ?? [];
  if (!measured || !undo) throw new Error(`unknown step ${step}`);
  if (step === "differencesOff" || step === "localeFi") await page.evaluate(undo);
  return { measured: () => page.evaluate(measured), undo: () => page.evaluate(undo) };
}

const prepared = await prepare();
const run = typeof prepared === "function" ? prepared : prepared.measured;
const undo = typeof prepared === "function" ? async () => {} : prepared.undo;
for (let i = 0; i < 2; i++) {
  await run();
  await undo();
}

// Time per step without any profiler attached.
const plainTimes = [];
for (let i = 0; i < runs; i++) {
  const result = await run();
  plainTimes.push(typeof result === "number" ? result : result.time);
  await undo();
}

// A performance trace of the same steps.
await browser.startTracing(page, {
  categories: [
    "devtools.timeline",
    "disabled-by-default-devtools.timeline",
    "blink",
    "v8",
    "v8.execute",
    "disabled-by-default-v8.gc",
    "blink.user_timing",
  ],
});
for (let i = 0; i < runs; i++) {
  await run();
  await undo();
}
const traceBuffer = await browser.stopTracing();
const trace = JSON.parse(traceBuffer.toString("utf8"));
const traceFile = option("save-trace", "");
if (traceFile) writeFileSync(traceFile, traceBuffer);

// The sampling profiler over the same steps (undo steps are not profiled).
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
const profiles = [];
for (let i = 0; i < runs; i++) {
  await cdp.send("Profiler.start");
  await run();
  profiles.push((await cdp.send("Profiler.stop")).profile);
  await undo();
}

await browser.close();
await server.close();

// --- trace: self time per event name on the renderer main thread, during the measured steps
const events = trace.traceEvents ?? trace;
const mainThread = events.find(
  (event) => event.name === "thread_name" && event.args?.name === "CrRendererMain" && event.pid === mainPid(events),
);
function mainPid(all) {
  const counts = new Map();
  for (const event of all) if (event.name === "FunctionCall") counts.set(event.pid, (counts.get(event.pid) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
const complete = events
  .filter((event) => event.ph === "X" && event.pid === mainThread?.pid && event.tid === mainThread?.tid && event.dur)
  .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
// The measured spans (performance.measure("bench") in the harness); undo steps fall outside them.
const windows = [];
{
  const begins = events.filter((event) => event.name === "bench" && event.ph === "b");
  const ends = events.filter((event) => event.name === "bench" && event.ph === "e");
  begins.forEach((begin, index) => {
    const end =
      ends.find((candidate) => candidate.id2?.local === begin.id2?.local && candidate.ts >= begin.ts) ?? ends[index];
    if (end) windows.push([begin.ts, end.ts]);
  });
}
const inWindow = (event) => windows.some(([from, to]) => event.ts >= from && event.ts < to);
const windowTotal = windows.reduce((sum, [from, to]) => sum + (to - from), 0);
const selfIn = new Map();
{
  const open = [];
  for (const event of complete) {
    while (open.length && open[open.length - 1].ts + open[open.length - 1].dur <= event.ts) open.pop();
    const parent = open[open.length - 1];
    if (inWindow(event)) {
      if (parent && inWindow(parent)) selfIn.set(parent.name, (selfIn.get(parent.name) ?? 0) - event.dur);
      selfIn.set(event.name, (selfIn.get(event.name) ?? 0) + event.dur);
    }
    open.push(event);
  }
}
const bucketOf = (name) =>
  /GC|Scavenge|Evacuat|Marking|Sweep|Compactor|RememberedSet|LiveObject|Heap/i.test(name)
    ? "garbage collection"
    : /Style|LayoutTree|recalc|Invalidation/i.test(name)
      ? "style"
      : /PrePaint|CompositingInputs|CullRect/i.test(name)
        ? "pre-paint"
        : /Paint|Layerize|Compositor|Commit|HitTest|Raster/i.test(name)
          ? "paint and commit"
          : /Layout|Shape|InlineNode|Text/i.test(name)
            ? "layout"
            : "script and the rest";
const buckets = new Map();
for (const [name, time] of selfIn) buckets.set(bucketOf(name), (buckets.get(bucketOf(name)) ?? 0) + time);
const busyTotal = [...selfIn.values()].reduce((sum, time) => sum + time, 0);

// --- CPU profile: self time per function
const byFunction = new Map();
let sampled = 0;
for (const profile of profiles) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const deltas = profile.timeDeltas ?? [];
  profile.samples.forEach((id, index) => {
    const node = nodes.get(id);
    if (!node) return;
    const time = (deltas[index + 1] ?? deltas[index] ?? 0) / 1000;
    const frame = node.callFrame;
    const file = frame.url.split("/").pop() ?? "";
    const key = `${frame.functionName || "(anonymous)"} ${file}${file ? `:${frame.lineNumber + 1}` : ""}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + time);
    sampled += time;
  });
}

// --- the last traced step and its undo as a timeline: events of 3 ms or more, indented by nesting
const lastStart = complete.findLast((event) => event.name === "FunctionCall" && event.dur > 3000)?.ts ?? 0;
const timeline = [];
{
  const open = [];
  const from = complete.filter((event) => event.ts >= lastStart - 3_000_000);
  const firstTs = from[0]?.ts ?? 0;
  for (const event of from) {
    while (open.length && open[open.length - 1].ts + open[open.length - 1].dur <= event.ts) open.pop();
    if (event.dur >= 3000 && open.length < 6) {
      const where = event.args?.data?.functionName || event.args?.data?.url?.split("/").pop() || "";
      timeline.push(
        `  ${((event.ts - firstTs) / 1000).toFixed(1).padStart(8)} ms ${"  ".repeat(open.length)}${event.name} ${(event.dur / 1000).toFixed(1)} ms ${where}`,
      );
    }
    open.push(event);
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
console.log(`## ${candidate}${query ? `?${query}` : ""}: ${step} at ${size}, ${runs} runs`);
console.log(
  `\nmedian without profiling: ${median(plainTimes).toFixed(1)} ms (${plainTimes.map((t) => t.toFixed(0)).join(", ")})`,
);
console.log(
  `\nmain thread during the ${windows.length} traced steps (${(windowTotal / 1000 / Math.max(1, windows.length)).toFixed(0)} ms each, ` +
    `${(busyTotal / 1000 / Math.max(1, windows.length)).toFixed(0)} ms of it busy), per step:`,
);
for (const [name, time] of [...buckets.entries()].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${(time / 1000 / windows.length).toFixed(1).padStart(9)} ms  ${name}`);
}
console.log("\nby trace event (self time per step):");
for (const [name, time] of [...selfIn.entries()].sort((a, b) => b[1] - a[1]).slice(0, 16)) {
  console.log(`  ${(time / 1000 / windows.length).toFixed(1).padStart(9)} ms  ${name}`);
}
if (args.includes("--timeline"))
  console.log(`\ntimeline of the last traced steps (3 s before the last long call on):\n${timeline.join("\n")}`);
console.log(`\nJavaScript self time, measured steps only (${sampled.toFixed(0)} ms sampled; per step ÷ ${runs}):`);
for (const [name, time] of [...byFunction.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
  console.log(
    `  ${(time / runs).toFixed(2).padStart(9)} ms  ${((time / sampled) * 100).toFixed(1).padStart(5)} %  ${name}`,
  );
}
console.log(`\n(built without minifying into ${join(outDir, "page")}; rebuild with npm run bench for the benchmark)`);
