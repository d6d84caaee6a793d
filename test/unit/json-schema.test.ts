import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import { comparisonJsonSchema } from "../../src/schema/json-schema.js";
import { invalidCases, invalidComparison, minimalComparison } from "../fixtures/comparisons.js";

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(comparisonJsonSchema());

describe("schema.json", () => {
  it("is JSON Schema 2020-12", () => {
    expect(comparisonJsonSchema().$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("accepts the shipped BPO data and the minimal fixture", () => {
    expect(validate(JSON.parse(JSON.stringify(bpoVsCallCenter))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(minimalComparison()), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(invalidCases.filter((entry) => entry.jsonSchemaCatches))(
    "rejects the invalid fixture: $name",
    ({ mutate }) => {
      expect(validate(invalidComparison(mutate))).toBe(false);
    },
  );

  it("documents the fields editors see", () => {
    const text = JSON.stringify(comparisonJsonSchema());
    expect(text).toContain("One value per option id.");
    expect(text).toContain("A 0–10 score for the decision matrix.");
  });
});
