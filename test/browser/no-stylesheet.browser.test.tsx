// A page that forgets `import "vertailu/styles.css"` gets bare HTML, as Getting started says, but
// still a readable one: each icon keeps about the size of the text beside it. An SVG with no size
// of its own is drawn 300 pixels wide, which pushed the text off a phone's screen.
import { render } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import { ComparisonTable, DecisionMatrix, ProsConsPanel, TypeBadge } from "../../src/index.js";
import { minimalComparison } from "../fixtures/comparisons.js";

/** The page's stylesheets, turned off for a test and back on after it. */
let disabled: CSSStyleSheet[] = [];
beforeEach(() => {
  disabled = [...document.styleSheets].filter((sheet) => !sheet.disabled);
  for (const sheet of disabled) sheet.disabled = true;
});
afterEach(() => {
  for (const sheet of disabled) sheet.disabled = false;
});

/** Each drawn SVG's width and height in CSS pixels, with what it draws (its class). */
function svgSizes(container: HTMLElement) {
  return [...container.querySelectorAll("svg")].map((svg) => {
    const box = svg.getBoundingClientRect();
    return { what: svg.getAttribute("class"), width: Math.round(box.width), height: Math.round(box.height) };
  });
}

describe("without vertailu's stylesheet", () => {
  it("draws every icon and bar at about the text's size", () => {
    const { container } = render(
      <div style={{ inlineSize: 320, fontSize: 16 }}>
        <TypeBadge type="horizontal-bpo" locale="en" tooltip={false} />
        <ComparisonTable data={bpoVsCallCenter} locale="en" layout="table" />
        <ComparisonTable data={bpoVsCallCenter} locale="en" layout="stacked" collapsibleGroups />
        <ProsConsPanel data={bpoVsCallCenter} locale="en" />
        <ProsConsPanel data={minimalComparison()} locale="en" />
        <DecisionMatrix data={bpoVsCallCenter} locale="en" />
      </div>,
    );
    const sizes = svgSizes(container);
    // Every kind is there: the badge's glyph, the info icon, a group's chevron, the pros and cons'
    // icons and weight bars, the matrix's bars.
    expect(new Set(sizes.map((size) => size.what?.split(" ")[0]))).toEqual(
      new Set([
        "vertailu-type-badge__glyph",
        "vertailu-icon",
        "vertailu-chevron",
        "vertailu-pros-cons__icon",
        "vertailu-pros-cons__weight-bar",
        "vertailu-decision-matrix__bar",
      ]),
    );
    const bar = (size: (typeof sizes)[number]) => /__(weight-)?bar$/.test(size.what ?? "");
    // An icon is at most a line's height each way; a bar is at most a line tall, and fits its box.
    expect(sizes.filter((size) => !bar(size) && (size.width > 24 || size.height > 24))).toEqual([]);
    expect(sizes.filter((size) => bar(size) && (size.width > 320 || size.height > 24))).toEqual([]);
    expect(sizes.filter((size) => size.width === 0 || size.height === 0)).toEqual([]);
  });
});
