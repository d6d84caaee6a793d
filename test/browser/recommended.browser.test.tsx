// The recommended option looks the same wherever it is marked, and its mark does not push its card
// out of line with the others. Its column's tint runs the table's length, group headers included.
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { ComparisonTable, ProsConsPanel, type Theme, VertailuProvider } from "../../src/index.js";
import { minimalComparison } from "../fixtures/comparisons.js";
import { generateComparison } from "../fixtures/generate.js";
import { pixels, type Rgb } from "./pixels.js";

function renderBoth(theme: Theme) {
  const data = minimalComparison();
  render(
    <VertailuProvider theme={theme} locale="en">
      <div style={{ inlineSize: 1000 }}>
        <ComparisonTable data={data} layout="table" highlightOption="b" />
        <ProsConsPanel data={data} options={["a", "b"]} />
      </div>
    </VertailuProvider>,
  );
  const [inTable, inPanel] = screen.getAllByText("Recommended", { selector: "[data-slot=recommended]" });
  if (!inTable || !inPanel) throw new Error("expected the word in the table and in the panel");
  return { inTable, inPanel };
}

describe("the recommended option", () => {
  for (const theme of ["light", "dark"] as const) {
    it(`wears the same filled pill in the table and in the pros and cons panel (${theme})`, () => {
      const { inTable, inPanel } = renderBoth(theme);
      const look = (element: HTMLElement) => {
        const style = getComputedStyle(element);
        return { background: style.backgroundColor, colour: style.color, radius: style.borderTopLeftRadius };
      };
      expect(look(inPanel)).toEqual(look(inTable));
      expect(look(inPanel).background).not.toBe("rgba(0, 0, 0, 0)");
    });
  }

  it("has its card's name on the same line as the other cards' names, despite the wider top bar", () => {
    renderBoth("light");
    const alpha = screen.getByRole("heading", { name: "Alpha" });
    // "Recommended" is heard with the name.
    const beta = page.getByRole("heading", { name: "Beta, Recommended", exact: true }).element();
    expect(beta.closest("[data-recommended]")).not.toBeNull();
    expect(Math.abs(beta.getBoundingClientRect().top - alpha.getBoundingClientRect().top)).toBeLessThan(0.5);
  });
});

// The name is what a braille display shows and what a reader says of a header or a heading: the
// comma comes right after the option's name, with no space before it ("Beta , Recommended" was what
// Chromium gave when the comma sat in a hidden box of its own). page.getByRole computes names as
// Chromium does, boxes and the stylesheet's generated text included.
describe("an option's name with a word after it", () => {
  for (const [locale, beta, recommended] of [
    ["en", "Beta", "Recommended"],
    ["fi", "Beeta", "Suositeltu"],
  ] as const) {
    it(`reads "${beta}, ${recommended}" in the table's header, a stacked heading and the pros and cons (${locale})`, async () => {
      const data = minimalComparison();
      render(
        <VertailuProvider locale={locale}>
          <div data-testid="table" style={{ inlineSize: 900 }}>
            <ComparisonTable data={data} layout="table" />
          </div>
          <div data-testid="stacked" style={{ inlineSize: 300 }}>
            <ComparisonTable data={data} layout="stacked" />
          </div>
          <div data-testid="panel">
            <ProsConsPanel data={data} />
          </div>
        </VertailuProvider>,
      );
      const name = `${beta}, ${recommended}`;
      await expect
        .element(page.getByTestId("table").getByRole("columnheader", { name, exact: true }))
        .toHaveAttribute("data-highlighted", "true");
      await expect.element(page.getByTestId("stacked").getByRole("heading", { name, exact: true })).toBeVisible();
      await expect.element(page.getByTestId("panel").getByRole("heading", { name, exact: true })).toBeVisible();
      // The comma is drawn at no size: on screen the name and the pill are all there is.
      const header = page.getByTestId("table").getByRole("columnheader", { name, exact: true }).element();
      expect(header.textContent).toBe(`${beta}${recommended}`);
    });
  }

  it('reads a short name and then the full one: "O3, Option 3"', async () => {
    render(
      <ComparisonTable data={generateComparison({ options: 5, parameters: 2, seed: 1 })} locale="en" layout="table" />,
    );
    await expect.element(page.getByRole("checkbox", { name: "O3, Option 3", exact: true })).toBeInTheDocument();
  });
});

