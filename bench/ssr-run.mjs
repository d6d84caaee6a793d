// renderToString of every candidate's tree in Node, interleaved; run by run.mjs in a child process
// (NODE_ENV=production, --expose-gc). Prints { samples, lengths } as JSON.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { outDir } from "./lib.mjs";

const { sizes, warmup, runs, runs5000 } = JSON.parse(process.argv[2] ?? "{}");
const { candidates, dataFor, renderToString } = await import(pathToFileURL(join(outDir, "ssr", "ssr.mjs")).href);

const samples = {};
const lengths = {};
for (const size of sizes) {
  const data = dataFor(size);
  const count = size === "20x5000" ? runs5000 : runs;
  samples[size] = {};
  lengths[size] = {};
  for (let round = 0; round < warmup + count; round++) {
    for (const [name, candidate] of Object.entries(candidates)) {
      globalThis.gc?.();
      const start = performance.now();
      const html = renderToString(candidate.render(data, { locale: "fi", differencesOnly: false }));
      const time = performance.now() - start;
      lengths[size][name] = html.length;
      if (round < warmup) continue;
      samples[size][name] ??= [];
      samples[size][name].push(time);
    }
  }
  process.stderr.write(`renderToString ${size}: done\n`);
}
process.stdout.write(JSON.stringify({ samples, lengths }));
