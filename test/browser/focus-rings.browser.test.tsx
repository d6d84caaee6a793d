// A focus ring a reader can see (WCAG 2.4.7), drawn where it neither hides nor touches the words
// beside it; and the matrix's option columns, equally wide. Found by looking at the catalogue.
import { render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import { ComparisonTable, DecisionMatrix } from "../../src/index.js";
import { generateComparison } from "../fixtures/generate.js";

/** How far a focused element's ring reaches outside its border box (negative: drawn inside it). */
function ringReach(element: Element): number {
  const style = getComputedStyle(element);
  expect(style.outlineStyle).not.toBe("none");
  return Number.parseFloat(style.outlineWidth) + Number.parseFloat(style.outlineOffset);
}

/** Where the text just before `element` ends, on the line `element` is on. */
function textEndBefore(element: Element): DOMRect {
  const walker = document.createTreeWalker(element.closest("td,dd,th,dt") as Node, NodeFilter.SHOW_TEXT);
  let last: Text | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (element.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING && node.textContent?.trim())
      last = node as Text;
  }
  if (!last) throw new Error("no text before the element");
  const range = document.createRange();
  range.setStart(last, (last.textContent ?? "").trimEnd().length - 1);
  range.setEnd(last, (last.textContent ?? "").trimEnd().length);
  return range.getBoundingClientRect();
}

/** Four options whose names, from "A" to "Puhelinkeskus", each fit in a fifth of the table. */
function namesOfManyLengths() {
  const data = generateComparison({ options: 4, parameters: 6 });
  const names = ["A", "Puhelinkeskus", "Oma tiimi", "BPO"];
  data.options.forEach((option, index) => {
    option.name = names[index] as string;
  });
  return data;
}

describe("the decision matrix's table of scores", () => {
  it("shows the focus ring of its scroll box when a keyboard reaches it, with no fade masking it", async () => {
    render(
      <div style={{ inlineSize: 320 }}>
        <DecisionMatrix data={bpoVsCallCenter} locale="fi" />
      </div>,
    );
    const frame = screen.getByRole("region", { name: /Pisteet/ });
    await waitFor(() => expect(frame).toHaveAttribute("data-state", "overflowing"));
    expect(getComputedStyle(frame).maskImage).not.toBe("none");
    // Tab until the frame has focus: it is focusable so that the arrow keys scroll it.
    for (let step = 0; step < 20 && document.activeElement !== frame; step++) await userEvent.tab();
    expect(frame).toHaveFocus();
    expect(getComputedStyle(frame).maskImage).toBe("none");
    // Inside its border box, in the room its padding keeps: nothing around it clips the ring.
    expect(ringReach(frame)).toBeLessThanOrEqual(0);
    expect(Number.parseFloat(getComputedStyle(frame).paddingInlineStart)).toBeGreaterThanOrEqual(
      -ringReach(frame) + Number.parseFloat(getComputedStyle(frame).outlineWidth) - 0.5,
    );
  });

  it.each([
    ["the showcase", bpoVsCallCenter, 1200],
    ["options whose names differ in length", namesOfManyLengths(), 900],
  ] as const)("lines up the options' columns equally wide, for %s", (_, data, width) => {
    const { container } = render(
      <div style={{ inlineSize: width }}>
        <DecisionMatrix data={structuredClone(data)} locale="fi" editableScores />
      </div>,
    );
    const headers = [...container.querySelectorAll("thead th")].slice(1);
    expect(headers.length).toBeGreaterThanOrEqual(2);
    const widths = headers.map((header) => header.getBoundingClientRect().width);
    for (const width of widths) expect(width).toBeCloseTo(widths[0] as number, 0);
  });
});

