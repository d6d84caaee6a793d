import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import { halfTranslated, minimalComparison } from "../fixtures/comparisons.js";

const folder = mkdtempSync(join(tmpdir(), "vertailu-cli-"));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
};

async function cli(...args: string[]) {
  const { status, out, err } = await cliWithInput("", ...args);
  return { status, out, err };
}

/** The CLI with `input` as its standard input; `reads` counts how often it was read. */
async function cliWithInput(input: string | Uint8Array, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  let reads = 0;
  const status = await run(
    args,
    (line) => out.push(line),
    (line) => err.push(line),
    undefined,
    async () => {
      reads++;
      return typeof input === "string" ? new TextEncoder().encode(input) : input;
    },
  );
  return { status, out, err, reads };
}

describe("vertailu validate", () => {
  it("exits 0 and says so when every file is valid", async () => {
    const valid = file("valid.json", JSON.stringify(minimalComparison()));
    expect(await cli("validate", valid)).toEqual({ status: 0, out: [`${valid}: valid`], err: [] });
  });

  it("prints one file: path: message line per problem and exits 1", async () => {
    const comparison = minimalComparison();
    comparison.options = comparison.options.slice(0, 1);
    const invalid = file("invalid.json", JSON.stringify(comparison));
    const result = await cli("validate", invalid);
    expect(result.status).toBe(1);
    expect(result.out).toContain(`${invalid}: options: a comparison needs at least 2 options`);
    for (const line of result.out) expect(line).toMatch(/^.+\.json: \S.*: .+$/);
  });

  it("exits 2 with one line for a file that is not JSON", async () => {
    const broken = file("broken.json", "{ nope");
    const result = await cli("validate", broken);
    expect(result.status).toBe(2);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(/broken\.json: not valid JSON/);
  });

  it("says on which line and column a file stops being JSON", async () => {
    const broken = file("comma.json", '{\n  "schemaVersion": 1,\n  "id" "x"\n}');
    const result = await cli("validate", broken);
    expect(result.status).toBe(2);
    expect(result.err[0]).toMatch(/comma\.json: not valid JSON: .* at line 3, column 8$/);
  });

  it("names a comma after the last entry, where JSON allows none, and where it is", async () => {
    const broken = file("trailing.json", '{\n  "schemaVersion": 1,\n  "id": "x",\n}');
    const result = await cli("validate", broken);
    expect(result.status).toBe(2);
    expect(result.err).toEqual([
      `${broken}: not valid JSON: a comma before "}" at line 3, column 12: remove it (JSON allows no comma after the last entry)`,
    ]);
  });

  it("exits 2 for a missing file but still checks the others", async () => {
    const valid = file("ok.json", JSON.stringify(minimalComparison()));
    const result = await cli("validate", join(folder, "missing.json"), valid);
    expect(result.status).toBe(2);
    expect(result.err).toEqual([`${join(folder, "missing.json")}: cannot read the file (no such file)`]);
    expect(result.out).toEqual([`${valid}: valid`]);
  });

  it("prints usage and exits 2 without a command", async () => {
    const result = await cli();
    expect(result.status).toBe(2);
    expect(result.err[0]).toMatch(/^Usage: vertailu validate/);
    // Its own lines, not escaped as data is.
    expect(result.err[0]).toContain("\n\nChecks comparison files");
    expect(result.err[0]).not.toContain("\\u000a");
  });

  it.each([{ args: ["--help"] }, { args: ["validate", "--help"] }, { args: ["validate", "-h"] }])(
    "prints usage and exits 0 for $args, without reading a file of that name",
    async ({ args }) => {
      const result = await cli(...args);
      expect(result).toEqual({
        status: 0,
        out: [
          expect.stringMatching(
            /^Usage: vertailu validate \[--locales fi,en\] \[--\] <file\.json>…\n.*--version\n\nChecks/,
          ),
        ],
        err: [],
      });
    },
  );

  it.each([
    { option: "--locale", hint: "did you mean --locales?" },
    { option: "--locale=fi", hint: "did you mean --locales?" },
    { option: "--lcoales", hint: "did you mean --locales?" },
    { option: "--verison", hint: "did you mean --version?" },
    { option: "-q", hint: "the options are --locales, --help, --version" },
  ])("names $option as an unknown option, checks no file and exits 2", async ({ option, hint }) => {
    const valid = file("typo.json", JSON.stringify(minimalComparison()));
    // Without the check, "--locale fi" read as two files: two "cannot read" lines, and the file
    // after them called valid without the translation check asked for.
    expect(await cli("validate", option, "fi", valid)).toEqual({
      status: 2,
      out: [],
      err: [`${option}: unknown option (${hint})`],
    });
  });

  it("reads every argument after -- as a file, one that starts with - too", async () => {
    const dashed = file("-dashed.json", JSON.stringify(minimalComparison()));
    const result = await cli("validate", "--", "-dashed.json");
    expect(result.out).toEqual([]);
    expect(result.err).toEqual(["-dashed.json: cannot read the file (no such file)"]);
    expect(await cli("validate", "--", dashed)).toEqual({ status: 0, out: [`${dashed}: valid`], err: [] });
  });

  it("reads the file - from the standard input, and calls it stdin", async () => {
    expect(await cliWithInput(JSON.stringify(minimalComparison()), "validate", "-")).toEqual({
      status: 0,
      out: ["stdin: valid"],
      err: [],
      reads: 1,
    });
    const invalid = await cliWithInput(
      JSON.stringify({ ...minimalComparison(), options: [{ id: "a", name: "A" }] }),
      "validate",
      "-",
    );
    expect(invalid.status).toBe(1);
    expect(invalid.out).toContain("stdin: options: a comparison needs at least 2 options");
    expect(await cliWithInput("{ nope", "validate", "-")).toEqual({
      status: 2,
      out: [],
      err: [expect.stringMatching(/^stdin: not valid JSON: /)],
      reads: 1,
    });
    // Nothing piped in is no JSON either, and said so.
    expect((await cliWithInput("", "validate", "-")).err).toEqual([expect.stringMatching(/^stdin: not valid JSON: /)]);
  });

  it("checks the standard input beside files, with --locales, after -- too, and reads it once", async () => {
    const valid = file("beside-stdin.json", JSON.stringify(minimalComparison()));
    const result = await cliWithInput(
      JSON.stringify(halfTranslated()),
      "validate",
      "--locales",
      "fi,en",
      valid,
      "--",
      "-",
      "-",
    );
    expect(result.status).toBe(1);
    expect(result.reads).toBe(1);
    expect(result.out[0]).toBe(`${valid}: valid`);
    const stdinLines = result.out.filter((line) => line.startsWith("stdin: "));
    // The same lines for each "-": the text read once, checked twice.
    expect(stdinLines.length).toBeGreaterThan(1);
    expect(stdinLines.slice(0, stdinLines.length / 2)).toEqual(stdinLines.slice(stdinLines.length / 2));
    // A file named "stdin" is read from the disk, not the standard input.
    expect((await cliWithInput("{}", "validate", "stdin")).err).toEqual(["stdin: cannot read the file (no such file)"]);
  });

  it("refuses a file - that is not UTF-8, as it does a file on the disk", async () => {
    const latin1 = Uint8Array.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xe4, 0x22, 0x7d]);
    const result = await cliWithInput(latin1, "validate", "-");
    expect(result.status).toBe(2);
    expect(result.err).toEqual([expect.stringMatching(/^stdin: /)]);
    expect(result.err[0]).not.toContain("not valid JSON");
  });

  it("prints the version it was given for --version and -v, and exits 0", async () => {
    for (const option of ["--version", "-v"]) {
      const out: string[] = [];
      const status = await run(
        [option],
        (line) => out.push(line),
        () => {},
        "1.2.3",
      );
      expect({ status, out }).toEqual({ status: 0, out: ["1.2.3"] });
    }
  });

  it("reads a UTF-8 file that starts with a byte-order mark, as Windows editors save it", async () => {
    const withBom = file("bom.json", `\uFEFF${JSON.stringify(minimalComparison())}`);
    expect(await cli("validate", withBom)).toEqual({ status: 0, out: [`${withBom}: valid`], err: [] });
  });

  it("exits 2 for a file in another encoding, which read as UTF-8 would lose its letters and could pass", async () => {
    const text = JSON.stringify({ ...minimalComparison(), title: "Pieni vertailu: hyvät ja huonot" });
    // Latin-1: "ä" is the one byte 0xE4, not valid UTF-8.
    const latin1 = file(
      "latin1.json",
      Uint8Array.from(text, (character) => character.charCodeAt(0)),
    );
    expect(await cli("validate", latin1)).toEqual({
      status: 2,
      out: [],
      err: [`${latin1}: not UTF-8 text (save the file as UTF-8)`],
    });
  });

  it("prints control characters and bidirectional overrides from the data as escapes", async () => {
    const comparison = { ...minimalComparison(), "\u001bc": 1 };
    Object.assign(comparison.options[0] ?? {}, { "a\u202eb": 2, "c\u200fd": 3, "e\u2028f": 4 });
    const result = await cli("validate", file("escape.json", JSON.stringify(comparison)));
    expect(result.status).toBe(1);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may be printed
    for (const line of result.out) expect(line).not.toMatch(/[\u0000-\u001f\u202e]/);
    const printed = result.out.join("\n");
    expect(printed).toContain("\\u001bc");
    expect(printed).toContain("a\\u202eb");
    expect(printed).toContain("c\\u200fd");
    expect(printed).toContain("e\\u2028f");
  });

  it("cuts a pasted wall of text to 100 characters in its message", async () => {
    const comparison = minimalComparison();
    const pasted = "x".repeat(3_000_000);
    (comparison.options[1] as { id: string }).id = pasted;
    const result = await cli("validate", file("pasted.json", JSON.stringify(comparison)));
    expect(result.status).toBe(1);
    expect(result.out.length).toBeGreaterThan(0);
    for (const line of result.out) expect(line.length).toBeLessThan(400);
  });
});