describe("the recommended column's tint", () => {
  const data = generateComparison({ options: 4, parameters: 4, seed: 4 });
  // Room for the whole table, so the frame does not scroll sideways; then the tests' usual window.
  beforeEach(() => page.viewport(1200, 900));
  afterEach(() => page.viewport(414, 896));

  /**
   * The table, `width` wide, with its third option recommended, scrolled sideways by `scroll` towards
   * its end; and the colours Chromium paints: `at(x, y)` in the viewport's CSS pixels.
   */
  async function paint(theme: Theme, dir: "ltr" | "rtl", width = 1000, scroll = 0) {
    const { container } = render(
      <VertailuProvider theme={theme} locale="en">
        <div dir={dir} style={{ inlineSize: width }}>
          <ComparisonTable data={data} layout="table" highlightOption="option-3" />
        </div>
      </VertailuProvider>,
    );
    const table = screen.getByRole("table");
    const frame = table.parentElement as HTMLElement;
    frame.scrollLeft = dir === "rtl" ? -scroll : scroll;
    expect(Math.abs(frame.scrollLeft)).toBe(scroll);
    const box = frame.getBoundingClientRect();
    const image = await pixels(await page.screenshot({ element: frame, save: false }));
    const scale = image.width / box.width;
    const at = (x: number, y: number) =>
      image.at(Math.round((x - box.left) * scale), Math.round((y - box.top) * scale));
    const column = screen.getByRole("columnheader", { name: /^Option 3/ }).getBoundingClientRect();
    const neighbour = screen.getByRole("columnheader", { name: /^Option 2/ }).getBoundingClientRect();
    const groups = [...container.querySelectorAll<HTMLElement>('th[scope="rowgroup"]')];
    // A cell of the column under the second group's header: its tint, in its padding.
    const cell = container.querySelector<HTMLElement>('tbody:last-of-type td[data-highlighted="true"]');
    if (groups.length !== 2 || !cell) throw new Error("expected two group headers and a highlighted cell");
    const cellBox = cell.getBoundingClientRect();
    const tint = at(cellBox.left + cellBox.width / 2, cellBox.top + 2);
    return { at, box, column, neighbour, groups, tint, tintAt: (x: number) => at(x, cellBox.top + 2) };
  }

  const near = (a: Rgb, b: Rgb) => a.every((channel, index) => Math.abs(channel - (b[index] ?? 0)) <= 2);

  for (const theme of ["light", "dark"] as const) {
    for (const dir of ["ltr", "rtl"] as const) {
      it(`runs unbroken through the group headers, from edge to edge of its column (${theme}, ${dir})`, async () => {
        const { at, column, neighbour, groups, tint } = await paint(theme, dir);
        for (const group of groups) {
          const row = group.getBoundingClientRect();
          // Below the label, above the header's bottom border.
          const y = row.bottom - 4;
          const surface = at(neighbour.left + neighbour.width / 2, y);
          expect(near(surface, tint), "the group header keeps its own surface beside the column").toBe(false);
          for (const x of [column.left + 2, column.left + column.width / 2, column.right - 3]) {
            expect(at(x, y), `the tint at x ${Math.round(x - column.left)} in the column`).toEqual(tint);
          }
          // Only the column: just outside it on either side, the header's surface.
          expect(near(at(column.left - 3, y), surface)).toBe(true);
          expect(near(at(column.right + 2, y), surface)).toBe(true);
        }
      });
    }

    it(`does not show through the group headers under the sticky first column (${theme})`, async () => {
      // In 400 px the 832 px table scrolls; 400 px along, the column lies half under the first one.
      for (const dir of ["ltr", "rtl"] as const) {
        const { at, box, column, groups, tintAt } = await paint(theme, dir, 400, 400);
        const first = Number.parseFloat(
          getComputedStyle(groups[0] as HTMLElement).getPropertyValue("--vertailu-first-column-width"),
        );
        // The part of the column under the first column, and the part beside it.
        const [under, beside] =
          dir === "ltr" ? [column.left + 10, box.left + first + 10] : [column.right - 10, box.right - first - 10];
        if (dir === "ltr") expect(column.left).toBeLessThan(box.left + first - 10);
        else expect(column.right).toBeGreaterThan(box.right - first + 10);
        for (const group of groups) {
          const y = group.getBoundingClientRect().bottom - 4;
          expect(at(beside, y), "the band beside the first column").toEqual(tintAt(beside));
          expect(near(at(under, y), tintAt(beside)), "the band under the first column").toBe(false);
        }
        cleanup();
      }
    });
  }
});

