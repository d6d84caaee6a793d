// A translator's checklist: which texts of a comparison still lack a language, by checkTranslations
// and by `vertailu validate --locales`.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import { type Comparison, checkTranslations, parseComparison } from "../../src/schema/index.js";

/** A comparison in Finnish and English with one text left untranslated in each place a text can be. */
function halfTranslated(): Comparison {
  return parseComparison({
    schemaVersion: 1,
    id: "half",
    defaultLocale: "fi",
    title: { fi: "Puhelin vai chat?", en: "Phone or chat?" },
    description: { fi: "Kuvaus" },
    options: [
      { id: "phone", name: { fi: "Puhelin" }, pros: ["Nopea", { text: { fi: "Henkilökohtainen" }, weight: 2 }] },
      { id: "chat", name: "Chat", cons: [{ fi: "Kirjoittamista", eng: "Typing" }] },
    ],
    groups: [{ id: "g", label: { fi: "Ryhmä" } }],
    parameters: [
      {
        id: "wait",
        group: "g",
        label: { fi: "Odotus", en: "Wait" },
        values: {
          phone: { kind: "number", value: 6, unit: { fi: "min" }, note: { fi: "Arvio", en: "Estimate" } },
          chat: { kind: "list", items: ["A", { fi: "B" }] },
        },
      },
      { id: "tone", label: "Tone", values: { phone: { fi: "Lämmin", en: "Warm", "fi-FI": "Lämmin" }, chat: "—" } },
    ],
    sources: [{ id: "s", title: { fi: "Lähde" } }],
    conclusion: { fi: "Johtopäätös", en: "Conclusion" },
    questions: [
      {
        id: "q",
        text: { fi: "Kysymys", en: "Question" },
        answers: [
          { id: "a", text: { fi: "Kyllä", en: "Yes" }, effects: { phone: 1 }, because: { fi: "Koska" } },
          { id: "b", text: { fi: "Ei" }, effects: { chat: 1 } },
        ],
      },
    ],
  });
}

describe("checkTranslations", () => {
  it("finds nothing left in the showcase, written whole in Finnish and English", () => {
    expect(checkTranslations(bpoVsCallCenter, ["fi", "en"])).toEqual([]);
  });

  it("names each text without a text in a locale asked for, and each text in a locale not asked for", () => {
    expect(checkTranslations(halfTranslated(), ["fi", "en"])).toEqual([
      { path: "description", message: 'no "en" text (it has "fi")' },
      { path: "options[0].name", message: 'no "en" text (it has "fi")' },
      { path: "options[0].pros[1]", message: 'no "en" text (it has "fi")' },
      { path: "options[1].cons[0]", message: 'no "en" text (it has "fi", "eng")' },
      { path: "options[1].cons[0].eng", message: 'a text in "eng", which is none of the locales checked (fi, en)' },
      { path: "parameters[0].values.phone.unit", message: 'no "en" text (it has "fi")' },
      { path: "parameters[0].values.chat.items[1]", message: 'no "en" text (it has "fi")' },
      { path: "groups[0].label", message: 'no "en" text (it has "fi")' },
      { path: "sources[0].title", message: 'no "en" text (it has "fi")' },
      { path: "questions[0].answers[0].because", message: 'no "en" text (it has "fi")' },
      { path: "questions[0].answers[1].text", message: 'no "en" text (it has "fi")' },
    ]);
  });

  it("names every locale a text lacks at once", () => {
    const [issue] = checkTranslations(halfTranslated(), ["fi", "en", "sv"]);
    expect(issue).toEqual({ path: "title", message: 'no "sv" text (it has "fi", "en")' });
    expect(checkTranslations(halfTranslated(), ["fi", "en", "sv"])).toContainEqual({
      path: "description",
      message: 'no "en" or "sv" text (it has "fi")',
    });
  });
});

describe("vertailu validate --locales", () => {
  const folder = mkdtempSync(join(tmpdir(), "vertailu-locales-"));
  const file = (name: string, value: unknown) => {
    const path = join(folder, name);
    writeFileSync(path, JSON.stringify(value));
    return path;
  };
  async function cli(...args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const status = await run(
      args,
      (line) => out.push(line),
      (line) => err.push(line),
    );
    return { status, out, err };
  }

  it("says valid for a file translated whole, in either spelling of the option", async () => {
    const whole = file("whole.json", bpoVsCallCenter);
    expect(await cli("validate", "--locales", "fi,en", whole)).toEqual({
      status: 0,
      out: [`${whole}: valid`],
      err: [],
    });
    expect((await cli("validate", whole, "--locales=fi,en")).status).toBe(0);
  });

  it("prints a line for each text left to translate and exits 1", async () => {
    const half = file("half.json", halfTranslated());
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
    const half = file("support.json", halfTranslated());
    const { out } = await cli("validate", "--locales", "fi,en", half);
    for (const line of shown) expect(out).toContain(line.replace("comparisons/support.json", half));
  });

  it("refuses a list that is no locale tags, and exits 2", async () => {
    const whole = file("whole2.json", bpoVsCallCenter);
    const result = await cli("validate", "--locales", "fi;en", whole);
    expect(result).toEqual({
      status: 2,
      out: [],
      err: ['--locales: expected locale tags such as fi,en, got "fi;en"'],
    });
    expect((await cli("validate", "--locales")).status).toBe(2);
  });
});
