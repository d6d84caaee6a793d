// Valid data as editors write it at its longest: one-word Finnish compounds and pasted addresses,
// option names of a sentence, a dozen options. Every word stays readable inside its component.
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import {
  type Comparison,
  ComparisonTable,
  DecisionMatrix,
  ProsConsPanel,
  safeParseComparison,
} from "../../src/index.js";

/** A 300-character word with no place to break it. */
const longWord = "työterveyshuoltopalvelusopimusneuvottelukokouspöytäkirjaliite".repeat(5).slice(0, 300);

/** Names of one short word or several: each word fits a twelfth of a 1280 px matrix. */
const names = [
  "Tuki Oy",
  "Oma tiimi",
  "Kumppani X",
  "Palvelu A ja B",
  "Con",
  "Sisäinen tuki ja neuvonta",
  "BPO",
  "Keskus Y",
  "Hybridi",
  "Ulkoinen tuki",
  "Yhteinen",
  "Lähi",
];

/** A valid comparison of `options` options and three scored parameters, changed by `edit`. */
function comparison(options: number, edit: (data: Comparison) => void = () => {}): Comparison {
  const ids = Array.from({ length: options }, (_, index) => `o${index + 1}`);
  const data: Comparison = {
    schemaVersion: 1,
    id: "long",
    title: "Vaihtoehdot",
    defaultLocale: "fi",
    options: ids.map((id, index) => ({
      id,
      name: names[index % names.length] ?? id,
      pros: ["Joustava"],
      cons: ["Kallis"],
    })),
    parameters: ["a", "b", "c"].map((parameter, row) => ({
      id: parameter,
      label: `Parametri ${parameter}`,
      description: "Kuvaus",
      values: Object.fromEntries(
        ids.map((id, index) => [id, { kind: "text", text: "arvo", score: (index + row) % 11 }]),
      ),
    })),
  };
  edit(data);
  const parsed = safeParseComparison(data);
  if (!parsed.success) throw new Error(parsed.error.message);
  return parsed.data;
}

const box = (element: Element | null | undefined) => {
  if (!element) throw new Error("no element");
  return element.getBoundingClientRect();
};

/** Whether `element`'s content fits it: nothing overflows sideways. */
const fits = (element: Element | null) => {
  if (!element) throw new Error("no element");
  return element.scrollWidth <= element.clientWidth + 1;
};

describe("the decision matrix's table of scores", () => {
  it("keeps the scores in view beside a parameter label of one 300-character word", () => {
    const data = comparison(2, (draft) => {
      (draft.parameters[0] as { label: string }).label = longWord;
    });
    const { container } = render(
      <div style={{ inlineSize: 1200 }}>
        <DecisionMatrix data={data} locale="fi" />
      </div>,
    );
    const frame = container.querySelector(".vertailu-decision-matrix__scroll");
    const header = screen.getByRole("rowheader", { name: longWord });
    expect(box(header).width).toBeLessThanOrEqual(box(container.firstElementChild).width / 2 + 1);
    expect(fits(frame)).toBe(true);
    const score = header.parentElement?.querySelector("td");
    expect(box(score).left).toBeGreaterThanOrEqual(box(header).right - 1);
    expect(box(score).right).toBeLessThanOrEqual(box(frame).right + 1);
  });

  it("gives twelve options equal columns, their names wrapping between words", () => {
    const { container } = render(
      <div style={{ inlineSize: 1280 }}>
        <DecisionMatrix data={comparison(12)} locale="fi" />
      </div>,
    );
    const widths = [...container.querySelectorAll(".vertailu-decision-matrix__table thead th")].map(
      (cell) => box(cell).width,
    );
    expect(widths).toHaveLength(13);
    // The parameters' column keeps its own least width; the options share the rest alike.
    const options = widths.slice(1);
    expect(Math.max(...options) - Math.min(...options)).toBeLessThanOrEqual(2);
    expect(fits(container.querySelector(".vertailu-decision-matrix__scroll"))).toBe(true);
  });

  it("wraps option names of 150 characters rather than push an option out of view", () => {
    const sentence = "Ulkoistettu asiakaspalvelu, joka hoitaa puhelut, sähköpostit ja chatin ".repeat(3).slice(0, 150);
    const data = comparison(2, (draft) => {
      for (const option of draft.options) (option as { name: string }).name = sentence;
    });
    const { container } = render(
      <div style={{ inlineSize: 1280 }}>
        <DecisionMatrix data={data} locale="fi" />
      </div>,
    );
    expect(fits(container.querySelector(".vertailu-decision-matrix__scroll"))).toBe(true);
  });
});

