// A host's brand and a host's CSS reset, as an intranet that themes vertailu has them: what the
// components draw must survive both, and the reader's own settings must win over the brand.
import { render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { cdp, page } from "vitest/browser";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import {
  ComparisonTable,
  DecisionMatrix,
  DecisionWizard,
  ProsConsPanel,
  type Theme,
  VertailuProvider,
} from "../../src/index.js";
import { contrast, pixels } from "./pixels.js";

const emulate = (name: string, value: string) =>
  cdp().send("Emulation.setEmulatedMedia", { features: [{ name, value }] });

/** Host CSS, added to the page for one test. */
function hostCss(text: string) {
  const style = document.createElement("style");
  style.className = "host-css";
  style.textContent = text;
  document.head.append(style);
}

afterEach(async () => {
  for (const style of document.querySelectorAll(".host-css")) style.remove();
  await emulate("forced-colors", "none");
  await emulate("prefers-reduced-motion", "no-preference");
});

/** The brand a host sets on its provider, as the Theming page shows it. */
const brand = ".my-brand { --vertailu-color-accent: light-dark(#8a1c53, #f29bc4); --vertailu-motion-duration: 200ms; }";

function branded(children: React.ReactNode, theme: Theme = "light") {
  return render(
    <VertailuProvider className="my-brand" theme={theme} locale="en">
      {children}
    </VertailuProvider>,
  );
}

describe("the reader's settings over a host's brand", () => {
  it("draws the accent, and the slider's thumb, in the system's Highlight under forced colours", async () => {
    hostCss(brand);
    await emulate("forced-colors", "active");
    const { container } = branded(<DecisionMatrix data={bpoVsCallCenter} />);
    const provider = container.querySelector("[data-slot=provider]") as HTMLElement;
    expect(getComputedStyle(provider).getPropertyValue("--vertailu-color-accent").trim()).toBe("Highlight");
    // Without forced colours the brand is there.
    await emulate("forced-colors", "none");
    expect(getComputedStyle(provider).getPropertyValue("--vertailu-color-accent").trim()).toMatch(/#8a1c53/);
    await emulate("forced-colors", "active");
    // The thumb, as painted, also with the brand on the matrix itself, below the provider's
    // tokens: at its value's share of the slider, it stands out from the surface.
    container.remove();
    render(
      <VertailuProvider locale="en">
        <DecisionMatrix data={bpoVsCallCenter} className="my-brand" />
      </VertailuProvider>,
    );
    const slider = screen.getAllByRole("slider")[0] as HTMLInputElement;
    const image = await pixels(await page.screenshot({ element: slider, save: false }));
    // Along the slider's middle row, the thumb is the one run of pixels wider than a border that
    // stands out from the surface (the track's fill is the surface's Canvas here).
    const surface = image.at(0, 0);
    const middle = Math.round(image.height / 2);
    let run = 0;
    let longest = 0;
    for (let x = 0; x < image.width; x++) {
      run = contrast(image.at(x, middle), surface) >= 3 ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    expect(longest).toBeGreaterThanOrEqual(8);
  });

  it("moves nothing under reduced motion, whatever duration the brand sets", async () => {
    hostCss(brand);
    await emulate("prefers-reduced-motion", "reduce");
    branded(<DecisionWizard data={bpoVsCallCenter} />);
    const answer = screen.getAllByRole("radio")[0]?.closest("label") as HTMLElement;
    expect(getComputedStyle(answer).transitionDuration).toBe("0s");
    await emulate("prefers-reduced-motion", "no-preference");
    expect(getComputedStyle(answer).transitionDuration).toBe("0.2s");
  });
});

/**
 * What a Tailwind-style preflight does to the elements vertailu draws, in a cascade layer as
 * Tailwind 4 puts it (an unlayered reset outweighs the :where() rules by design: see the README).
 */
const reset = `@layer base {
  ol, ul, menu { list-style: none; margin: 0; padding: 0 }
  a { color: inherit; text-decoration: inherit }
  h1, h2, h3, h4, h5, h6 { font-size: inherit; font-weight: inherit }
}`;

describe("a host's CSS reset", () => {
  it("leaves the notes' numbers, the sources' bullets, the links' underline and the ranks' numbers", async () => {
    hostCss(reset);
    const { container } = branded(
      <>
        <ComparisonTable data={bpoVsCallCenter} />
        <DecisionMatrix data={bpoVsCallCenter} />
      </>,
    );
    const style = (selector: string) => getComputedStyle(container.querySelector(selector) as Element);
    expect(style(".vertailu-comparison-table__footnotes").listStyleType).toBe("decimal");
    expect(style(".vertailu-comparison-table__sources").listStyleType).toBe("disc");
    expect(style("[data-slot=note-ref]").textDecorationLine).toBe("underline");
    expect(style(".vertailu-comparison-table__notes a").textDecorationLine).toBe("underline");
    expect(style("[data-slot=ranking]").listStyleType).toBe("decimal");
  });

  it("leaves the stacked layout's headings bold", async () => {
    hostCss(reset);
    render(
      <div style={{ inlineSize: 360 }}>
        <ComparisonTable data={bpoVsCallCenter} locale="en" />
      </div>,
    );
    const heading = await screen.findByRole("heading", { name: /^BPO/ });
    expect(getComputedStyle(heading).fontWeight).toBe("600");
  });
});

describe("a host's class on a component", () => {
  it("with a font size on the table, still stacks the table in a narrow container", async () => {
    hostCss(".my-table { font-size: 13px }");
    render(
      <div style={{ inlineSize: 360 }}>
        <ComparisonTable data={bpoVsCallCenter} locale="en" className="my-table" />
      </div>,
    );
    await waitFor(() => expect(screen.getByRole("region", { name: "BPO" })).toBeVisible());
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("with a wider weight bar, still fills the whole track at a weight of 5", () => {
    const data = structuredClone(bpoVsCallCenter);
    const option = data.options[0] as { pros?: unknown[] };
    option.pros = [{ text: { fi: "Paljon", en: "A lot" }, weight: 5 }];
    const { container } = render(
      <div style={{ "--vertailu-weight-bar-width": "80px" } as React.CSSProperties}>
        <ProsConsPanel data={data} options={["bpo"]} locale="en" />
      </div>,
    );
    const track = container.querySelector(".vertailu-pros-cons__weight-bar")?.getBoundingClientRect();
    const fill = container.querySelector(".vertailu-pros-cons__weight-fill")?.getBoundingClientRect();
    expect(track?.width).toBe(80);
    expect(fill?.width).toBeCloseTo(80, 0);
  });
});
