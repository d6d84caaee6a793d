import { render, screen, waitFor, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import { ComparisonTable, DecisionMatrix, DecisionWizard, ProsConsPanel, TypeBadge } from "../../src/index.js";
import { callCentreAnswers, minimalComparison } from "../fixtures/comparisons.js";
import { generateComparison } from "../fixtures/generate.js";
import { contrast, pixels, type Rgb } from "./pixels.js";

describe("the stacked layout follows the table's own container", () => {
  it.each([
    [320, "stacked"],
    // Narrower than --vertailu-stack-below (576 px) stacks; as wide shows the table, as the pros
    // and cons panel and the matrix do.
    [575, "stacked"],
    [576, "table"],
    [600, "table"],
    [1200, "table"],
  ])("in a %i px container shows the %s layout", async (width, expected) => {
    render(
      <div style={{ inlineSize: width }}>
        <ComparisonTable data={bpoVsCallCenter} locale="en" />
      </div>,
    );
    if (expected === "stacked") {
      await waitFor(() => expect(screen.getByRole("region", { name: "BPO" })).toBeVisible());
      expect(screen.queryByRole("table")).toBeNull();
    } else {
      expect(screen.getByRole("table")).toBeVisible();
      expect(screen.queryByRole("region", { name: "BPO" })).toBeNull();
    }
  });

  it("switches when --vertailu-stack-below changes, with no resize", async () => {
    const { container } = render(
      <div style={{ inlineSize: 800 }}>
        <ComparisonTable data={bpoVsCallCenter} locale="en" />
      </div>,
    );
    expect(screen.getByRole("table")).toBeVisible();
    (container.firstElementChild as HTMLElement).style.setProperty("--vertailu-stack-below", "1000px");
    await waitFor(() => expect(screen.getByRole("region", { name: "Call centre" })).toBeVisible());
    expect(screen.queryByRole("table")).toBeNull();
  });
});

describe("links to a row while the stacked layout shows", () => {
  it("lead from the wizard's result to the parameter's name in the first option's section", async () => {
    const user = userEvent.setup();
    render(
      <>
        <div style={{ inlineSize: 320 }}>
          <ComparisonTable data={bpoVsCallCenter} locale="en" />
        </div>
        <DecisionWizard data={bpoVsCallCenter} locale="en" defaultStep={5} defaultAnswers={callCentreAnswers} />
      </>,
    );
    const section = await screen.findByRole("region", { name: "BPO" });
    // The table's row header is in the page, but the stacked layout hides it.
    const rowHeader = document.getElementById("bpo-vs-call-center-row-scope");
    expect(rowHeader).not.toBeNull();
    expect(rowHeader).not.toBeVisible();
    await user.click(await screen.findByRole("link", { name: "Scope" }));
    const focused = document.activeElement as HTMLElement;
    expect(focused.tagName).toBe("DT");
    expect(focused).toHaveTextContent("Scope");
    expect(focused).toBeVisible();
    expect(section).toContainElement(focused);
  });
});

/** The elements that reach past the box's left or right edge, leaving out what a scroll area holds. */
const outside = (box: HTMLElement) => {
  const { left, right } = box.getBoundingClientRect();
  const scrolled = (element: HTMLElement) => {
    for (let parent = element.parentElement; parent && parent !== box; parent = parent.parentElement) {
      if (getComputedStyle(parent).overflowX !== "visible") return true;
    }
    return false;
  };
  return [...box.querySelectorAll<HTMLElement>("*")]
    .filter((element) => {
      const rect = element.getBoundingClientRect();
      return rect.width > 0 && (rect.left < left - 0.5 || rect.right > right + 0.5) && !scrolled(element);
    })
    .map((element) => element.textContent?.slice(0, 30));
};

describe("a phone at 200% zoom: a panel 180 px wide", () => {
  it("keeps the wizard's question inside its panel, breaking a word longer than the line", () => {
    render(
      <div style={{ inlineSize: 180 }}>
        <DecisionWizard data={bpoVsCallCenter} locale="fi" />
      </div>,
    );
    const panel = document.querySelector<HTMLElement>("[data-slot=decision-wizard]") as HTMLElement;
    expect(screen.getByRole("heading", { name: /henkilöstöhallintoon/ })).toBeVisible();
    expect(outside(panel)).toEqual([]);
  });

  it("keeps the stacked table's cards inside it, breaking a word longer than the line", async () => {
    const data = minimalComparison();
    data.parameters = data.parameters.map((parameter, index) =>
      index === 0 ? { ...parameter, label: "Asiakaspalvelunumerokeskittymä" } : parameter,
    );
    const { container } = render(
      <div style={{ inlineSize: 180 }}>
        <ComparisonTable data={data} locale="fi" />
      </div>,
    );
    await screen.findByRole("region", { name: "Alpha" });
    expect(outside(container.firstElementChild as HTMLElement)).toEqual([]);
  });

  it("lets the matrix's parameter column scroll with the scores, which it would otherwise hide", () => {
    const { rerender } = render(
      <div style={{ inlineSize: 180 }}>
        <DecisionMatrix data={bpoVsCallCenter} locale="en" editableScores />
      </div>,
    );
    const header = () => screen.getAllByRole("rowheader")[0] as HTMLElement;
    expect(getComputedStyle(header()).position).toBe("static");
    rerender(
      <div style={{ inlineSize: 600 }}>
        <DecisionMatrix data={bpoVsCallCenter} locale="en" editableScores />
      </div>,
    );
    expect(getComputedStyle(header()).position).toBe("sticky");
  });

  it("fades the score table's cut-off edge until it is scrolled, so it reads as going on", async () => {
    render(
      <div style={{ inlineSize: 180 }}>
        <DecisionMatrix data={bpoVsCallCenter} locale="en" editableScores />
      </div>,
    );
    const frame = document.querySelector<HTMLElement>("[data-slot=scores]") as HTMLElement;
    await waitFor(() => expect(frame).toHaveAttribute("data-state", "overflowing"));
    expect(getComputedStyle(frame).maskImage).toMatch(/^linear-gradient\(to left, /);
    frame.scrollLeft = 40;
    await waitFor(() => expect(frame).toHaveAttribute("data-state", "scrolled"));
    expect(getComputedStyle(frame).maskImage).toBe("none");
  });
});

describe("a phone at 200% zoom, on a page with 16 px margins: a panel 148 px wide", () => {
  it("keeps the matrix's weight sliders and their values inside its panel", () => {
    render(
      <div style={{ inlineSize: 148 }}>
        <DecisionMatrix data={bpoVsCallCenter} locale="fi" />
      </div>,
    );
    const panel = document.querySelector<HTMLElement>("[data-slot=decision-matrix]") as HTMLElement;
    expect(screen.getAllByRole("slider").length).toBeGreaterThan(0);
    expect(outside(panel)).toEqual([]);
  });

  it("keeps a weighted pro's weight, bar and words, inside its card", () => {
    const data = minimalComparison();
    render(
      <div style={{ inlineSize: 148 }}>
        <ProsConsPanel data={data} options={["a"]} locale="fi" />
      </div>,
    );
    const card = document.querySelector<HTMLElement>("[data-slot=pros-cons-option]") as HTMLElement;
    expect(screen.getByText("painoarvo 3/5")).toBeVisible();
    expect(outside(card)).toEqual([]);
  });

  it("keeps the BPO table's stacked cards, type badges and notes inside it", async () => {
    const { container } = render(
      <div style={{ inlineSize: 148 }}>
        <ComparisonTable data={bpoVsCallCenter} locale="fi" />
      </div>,
    );
    await screen.findByRole("region", { name: "BPO" });
    expect(screen.getAllByText("Vaakasuuntainen BPO").length).toBeGreaterThan(0);
    expect(outside(container.firstElementChild as HTMLElement)).toEqual([]);
  });

  it("keeps a type badge in a host's flex row inside it, breaking its one long word only there", () => {
    const { container } = render(
      <div style={{ inlineSize: 120, display: "flex", gap: 8 }}>
        <TypeBadge type="horizontal-bpo" locale="fi" />
      </div>,
    );
    expect(outside(container.firstElementChild as HTMLElement)).toEqual([]);
  });

  it("keeps the error box's words inside it, the component's name too", () => {
    const { container } = render(
      <div style={{ inlineSize: 148 }}>
        <ComparisonTable data={{ id: "x" } as never} locale="fi" />
      </div>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("(ComparisonTable)");
    expect(outside(container.firstElementChild as HTMLElement)).toEqual([]);
  });
});

describe("in-page links in the stacked layout", () => {
  it("scroll the note's reference into view clear of the screen's top edge, focus ring and all", async () => {
    await page.viewport(320, 300);
    try {
      // The note on the first option's first value: far above the notes at the end.
      const data = minimalComparison();
      Object.assign(data.parameters[0]?.values ?? {}, { a: { kind: "text", text: "plain", note: "First" } });
      Object.assign(data.parameters[5]?.values ?? {}, { b: { kind: "unknown" } });
      render(
        <div style={{ inlineSize: 300 }}>
          <ComparisonTable data={data} locale="en" />
        </div>,
      );
      await screen.findByRole("region", { name: "Alpha" });
      const back = screen.getByRole("link", { name: /Back to the comparison/ });
      back.scrollIntoView({ block: "end" });
      const reference = screen
        .getAllByRole("link", { name: "Note 1" })
        .find((link) => link.getClientRects().length > 0) as HTMLElement;
      expect(reference.getBoundingClientRect().bottom).toBeLessThan(0);
      await userEvent.click(back);
      expect(reference).toHaveFocus();
      const ring = Number.parseFloat(getComputedStyle(reference).outlineWidth) || 0;
      expect(reference.getBoundingClientRect().top).toBeGreaterThanOrEqual(ring + 2);
    } finally {
      await page.viewport(414, 896);
    }
  });
});

describe("a tooltip on a narrow screen", () => {
  it("stays inside the screen, clear of its edges, with its padding and border", async () => {
    await page.viewport(200, 600);
    try {
      render(<TypeBadge type="inbound-call-center" data={bpoVsCallCenter} locale="fi" />);
      await userEvent.click(screen.getByRole("button", { name: "Saapuva puhelinkeskus" }));
      const tooltip = (await screen.findByRole("tooltip")).closest<HTMLElement>("[data-slot=tooltip]") as HTMLElement;
      const box = tooltip.getBoundingClientRect();
      // Clear of both edges by the 8 px the tooltip keeps from anything that would clip it.
      expect(box.left).toBeGreaterThanOrEqual(8);
      expect(box.right).toBeLessThanOrEqual(192);
    } finally {
      await page.viewport(414, 896);
    }
  });
});

describe("type badges in a table cell", () => {
  // WCAG 1.4.12: a reader's own letter, word and line spacing must not push text out of its box.
  it.each([
    ["the stylesheet's spacing", ""],
    [
      "a reader's wider text spacing",
      "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }",
    ],
  ])("keep their words inside the pill with %s", async (_name, css) => {
    const style = document.createElement("style");
    style.textContent = css;
    document.head.append(style);
    try {
      const { container } = render(
        <div style={{ inlineSize: 600 }}>
          <ComparisonTable data={bpoVsCallCenter} locale="fi" layout="table" />
        </div>,
      );
      const badges = [...container.querySelectorAll<HTMLElement>("td [data-slot=type-badge]")];
      expect(badges).toHaveLength(4);
      for (const badge of badges) {
        const pill = badge.getBoundingClientRect();
        const words = badge.querySelector(".vertailu-type-badge__label")?.getBoundingClientRect();
        if (!words) throw new Error("no label");
        expect(words.left).toBeGreaterThanOrEqual(pill.left);
        expect(words.right).toBeLessThanOrEqual(pill.right);
        // And inside the cell, so nothing is cut off at the table's frame.
        const cell = badge.closest("td")?.getBoundingClientRect();
        expect(pill.right).toBeLessThanOrEqual((cell?.right ?? 0) + 0.5);
      }
    } finally {
      style.remove();
    }
  });
});

describe("a type badge wrapped onto more lines than one", () => {
  /** The label's lines, as the browser laid them out: each line's box. */
  function lines(badge: HTMLElement) {
    const label = badge.querySelector(".vertailu-type-badge__label");
    if (!label) throw new Error("no label");
    const range = document.createRange();
    range.selectNodeContents(label);
    const byTop = new Map<number, DOMRect>();
    for (const rect of range.getClientRects()) {
      const top = Math.round(rect.top);
      const seen = byTop.get(top);
      byTop.set(top, seen ? new DOMRect(seen.left, seen.top, rect.right - seen.left, seen.height) : rect);
    }
    return [...byTop.values()].sort((a, b) => a.top - b.top);
  }

  it("keeps its glyph beside the first word, on the first line, in the 600 px BPO table", () => {
    const { container } = render(
      <div style={{ inlineSize: 600 }}>
        <ComparisonTable data={bpoVsCallCenter} locale="fi" layout="table" />
      </div>,
    );
    const badges = [...container.querySelectorAll<HTMLElement>("td [data-slot=type-badge]")];
    expect(badges).toHaveLength(4);
    for (const badge of badges) {
      const [first] = lines(badge);
      const glyph = badge.querySelector("svg")?.getBoundingClientRect();
      if (!first || !glyph) throw new Error("no label or glyph");
      expect(Math.abs(glyph.top + glyph.height / 2 - (first.top + first.height / 2))).toBeLessThan(1);
      expect(glyph.right).toBeLessThanOrEqual(first.left);
    }
  });

  // "Outbound call centre" fits on one line from about 171 px: narrower, "Outbound call" would fit on
  // the first line and leave "centre" alone on the second.
  it.each([136, 150, 164])(
    "in a table cell %i px wide, keeps its glyph on the first line and its lines even",
    (width) => {
      render(
        <ul className="vertailu-cell-types" style={{ inlineSize: width }}>
          <li>
            <TypeBadge type="outbound-call-center" data={bpoVsCallCenter} locale="en" size="sm" />
          </li>
        </ul>,
      );
      const badge = document.querySelector<HTMLElement>("[data-slot=type-badge]") as HTMLElement;
      const found = lines(badge);
      expect(found.length).toBeGreaterThan(1);
      const [first] = found;
      const glyph = badge.querySelector("svg")?.getBoundingClientRect();
      if (!first || !glyph) throw new Error("no label or glyph");
      expect(Math.abs(glyph.top + glyph.height / 2 - (first.top + first.height / 2))).toBeLessThan(1);
      // No last word left alone on a line far shorter than the ones above it.
      const widths = found.map((line) => line.width);
      expect(Math.min(...widths) / Math.max(...widths)).toBeGreaterThan(0.6);
    },
  );
});

describe("a parameter's info button (ⓘ)", () => {
  /** Widths at which some ⓘ does not sit on its label's last line. */
  function orphans(container: HTMLElement, resize: (width: number) => void, widths: number[]) {
    const found: string[] = [];
    for (const width of widths) {
      resize(width);
      for (const button of container.querySelectorAll<HTMLElement>("[data-slot=parameter-info]")) {
        // The label: its own element, or (without one) the text before the button.
        const label = button.previousElementSibling ?? button.parentElement?.firstChild;
        const range = document.createRange();
        if (label) range.selectNode(label);
        const lines = label instanceof Element ? label.getClientRects() : range.getClientRects();
        const last = lines?.[lines.length - 1];
        if (!last) throw new Error("an info button without its label before it");
        const box = button.getBoundingClientRect();
        const middle = (box.top + box.bottom) / 2;
        if (!(middle > last.top && middle < last.bottom)) found.push(`${width}: ${button.getAttribute("aria-label")}`);
      }
    }
    return found;
  }
  const widths = Array.from({ length: 81 }, (_, index) => 120 + index * 2);

  it("stays on the last line of its label in the stacked layout, taking the last word with it", async () => {
    const { container } = render(
      <div style={{ inlineSize: 400 }}>
        <ComparisonTable data={bpoVsCallCenter} locale="fi" layout="stacked" />
      </div>,
    );
    const frame = container.firstElementChild as HTMLElement;
    const stackedWidths = widths.map((width) => width + 100);
    expect(orphans(container, (width) => (frame.style.inlineSize = `${width}px`), stackedWidths)).toEqual([]);
  });

  it("stays on the last line of its label in the table's row headers, whatever the column's width", async () => {
    const { container } = render(<ComparisonTable data={bpoVsCallCenter} locale="fi" layout="table" />);
    const table = container.firstElementChild as HTMLElement;
    const resize = (width: number) => table.style.setProperty("--vertailu-first-column-width", `${width}px`);
    expect(orphans(container, resize, widths)).toEqual([]);
  });
});

describe("the decision matrix's introduction in Finnish", () => {
  it("keeps the range 0–100 on one line at every width from a phone's down", async () => {
    const { container } = render(
      <div style={{ inlineSize: 360 }}>
        <DecisionMatrix data={bpoVsCallCenter} locale="fi" />
      </div>,
    );
    const frame = container.firstElementChild as HTMLElement;
    const intro = container.querySelector(".vertailu-decision-matrix__intro") as HTMLElement;
    const text = intro.firstChild as Text;
    const at = (part: string) => {
      const range = document.createRange();
      const start = (text.textContent ?? "").indexOf(part);
      expect(start).toBeGreaterThan(-1);
      range.setStart(text, start);
      range.setEnd(text, start + part.length);
      return range.getBoundingClientRect().top;
    };
    const split: number[] = [];
    for (let width = 360; width >= 160; width -= 2) {
      frame.style.inlineSize = `${width}px`;
      if (at("0–") !== at("100.")) split.push(width);
    }
    expect(split).toEqual([]);
  });
});

describe("focus across a switch of layout (a zoom to 400 %, a narrower window)", () => {
  /** The showcase table 800 px wide, and a switch of its layout as a zoom makes one: its container query flips. */
  function renderSwitchable() {
    const { container } = render(
      <div style={{ inlineSize: 800 }}>
        <ComparisonTable data={bpoVsCallCenter} locale="en" />
      </div>,
    );
    const frame = container.firstElementChild as HTMLElement;
    return {
      stack: async () => {
        frame.style.setProperty("--vertailu-stack-below", "1000px");
        await waitFor(() => expect(screen.getByRole("region", { name: "Call centre" })).toBeVisible());
      },
      unstack: async () => {
        frame.style.setProperty("--vertailu-stack-below", "100px");
        await waitFor(() => expect(screen.getByRole("table")).toBeVisible());
      },
    };
  }

  it("moves from a row's info button in the table to that row in the stacked layout, and back", async () => {
    const { stack, unstack } = renderSwitchable();
    screen.getByRole("button", { name: "About Pay" }).focus();
    // The table, and the focused button in it, are hidden.
    await stack();
    await waitFor(() => expect(document.activeElement?.tagName).toBe("DT"));
    expect(document.activeElement).toHaveTextContent(/^Pay/);
    expect(document.activeElement?.closest("section")).toHaveAccessibleName("BPO");

    await unstack();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("rowheader", { name: "Pay" })));
  });

  it("moves from a control in a cell (a type badge, a note's number) to that cell's row, and back", async () => {
    const { stack, unstack } = renderSwitchable();
    screen.getByRole("button", { name: /^Inbound call centre/ }).focus();
    await stack();
    await waitFor(() => expect(document.activeElement?.tagName).toBe("DT"));
    expect(document.activeElement).toHaveTextContent("Most common types");

    // In the stacked layout: the note's number in the call centre's confidentiality cell.
    const callCentre = screen.getByRole("region", { name: "Call centre" });
    within(callCentre).getByRole("link", { name: "Note 3" }).focus();
    await unstack();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole("rowheader", { name: "Confidentiality" })),
    );
  });

  it("leaves focus where the reader took it, outside the table", async () => {
    const { container } = render(
      <div>
        <button type="button">Host button</button>
        <div style={{ inlineSize: 800 }}>
          <ComparisonTable data={bpoVsCallCenter} locale="en" />
        </div>
      </div>,
    );
    screen.getByRole("button", { name: "About Pay" }).focus();
    screen.getByRole("button", { name: "Host button" }).focus();
    const table = container.querySelector("[data-slot=comparison-table]") as HTMLElement;
    table.style.setProperty("--vertailu-stack-below", "1000px");
    await waitFor(() => expect(screen.getByRole("region", { name: "Call centre" })).toBeVisible());
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Host button" }));
  });
});