describe("the pros and cons of twelve options", () => {
  it("puts them in rows of cards no narrower than --vertailu-column-min-width, all inside the panel", () => {
    const { container } = render(
      <div style={{ inlineSize: 768 }}>
        <ProsConsPanel data={comparison(12)} locale="fi" />
      </div>,
    );
    const panel = container.querySelector("[data-slot=pros-cons-panel]");
    const cards = [...container.querySelectorAll(".vertailu-pros-cons__option")].map(box);
    expect(cards).toHaveLength(12);
    for (const card of cards) {
      expect(card.width).toBeGreaterThanOrEqual(160);
      expect(card.right).toBeLessThanOrEqual(box(panel).right + 1);
    }
    expect(new Set(cards.map((card) => Math.round(card.top))).size).toBeGreaterThan(1);
    expect(fits(panel)).toBe(true);
    for (const heading of container.querySelectorAll(".vertailu-pros-cons__group-heading"))
      expect(fits(heading)).toBe(true);
  });

  it("gives five options in two rows columns of one width, the last row's too", () => {
    const { container } = render(
      <div style={{ inlineSize: 768 }}>
        <ProsConsPanel data={comparison(5)} locale="fi" />
      </div>,
    );
    const cards = [...container.querySelectorAll(".vertailu-pros-cons__option")].map(box);
    expect(new Set(cards.map((card) => Math.round(card.top))).size).toBe(2);
    expect(new Set(cards.map((card) => Math.round(card.width))).size).toBe(1);
  });

  it("keeps two options side by side in one row, as before", () => {
    const { container } = render(
      <div style={{ inlineSize: 768 }}>
        <ProsConsPanel data={comparison(2)} locale="fi" />
      </div>,
    );
    const [first, second] = [...container.querySelectorAll(".vertailu-pros-cons__option")].map(box);
    expect(first?.top).toBe(second?.top);
  });
});

describe("long words in the table's caption and in a tooltip", () => {
  it("wraps a caption of one 300-character word to the width in view", () => {
    const data = comparison(2, (draft) => {
      draft.title = longWord;
      draft.description = longWord;
    });
    const { container } = render(
      <div style={{ inlineSize: 1000 }}>
        <ComparisonTable data={data} locale="fi" layout="table" />
      </div>,
    );
    for (const part of container.querySelectorAll(
      ".vertailu-comparison-table__title, .vertailu-comparison-table__description",
    )) {
      expect(fits(part)).toBe(true);
      expect(box(part).right).toBeLessThanOrEqual(box(container.firstElementChild).right);
    }
  });

  it("wraps a parameter description of one 300-character word inside its tooltip", async () => {
    const data = comparison(2, (draft) => {
      (draft.parameters[0] as { description: string }).description = longWord;
    });
    render(
      <div style={{ inlineSize: 1000 }}>
        <ComparisonTable data={data} locale="fi" layout="table" />
      </div>,
    );
    await userEvent.hover(screen.getByRole("button", { name: "Tietoa: Parametri a" }));
    const tooltip = await screen.findByRole("tooltip");
    const content = tooltip.closest("[data-slot=tooltip]") ?? tooltip;
    expect(fits(content)).toBe(true);
    expect(box(content).width).toBeLessThanOrEqual(321);
  });
});

describe("a number with a long unit", () => {
  it("wraps inside its cell, in the table and in the stacked layout, rather than run over the next column", () => {
    const data = comparison(6, (draft) => {
      (draft.parameters[0] as { values: Record<string, unknown> }).values = Object.fromEntries(
        draft.options.map((option) => [
          option.id,
          { kind: "number", value: 12.5, unit: "€ / kk / käyttäjä (alv 0 %)" },
        ]),
      );
    });
    const { container } = render(
      <div style={{ inlineSize: 1000 }}>
        <ComparisonTable data={data} locale="fi" layout="table" />
        <div style={{ inlineSize: 200 }}>
          <ComparisonTable data={data} locale="fi" layout="stacked" idPrefix="stacked" />
        </div>
      </div>,
    );
    const cells = container.querySelectorAll('[data-kind="number"]');
    expect(cells).toHaveLength(12);
    for (const cell of cells) {
      expect(cell).toHaveTextContent("12,5 € / kk / käyttäjä (alv 0 %)");
      expect(fits(cell)).toBe(true);
    }
    // The first option's value ends before the second option's column begins.
    const [first, second] = container.querySelectorAll("td[data-kind='number']");
    const range = document.createRange();
    range.selectNodeContents(first as Node);
    expect(range.getBoundingClientRect().right).toBeLessThanOrEqual(box(second).left);
  });
});
