// What the table's sticky header and first column look like over the cells that scroll under them:
// an edge where they end, row lines that run on straight from the cells into the first column, and
// no line between two header cells that the cells beneath do not have.
import { render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cdp, page } from "vitest/browser";
import { ComparisonTable, type Theme, VertailuProvider } from "../../src/index.js";
import { generateComparison } from "../fixtures/generate.js";
import { pixels, type Rgb } from "./pixels.js";

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

const near = (a: Rgb, b: Rgb, tolerance = 2) =>
  a.every((channel, index) => Math.abs(channel - (b[index] ?? 0)) <= tolerance);

describe("the sticky first column in forced colours", () => {
  const emulate = (value: "active" | "none") =>
    cdp().send("Emulation.setEmulatedMedia", { features: [{ name: "forced-colors", value }] });
  beforeEach(async () => {
    await emulate("active");
    await page.viewport(800, 600);
  });
  afterEach(async () => {
    await emulate("none");
    await page.viewport(414, 896);
  });

  for (const dir of ["ltr", "rtl"] as const) {
    it(`keeps an edge in the text colour where the cells scroll under it (${dir})`, async () => {
      render(
        <div dir={dir} style={{ inlineSize: 600 }}>
          <ComparisonTable data={generateComparison({ options: 5, parameters: 6 })} locale="en" layout="table" />
        </div>,
      );
      const frame = screen.getByRole("table").parentElement as HTMLElement;
      frame.scrollLeft = dir === "rtl" ? -300 : 300;
      await waitFor(() => expect(frame).toHaveAttribute("data-scrolled-inline"));
      const { image, scale, device } = await paint(frame);
      const headers = [...frame.querySelectorAll<HTMLElement>("tbody th[scope=row]")];
      expect(headers.length).toBeGreaterThan(3);
      for (const header of headers) {
        const box = header.getBoundingClientRect();
        const y = box.top + box.height / 2;
        // The header's own surface in its padding at the start, and its last device pixel at the end.
        const [start, end] = dir === "ltr" ? [box.left + 4, box.right - 0.5 / scale] : [box.right - 4, box.left];
        const surface = image.at(...(device(start, y) as [number, number]));
        const edge = image.at(...(device(end, y) as [number, number]));
        expect(near(edge, surface, 60), `a line at the edge of "${header.textContent}": ${edge} on ${surface}`).toBe(
          false,
        );
      }
    });
  }
});

describe("the sticky first column's row lines", () => {
  beforeEach(() => page.viewport(800, 600));
  afterEach(() => page.viewport(414, 896));

  // Each row is 41.3 px high (a 20.3 px line), so its lines fall at every fraction of a pixel; the
  // gap above the table moves them a little further. A device pixel ratio of 2 is a zoom of 2 to
  // Chromium's layout and paint (it zooms for the ratio), here a CSS zoom: the test's frame keeps
  // the window's ratio of 1.
  for (const ratio of [1, 2]) {
    for (const gap of [0, 0.25, 0.5]) {
      it(`run on from the cells at the same height once the table scrolls sideways (${ratio}×, ${gap} px down)`, async () => {
        render(
          <VertailuProvider theme="light" locale="en">
            <div style={{ inlineSize: 380, paddingBlockStart: gap, zoom: ratio }}>
              <ComparisonTable
                data={generateComparison({ options: 6, parameters: 60, seed: 3 })}
                layout="table"
                style={{ ["--vertailu-table-max-block-size" as string]: "280px" }}
              />
            </div>
          </VertailuProvider>,
        );
        const frame = screen.getByRole("table").parentElement as HTMLElement;
        frame.scrollTop = 400;
        frame.scrollLeft = 160;
        await waitFor(() => expect(frame).toHaveAttribute("data-scrolled-inline"));
        const { image, device } = await paint(frame);
        const view = frame.getBoundingClientRect();
        const head = (frame.querySelector("thead tr") as HTMLElement).getBoundingClientRect();
        const rows = [...frame.querySelectorAll<HTMLElement>("tbody tr")].filter((row) => {
          const box = row.getBoundingClientRect();
          return row.querySelector("th[scope=row]") && box.top > head.bottom + 4 && box.bottom < view.bottom - 8;
        });
        expect(rows.length).toBeGreaterThan(2);
        for (const row of rows) {
          const header = (row.querySelector("th") as HTMLElement).getBoundingClientRect();
          // The cell that ends in view, clear of the first column's shadow.
          const cell = (row.querySelectorAll("td")[1] as HTMLElement).getBoundingClientRect();
          // Columns clear of the words: the row header's last quarter (left of its edge's shadow),
          // the cell's last few pixels.
          const [headerX, bottom] = device(header.right - 12, header.bottom) as [number, number];
          const [cellX] = device(cell.right - 4, cell.bottom) as [number, number];
          const column = (x: number) =>
            Array.from({ length: 6 * ratio + 1 }, (_, index) => image.at(x, bottom - 3 * ratio + index));
          const inHeader = column(headerX);
          const inCell = column(cellX);
          for (const [index, colour] of inCell.entries()) {
            expect(
              near(inHeader[index] as Rgb, colour, 4),
              `${row.textContent?.slice(0, 12)}: ${index - 3 * ratio} device px from the line, ${inHeader.join(" ")} in the header against ${inCell.join(" ")} in the cells`,
            ).toBe(true);
          }
        }
      });
    }
  }
});

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
