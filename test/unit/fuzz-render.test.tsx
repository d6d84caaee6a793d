import fc from "fast-check";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import {
  type Comparison,
  ComparisonTable,
  DecisionMatrix,
  DecisionWizard,
  ProsConsPanel,
  safeParseComparison,
  TypeBadge,
} from "../../src/index.js";
import { minimalComparison } from "../fixtures/comparisons.js";
import { mutation, seed, textMutation } from "../fixtures/mutations.js";

// Thousands of runs take a while on a busy machine; the limit guards against hangs, not speed.
vi.setConfig({ testTimeout: 120_000 });

const RUNS = 300;

/** Renders the data through every component on the server; returns the HTML of each. */
function renderAll(data: Comparison): string[] {
  const typeId = data.types?.[0]?.id ?? "vertical-bpo";
  return [
    renderToString(createElement(ComparisonTable, { data })),
    renderToString(createElement(ProsConsPanel, { data })),
    renderToString(createElement(DecisionMatrix, { data })),
    renderToString(createElement(DecisionWizard, { data })),
    renderToString(createElement(TypeBadge, { type: typeId, data })),
  ];
}

describe(`every valid comparison renders through every component (seed ${seed})`, () => {
  for (const [name, base] of [
    ["the BPO showcase", bpoVsCallCenter],
    ["the minimal fixture", minimalComparison()],
  ] as const) {
    it(`renders ${RUNS} valid text mutations of ${name} without throwing or running markup`, () => {
      fc.assert(
        fc.property(textMutation(base), (input) => {
          const result = safeParseComparison(input);
          expect(result.success).toBe(true);
          if (!result.success) return;
          for (const html of renderAll(result.data)) {
            expect(html).not.toMatch(/<script>window|<img src=x/i);
          }
        }),
        { numRuns: RUNS, seed },
      );
    });

    it(`renders whatever of ${RUNS * 4} random mutations of ${name} validates`, () => {
      let valid = 0;
      fc.assert(
        fc.property(mutation(base), (input) => {
          const result = safeParseComparison(input);
          if (!result.success) return;
          valid++;
          renderAll(result.data);
        }),
        { numRuns: RUNS * 4, seed },
      );
      expect(valid).toBeGreaterThan(0);
    });
  }
});
