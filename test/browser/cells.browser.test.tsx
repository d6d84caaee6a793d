import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Comparison } from "../../src/index.js";
import { ComparisonTable, VertailuProvider } from "../../src/index.js";

/** One row per marked kind, so each cell can be found by its words. */
function marked(): Comparison {
  return {
    schemaVersion: 1,
    id: "marked",
    title: "Marked cells",
    options: [
      { id: "a", name: "Alpha" },
      { id: "b", name: "Beta" },
    ],
    parameters: [
      {
        id: "check",
        label: "Check",
        values: { a: { kind: "check", value: "yes" }, b: { kind: "check", value: "no" } },
      },
      {
        id: "more",
        label: "More",
        values: { a: { kind: "check", value: "partial" }, b: { kind: "na" } },
      },
      {
        id: "rating",
        label: "Rating",
        values: { a: { kind: "rating", value: 4, max: 5 }, b: { kind: "rating", value: 1, max: 5 } },
      },
      {
        id: "list",
        label: "List",
        values: { a: { kind: "list", items: ["one", "two"] }, b: { kind: "unknown" } },
      },
    ],
  };
}

const px = (value: string) => Number.parseFloat(value);

/** Where a cell's words start, measured from the cell's inline-start edge (the right edge in RTL). */
function wordsInset(cell: HTMLElement, rtl = false): number {
  const range = document.createRange();
  const text = [...cell.childNodes].find((node) => node.nodeType === Node.TEXT_NODE);
  if (!text) throw new Error(`no words in ${cell.outerHTML}`);
  range.selectNodeContents(text);
  const words = range.getBoundingClientRect();
  const box = cell.getBoundingClientRect();
  return rtl ? box.right - words.right : words.left - box.left;
}

/**
 * Where the icon's layers are painted, from the computed background, as [start, end] in px from
 * the cell's left border edge; a layer's position is either "Npx" or "calc(100% - Npx)".
 */
function iconLayers(cell: HTMLElement): Array<[number, number]> {
  const style = getComputedStyle(cell);
  const width = cell.getBoundingClientRect().width - px(style.borderLeftWidth) - px(style.borderRightWidth);
  const sizes = style.backgroundSize.split(",").map((size) => px(size.trim()));
  return style.backgroundPositionX.split(/,(?![^(]*\))/).map((position, index) => {
    const size = sizes[index] ?? 0;
    const fromRight = /calc\(100% - ([\d.]+)px\)/.exec(position.trim());
    const start = fromRight ? width - size - px(fromRight[1] ?? "") : px(position);
    return [start + px(style.borderLeftWidth), start + px(style.borderLeftWidth) + size];
  });
}

/** The icon lies between the cell's inline-start edge and its words, never under them. */
function expectIconBeforeWords(cell: HTMLElement, rtl: boolean) {
  const box = cell.getBoundingClientRect();
  const range = document.createRange();
  range.selectNodeContents(cell);
  const words = range.getBoundingClientRect();
  const layers = iconLayers(cell);
  expect(layers.length).toBeGreaterThan(0);
  for (const [start, end] of layers) {
    if (rtl) {
      expect(start).toBeGreaterThanOrEqual(words.right - box.left);
      expect(end).toBeLessThanOrEqual(box.width);
    } else {
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeLessThanOrEqual(words.left - box.left);
    }
  }
}

function cellWith(words: string): HTMLElement {
  const element = screen.getByText(words);
  return element.closest("td, dd") as HTMLElement;
}

