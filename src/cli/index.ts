import { run } from "./run.js";

run(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (cause: unknown) => {
    process.stderr.write(`vertailu: ${cause instanceof Error ? cause.message : String(cause)}\n`);
    process.exitCode = 2;
  },
);
