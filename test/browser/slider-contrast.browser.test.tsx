// WCAG 1.4.11 Non-text Contrast: the weight slider's track is what shows the reader there is a
// control and how far it goes, so it must stand at 3:1 against the surface it is drawn on. Measured
// on the pixels Chromium paints, as a reader sees them.
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import { DecisionMatrix, VertailuProvider } from "../../src/index.js";
import { contrast, pixels } from "./pixels.js";

describe("the weight slider's track", () => {
  it.each(["light", "dark"] as const)("stands at 3:1 or more against the surface in the %s theme", async (theme) => {
    const { container } = render(
      <VertailuProvider theme={theme} locale="en">
        <DecisionMatrix data={bpoVsCallCenter} />
      </VertailuProvider>,
    );
    const slider = container.querySelector<HTMLInputElement>("input[type=range]");
    if (!slider) throw new Error("no weight slider");
    const image = await pixels(await page.screenshot({ element: slider, save: false }));
    // A column of the track away from the thumb: the thumb sits at the value's share of the width.
    const share = (Number(slider.value) - Number(slider.min)) / (Number(slider.max) - Number(slider.min));
    const x = Math.round(image.width * (share < 0.5 ? 0.85 : 0.15));
    // The slider's box is taller than its track: its top row is the surface behind it.
    const surface = image.at(x, 0);
    let strongest = 1;
    for (let y = 0; y < image.height; y++) strongest = Math.max(strongest, contrast(image.at(x, y), surface));
    expect(strongest).toBeGreaterThanOrEqual(3);
  });
});