describe("the decision wizard's result", () => {
  it("shows no empty list when the page has no table for its links", async () => {
    const { container } = render(
      <DecisionWizard data={bpoVsCallCenter} locale="en" defaultAnswers={callCentreAnswers} defaultStep={5} />,
    );
    await waitFor(() => expect(screen.getByRole("heading", { name: /Recommendation/ })).toBeVisible());
    const list = container.querySelector(".vertailu-decision-wizard__links");
    expect(list).toHaveAttribute("hidden");
    expect(getComputedStyle(list as Element).display).toBe("none");
  });
});

describe("a table wider than its frame, scrolled sideways to its far end", () => {
  function renderWide(dir: "ltr" | "rtl", stickyFirstColumn = true) {
    // Tall as well as wide: the frame then has a vertical scrollbar, which takes width from the view.
    const generated = generateComparison({ options: 8, parameters: 40 });
    const data = {
      ...generated,
      description:
        "What the comparison is about, in words enough to run past the frame's width if they had the table's.",
      groups: generated.groups?.map((group) => ({ ...group, description: `What the ${group.id} rows hold` })),
    };
    const { container } = render(
      <div dir={dir} style={{ inlineSize: 640 }}>
        {/* What takes width from the frame's view: a desktop scrollbar (the test browser hides them), or here
            a host's thicker frame border at its end. */}
        <style>{"[data-slot=scroll-area] { border-inline-end-width: 20px; }"}</style>
        <ComparisonTable data={data} locale="en" layout="table" stickyFirstColumn={stickyFirstColumn} />
      </div>,
    );
    const frame = container.querySelector<HTMLElement>("[data-slot=scroll-area]");
    if (!frame) throw new Error("no scroll frame");
    expect(frame.scrollWidth).toBeGreaterThan(frame.clientWidth * 1.5);
    expect(frame.scrollHeight).toBeGreaterThan(frame.clientHeight);
    // Right-to-left frames scroll towards negative offsets.
    frame.scrollLeft = dir === "rtl" ? -frame.scrollWidth : frame.scrollWidth;
    expect(Math.abs(frame.scrollLeft)).toBeGreaterThan(0);
    const groupLabels = [...frame.querySelectorAll<HTMLElement>("th[scope=rowgroup]")].map(
      (header) => header.firstElementChild as HTMLElement,
    );
    expect(groupLabels.map((label) => label.textContent)).toEqual([
      "BasicsWhat the basics rows hold",
      "DetailsWhat the details rows hold",
    ]);
    const texts = [
      screen.getByText("Comparison 8 × 40"),
      screen.getByText(/^What the comparison is about/),
      ...groupLabels,
      screen.getByText("What the basics rows hold"),
    ];
    return { frame, texts };
  }

  /** Whether the element's box lies in the frame's view: inside its borders, clear of any scrollbar. */
  const inView = (element: HTMLElement, frame: HTMLElement) => {
    const box = element.getBoundingClientRect();
    const left = frame.getBoundingClientRect().left + frame.clientLeft;
    const right = left + frame.clientWidth;
    return box.width > 0 && box.left >= left - 0.5 && box.right <= right + 0.5;
  };

  it.each(["ltr", "rtl"] as const)(
    "keeps the caption's title and description and each group's label and description in view (%s)",
    (dir) => {
      const { frame, texts } = renderWide(dir);
      for (const text of texts) expect(inView(text, frame), text.textContent ?? "").toBe(true);
    },
  );

  it("lets them scroll away with the table when the parameter column does not stick", () => {
    const { frame, texts } = renderWide("ltr", false);
    for (const text of texts) expect(inView(text, frame), text.textContent ?? "").toBe(false);
  });
});

