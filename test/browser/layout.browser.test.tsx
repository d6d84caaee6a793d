import { render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import { ComparisonTable } from "../../src/index.js";

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
