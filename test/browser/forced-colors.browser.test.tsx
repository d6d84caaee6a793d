// Windows contrast themes (forced colours) drop backgrounds, tints and shadows. What they drop must
// not be the only thing that marks a state.
import { render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cdp } from "vitest/browser";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import { DecisionWizard } from "../../src/index.js";

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
});
