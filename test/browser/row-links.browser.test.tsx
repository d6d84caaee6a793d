// The decision wizard's links to the comparison table's rows, in Chromium, where what is hidden has
// no layout: a link to a row in a closed group opens that group and focuses the row.
import { render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import { ComparisonTable, DecisionWizard } from "../../src/index.js";
import { callCentreAnswers } from "../fixtures/comparisons.js";

function renderPage(layout: "table" | "stacked") {
  render(
    <div style={{ inlineSize: 900 }}>
      <ComparisonTable data={bpoVsCallCenter} locale="en" layout={layout} collapsibleGroups />
      <DecisionWizard data={bpoVsCallCenter} locale="en" defaultStep={5} defaultAnswers={callCentreAnswers} />
    </div>,
  );
}

describe("links from the wizard's result to the table's rows", () => {
  it("open the closed group of a row in the table and move focus to its header, in view", async () => {
    renderPage("table");
    const toggle = screen.getByRole("button", { name: "Key differences" });
    await userEvent.click(toggle);
    const header = screen.getByRole("rowheader", { name: "Scope", hidden: true });
    expect(header.getClientRects()).toHaveLength(0);
    await userEvent.click(await screen.findByRole("link", { name: "Scope" }));
    await waitFor(() => expect(header).toHaveFocus());
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    const box = header.getBoundingClientRect();
    expect(box.height).toBeGreaterThan(0);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(window.innerHeight);
  });

  it("go to a section where the group is open, in the stacked layout", async () => {
    renderPage("stacked");
    const bpo = screen.getByRole("region", { name: "BPO" });
    await userEvent.click(within(bpo).getByRole("button", { name: "Key differences" }));
    await userEvent.click(await screen.findByRole("link", { name: "Scope" }));
    const focused = document.activeElement as HTMLElement;
    expect(focused.tagName).toBe("DT");
    expect(focused).toHaveTextContent("Scope");
    expect(focused.closest("section")).toBe(screen.getByRole("region", { name: "Call centre" }));
  });

  it("open the group in the first section when it is closed in every one, in the stacked layout", async () => {
    renderPage("stacked");
    const toggles = screen.getAllByRole("button", { name: "Key differences" });
    for (const toggle of toggles) await userEvent.click(toggle);
    await userEvent.click(await screen.findByRole("link", { name: "Scope" }));
    const bpo = screen.getByRole("region", { name: "BPO" });
    await waitFor(() => expect(document.activeElement?.closest("section")).toBe(bpo));
    expect(document.activeElement).toHaveTextContent("Scope");
    expect((document.activeElement as HTMLElement).getClientRects().length).toBeGreaterThan(0);
    expect(toggles.map((toggle) => toggle.getAttribute("aria-expanded"))).toEqual(["true", "false"]);
  });
});