describe("a focus ring beside words", () => {
  it.each(["table", "stacked"] as const)(
    "keeps clear of the last letter before a note's number, in the %s layout",
    async (layout) => {
      const data = structuredClone(bpoVsCallCenter);
      render(
        <div style={{ inlineSize: layout === "table" ? 1000 : 320 }}>
          <ComparisonTable data={data} locale="en" layout={layout} />
        </div>,
      );
      const links = await waitFor(() => {
        const found = [...document.querySelectorAll<HTMLElement>("a[data-slot=note-ref]")].filter((link) =>
          link.checkVisibility(),
        );
        expect(found.length).toBeGreaterThan(0);
        return found;
      });
      for (const link of links) {
        link.focus({ focusVisible: true } as FocusOptions);
        const ring = link.getBoundingClientRect().left - ringReach(link);
        expect(ring).toBeGreaterThanOrEqual(textEndBefore(link).right + 1);
      }
    },
  );

  it.each(["table", "stacked"] as const)(
    "keeps the ⓘ button's ring clear of its label's last letter, in the %s layout",
    async (layout) => {
      render(
        <div style={{ inlineSize: layout === "table" ? 1000 : 320 }}>
          <ComparisonTable data={bpoVsCallCenter} locale="fi" layout={layout} />
        </div>,
      );
      const buttons = await waitFor(() => {
        const found = [...document.querySelectorAll<HTMLElement>("[data-slot=parameter-info]")].filter((button) =>
          button.checkVisibility(),
        );
        expect(found.length).toBeGreaterThan(0);
        return found;
      });
      for (const button of buttons) {
        button.focus({ focusVisible: true } as FocusOptions);
        const label = button.previousElementSibling as Element;
        const lines = label.getClientRects();
        const lastLine = lines[lines.length - 1] as DOMRect;
        // The label's box includes the room kept for the button; the words end before it.
        const words = document.createRange();
        words.selectNodeContents(label);
        const wordLines = words.getClientRects();
        const lastWords = wordLines[wordLines.length - 1] as DOMRect;
        expect(lastLine.right).toBeGreaterThanOrEqual(lastWords.right);
        // A pixel at least between them: a ring that touches the letter reads as part of it.
        expect(button.getBoundingClientRect().left - ringReach(button)).toBeGreaterThanOrEqual(lastWords.right + 1);
      }
    },
  );

  it.each(["table", "stacked"] as const)(
    "keeps a group's button ring a pixel clear of its words on either side, in the %s layout, the label where it was",
    async (layout) => {
      render(
        <div style={{ inlineSize: layout === "table" ? 1000 : 320 }}>
          <ComparisonTable data={bpoVsCallCenter} locale="fi" layout={layout} collapsibleGroups />
        </div>,
      );
      const buttons = await waitFor(() => {
        const found = [...document.querySelectorAll<HTMLElement>("button[aria-expanded]")].filter((button) =>
          button.checkVisibility(),
        );
        expect(found.length).toBeGreaterThan(0);
        return found;
      });
      for (const button of buttons) {
        button.focus({ focusVisible: true } as FocusOptions);
        const box = button.getBoundingClientRect();
        const words = document.createRange();
        words.selectNodeContents(button);
        const lines = words.getClientRects();
        const first = lines[0] as DOMRect;
        const last = lines[lines.length - 1] as DOMRect;
        // A bold letter's ink runs to its advance's end: a ring there reads as part of the letter.
        expect(
          box.right + ringReach(button) - Number.parseFloat(getComputedStyle(button).outlineWidth),
        ).toBeGreaterThanOrEqual(last.right + 1);
        expect(
          box.left - ringReach(button) + Number.parseFloat(getComputedStyle(button).outlineWidth),
        ).toBeLessThanOrEqual(first.left - 1);
        // The room is the button's own: its chevron starts where the cell's other words do.
        const cell = button.closest("th,h2,h3,h4,h5,h6") as Element;
        const start = cell.getBoundingClientRect().left + Number.parseFloat(getComputedStyle(cell).paddingInlineStart);
        expect(first.left).toBeCloseTo(start, 0);
      }
    },
  );
});
