import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import {
  type Comparison,
  ComparisonSchemaError,
  parseComparison,
  type SchemaIssue,
  safeParseComparison,
} from "../../src/schema/index.js";
import { minimalComparison } from "../fixtures/comparisons.js";
import { generateComparison } from "../fixtures/generate.js";
import { mutation, pathExists, seed } from "../fixtures/mutations.js";

// Thousands of runs take a while on a busy machine; the limit guards against hangs, not speed.
vi.setConfig({ testTimeout: 120_000 });

const RUNS = 10_000;

/** The property every input must keep: only ComparisonSchemaError escapes, and it points at real places. */
function checkInput(input: unknown): boolean {
  const result = safeParseComparison(input);
  if (result.success) {
    const roundTripped = JSON.parse(JSON.stringify(result.data)) as unknown;
    expect(JSON.stringify(roundTripped)).toBe(JSON.stringify(result.data));
    expect(safeParseComparison(roundTripped).success).toBe(true);
  } else {
    expect(result.error).toBeInstanceOf(ComparisonSchemaError);
    expect(result.error.issues.length).toBeGreaterThan(0);
    for (const issue of result.error.issues) expectPathInInput(input, issue);
  }
  try {
    parseComparison(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ComparisonSchemaError);
  }
  return true;
}

function expectPathInInput(input: unknown, issue: SchemaIssue): void {
  // A missing field or value names the place where it should be: its parent must exist.
  const missing = /^missing /.test(issue.message);
  expect(pathExists(input, issue.path, { allowMissingLast: missing }), `${issue.path}: ${issue.message}`).toBe(true);
}

describe(`parseComparison under fuzzing (seed ${seed})`, () => {
  it(`never throws anything but ComparisonSchemaError for ${RUNS} arbitrary JSON values`, () => {
    fc.assert(fc.property(fc.jsonValue(), checkInput), { numRuns: RUNS, seed });
  });

  it(`never throws anything but ComparisonSchemaError for ${RUNS / 10} object-shaped values`, () => {
    const objectish = fc.dictionary(
      fc.constantFrom("schemaVersion", "id", "title", "options", "parameters", "groups", "types", "sources", "x"),
      fc.jsonValue(),
    );
    fc.assert(fc.property(objectish, checkInput), { numRuns: RUNS / 10, seed });
  });

  const bases: [string, Comparison][] = [
    ["the minimal fixture", minimalComparison()],
    ["the BPO showcase", bpoVsCallCenter],
    ["a generated 4 × 12 comparison", generateComparison({ options: 4, parameters: 12, seed: 4 })],
  ];
  for (const [name, base] of bases) {
    const runs = Math.ceil(RUNS / bases.length);
    it(`keeps its promises for ${runs} mutations of ${name}`, () => {
      fc.assert(
        fc.property(mutation(base), (input) => checkInput(input)),
        { numRuns: runs, seed },
      );
    });
  }
});
