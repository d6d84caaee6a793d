// A name in the data that leaves a right-to-left override open (U+202E, pasted from a right-to-left
// text or typed on purpose) turns around whatever follows it in its line. vertailu's own words after
// a data text stay readable: each is read here in the order Chromium draws its letters.
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import {
  type Comparison,
  ComparisonTable,
  DecisionMatrix,
  DecisionWizard,
  ProsConsPanel,
  VertailuProvider,
} from "../../src/index.js";
import { minimalComparison } from "../fixtures/comparisons.js";

const OVERRIDE = "\u202e";

afterEach(cleanup);

/** The minimal comparison with an open right-to-left override at the end of each name and label. */
function overridden(): Comparison {
  const data = minimalComparison();
  return {
    ...data,
    options: data.options.map((option) => ({ ...option, name: `${option.id === "a" ? "Alpha" : "Beta"}${OVERRIDE}` })),
    parameters: data.parameters.map((parameter) => ({
      ...parameter,
      label: `${parameter.label}${OVERRIDE}`,
      // Scores for the decision matrix: Alpha ahead on the one parameter scored.
      ...(parameter.id === "check" && {
        values: { a: { kind: "check", value: "yes", score: 9 }, b: { kind: "check", value: "partial", score: 4 } },
      }),
    })),
    // One answer that gives both options the same points: a tie, whose sentence names both.
    questions: [{ id: "q1", text: "Which?", answers: [{ id: "x", text: "Both", effects: { a: 2, b: 2 } }] }],
  };
}

/**
 * The letters of the first `words` in `element`'s text, left to right as drawn: "leads with" when
 * they are drawn in reading order, "htiw sdael" when an override has turned them around.
 */
function drawn(element: Element, words: string): string {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent?.indexOf(words) ?? -1;
    if (at < 0) continue;
    const letters = [...words].map((letter, index) => {
      const range = document.createRange();
      range.setStart(node, at + index);
      range.setEnd(node, at + index + 1);
      return { letter, left: range.getBoundingClientRect().left };
    });
    return letters
      .sort((one, other) => one.left - other.left)
      .map((each) => each.letter)
      .join("");
  }
  throw new Error(`"${words}" is not in ${element.outerHTML.slice(0, 200)}`);
}

describe("vertailu's own words after a name with an open right-to-left override", () => {
  it("stay in reading order in the matrix's verdict and its reason", () => {
    render(<DecisionMatrix data={overridden()} locale="en" />);
    const verdict = screen.getByText(/ leads with /);
    expect(drawn(verdict, " leads with ")).toBe(" leads with ");
    // The ranking's totals and the score table's, each after a name.
    const totals = screen.getAllByText(/^\d+\/100$/);
    expect(totals.length).toBeGreaterThan(0);
    for (const total of totals) expect(drawn(total, "/100")).toBe("/100");
    const why = screen.getByText(/^Why: /);
    expect(drawn(why, " made the biggest difference.")).toBe(" made the biggest difference.");
  });

  it("stay in reading order in the matrix's near tie", () => {
    // Any two totals are a near tie when the margin is the whole scale.
    render(<DecisionMatrix data={overridden()} locale="en" tieMargin={100} />);
    const tie = screen.getByText(/consider a mix of/);
    expect(drawn(tie, " and ")).toBe(" and ");
  });

  it("stay in reading order in the wizard's tie", async () => {
    const user = userEvent.setup();
    render(<DecisionWizard data={overridden()} locale="en" />);
    await user.click(screen.getByRole("radio", { name: "Both" }));
    await user.click(screen.getByRole("button", { name: "Show result" }));
    const tie = await screen.findByText(/consider a mix of/);
    expect(drawn(tie, " and ")).toBe(" and ");
    // Each option's points, after its name.
    const points = screen.getAllByText(/ points$/);
    expect(points).toHaveLength(2);
    for (const each of points) expect(drawn(each, " points")).toBe(" points");
  });

  it("stay in reading order in the recommended option's mark in the table, stacked, and the pros and cons", () => {
    render(
      <VertailuProvider locale="en">
        <div style={{ inlineSize: 900 }}>
          <ComparisonTable data={overridden()} layout="table" />
        </div>
        <div style={{ inlineSize: 300 }}>
          <ComparisonTable data={overridden()} layout="stacked" />
        </div>
        <ProsConsPanel data={overridden()} />
      </VertailuProvider>,
    );
    const marks = document.querySelectorAll(
      ".vertailu-comparison-table__recommended, .vertailu-pros-cons__recommended",
    );
    expect(marks).toHaveLength(3);
    for (const mark of marks) expect(drawn(mark, "Recommended")).toBe("Recommended");
  });
});
