import { cleanup, render } from "@testing-library/react";
import fc from "fast-check";
import { createElement, type ReactElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import { type Comparison, ComparisonTable, DecisionMatrix, DecisionWizard, ProsConsPanel } from "../../src/index.js";
import { mutation, seed } from "../fixtures/mutations.js";

// Hundreds of renders take a while on a busy machine; the limit guards against hangs, not speed.
vi.setConfig({ testTimeout: 120_000 });

afterEach(() => vi.restoreAllMocks());

const RUNS = 300;

/**
 * JSON can hold an object whose own `toString` or `valueOf` is no function, which JavaScript cannot
 * turn into text. Where one stands for a primitive the component does not check (a cell's kind or
 * value in the table; the comparison's id or default locale in any component), the error boundary
 * catches the render instead, so its box says "rendering failed" without the place. Only those
 * inputs are passed over: anywhere in the data for the table, in those two fields for the widgets.
 */
const unprintable = (input: unknown) => /"(toString|valueOf)":/.test(JSON.stringify(input) ?? "");
/** The same, in the comparison's id or default locale: where the widgets read such an object as text. */
const unprintableLocale = (input: unknown) =>
  input !== null &&
  typeof input === "object" &&
  unprintable([(input as Partial<Comparison>).id, (input as Partial<Comparison>).defaultLocale]);

const components: [string, (data: Comparison) => ReactElement, (input: unknown) => boolean][] = [
  ["ComparisonTable", (data) => createElement(ComparisonTable, { data, locale: "en" }), unprintable],
  ["ProsConsPanel", (data) => createElement(ProsConsPanel, { data, locale: "en" }), unprintableLocale],
  ["DecisionMatrix", (data) => createElement(DecisionMatrix, { data, locale: "en" }), unprintableLocale],
  ["DecisionWizard", (data) => createElement(DecisionWizard, { data, locale: "en" }), unprintableLocale],
];

// A host that skips parseComparison hands over whatever its JSON holds. Each component checks what it
// reads before it renders: it shows the data, or its error box naming the place. Its error boundary,
// whose box says "rendering failed", is the last resort for a host's own code (a getter, a renderer).
describe(`unchecked data through every component (seed ${seed})`, () => {
  for (const [name, make, passedOver] of components) {
    it(`${name} shows ${RUNS} random mutations of the showcase's structure, or its error box, and names the problem`, () => {
      vi.spyOn(console, "error").mockImplementation(() => {});
      let boxes = 0;
      fc.assert(
        fc.property(mutation(bpoVsCallCenter, { maxDepth: 5 }), (input) => {
          const { container } = render(make(input as Comparison));
          try {
            const text = container.textContent ?? "";
            expect(text.trim()).not.toBe("");
            if (container.querySelector(".vertailu-error")) boxes++;
            if (!passedOver(input)) expect(text).not.toContain("rendering failed");
          } finally {
            cleanup();
          }
        }),
        { numRuns: RUNS, seed },
      );
      // Both ways were taken: some mutations are shown, some are refused.
      expect(boxes).toBeGreaterThan(0);
      expect(boxes).toBeLessThan(RUNS);
    });
  }
});
