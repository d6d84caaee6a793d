import { render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import { ComparisonTable, VertailuProvider } from "../../src/index.js";

/**
 * The kind of host page the library must survive with styles.css alone: global rules that reset
 * every table element, a huge root font size, and host variables named like common tokens.
 * It is added after vertailu's styles, as a host theme usually is.
 */
const hostileCss = `
  html { font-size: 40px; }
  table, thead, tbody, tr, td, th, caption { all: unset; }
  :root { --color-accent: red; --radius: 40px; --font-family: "Comic Sans MS"; --space-2: 90px; --border: 9px solid red; }
`;

let style: HTMLStyleElement;
beforeEach(() => {
  style = document.head.appendChild(document.createElement("style"));
  style.textContent = hostileCss;
});
afterEach(() => style.remove());

const px = (value: string) => Number.parseFloat(value);

describe("a hostile host page", () => {
  it("still shows a correct, readable table with styles.css", () => {
    render(
      <div style={{ inlineSize: 1000 }}>
        <VertailuProvider locale="en" theme="light">
          <ComparisonTable data={bpoVsCallCenter} />
        </VertailuProvider>
      </div>,
    );
    expect(getComputedStyle(document.documentElement).fontSize).toBe("40px");
    const table = screen.getByRole("table", { name: /BPO vs call centre/ });
    expect(getComputedStyle(table).display).toBe("table");
    const caption = table.querySelector("caption") as HTMLElement;
    expect(getComputedStyle(caption).display).toBe("table-caption");
    const header = within(table).getByRole("columnheader", { name: "Call centre" });
    expect(getComputedStyle(header).display).toBe("table-cell");
    expect(getComputedStyle(header.parentElement as HTMLElement).display).toBe("table-row");
    const cell = within(table).getAllByRole("cell")[0] as HTMLElement;
    const cellStyle = getComputedStyle(cell);
    expect(cellStyle.display).toBe("table-cell");
    expect(px(cellStyle.fontSize)).toBe(14);
    expect(px(cellStyle.paddingTop)).toBe(10);
    expect(px(cellStyle.paddingInlineStart)).toBe(12);
    expect(cellStyle.borderBottomStyle).toBe("solid");
    // Columns line up: every option column has the width of the first.
    const widths = within(table)
      .getAllByRole("columnheader")
      .map((column) => Math.round(column.getBoundingClientRect().width));
    expect(new Set(widths).size).toBe(1);
    expect(getComputedStyle(header).fontWeight).toBe("600");
  });
});
