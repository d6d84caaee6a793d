// The package's JSON files, written from the source: schema.json (the JSON Schema for editors) and
// data/bpo-vs-call-center.json (the showcase comparison, for pages that load a comparison by URL:
// the custom element's `src`, or fetch and parseComparison).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { bpoVsCallCenter } from "../src/data/bpo-vs-call-center.js";
import { comparisonJsonSchema } from "../src/schema/json-schema.js";

const dist = process.argv[2];
if (!dist) throw new Error("usage: tsx scripts/write-json.ts <dist folder>");
const write = (path: string, value: unknown) => {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), `${JSON.stringify(value, null, 2)}\n`);
};
write("schema.json", comparisonJsonSchema());
// "$schema" first, relative to the file, so an editor that opens it checks it against schema.json.
write("data/bpo-vs-call-center.json", { $schema: "../schema.json", ...bpoVsCallCenter });
