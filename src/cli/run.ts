import { readFile } from "node:fs/promises";
import { jsonProblem, NOT_UTF8, utf8Text } from "../schema/json-text.js";
import { formatIssue, nearName } from "../schema/path.js";
import { LOCALE_PATTERN } from "../schema/text.js";
import { checkTranslations } from "../schema/translations.js";
import { safeParseComparison } from "../schema/validate.js";

const usage = `Usage: vertailu validate [--locales fi,en] [--] <file.json>…
       vertailu --version

Checks comparison files against the vertailu schema.
Prints "file: valid" for each good file and one "file: path: message" line per problem.
With --locales, a valid file must also be translated whole: every text written per
locale has a text in each locale listed, and none in another.
A file named "-" is the standard input, which its lines call "stdin" (a file of that
name is ./-). A file whose name starts with "-" goes after "--".
Exit status: 0 all valid, 1 some file invalid, 2 a file missing, unreadable, not UTF-8
or not JSON, or wrong usage.`;

const OPTIONS = ["--locales", "--help", "--version"];

// Control characters and bidirectional overrides from the data would drive the terminal (ESC c
// clears it) or reorder what it shows: they are printed as \u escapes.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const unsafeCharacters = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const printable = (line: string) =>
  line.replace(unsafeCharacters, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);

/**
 * What to add to "unknown option": the option it is most likely a slip for (a letter missing,
 * added or changed, or a prefix such as --locale), or else the list of options.
 */
function optionHint(arg: string): string {
  const name = arg.split("=")[0] as string;
  const near = OPTIONS.find((option) => option.startsWith(name)) ?? nearName(name, OPTIONS);
  return near ? ` (did you mean ${near}?)` : ` (the options are ${OPTIONS.join(", ")})`;
}

/** The standard input, read to its end. */
async function readStandardInput(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Runs the CLI with the given arguments; returns the exit status. Output goes through the writers;
 * `version` is what --version prints (the installed package's); `readInput` reads the file "-".
 */
export async function run(
  args: readonly string[],
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  writeError: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  version = "unknown",
  readInput: () => Promise<Uint8Array> = readStandardInput,
): Promise<number> {
  const out = (line: string) => write(printable(line));
  const err = (line: string) => writeError(printable(line));
  const [command, ...rest] = args;
  // Options count only before "--": after it, every argument is a file.
  const end = args.indexOf("--");
  const options = end === -1 ? args : args.slice(0, end);
  const asksHelp = command === "help" || options.some((arg) => arg === "--help" || arg === "-h");
  // The usage is the CLI's own text, written as it is; only what comes from files is escaped.
  if (asksHelp) {
    write(usage);
    return 0;
  }
  if (options.some((arg) => arg === "--version" || arg === "-v")) {
    write(version);
    return 0;
  }
  const files: string[] = [];
  let locales: string[] | undefined;
  for (let index = 0; index < rest.length; index++) {
    const arg = rest[index] as string;
    if (arg === "--") {
      files.push(...rest.slice(index + 1));
      break;
    }
    if (arg === "--locales" || arg.startsWith("--locales=")) {
      const list = arg === "--locales" ? rest[++index] : arg.slice("--locales=".length);
      locales = (list ?? "").split(",").map((locale) => locale.trim());
      if (locales.some((locale) => !LOCALE_PATTERN.test(locale))) {
        err(`--locales: expected locale tags such as fi,en, got ${JSON.stringify(list ?? "")}`);
        return 2;
      }
    } else if (arg.startsWith("-") && arg !== "-") {
      // A mistyped option (--locale) read as a file would be "cannot read the file", and the
      // files after it checked without what the option asked for.
      err(`${arg}: unknown option${optionHint(arg)}`);
      return 2;
    } else files.push(arg);
  }
  if (command !== "validate" || files.length === 0) {
    writeError(usage);
    return 2;
  }
  let status = 0;
  // The standard input is read once: a second "-" checks the same text again.
  let input: Promise<Uint8Array> | undefined;
  for (const name of files) {
    // "-" is the standard input, as for cat and most command-line tools; its lines say so.
    const file = name === "-" ? "stdin" : name;
    let bytes: Uint8Array;
    try {
      if (name !== "-") bytes = await readFile(name);
      else {
        input ??= readInput();
        bytes = await input;
      }
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      err(`${file}: cannot read the file${code === "ENOENT" ? " (no such file)" : code ? ` (${code})` : ""}`);
      status = 2;
      continue;
    }
    const text = utf8Text(bytes);
    if (text === undefined) {
      err(`${file}: ${NOT_UTF8}`);
      status = 2;
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (cause) {
      err(`${file}: not valid JSON: ${jsonProblem(cause, text)}`);
      status = 2;
      continue;
    }
    const result = safeParseComparison(json);
    const issues = result.success ? (locales ? checkTranslations(result.data, locales) : []) : result.error.issues;
    if (issues.length === 0) {
      out(`${file}: valid`);
    } else {
      for (const issue of issues) out(`${file}: ${formatIssue(issue)}`);
      if (status === 0) status = 1;
    }
  }
  return status;
}
