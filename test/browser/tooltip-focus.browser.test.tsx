// WCAG 1.3.1 / 4.1.2 and the Accessibility page's promise: an info button or a type badge opens its
// tooltip when keyboard focus reaches it, also when that Tab has to scroll the button into view.
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import { ComparisonTable, TypeBadge } from "../../src/index.js";

/**
 * Half a second: the scroll a focus causes has been dispatched, and a tooltip closed on it would
 * have finished its closing animation (at most 160 ms) and left the page.
 */
const settle = () => new Promise<void>((done) => setTimeout(done, 500));

/** Presses Tab until the named button has focus, and returns it. */
async function tabTo(name: string): Promise<HTMLElement> {
  const target = screen.getByRole("button", { name });
  for (let step = 0; step < 40 && document.activeElement !== target; step++) await userEvent.keyboard("{Tab}");
  expect(document.activeElement).toBe(target);
  return target;
}

/** A page with a type badge below the fold (and a button after it): Tab goes from "Start" to the badge. */
async function tabToBadgeBelowTheFold(spacer = "200vh"): Promise<HTMLElement> {
  render(
    <>
      <button type="button">Start</button>
      <div style={{ blockSize: spacer }} />
      <TypeBadge type="inbound-call-center" data={bpoVsCallCenter} locale="en" />
      <button type="button">After</button>
    </>,
  );
  screen.getByRole("button", { name: "Start" }).focus();
  return tabTo("Inbound call centre");
}

describe("a tooltip reached by Tab", () => {
  it("stays open when the Tab scrolls the page to a type badge below the fold", async () => {
    const badge = await tabToBadgeBelowTheFold();
    await settle();
    expect(window.scrollY).toBeGreaterThan(0);
    const tooltip = screen.getByRole("tooltip");
    expect(tooltip).toHaveTextContent("Receives calls made to the corresponding customer-service number.");
    expect(badge).toHaveAccessibleDescription(tooltip.textContent ?? "");
  });

  it("stays open when the Tab scrolls the table's own frame to an info button under its fold", async () => {
    const { container } = render(
      <div style={{ inlineSize: 1000, "--vertailu-table-max-block-size": "260px" } as React.CSSProperties}>
        <ComparisonTable data={bpoVsCallCenter} locale="en" layout="table" />
      </div>,
    );
    const frame = container.querySelector<HTMLElement>("[data-slot=scroll-area]");
    if (!frame) throw new Error("no scroll frame");
    expect(frame.scrollHeight).toBeGreaterThan(frame.clientHeight);
    container.querySelector<HTMLElement>("[data-slot=differences-toggle]")?.focus();
    await tabTo("About Confidentiality");
    await settle();
    expect(frame.scrollTop).toBeGreaterThan(0);
    expect(screen.getByRole("tooltip")).toHaveTextContent("Compares confidentiality and control of operations.");
  });

  it("still closes on Escape, and stays closed while focus stays", async () => {
    const badge = await tabToBadgeBelowTheFold();
    await settle();
    expect(screen.getByRole("tooltip")).toBeVisible();
    await userEvent.keyboard("{Escape}");
    await settle();
    expect(screen.queryByRole("tooltip")).toBeNull();
    expect(document.activeElement).toBe(badge);
  });

  it("closes when focus leaves the trigger, and opens again when Tab comes back", async () => {
    await tabToBadgeBelowTheFold();
    await settle();
    expect(screen.getByRole("tooltip")).toBeVisible();
    await userEvent.keyboard("{Tab}");
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "After" }));
    await settle();
    expect(screen.queryByRole("tooltip")).toBeNull();
    await userEvent.keyboard("{Shift>}{Tab}{/Shift}");
    await settle();
    expect(screen.getByRole("tooltip")).toBeVisible();
  });

  it("stays open through a smooth scroll on a page that asks for one", async () => {
    document.documentElement.style.scrollBehavior = "smooth";
    try {
      await tabToBadgeBelowTheFold("300vh");
      await new Promise((done) => setTimeout(done, 1200));
      expect(window.scrollY).toBeGreaterThan(0);
      expect(screen.getByRole("tooltip")).toBeVisible();
    } finally {
      document.documentElement.style.scrollBehavior = "";
    }
  });

  it("gives way to another tooltip that a hover opens: one tooltip on screen, not two", async () => {
    render(
      <>
        <button type="button">Start</button>
        <TypeBadge type="inbound-call-center" data={bpoVsCallCenter} locale="en" />{" "}
        <TypeBadge type="outbound-call-center" data={bpoVsCallCenter} locale="en" />
      </>,
    );
    screen.getByRole("button", { name: "Start" }).focus();
    await tabTo("Inbound call centre");
    await settle();
    expect(screen.getByRole("tooltip")).toHaveTextContent("Receives calls");
    await userEvent.hover(screen.getByRole("button", { name: "Outbound call centre" }));
    await settle();
    const open = screen.getAllByRole("tooltip");
    expect(open).toHaveLength(1);
    expect(open[0]).toHaveTextContent("Makes calls to understand problems.");
  });
});