describe("a caption written per locale", () => {
  it("names the table's scroll frame, once the table scrolls", async () => {
    render(
      <div style={{ inlineSize: 600, blockSize: 300 }}>
        <ComparisonTable
          data={bpoVsCallCenter}
          caption={{ fi: "Ulkoistuksen vaihtoehdot", en: "Outsourcing options" }}
          layout="table"
          locale="en"
          style={{ "--vertailu-table-max-block-size": "200px" } as React.CSSProperties}
        />
      </div>,
    );
    const frame = await screen.findByRole("region", { name: "Outsourcing options (scrollable area)" });
    expect(frame).toHaveAttribute("tabindex", "0");
  });
});

describe("the table's toolbar and title", () => {
  /** The top of the first line of `element`'s own words. */
  const textTop = (element: Element | null) => {
    const range = document.createRange();
    range.selectNodeContents(element as Element);
    return range.getClientRects()[0]?.top ?? Number.NaN;
  };

  it("sets the toggle's words, the picker's legend and its options' names on one line", () => {
    const { container } = render(
      <div style={{ inlineSize: 1200 }}>
        <ComparisonTable data={generateComparison({ options: 8, parameters: 4 })} locale="en" />
      </div>,
    );
    const tops = [
      textTop(container.querySelector(".vertailu-comparison-table__toggle span")),
      textTop(container.querySelector(".vertailu-comparison-table__picker legend")),
      textTop(container.querySelector(".vertailu-comparison-table__choice span")),
    ];
    for (const top of tops) expect(Math.abs(top - (tops[0] as number))).toBeLessThanOrEqual(1);
  });

  it("keeps the stacked layout's title further from the toolbar than from the first card it heads", async () => {
    const { container } = render(
      <div style={{ inlineSize: 320 }}>
        <ComparisonTable data={bpoVsCallCenter} locale="en" />
      </div>,
    );
    const card = await screen.findByRole("region", { name: "BPO" });
    const toolbar = container.querySelector(".vertailu-comparison-table__toolbar") as HTMLElement;
    const caption = container.querySelector(".vertailu-comparison-table__stacked-view > *") as HTMLElement;
    const above = caption.getBoundingClientRect().top - toolbar.getBoundingClientRect().bottom;
    const below = card.getBoundingClientRect().top - caption.getBoundingClientRect().bottom;
    expect(above).toBeGreaterThan(below);
  });

  it("draws no shadow seam between two sticky headers once the table scrolls under them", async () => {
    const { container } = render(
      <div style={{ inlineSize: 400 }}>
        <ComparisonTable
          data={generateComparison({ options: 2, parameters: 60 })}
          locale="en"
          layout="table"
          style={{ ["--vertailu-table-max-block-size" as string]: "300px" }}
        />
      </div>,
    );
    const frame = container.querySelector(".vertailu-comparison-table__scroll") as HTMLElement;
    const second = container.querySelectorAll(".vertailu-comparison-table__column-header")[1] as HTMLElement;
    // Where the two option headers meet, from just under their top edge down past their words: as
    // it looks before the table scrolls (its divider and all), with no shadow of a neighbour on it.
    const meeting = async () => {
      const image = await pixels(await page.screenshot({ element: frame, save: false }));
      const frameBox = frame.getBoundingClientRect();
      const box = second.getBoundingClientRect();
      const scale = image.width / frameBox.width;
      const spots = [];
      for (let dx = -4; dx <= 2; dx++) {
        for (const dy of [6, 12, 20, 28]) {
          spots.push(
            image.at(
              Math.round((box.left - frameBox.left + dx) * scale),
              Math.round((box.top - frameBox.top + dy) * scale),
            ),
          );
        }
      }
      return spots;
    };
    const before = await meeting();
    frame.scrollTop = 400;
    await waitFor(() => expect(frame).toHaveAttribute("data-scrolled-block"));
    const after = await meeting();
    // A neighbour's shadow darkened the meeting line to 1.12:1 against how it was; what may be left
    // is the hairline of the cells' anti-aliased edges over the rows beneath (about 1.05:1).
    for (const [index, spot] of after.entries()) expect(contrast(spot, before[index] as Rgb)).toBeLessThan(1.08);
  });
});

