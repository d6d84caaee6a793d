// The matrix's score fields in a real Chromium, typed into with real key presses. A native number
// field there reads the Finnish "7,5" as 75 (the comma taken for a thousands separator), whatever the
// page's or the browser's language; the score field must read it as 7.5.
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import { DecisionMatrix } from "../../src/index.js";

const verdict = (container: HTMLElement) => container.querySelector("[data-slot=verdict]");

describe("DecisionMatrix score fields in Chromium", () => {
  it("takes a Finnish decimal comma as a decimal point", async () => {
    const { container } = render(<DecisionMatrix data={bpoVsCallCenter} locale="fi" editableScores />);
    const field = screen.getByRole("spinbutton", { name: "BPO – Luottamuksellisuus" });
    await userEvent.clear(field);
    await userEvent.type(field, "7,5");
    expect(field).toHaveValue("7,5");
    expect(field).toHaveAttribute("aria-valuenow", "7.5");
    expect(verdict(container)).toHaveTextContent("BPO johtaa: 75/100.");
    await userEvent.keyboard("{Tab}");
    expect(field).toHaveValue("7,5");
  });

  it("steps with the arrow keys and leaves letters out of the score", async () => {
    const { container } = render(<DecisionMatrix data={bpoVsCallCenter} locale="en" editableScores />);
    const field = screen.getByRole("spinbutton", { name: "BPO – Confidentiality" });
    await userEvent.click(field);
    await userEvent.keyboard("{ArrowUp}{ArrowUp}");
    expect(field).toHaveValue("10");
    await userEvent.keyboard("{ArrowDown}");
    expect(field).toHaveValue("9");
    await userEvent.type(field, "x");
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveAccessibleDescription("A score is a number from 0 to 10, such as 7.5.");
    expect(verdict(container)).toHaveTextContent("BPO leads with 90/100.");
    await userEvent.keyboard("{Tab}");
    expect(field).toHaveValue("9");
    expect(field).not.toHaveAttribute("aria-invalid");
  });
});
