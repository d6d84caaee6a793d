// A translator's checklist: which texts of a comparison still lack a language (the CLI's
// `--locales` is tested with the CLI).
import { describe, expect, it } from "vitest";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import { checkTranslations } from "../../src/schema/index.js";
import { halfTranslated } from "../fixtures/comparisons.js";

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
