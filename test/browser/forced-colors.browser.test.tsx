// Windows contrast themes (forced colours) drop backgrounds, tints and shadows. What they drop must
// not be the only thing that marks a state.
import { render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cdp, userEvent } from "vitest/browser";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import { DecisionMatrix, DecisionWizard } from "../../src/index.js";

const emulate = (value: "active" | "none") =>
  cdp().send("Emulation.setEmulatedMedia", { features: [{ name: "forced-colors", value }] });

beforeEach(() => emulate("active"));
afterEach(() => emulate("none"));

/** The colour the browser gives a system colour keyword, as computed styles report it. */
function systemColour(keyword: string): string {
  const probe = document.createElement("span");
  probe.style.color = keyword;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

describe("in forced colours", () => {
  it("marks the wizard's chosen answer with a second Highlight line, not its radio alone", () => {
    expect(matchMedia("(forced-colors: active)").matches).toBe(true);
    render(<DecisionWizard data={bpoVsCallCenter} locale="en" defaultAnswers={{ "back-office": "yes" }} />);
    const chosen = screen.getByRole("radio", { name: "Yes" }).closest("label") as HTMLElement;
    const other = screen.getByRole("radio", { name: "No" }).closest("label") as HTMLElement;
    const highlight = systemColour("Highlight");
    const frame = (label: HTMLElement) => {
      const style = getComputedStyle(label);
      return { border: style.borderTopColor, outline: style.outlineStyle, outlineColour: style.outlineColor };
    };
    expect(frame(chosen)).toEqual({ border: highlight, outline: "solid", outlineColour: highlight });
    expect(frame(other).outline).toBe("none");
    expect(frame(other).border).not.toBe(highlight);
  });

  it("keeps the matrix's verdict a box with its bar, and fills the leader's bar with Highlight", () => {
    const { container } = render(<DecisionMatrix data={bpoVsCallCenter} locale="en" />);
    const verdict = getComputedStyle(container.querySelector("[data-slot=verdict]") as Element);
    // Its tint is gone: a line on every side, not only the bar at its start, draws its box.
    for (const side of ["Top", "Right", "Bottom", "Left"] as const) {
      expect(verdict.getPropertyValue(`border-${side.toLowerCase()}-style`)).toBe("solid");
      expect(Number.parseFloat(verdict.getPropertyValue(`border-${side.toLowerCase()}-width`))).toBeGreaterThan(0);
    }
    const fills = [...container.querySelectorAll(".vertailu-decision-matrix__bar-fill")].map(
      (bar) => getComputedStyle(bar).fill,
    );
    expect(fills[0]).toBe(systemColour("Highlight"));
    expect(fills[1]).not.toBe(fills[0]);
  });

  it("draws a score field whose text is no score with a dashed border, as its doubled one is gone", async () => {
    render(<DecisionMatrix data={bpoVsCallCenter} locale="en" editableScores />);
    const field = screen.getByRole("spinbutton", { name: "BPO – Confidentiality" });
    const other = screen.getByRole("spinbutton", { name: "Call centre – Confidentiality" });
    await userEvent.fill(field, "high");
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(getComputedStyle(field).borderTopStyle).toBe("dashed");
    expect(getComputedStyle(other).borderTopStyle).toBe("solid");
  });
});
