import { writeFileSync } from "node:fs";
import { comparisonJsonSchema } from "../src/schema/json-schema.js";

const target = process.argv[2];
if (!target) throw new Error("usage: tsx scripts/write-json-schema.ts <output.json>");
writeFileSync(target, `${JSON.stringify(comparisonJsonSchema(), null, 2)}\n`);
