import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import {
  type Comparison,
  ComparisonTable,
  DecisionMatrix,
  ProsConsPanel,
  TypeBadge,
  VertailuProvider,
} from "../../src/index.js";
import { minimalComparison } from "../fixtures/comparisons.js";

let logged: string[] = [];
const originalError = console.error;

beforeEach(() => {
  logged = [];
  console.error = (...args: unknown[]) => {
    logged.push(args.map(String).join(" "));
  };
});

afterEach(() => {
  console.error = originalError;
});

const broken = { ...minimalComparison(), options: [{ id: "a", name: "Only one" }] } as unknown as Comparison;

function Page() {
  return (
    <VertailuProvider locale="en">
      <h1>Intranet page</h1>
      <button type="button" onClick={(event) => event.currentTarget.setAttribute("data-clicked", "yes")}>
        Host button
      </button>
      <section aria-label="broken data">
        <ComparisonTable data={broken} />
      </section>
      <section aria-label="throwing renderer">
        <ComparisonTable
          data={minimalComparison()}
          renderCell={(_cell, { parameter }) => {
            if (parameter.id === "rating") throw new Error("custom renderer failed");
            return undefined;
          }}
        />
      </section>
      <section aria-label="working table">
        <ComparisonTable data={bpoVsCallCenter} />
      </section>
      <section aria-label="working panel">
        <ProsConsPanel data={bpoVsCallCenter} />
      </section>
      <section aria-label="working matrix">
        <DecisionMatrix data={bpoVsCallCenter} />
      </section>
      <section aria-label="broken badge">
        <TypeBadge type="no-such-type" data={bpoVsCallCenter} />
      </section>
    </VertailuProvider>
  );
}

describe("a broken instance beside working ones", () => {
  it("shows each problem in its own error box, logs it once, and leaves the rest of the page working", async () => {
    render(<Page />);

    const brokenData = screen.getByRole("region", { name: "broken data" });
    expect(within(brokenData).getByRole("alert")).toHaveTextContent("options: a comparison needs at least 2 options");

    const throwing = screen.getByRole("region", { name: "throwing renderer" });
    expect(within(throwing).getByRole("alert")).toHaveTextContent("rendering failed: custom renderer failed");

    const badge = screen.getByRole("region", { name: "broken badge" });
    expect(within(badge).getByRole("alert")).toHaveTextContent('unknown type "no-such-type"');

    const working = screen.getByRole("region", { name: "working table" });
    expect(within(working).queryByRole("alert")).toBeNull();
    await userEvent.click(within(working).getByRole("checkbox", { name: "Show differences only" }));
    expect(within(working).getByRole("status")).toHaveTextContent(/All rows shown|identical/);
    expect(
      within(screen.getByRole("region", { name: "working panel" })).getAllByRole("listitem").length,
    ).toBeGreaterThan(4);
    expect(within(screen.getByRole("region", { name: "working matrix" })).queryByRole("alert")).toBeNull();

    const host = screen.getByRole("button", { name: "Host button" });
    await userEvent.click(host);
    expect(host).toHaveAttribute("data-clicked", "yes");

    const count = (pattern: RegExp) => logged.filter((line) => pattern.test(line)).length;
    expect(count(/a comparison needs at least 2 options/)).toBe(1);
    expect(count(/custom renderer failed/)).toBe(1);
    expect(count(/no-such-type/)).toBe(1);
  });
});
