import { describe, expect, it } from "vitest";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import {
  ComparisonSchemaError,
  formatPath,
  isSafeUrl,
  parseComparison,
  resolveText,
  safeParseComparison,
} from "../../src/schema/index.js";
import type { CellValue, LocalizedText, ProConItem } from "../../src/schema/types.js";
import { invalidCases, invalidComparison, minimalComparison } from "../fixtures/comparisons.js";

describe("parseComparison", () => {
  it("returns valid data unchanged", () => {
    const input = minimalComparison();
    expect(parseComparison(input)).toEqual(minimalComparison());
  });

  it("accepts a $schema key for editors", () => {
    expect(safeParseComparison({ ...minimalComparison(), $schema: "./schema.json" }).success).toBe(true);
  });

  it.each(invalidCases)("reports $name at $path", ({ mutate, path, message }) => {
    const result = safeParseComparison(invalidComparison(mutate));
    expect(result.success).toBe(false);
    if (result.success) return;
    const issue = result.error.issues.find((candidate) => candidate.path === path);
    expect(issue, `issues were: ${JSON.stringify(result.error.issues)}`).toBeDefined();
    expect(issue?.message).toMatch(message);
  });

  it("lists every problem, not only the first", () => {
    const result = safeParseComparison(
      invalidComparison((c) => {
        Object.assign(c.options[0] ?? {}, { name: "" });
        Object.assign(c.parameters[0] ?? {}, { group: "nope" });
        Object.assign(c.sources?.[0] ?? {}, { url: "javascript:x" });
      }),
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(["options[0].name", "parameters[0].group", "sources[0].url"]),
    );
  });

  it("throws ComparisonSchemaError with the issues and a readable message", () => {
    const input = invalidComparison((c) => {
      c.options = c.options.slice(0, 1);
    });
    expect(() => parseComparison(input)).toThrow(ComparisonSchemaError);
    try {
      parseComparison(input);
    } catch (error) {
      expect(error).toBeInstanceOf(ComparisonSchemaError);
      expect((error as ComparisonSchemaError).issues).toContainEqual({
        path: "options",
        message: "a comparison needs at least 2 options",
      });
      expect((error as Error).message).toContain("options: a comparison needs at least 2 options");
    }
  });

  it.each([
    ["null", null],
    ["a string", "{}"],
    ["a number", 42],
    ["an array", []],
    ["undefined", undefined],
  ])("rejects %s at the root with a clear message", (_name, input) => {
    const result = safeParseComparison(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]).toMatchObject({ path: "", message: /expected a comparison/ });
  });

  it("says a text without the default locale's text once each, naming what it has", () => {
    const data = minimalComparison();
    data.title = { en: "Only English" };
    const result = safeParseComparison(data);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues).toEqual([
        { path: "title", message: 'missing the "fi" text that defaultLocale requires (it has "en")' },
      ]);
    }
  });

  it.each([
    ["a defaultLocale no text is written in", "sv", (locale: string) => locale, '"fi", "en"'],
    [
      "texts keyed by region while defaultLocale names the language",
      "fi",
      (locale: string) => (locale === "fi" ? "fi-FI" : "en-GB"),
      '"fi-FI", "en-GB"',
    ],
  ])("says %s once, at defaultLocale, not once per text", (_name, defaultLocale, key, writtenIn) => {
    // Every text of the showcase, each under key(its locale).
    const rekey = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(rekey);
      if (value === null || typeof value !== "object") return value;
      const entries = Object.entries(value);
      if (entries.length > 0 && entries.every(([name, text]) => /^(fi|en)$/.test(name) && typeof text === "string")) {
        return Object.fromEntries(entries.map(([name, text]) => [key(name), text]));
      }
      return Object.fromEntries(entries.map(([name, inner]) => [name, rekey(inner)]));
    };
    const data = { ...(rekey(bpoVsCallCenter) as object), defaultLocale };
    const result = safeParseComparison(data);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues).toHaveLength(1);
      expect(result.error.issues[0]?.path).toBe("defaultLocale");
      expect(result.error.issues[0]?.message).toMatch(
        new RegExp(
          `^\\d{2,} texts have no "${defaultLocale}" text \\(they have ${writtenIn}\\): set defaultLocale to one of those, or add the texts; the first is at title$`,
        ),
      );
    }
  });

  it("tells a host that passed the promise of a comparison to await it, not that every field is missing", () => {
    const result = safeParseComparison(Promise.resolve(minimalComparison()));
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues).toEqual([
        { path: "", message: "expected a comparison (an object) but got a promise: await it first" },
      ]);
    }
  });

  it("reports a getter that throws instead of throwing", () => {
    const input = minimalComparison() as unknown as Record<string, unknown>;
    Object.defineProperty(input, "title", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    const result = safeParseComparison(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.message).toMatch(/could not read the data \(boom\)/);
  });

  it("reports a getter that throws a value with no text of its own, instead of throwing", () => {
    const input = minimalComparison() as unknown as Record<string, unknown>;
    Object.defineProperty(input, "title", {
      enumerable: true,
      get() {
        throw Object.create(null);
      },
    });
    const result = safeParseComparison(input);
    expect(result.success ? [] : result.error.issues).toEqual([
      { path: "", message: "could not read the data (no readable message)" },
    ]);
  });
});