describe("cells show a shape beside their words, drawn by the stylesheet", () => {
  it("paints a different shape for yes, no, partial, not applicable and unknown, with room left for it", () => {
    render(
      <VertailuProvider locale="en" theme="light">
        <ComparisonTable data={marked()} layout="table" />
      </VertailuProvider>,
    );
    const shapes = new Set<string>();
    for (const words of ["Yes", "No", "Partial", "Not applicable", "Unknown"]) {
      const cell = cellWith(words);
      const style = getComputedStyle(cell);
      expect(style.backgroundImage, words).toContain("gradient");
      shapes.add(`${style.backgroundImage} ${style.backgroundSize} ${style.backgroundPosition}`);
      // The words start after the cell's padding, the 1.1em icon and a gap.
      expect(wordsInset(cell), words).toBeGreaterThanOrEqual(12 + 1.1 * px(style.fontSize));
      expectIconBeforeWords(cell, false);
    }
    expect(shapes.size).toBe(5);
  });

  it("paints yes in the positive colour and no in the negative colour", () => {
    render(
      <VertailuProvider locale="en" theme="light">
        <ComparisonTable data={marked()} layout="table" />
      </VertailuProvider>,
    );
    const yes = getComputedStyle(cellWith("Yes")).backgroundImage;
    const no = getComputedStyle(cellWith("No")).backgroundImage;
    const root = getComputedStyle(screen.getByRole("table").closest(".vertailu-root") as HTMLElement);
    const toRgb = (color: string) => {
      const probe = document.body.appendChild(document.createElement("span"));
      probe.style.color = color;
      const rgb = getComputedStyle(probe).color;
      probe.remove();
      return rgb;
    };
    expect(yes).toContain(toRgb(root.getPropertyValue("--vertailu-color-positive")));
    expect(no).toContain(toRgb(root.getPropertyValue("--vertailu-color-negative")));
  });

  it("draws a rating bar filled to the rating's share", () => {
    render(
      <VertailuProvider locale="en" theme="light">
        <ComparisonTable data={marked()} layout="table" />
      </VertailuProvider>,
    );
    const four = cellWith("4 of 5");
    const one = cellWith("1 of 5");
    expect(getComputedStyle(four).getPropertyValue("--vertailu-rating-share").trim()).toBe("80%");
    expect(getComputedStyle(one).getPropertyValue("--vertailu-rating-share").trim()).toBe("20%");
    const bar = getComputedStyle(four, "::before");
    expect(bar.width).toBe("64px");
    expect(bar.backgroundImage).toContain("80%");
    expect(wordsInset(four)).toBeGreaterThan(12 + 64);
  });

  it("keeps a list a list, with a bullet for each item", () => {
    render(
      <VertailuProvider locale="en" theme="light">
        <ComparisonTable data={marked()} layout="table" />
      </VertailuProvider>,
    );
    const list = within(screen.getByRole("table")).getByRole("list");
    const items = within(list).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual(["one", "two"]);
    for (const item of items) expect(getComputedStyle(item).backgroundImage).toContain("radial-gradient");
  });

  it("puts the icon on the other side in right-to-left text", () => {
    render(
      <div dir="rtl">
        <VertailuProvider locale="en" theme="light">
          <ComparisonTable data={marked()} layout="table" />
        </VertailuProvider>
      </div>,
    );
    for (const words of ["Yes", "No", "Partial", "Not applicable", "Unknown"]) {
      const cell = cellWith(words);
      expect(wordsInset(cell, true), words).toBeGreaterThanOrEqual(12 + 1.1 * px(getComputedStyle(cell).fontSize));
      expectIconBeforeWords(cell, true);
    }
  });

  it("paints the same shapes in the stacked layout, where the value has no padding of its own", () => {
    render(
      <VertailuProvider locale="en" theme="light">
        <ComparisonTable data={marked()} layout="stacked" />
      </VertailuProvider>,
    );
    const yes = within(screen.getByRole("region", { name: "Alpha" }))
      .getByText("Yes")
      .closest("dd") as HTMLElement;
    const style = getComputedStyle(yes);
    expect(style.backgroundImage).toContain("gradient");
    expect(wordsInset(yes)).toBeGreaterThanOrEqual(1.1 * px(style.fontSize));
    expect(wordsInset(yes)).toBeLessThan(12 + 1.1 * px(style.fontSize));
  });
});

describe("a collapsible group's chevron", () => {
  /** The chevron's horizontal direction: 1 points right, -1 points left, 0 points down. */
  const pointing = (button: HTMLElement) => {
    const chevron = button.querySelector(".vertailu-chevron");
    if (!chevron) throw new Error("no chevron");
    const matrix = new DOMMatrix(getComputedStyle(chevron).transform);
    return Math.round(matrix.a);
  };

  it.each([
    ["ltr", 1],
    ["rtl", -1],
  ] as const)("points along the %s line when collapsed and down when expanded", async (dir, collapsed) => {
    const data = marked();
    data.groups = [{ id: "g", label: "Group" }];
    for (const parameter of data.parameters) parameter.group = "g";
    render(
      <VertailuProvider locale="en" theme="light" dir={dir}>
        <ComparisonTable data={data} layout="table" collapsibleGroups />
      </VertailuProvider>,
    );
    const button = screen.getByRole("button", { name: "Group" });
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(pointing(button)).toBe(0);
    button.click();
    await expect.poll(() => button.getAttribute("aria-expanded")).toBe("false");
    // The turn is a short transition: wait for it to end.
    await expect.poll(() => pointing(button)).toBe(collapsed);
  });
});
