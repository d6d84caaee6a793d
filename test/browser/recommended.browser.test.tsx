// The recommended option looks the same wherever it is marked, and its mark does not push its card
// out of line with the others.
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ComparisonTable, ProsConsPanel, type Theme, VertailuProvider } from "../../src/index.js";
import { minimalComparison } from "../fixtures/comparisons.js";

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
  const [inTable, inPanel] = screen.getAllByText("Recommended");
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
    // "Recommended" is heard with the name (the hidden comma is a block here, so a space comes before it).
    const beta = screen.getByRole("heading", { name: /^Beta ?, Recommended$/ });
    expect(beta.closest("[data-recommended]")).not.toBeNull();
    expect(Math.abs(beta.getBoundingClientRect().top - alpha.getBoundingClientRect().top)).toBeLessThan(0.5);
  });
});