describe("messages an editor can act on", () => {
  const issuesOf = (mutate: Parameters<typeof invalidComparison>[0]) => {
    const result = safeParseComparison(invalidComparison(mutate));
    if (result.success) throw new Error("expected the data to be invalid");
    return result.error.issues;
  };

  it("reports a repeated option id once, not also every value and effect for the option it meant", () => {
    const issues = issuesOf((c) => Object.assign(c.options[1] ?? {}, { id: "a" }));
    expect(issues).toContainEqual({ path: "options[1].id", message: 'duplicate id "a" in options' });
    expect(issues.filter((issue) => /unknown option id/.test(issue.message))).toEqual([]);
  });

  it.each([
    ["a zero-width space", "\u200b"],
    ["a soft hyphen and a word joiner", "\u00ad\u2060"],
    ["spaces and a zero-width joiner", " \u200d "],
    ["a right-to-left mark", "\u200f"],
    ["a Hangul filler", "\u3164"],
  ])("says a text of %s alone is empty, as it shows nothing", (_name, text) => {
    const issues = issuesOf((c) => Object.assign(c.options[1] ?? {}, { name: text }));
    expect(issues).toContainEqual({
      path: "options[1].name",
      message: `must not be empty, got ${JSON.stringify(text)}`,
    });
  });

  it("takes a text with an invisible character inside visible ones", () => {
    const data = minimalComparison();
    Object.assign(data.options[1] ?? {}, { name: "Call\u200bcentre" });
    expect(safeParseComparison(data).success).toBe(true);
    // An emoji joined of three: the joiner is invisible, the emoji are not.
    Object.assign(data.options[1] ?? {}, { name: "\u{1f469}\u200d\u{1f4bb}" });
    expect(safeParseComparison(data).success).toBe(true);
  });

  it("reports an option id the pattern rejects once, not also every value for the option it meant", () => {
    const issues = issuesOf((c) => Object.assign(c.options[1] ?? {}, { id: "b b" }));
    expect(issues.map((issue) => issue.path)).toContain("options[1].id");
    expect(issues.filter((issue) => /unknown option id/.test(issue.message))).toEqual([]);
  });

  it.each([
    { field: "groups", follower: /unknown group id/ },
    { field: "types", follower: /unknown type id/ },
    { field: "sources", follower: /unknown source id/ },
  ])("reports $field: null once, not also every reference into it", ({ field, follower }) => {
    const issues = issuesOf((c) => Object.assign(c, { [field]: null }));
    expect(issues.map((issue) => issue.path)).toContain(field);
    expect(issues.filter((issue) => follower.test(issue.message))).toEqual([]);
  });

  it.each([
    { field: "options", follower: /unknown option id/ },
    { field: "parameters", follower: /unknown parameter id/ },
  ])("reports $field left out once, as missing, not also every reference into it", ({ field, follower }) => {
    const data = structuredClone(bpoVsCallCenter) as unknown as Record<string, unknown>;
    delete data[field];
    const result = safeParseComparison(data);
    if (result.success) throw new Error("expected the data to be invalid");
    expect(result.error.issues.map((issue) => issue.message)).toContain(`missing required field "${field}"`);
    expect(result.error.issues.filter((issue) => follower.test(issue.message))).toEqual([]);
  });

  it('reports an option id "constructor" once, not also every value for the option it meant', () => {
    const issues = issuesOf((c) => Object.assign(c.options[1] ?? {}, { id: "constructor" }));
    expect(issues).toEqual([
      {
        path: "options[1].id",
        message: '"constructor" cannot be an id or a key: every JavaScript object has one',
      },
    ]);
  });

  it("walks input nested 100,000 deep for reserved keys without overflowing the stack", () => {
    const deep: Record<string, unknown> = {};
    let inner = deep;
    for (let depth = 0; depth < 100_000; depth++) {
      const next: Record<string, unknown> = {};
      inner.a = next;
      inner = next;
    }
    Reflect.set(inner, "constructor", 1);
    const issues = issuesOf((c) => Object.assign(c, { extra: deep }));
    expect(issues.map((issue) => issue.path)).toContain("extra");
    expect(issues.filter((issue) => /cannot be an id or a key/.test(issue.message))).toHaveLength(1);
  });

  it("reports every misspelt field of an object, not only the first", () => {
    const issues = issuesOf((c) =>
      Object.assign(c.options[0] ?? {}, { descripton: "x", shortname: "A", recomended: true }),
    );
    // Each with the field it most likely meant.
    expect(issues).toEqual([
      { path: "options[0].descripton", message: 'unknown field "descripton" (did you mean "description"?)' },
      { path: "options[0].shortname", message: 'unknown field "shortname" (did you mean "shortName"?)' },
      { path: "options[0].recomended", message: 'unknown field "recomended" (did you mean "recommended"?)' },
    ]);
  });

  it.each([
    ["a letter's case", "parameters[0]", "Label", "label"],
    ["a letter missing", "options[0]", "recomended", "recommended"],
    ["two letters swapped", "parameters[0]", "wieght", "weight"],
    ["a letter too many", "", "titlee", "title"],
  ])("offers the field meant for a typo of %s", (_, at, typed, meant) => {
    const issues = issuesOf((c) => {
      const target = at === "" ? c : at.startsWith("options") ? c.options[0] : c.parameters[0];
      Object.assign(target ?? {}, { [typed]: 1 });
    });
    expect(issues).toContainEqual({
      path: at ? `${at}.${typed}` : typed,
      message: `unknown field "${typed}" (did you mean "${meant}"?)`,
    });
  });

  it("offers no field for a short or far-off name", () => {
    const issues = issuesOf((c) => Object.assign(c.options[0] ?? {}, { ids: 1, colour: "red" }));
    expect(issues).toEqual([
      { path: "options[0].ids", message: 'unknown field "ids"' },
      { path: "options[0].colour", message: 'unknown field "colour"' },
    ]);
  });

  it("still reports a reference into a well-formed list that has no such id", () => {
    const issues = issuesOf((c) => Object.assign(c.parameters[0] ?? {}, { group: "nope" }));
    expect(issues).toEqual([{ path: "parameters[0].group", message: 'unknown group id "nope"' }]);
  });

  it("takes the four built-in type ids in data without a `types` entry, and no other undeclared id", () => {
    const data = minimalComparison();
    // Beside the data's own type "t1", which it declares in `types`.
    Object.assign(data.options[0] ?? {}, { types: ["t1", "vertical-bpo"] });
    data.parameters = [
      ...data.parameters,
      {
        id: "kinds",
        label: "Kinds",
        values: {
          a: { kind: "types", types: ["horizontal-bpo", "inbound-call-center"] },
          b: { kind: "types", types: ["outbound-call-center"] },
        },
      },
    ];
    expect(safeParseComparison(data).success).toBe(true);
    Object.assign(data.options[0] ?? {}, { types: ["t1", "vertical-bpo", "diagonal-bpo"] });
    const result = safeParseComparison(data);
    expect(result.success ? [] : result.error.issues).toEqual([
      { path: "options[0].types[2]", message: 'unknown type id "diagonal-bpo"' },
    ]);
  });

  it("cuts a pasted wall of text to 100 characters wherever it is quoted", () => {
    const pasted = "x".repeat(3_000_000);
    const issues = issuesOf((c) => {
      Object.assign(c.options[1] ?? {}, { id: pasted });
      Object.assign(c.parameters[0] ?? {}, { group: pasted, [pasted]: 1 });
    });
    expect(issues.length).toBeGreaterThan(1);
    for (const issue of issues) expect(issue.path.length + issue.message.length).toBeLessThan(400);
    expect(issues).toContainEqual({
      path: "parameters[0].group",
      message: `unknown group id "${"x".repeat(100)}…"`,
    });
  });

  it.each([
    ["a number", 6],
    ["null", null],
    ["true", true],
  ])("tells an editor who wrote %s as a cell what a cell looks like, and what was there", (_name, value) => {
    const issues = issuesOf((c) => Object.assign(c.parameters[0]?.values ?? {}, { a: value }));
    expect(issues).toContainEqual({
      path: "parameters[0].values.a",
      message: `expected a text, or a cell object such as { "kind": "number", "value": 6 }, got ${value}`,
    });
  });

  it("says a string is JSON text to read with JSON.parse first", () => {
    const result = safeParseComparison(JSON.stringify(minimalComparison()));
    expect(result.success ? [] : result.error.issues).toEqual([
      { path: "", message: "expected a comparison (an object) but got a string: read JSON text with JSON.parse first" },
    ]);
  });

  it.each([
    [
      "a number written as text",
      { kind: "number", value: "24" },
      "value",
      'expected a value (a number), got "24": write the number without quotes',
    ],
    [
      "a number written as text with a decimal comma",
      { kind: "number", value: "1200,5" },
      "value",
      'expected a value (a number), got "1200,5": write the number without quotes, with a decimal point only (1200.5)',
    ],
    [
      "a number written as text in Finnish, with a space between thousands",
      { kind: "number", value: "1 200,5" },
      "value",
      'expected a value (a number), got "1 200,5": write the number without quotes, with a decimal point only (1200.5)',
    ],
    [
      "a list of numbers written as text",
      { kind: "number", value: "1,2,3" },
      "value",
      'expected a value (a number), got "1,2,3"',
    ],
    [
      "a number's text that is no number",
      { kind: "number", value: "24 €" },
      "value",
      'expected a value (a number), got "24 €"',
    ],
    [
      "a check answered in capitals",
      { kind: "check", value: "Yes" },
      "value",
      'expected "yes", "no" or "partial", got "Yes"',
    ],
    ["a score out of range", { kind: "text", text: "x", score: 11 }, "score", "must be at most 10, got 11"],
  ])("says what the data held beside what was expected: %s", (_name, cell, field, message) => {
    const issues = issuesOf((c) => Object.assign(c.parameters[0]?.values ?? {}, { a: cell }));
    expect(issues).toContainEqual({ path: `parameters[0].values.a.${field}`, message });
  });

  it.each([
    ["a number", 5, "5"],
    ["null", null, "null"],
  ])("names the value once where the type check names it already: %s as $schema", (_name, value, said) => {
    const issues = issuesOf((c) => Object.assign(c, { $schema: value }));
    expect(issues).toContainEqual({ path: "$schema", message: `Invalid type: Expected string but received ${said}` });
  });

  it("quotes an id that breaks the pattern", () => {
    const issues = issuesOf((c) => Object.assign(c, { id: "Kannettavat 2026" }));
    expect(issues).toContainEqual({
      path: "id",
      message: `an id has only letters, digits and - _ . : (no spaces), 1–100 of them, starting with a letter or digit, got "Kannettavat 2026"`,
    });
  });
});