describe("the recommended column's tint with a first column a host sizes in em", () => {
  const data = generateComparison({ options: 4, parameters: 4, seed: 4 });
  beforeEach(() => page.viewport(1200, 900));
  afterEach(() => page.viewport(414, 896));

  // The group headers' type is smaller than the cells': an em there is not the column's em.
  async function paint(width: number, scroll: number) {
    const { container } = render(
      <VertailuProvider theme="light" locale="en">
        <div style={{ inlineSize: width, ["--vertailu-first-column-width" as string]: "16em" }}>
          <ComparisonTable data={data} layout="table" highlightOption="option-3" />
        </div>
      </VertailuProvider>,
    );
    const frame = screen.getByRole("table").parentElement as HTMLElement;
    frame.scrollLeft = scroll;
    const box = frame.getBoundingClientRect();
    const image = await pixels(await page.screenshot({ element: frame, save: false }));
    const scale = image.width / box.width;
    const at = (x: number, y: number) =>
      image.at(Math.round((x - box.left) * scale), Math.round((y - box.top) * scale));
    const column = screen.getByRole("columnheader", { name: /^Option 3/ }).getBoundingClientRect();
    const first = (container.querySelector("tbody th[scope=row]") as HTMLElement).getBoundingClientRect();
    const groups = [...container.querySelectorAll<HTMLElement>('th[scope="rowgroup"]')];
    const cell = container.querySelector<HTMLElement>('tbody:last-of-type td[data-highlighted="true"]') as HTMLElement;
    // The tint in the column's last cell, clear of the sticky column's shadow.
    const { right, top } = cell.getBoundingClientRect();
    const tint = at(right - 10, top + 2);
    return { at, box, column, first, groups, tint };
  }

  it("runs from edge to edge of its column through the group headers", async () => {
    const { at, column, groups, tint } = await paint(1000, 0);
    expect(groups).toHaveLength(2);
    for (const group of groups) {
      const y = group.getBoundingClientRect().bottom - 4;
      for (const x of [column.left + 2, column.right - 3])
        expect(at(x, y), `x ${Math.round(x - column.left)}`).toEqual(tint);
      expect(at(column.left - 3, y)).not.toEqual(tint);
      expect(at(column.right + 2, y)).not.toEqual(tint);
    }
  });

  it("does not show under the sticky first column while the table scrolls", async () => {
    const { at, column, first, groups, tint } = await paint(400, 400);
    expect(column.left).toBeLessThan(first.right - 10);
    for (const group of groups) {
      const y = group.getBoundingClientRect().bottom - 4;
      for (let x = Math.max(column.left, first.left) + 2; x < first.right - 1; x += 2)
        expect(
          at(x, y),
          `x ${Math.round(x - first.left)} of the first column's ${Math.round(first.width)}`,
        ).not.toEqual(tint);
    }
  });
});

describe("the recommended column's tint past twelve options", () => {
  beforeEach(() => page.viewport(1200, 900));
  afterEach(() => page.viewport(414, 896));

  it("is not painted beside its column in the group headers of a thirteen-option table", async () => {
    const data = generateComparison({ options: 13, parameters: 4, seed: 4 });
    const { container } = render(
      <VertailuProvider theme="light" locale="en">
        <div style={{ inlineSize: 1000 }}>
          <ComparisonTable data={data} layout="table" highlightOption="option-3" />
        </div>
      </VertailuProvider>,
    );
    const frame = screen.getByRole("table").parentElement as HTMLElement;
    const box = frame.getBoundingClientRect();
    const image = await pixels(await page.screenshot({ element: frame, save: false }));
    const scale = image.width / box.width;
    const at = (x: number, y: number) =>
      image.at(Math.round((x - box.left) * scale), Math.round((y - box.top) * scale));
    const column = screen.getByRole("columnheader", { name: /^Option 3/ }).getBoundingClientRect();
    const groups = [...container.querySelectorAll<HTMLElement>('th[scope="rowgroup"]')];
    expect(groups).toHaveLength(2);
    for (const group of groups) {
      const y = group.getBoundingClientRect().bottom - 4;
      const surface = at(box.left + 2, y);
      // Across the frame in view, but for the column itself: the header's own surface.
      for (let x = box.left + 2; x < box.right - 2; x += 4) {
        if (x > column.left - 2 && x < column.right + 2) continue;
        expect(
          at(x, y),
          `at x ${Math.round(x - box.left)}, the column at ${Math.round(column.left - box.left)}`,
        ).toEqual(surface);
      }
    }
  });
});