describe("vertailu validate --locales", () => {
  const json = (name: string, value: unknown) => file(name, JSON.stringify(value));

  it("says valid for a file translated whole, in either spelling of the option", async () => {
    const whole = json("whole.json", bpoVsCallCenter);
    expect(await cli("validate", "--locales", "fi,en", whole)).toEqual({
      status: 0,
      out: [`${whole}: valid`],
      err: [],
    });
    expect((await cli("validate", whole, "--locales=fi,en")).status).toBe(0);
  });

  it("prints a line for each text left to translate and exits 1", async () => {
    const half = json("half.json", halfTranslated());
    const result = await cli("validate", "--locales", "fi,en", half);
    expect(result.status).toBe(1);
    expect(result.out).toHaveLength(11);
    expect(result.out[0]).toBe(`${half}: description: no "en" text (it has "fi")`);
    // Without --locales the same file is valid: a missing translation is no schema error.
    expect((await cli("validate", half)).out).toEqual([`${half}: valid`]);
  });

  it("prints the lines Getting started shows for a file left half translated", async () => {
    const page = readFileSync(join(import.meta.dirname, "../../stories/getting-started.mdx"), "utf8");
    const shown = page.split("\n").filter((line) => line.startsWith("comparisons/support.json: "));
    expect(shown).toHaveLength(2);
    const half = json("support.json", halfTranslated());
    const { out } = await cli("validate", "--locales", "fi,en", half);
    for (const line of shown) expect(out).toContain(line.replace("comparisons/support.json", half));
  });

  it("prints the stdin line Getting started shows for the same file piped in", async () => {
    const page = readFileSync(join(import.meta.dirname, "../../stories/getting-started.mdx"), "utf8");
    const shown = page.split("\n").filter((line) => line.startsWith("stdin: "));
    expect(shown).toHaveLength(1);
    const { out } = await cliWithInput(JSON.stringify(halfTranslated()), "validate", "--locales", "fi,en", "-");
    expect(out).toContain(shown[0]);
  });

  it("refuses a list that is no locale tags, and exits 2", async () => {
    const whole = json("whole2.json", bpoVsCallCenter);
    const result = await cli("validate", "--locales", "fi;en", whole);
    expect(result).toEqual({
      status: 2,
      out: [],
      err: ['--locales: expected locale tags such as fi,en, got "fi;en"'],
    });
    expect((await cli("validate", "--locales")).status).toBe(2);
  });
});