describe("the Comparison type", () => {
  it("rejects, when compiling and when validating, cells and items whose fields are all strings", () => {
    const cells: CellValue[] = [
      // @ts-expect-error a number cell's value is a number
      { kind: "number", value: "6", unit: "min" },
      // @ts-expect-error a check cell's value is yes, no or partial
      { kind: "check", value: "maybe" },
    ];
    const items: ProConItem[] = [
      // @ts-expect-error a weight is a number
      { text: "Fast", weight: "3" },
    ];
    const data = minimalComparison();
    Object.assign(data.parameters[0]?.values ?? {}, { a: cells[0], b: cells[1] });
    Object.assign(data.options[0] ?? {}, { pros: items });
    const result = safeParseComparison(data);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([
        "parameters[0].values.a.value",
        "parameters[0].values.b.value",
        "options[0].pros[0].weight",
      ]),
    );
  });

  it("still takes localized texts by any locale tag", () => {
    const texts: LocalizedText[] = [{ fi: "Kyllä", en: "Yes" }, { "en-GB": "Colour" }];
    expect(texts.map((text) => resolveText(text, "en"))).toEqual(["Yes", "Colour"]);
  });
});

describe("resolveText", () => {
  const text = { fi: "Kyllä", en: "Yes", "en-GB": "Yes (GB)" };
  it.each([
    ["the requested locale", "en", "fi", "Yes"],
    ["a regional locale", "en-GB", "fi", "Yes (GB)"],
    ["the language of a regional locale", "fi-FI", "en", "Kyllä"],
    ["the default locale when the requested one is missing", "sv", "fi", "Kyllä"],
    ["the first locale when neither is present", "sv", "de", "Kyllä"],
  ])("uses %s", (_rule, locale, defaultLocale, expected) => {
    expect(resolveText(text, locale, defaultLocale)).toBe(expected);
  });

  it("returns plain strings as they are and nothing for non-texts", () => {
    expect(resolveText("plain", "fi")).toBe("plain");
    expect(resolveText(undefined)).toBe("");
    expect(resolveText(42 as never)).toBe("");
  });
});

