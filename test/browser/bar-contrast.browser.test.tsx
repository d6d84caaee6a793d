// WCAG 1.4.11 Non-text Contrast: a bar's length means something only against its whole track, so the
// track's edge must stand at 3:1 against what the bar is drawn on: the table's rating bars (on the
// recommended column's tint too), the matrix's result bars and the pros and cons' weight bars.
// Measured on the pixels Chromium paints: a column of the bar's empty end, against the surface it
// is drawn on.
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import { ComparisonTable, DecisionMatrix, ProsConsPanel, type Theme, VertailuProvider } from "../../src/index.js";
import { minimalComparison } from "../fixtures/comparisons.js";
import { contrast, pixels } from "./pixels.js";

type Box = { left: number; right: number; top: number; bottom: number };

/**
 * The strongest contrast, down one column of `frame`'s pixels from `bar.top` to `bar.bottom`, against
 * the pixel of that column at `surfaceY` (the surface the bar is drawn on). The column is 4 px in from
 * the bar's end, where none of the bars below is filled. Coordinates are the viewport's CSS pixels.
 */
async function trackEdgeContrast(frame: HTMLElement, bar: Box, surfaceY: number) {
  const box = frame.getBoundingClientRect();
  const image = await pixels(await page.screenshot({ element: frame, save: false }));
  const scale = image.width / box.width;
  const x = Math.round((bar.right - 4 - box.left) * scale);
  const surface = image.at(x, Math.round((surfaceY - box.top) * scale));
  let strongest = 1;
  for (let y = Math.floor((bar.top - box.top) * scale); y < Math.ceil((bar.bottom - box.top) * scale); y++) {
    strongest = Math.max(strongest, contrast(image.at(x, y), surface));
  }
  return strongest;
}

const themes: Theme[] = ["light", "dark"];

describe("the edge of a bar's track", () => {
  it.each(themes)("stands at 3:1 on the table's rating bar, in the recommended column's tint (%s)", async (theme) => {
    const { container } = render(
      <VertailuProvider theme={theme} locale="en">
        <ComparisonTable data={minimalComparison()} layout="table" highlightOption="b" />
      </VertailuProvider>,
    );
    // Beta's rating is 0 of 5: its whole track is empty, on the tint of the recommended column.
    const cell = [...container.querySelectorAll<HTMLElement>('td[data-kind="rating"]')].find((td) =>
      td.textContent?.startsWith("0"),
    );
    if (!cell) throw new Error("no empty rating");
    expect(cell.getAttribute("data-highlighted")).toBe("true");
    // The bar is drawn before the words, at the start of the cell's content box; the column is the
    // cell's whole height, and the surface its top padding.
    const { left, top, bottom } = cell.getBoundingClientRect();
    const start = left + Number.parseFloat(getComputedStyle(cell).paddingInlineStart);
    const right = start + Number.parseFloat(getComputedStyle(cell, "::before").inlineSize);
    expect(await trackEdgeContrast(cell, { left: start, right, top, bottom }, top + 3)).toBeGreaterThanOrEqual(3);
  });

  it.each(themes)("stands at 3:1 on the matrix's result bar of the last option (%s)", async (theme) => {
    const { container } = render(
      <VertailuProvider theme={theme} locale="en">
        <DecisionMatrix data={bpoVsCallCenter} />
      </VertailuProvider>,
    );
    const bars = container.querySelectorAll<SVGElement>(".vertailu-decision-matrix__bar");
    const last = bars[bars.length - 1];
    const item = last?.closest("li");
    if (!last || !item) throw new Error("no result bar");
    expect(Number(last.querySelector(".vertailu-decision-matrix__bar-fill")?.getAttribute("width"))).toBeLessThan(90);
    const bar = last.getBoundingClientRect();
    expect(await trackEdgeContrast(item, bar, bar.top - 2)).toBeGreaterThanOrEqual(3);
  });

  it.each(themes)("stands at 3:1 on a pros and cons weight bar (%s)", async (theme) => {
    const { container } = render(
      <VertailuProvider theme={theme} locale="en">
        <ProsConsPanel data={minimalComparison()} options={["a"]} />
      </VertailuProvider>,
    );
    // Alpha's con "Costly" weighs 3 of 5.
    const svg = container.querySelector<SVGElement>(".vertailu-pros-cons__weight-bar");
    const item = svg?.closest("li");
    if (!svg || !item) throw new Error("no weight bar");
    const bar = svg.getBoundingClientRect();
    expect(await trackEdgeContrast(item, bar, bar.top - 2)).toBeGreaterThanOrEqual(3);
  });
});
