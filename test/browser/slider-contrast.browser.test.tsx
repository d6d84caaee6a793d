// WCAG 1.4.11 Non-text Contrast: the weight slider's track is what shows the reader there is a
// control and how far it goes, so it must stand at 3:1 against the surface it is drawn on. Measured
// on the pixels Chromium paints, as a reader sees them.
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import { DecisionMatrix, VertailuProvider } from "../../src/index.js";

type Rgb = [number, number, number];

function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The pixels of a PNG (base64) as Chromium decodes them. */
async function pixels(base64: string) {
  const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("no 2d context");
  context.drawImage(bitmap, 0, 0);
  const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
  return {
    width,
    height,
    at: (x: number, y: number): Rgb => [
      data[(y * width + x) * 4] ?? 0,
      data[(y * width + x) * 4 + 1] ?? 0,
      data[(y * width + x) * 4 + 2] ?? 0,
    ],
  };
}

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