describe("isSafeUrl", () => {
  it.each([
    "https://example.org",
    "http://x.fi/a?b=c:d",
    "mailto:a@b.fi",
    "/relative",
    "page.html#x",
    "../up",
    "?q=1:2",
  ])("accepts %s", (url) => expect(isSafeUrl(url)).toBe(true));
  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\u0001javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "",
  ])("refuses %j", (url) => expect(isSafeUrl(url)).toBe(false));
});

describe("formatPath", () => {
  it("writes indexes in brackets and plain keys with dots", () => {
    expect(formatPath(["parameters", 2, "values", "call-center"])).toBe("parameters[2].values.call-center");
  });
  it("quotes keys with spaces or dots", () => {
    expect(formatPath(["values", "a b", "c.d"])).toBe('values["a b"]["c.d"]');
  });
});

describe("arrays where objects belong", () => {
  it.each([
    [
      "a parameter",
      (c: Record<string, unknown>) => ((c.parameters as unknown[])[0] = []),
      "parameters[0]",
      /expected a parameter/,
    ],
    [
      "an option",
      (c: Record<string, unknown>) => ((c.options as unknown[])[0] = ["a"]),
      "options[0]",
      /expected an option/,
    ],
    [
      "a parameter's values",
      (c: Record<string, unknown>) =>
        (((c.parameters as Record<string, unknown>[])[0] as Record<string, unknown>).values = []),
      "parameters[0].values",
      /expected values/,
    ],
    ["a localized text", (c: Record<string, unknown>) => (c.title = ["Pieni"]), "title", /expected a text/],
  ])("rejects an array as %s", (_name, mutate, path, message) => {
    const input = minimalComparison() as unknown as Record<string, unknown>;
    mutate(input);
    const result = safeParseComparison(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues).toContainEqual({ path, message: expect.stringMatching(message) });
  });
});

describe("the main entry", () => {
  // checkTranslations is for content pipelines and the CLI, not for pages: kept out of the
  // components' entry, it costs a page that imports everything nothing.
  const schemaOnly = ["checkTranslations"];

  it("exports everything vertailu/schema exports, the same functions and values, but its content checks", async () => {
    const main: Record<string, unknown> = await import("../../src/index.js");
    const schema: Record<string, unknown> = await import("../../src/schema/index.js");
    expect(Object.keys(schema).length).toBeGreaterThan(0);
    for (const [name, value] of Object.entries(schema)) {
      if (schemaOnly.includes(name)) expect(main[name], name).toBeUndefined();
      else expect(main[name], name).toBe(value);
    }
  });
});