describe("the pros and cons of options side by side", () => {
  /** Each option card's name, pros heading, cons heading and last item, by role, in reading order. */
  function parts(container: HTMLElement, names: string[]) {
    return [...container.querySelectorAll<HTMLElement>("[data-slot=pros-cons-option]")].map((card, index) => {
      const inCard = within(card);
      const cons = inCard.getByRole("list", { name: names[1] ?? "" });
      return {
        card: card.getBoundingClientRect(),
        name: inCard.getAllByRole("heading")[0]?.getBoundingClientRect() as DOMRect,
        pros: inCard.getByRole("heading", { name: names[0] }).getBoundingClientRect(),
        cons: inCard.getByRole("heading", { name: names[1] }).getBoundingClientRect(),
        prosList: inCard.getByRole("list", { name: names[0] }).getBoundingClientRect(),
        lastCon: (cons.lastElementChild as HTMLElement).getBoundingClientRect(),
        index,
      };
    });
  }

  it.each([
    ["card", false],
    ["card", true],
    ["compact", false],
  ] as const)(
    "line up their cons headings, though their pros differ in length (%s, descriptions: %s)",
    (variant, showDescription) => {
      const { container } = render(
        <div style={{ inlineSize: 1000 }}>
          <ProsConsPanel data={bpoVsCallCenter} locale="fi" variant={variant} showDescription={showDescription} />
        </div>,
      );
      const [bpo, callCentre] = parts(container, ["Edut", "Haitat"]);
      if (!bpo || !callCentre) throw new Error("expected two options");
      expect(bpo.card.top).toBe(callCentre.card.top);
      // BPO has four pros and the call centre five: the lists differ in length, the headings do not move apart.
      expect(Math.abs(bpo.prosList.height - callCentre.prosList.height)).toBeGreaterThan(10);
      expect(Math.abs(bpo.name.top - callCentre.name.top)).toBeLessThan(0.5);
      expect(Math.abs(bpo.pros.top - callCentre.pros.top)).toBeLessThan(0.5);
      expect(Math.abs(bpo.cons.top - callCentre.cons.top)).toBeLessThan(0.5);
      // Each heading still comes after its option's pros, as it reads.
      for (const each of [bpo, callCentre]) expect(each.cons.top).toBeGreaterThan(each.prosList.bottom);
    },
  );

  it("start each name at its card's top, though a neighbour's name takes two lines", () => {
    const data = structuredClone(bpoVsCallCenter);
    const [bpo] = data.options;
    if (!bpo) throw new Error("expected two options");
    bpo.name = { fi: "Liiketoimintaprosessien ulkoistaminen kansainvälisille palveluntarjoajille" };
    const { container } = render(
      <div style={{ inlineSize: 800 }}>
        <ProsConsPanel data={data} locale="fi" />
      </div>,
    );
    const [long, short] = parts(container, ["Edut", "Haitat"]);
    if (!long || !short) throw new Error("expected two options");
    // The long name wraps; the short one is on one line, level with the long one's first line.
    expect(long.name.height).toBeGreaterThan(short.name.height * 1.5);
    expect(Math.abs(long.name.top - short.name.top)).toBeLessThan(0.5);
    expect(Math.abs(long.pros.top - short.pros.top)).toBeLessThan(0.5);
  });

  it("line up the cons headings of each row of cards when the cards fill two rows", () => {
    const data = structuredClone(bpoVsCallCenter);
    const [bpo, callCentre] = data.options;
    if (!bpo || !callCentre) throw new Error("expected two options");
    data.options = [bpo, callCentre, { ...bpo, id: "bpo-2" }, { ...callCentre, id: "call-center-2" }];
    for (const parameter of data.parameters)
      Object.assign(parameter.values, {
        "bpo-2": parameter.values.bpo,
        "call-center-2": parameter.values["call-center"],
      });
    // Columns of at least 300 px in 720: two rows of two cards.
    const { container } = render(
      <div style={{ inlineSize: 720 }}>
        <ProsConsPanel data={data} locale="fi" style={{ ["--vertailu-column-min-width" as string]: "300px" }} />
      </div>,
    );
    const cards = parts(container, ["Edut", "Haitat"]);
    expect(cards).toHaveLength(4);
    const [first, second, third, fourth] = cards as [
      (typeof cards)[0],
      (typeof cards)[0],
      (typeof cards)[0],
      (typeof cards)[0],
    ];
    expect(first.card.top).toBe(second.card.top);
    expect(third.card.top).toBe(fourth.card.top);
    expect(third.card.top).toBeGreaterThan(first.card.bottom);
    expect(Math.abs(first.cons.top - second.cons.top)).toBeLessThan(0.5);
    expect(Math.abs(third.cons.top - fourth.cons.top)).toBeLessThan(0.5);
  });

  it("keep each option's cons under its pros however wide, so the cons line up across them", () => {
    const { container } = render(
      <div style={{ inlineSize: 1400 }}>
        <ProsConsPanel data={bpoVsCallCenter} locale="en" />
      </div>,
    );
    const [bpo, callCentre] = parts(container, ["Pros", "Cons"]);
    if (!bpo || !callCentre) throw new Error("expected two options");
    for (const each of [bpo, callCentre]) expect(each.cons.top).toBeGreaterThan(each.prosList.bottom);
    expect(Math.abs(bpo.cons.top - callCentre.cons.top)).toBeLessThan(0.5);
  });

  it("puts one option's pros and cons side by side when it is wide enough, their headings on one line", () => {
    const { container } = render(
      <div style={{ inlineSize: 800 }}>
        <ProsConsPanel data={bpoVsCallCenter} option="bpo" locale="en" />
      </div>,
    );
    const [bpo] = parts(container, ["Pros", "Cons"]);
    if (!bpo) throw new Error("expected the option");
    expect(Math.abs(bpo.cons.top - bpo.pros.top)).toBeLessThan(0.5);
    expect(bpo.cons.left).toBeGreaterThan(bpo.prosList.right);
    // No room kept below the lists for a row the cons would take under the pros.
    expect(bpo.card.bottom - Math.max(bpo.prosList.bottom, bpo.lastCon.bottom)).toBeLessThan(20);
  });

  it("stack in a narrow container, each option's cons under its own pros and before the next option", () => {
    const { container } = render(
      <div style={{ inlineSize: 400 }}>
        <ProsConsPanel data={bpoVsCallCenter} locale="en" />
      </div>,
    );
    const [bpo, callCentre] = parts(container, ["Pros", "Cons"]);
    if (!bpo || !callCentre) throw new Error("expected two options");
    expect(bpo.cons.top).toBeGreaterThan(bpo.prosList.bottom);
    expect(callCentre.card.top).toBeGreaterThan(bpo.lastCon.bottom);
    // The cons keep their distance from the pros above them, and the card its padding below them.
    expect(bpo.cons.top - bpo.prosList.bottom).toBeGreaterThanOrEqual(12);
    expect(bpo.card.bottom - bpo.lastCon.bottom).toBeLessThan(20);
  });
});
