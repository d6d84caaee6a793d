import { render, screen, waitFor } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import { ComparisonTable, DecisionWizard } from "../../src/index.js";

describe("the stacked layout follows the table's own container", () => {
  it.each([
    [320, "stacked"],
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
        <DecisionWizard
          data={bpoVsCallCenter}
          locale="en"
          defaultStep={5}
          defaultAnswers={{
            "back-office": "yes",
            "customer-calls": "yes",
            scope: "local",
            confidentiality: "not-critical",
            "hidden-costs": "no",
          }}
        />
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
