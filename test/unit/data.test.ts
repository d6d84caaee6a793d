import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import { parseComparison } from "../../src/schema/index.js";
import type { CellObject, CellValue, Comparison, ProConItem, Text } from "../../src/schema/types.js";

const TYPE_IDS = ["horizontal-bpo", "vertical-bpo", "inbound-call-center", "outbound-call-center"];

function collectTexts(comparison: Comparison): { path: string; text: Text | undefined }[] {
  const found: { path: string; text: Text | undefined }[] = [];
  const add = (path: string, text: Text | undefined) => found.push({ path, text });
  const addOptional = (path: string, text: Text | undefined) => {
    if (text !== undefined) add(path, text);
  };
  const addItems = (path: string, items: readonly ProConItem[] | undefined) => {
    items?.forEach((item, index) => {
      add(`${path}[${index}]`, typeof item === "object" && "text" in item ? (item.text as Text) : (item as Text));
    });
  };
  const addCell = (path: string, value: CellValue) => {
    if (typeof value === "string" || !("kind" in value)) {
      add(path, value as Text);
      return;
    }
    const cell = value as CellObject;
    addOptional(`${path}.note`, cell.note);
    if (cell.kind === "text") add(`${path}.text`, cell.text);
    if (cell.kind === "number") addOptional(`${path}.unit`, cell.unit);
    if (cell.kind === "list") {
      cell.items.forEach((item, index) => {
        add(`${path}.items[${index}]`, item);
      });
    }
  };

  add("title", comparison.title);
  addOptional("description", comparison.description);
  addOptional("conclusion", comparison.conclusion);
  comparison.options.forEach((option, index) => {
    const at = `options[${index}]`;
    add(`${at}.name`, option.name);
    addOptional(`${at}.shortName`, option.shortName);
    addOptional(`${at}.description`, option.description);
    addItems(`${at}.pros`, option.pros);
    addItems(`${at}.cons`, option.cons);
  });
  comparison.parameters.forEach((parameter, index) => {
    const at = `parameters[${index}]`;
    add(`${at}.label`, parameter.label);
    addOptional(`${at}.description`, parameter.description);
    for (const [optionId, cell] of Object.entries(parameter.values)) addCell(`${at}.values.${optionId}`, cell);
  });
  comparison.groups?.forEach((group, index) => {
    add(`groups[${index}].label`, group.label);
    addOptional(`groups[${index}].description`, group.description);
  });
  comparison.types?.forEach((type, index) => {
    add(`types[${index}].label`, type.label);
    addOptional(`types[${index}].description`, type.description);
  });
  comparison.sources?.forEach((source, index) => {
    add(`sources[${index}].title`, source.title);
  });
  comparison.questions?.forEach((question, index) => {
    const at = `questions[${index}]`;
    add(`${at}.text`, question.text);
    addOptional(`${at}.help`, question.help);
    question.answers.forEach((answer, answerIndex) => {
      add(`${at}.answers[${answerIndex}].text`, answer.text);
      addOptional(`${at}.answers[${answerIndex}].because`, answer.because);
    });
  });
  return found;
}

describe("bpoVsCallCenter", () => {
  it("passes parseComparison", () => {
    expect(() => parseComparison(bpoVsCallCenter)).not.toThrow();
    expect(parseComparison(bpoVsCallCenter).id).toBe("bpo-vs-call-center");
  });

  it("is what the catalogue's pages that load a comparison by URL fetch (stories/assets/bpo.json)", () => {
    const served = JSON.parse(readFileSync(join(import.meta.dirname, "../../stories/assets/bpo.json"), "utf8"));
    expect(served).toEqual(bpoVsCallCenter);
  });

  it("has the two options", () => {
    expect(bpoVsCallCenter.options.map((option) => option.id)).toEqual(["bpo", "call-center"]);
    expect(bpoVsCallCenter.options.some((option) => option.recommended)).toBe(false);
  });

  it("has the article's five table rows in order with the exact Finnish labels", () => {
    const rows = bpoVsCallCenter.parameters.filter((parameter) => parameter.group === "comparison");
    expect(rows.map((row) => row.id)).toEqual([
      "meaning",
      "operations",
      "marketing-relevance",
      "significant-functions",
      "common-types",
    ]);
    expect(rows.map((row) => (row.label as Record<string, string>).fi)).toEqual([
      "Todellinen merkitys",
      "Toimenpiteet suoritettu",
      "Relevanssi markkinoinnissa",
      "Merkittävät toiminnot",
      "Yleisimmät tyypit",
    ]);
  });

  it("has the four key-difference rows", () => {
    const rows = bpoVsCallCenter.parameters.filter((parameter) => parameter.group === "key-differences");
    expect(rows.map((row) => row.id)).toEqual(["scope", "office", "pay", "confidentiality"]);
    for (const row of rows) expect(row.description).toBeDefined();
  });

  it("defines the four types", () => {
    expect(bpoVsCallCenter.types?.map((type) => type.id)).toEqual(TYPE_IDS);
    expect(bpoVsCallCenter.types?.map((type) => type.family)).toEqual(["bpo", "bpo", "call-center", "call-center"]);
  });

  it("lists the types in the common-types cells", () => {
    const row = bpoVsCallCenter.parameters.find((parameter) => parameter.id === "common-types");
    expect(row?.values.bpo).toMatchObject({ kind: "types", types: ["horizontal-bpo", "vertical-bpo"] });
    expect(row?.values["call-center"]).toMatchObject({
      kind: "types",
      types: ["inbound-call-center", "outbound-call-center"],
    });
  });

  it("keeps scores within 0–10 and explains each one in a note", () => {
    for (const parameter of bpoVsCallCenter.parameters) {
      for (const cell of Object.values(parameter.values)) {
        if (typeof cell !== "object" || !("kind" in cell) || cell.score === undefined) continue;
        expect(cell.score).toBeGreaterThanOrEqual(0);
        expect(cell.score).toBeLessThanOrEqual(10);
        expect(cell.note).toBeDefined();
      }
    }
  });

  it("has every text in both Finnish and English", () => {
    const texts = collectTexts(bpoVsCallCenter);
    expect(texts.length).toBeGreaterThan(50);
    for (const { path, text } of texts) {
      expect(typeof text, path).toBe("object");
      const localized = text as Record<string, string>;
      expect(Object.keys(localized).sort(), path).toEqual(["en", "fi"]);
      expect(localized.fi?.trim(), `${path}.fi`).toBeTruthy();
      expect(localized.en?.trim(), `${path}.en`).toBeTruthy();
    }
  });

  it("has 4–6 questions whose answers favour each option somewhere and can tie", () => {
    const questions = bpoVsCallCenter.questions ?? [];
    expect(questions.length).toBeGreaterThanOrEqual(4);
    expect(questions.length).toBeLessThanOrEqual(6);
    const answers = questions.flatMap((question) => question.answers);
    for (const answer of answers) {
      for (const value of Object.values(answer.effects)) {
        expect(value).toBeGreaterThanOrEqual(-10);
        expect(value).toBeLessThanOrEqual(10);
      }
    }
    const lead = (effects: { [optionId: string]: number }) => (effects.bpo ?? 0) - (effects["call-center"] ?? 0);
    expect(answers.some((answer) => lead(answer.effects) > 0)).toBe(true);
    expect(answers.some((answer) => lead(answer.effects) < 0)).toBe(true);
    const neutral = questions.map((question) =>
      Math.min(...question.answers.map((answer) => Math.abs(lead(answer.effects)))),
    );
    expect(neutral.reduce((sum, value) => sum + value, 0)).toBeLessThanOrEqual(1);
  });
});
