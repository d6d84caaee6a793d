import { readFile } from "node:fs/promises";
import { formatIssue } from "../schema/path.js";
import { safeParseComparison } from "../schema/validate.js";

const usage = `Usage: vertailu validate <file.json>…

Checks comparison files against the vertailu schema.
Prints "file: valid" for each good file and one "file: path: message" line per problem.
Exit status: 0 all valid, 1 some file invalid, 2 a file missing, unreadable or not JSON,
or wrong usage.`;

/** Runs the CLI with the given arguments; returns the exit status. Output goes through the writers. */
export async function run(
  args: readonly string[],
  out: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  err: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<number> {
  const [command, ...files] = args;
  const asksHelp = command === "help" || [command, ...files].some((arg) => arg === "--help" || arg === "-h");
  if (asksHelp) {
    out(usage);
    return 0;
  }
  if (command !== "validate" || files.length === 0) {
    err(usage);
    return 2;
  }
  let status = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      err(`${file}: cannot read the file${code === "ENOENT" ? " (no such file)" : code ? ` (${code})` : ""}`);
      status = 2;
      continue;
    }
    let json: unknown;
    try {
      // Editors on Windows often save UTF-8 with a byte-order mark; JSON.parse rejects it.
      json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (cause) {
      err(`${file}: not valid JSON (${(cause as Error).message})`);
      status = 2;
      continue;
    }
    const result = safeParseComparison(json);
    if (result.success) {
      out(`${file}: valid`);
    } else {
      for (const issue of result.error.issues) out(`${file}: ${formatIssue(issue)}`);
      if (status === 0) status = 1;
    }
  }
  return status;
}
