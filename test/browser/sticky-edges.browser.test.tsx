// What the table's sticky header looks like over the cells that scroll under it: no line between two
// header cells that the cells beneath do not have.
import { render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { ComparisonTable, type Theme, VertailuProvider } from "../../src/index.js";
import { generateComparison } from "../fixtures/generate.js";
import { pixels } from "./pixels.js";

/**
 * The frame's pixels as Chromium paints them; `at(x, y)` in device pixels from the frame's corner.
 * The tests' window is 800 × 600 at most: a larger one is scaled down to fit the test runner's
 * screen, and its screenshots blur the single pixels these tests look at.
 */
async function paint(frame: HTMLElement) {
  const image = await pixels(await page.screenshot({ element: frame, save: false }));
  const box = frame.getBoundingClientRect();
  const scale = image.width / box.width;
  expect(scale).toBeCloseTo(1, 1);
  /** A CSS pixel position in the viewport, as a device pixel of the image. */
  const device = (x: number, y: number) => [Math.floor((x - box.left) * scale), Math.floor((y - box.top) * scale)];
  return { image, scale, device };
}

describe("the sticky header over the rows scrolled under it", () => {
  beforeEach(() => page.viewport(800, 600));
  afterEach(() => page.viewport(414, 896));

  for (const theme of ["light", "dark"] satisfies Theme[]) {
    // 702.5 and 703.3 px put the lines where the headers meet between two pixels.
    for (const width of [702.5, 703.3]) {
      it(`draws no line where two header cells meet (${theme}, ${width} px)`, async () => {
        render(
          <VertailuProvider theme={theme} locale="en">
            <div style={{ inlineSize: width }}>
              <ComparisonTable
                data={generateComparison({ options: 3, parameters: 60 })}
                layout="table"
                highlightOption="option-2"
                style={{ ["--vertailu-table-max-block-size" as string]: "300px" }}
              />
            </div>
          </VertailuProvider>,
        );
        const frame = screen.getByRole("table").parentElement as HTMLElement;
        frame.scrollTop = 400;
        await waitFor(() => expect(frame).toHaveAttribute("data-scrolled-block"));
        const { image, scale, device } = await paint(frame);
        const headers = [...frame.querySelectorAll<HTMLElement>("thead tr > *")];
        expect(headers).toHaveLength(4);
        for (const header of headers.slice(1)) {
          const box = header.getBoundingClientRect();
          // Above the words and below them: the header's surface, or the blend of two surfaces.
          for (const dy of [4, box.height - 4]) {
            const [x, y] = device(box.left, box.top + dy) as [number, number];
            const before = image.at(x - Math.round(3 * scale), y);
            const after = image.at(x + Math.round(3 * scale), y);
            for (const dx of [-1, 0]) {
              const seam = image.at(x + dx, y);
              const between = seam.every((channel, index) => {
                const [low, high] = [before[index] ?? 0, after[index] ?? 0].sort((a, b) => a - b) as [number, number];
                return channel >= low - 2 && channel <= high + 2;
              });
              expect(
                between,
                `${seam} where ${before} meets ${after}, ${Math.round(box.left)} px in, ${Math.round(dy)} px down`,
              ).toBe(true);
            }
          }
        }
      });
    }
  }
});
