import { createRequire } from "node:module";
import { run } from "./run.js";

// The built CLI is dist/cli.js: the package's own package.json is one folder up.
const { version } = createRequire(import.meta.url)("../package.json") as { version: string };

run(process.argv.slice(2), undefined, undefined, version).then(
  (status) => {
    process.exitCode = status;
  },
  (cause: unknown) => {
    process.stderr.write(`vertailu: ${cause instanceof Error ? cause.message : String(cause)}\n`);
    process.exitCode = 2;
  },
);
