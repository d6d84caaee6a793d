// What a screen reader user meets on the catalogue's own pages around the components: the intranet
// recipe, which hosts copy, the brand recipe and the theme playground of the Theming page.
import { composeStories } from "@storybook/react-vite";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import preview from "../../.storybook/preview.js";
import { VertailuProvider } from "../../src/index.js";
import { ThemePlayground } from "../../stories/docs/theme-playground.js";
import { IntranetPage } from "../../stories/recipes/intranet-page.js";
import * as recipes from "../../stories/recipes.stories.js";

// The stories as the catalogue shows them: in its provider, Finnish by default.
const { BrandTheme } = composeStories(recipes, preview);

describe("the intranet recipe's showcase page", () => {
  it("holds its content in a main landmark, after the page's banner", () => {
    render(<IntranetPage theme="light" />);
    // A reader jumping to the main content lands on the comparison, not on nothing.
    const main = screen.getByRole("main");
    expect(within(main).getByRole("table", { name: "BPO ja puhelinkeskus rinnakkain" })).toBeInTheDocument();
    expect(within(main).getByRole("region", { name: "Edut ja haitat" })).toBeInTheDocument();
    expect(within(main).getByRole("complementary", { name: "Johtopäätös" })).toBeInTheDocument();
    expect(within(main).getByRole("region", { name: /^Etkö ole varma\?/ })).toBeInTheDocument();
    // The title and the language switch stay in the banner, outside the main content.
    const banner = screen.getByRole("banner");
    expect(within(banner).getByRole("heading", { level: 1 })).toBeInTheDocument();
    expect(main.contains(banner)).toBe(false);
  });
});

describe("the brand theme recipe", () => {
  it("has its brand.css, English CSS, read in English inside a Finnish catalogue", () => {
    render(<BrandTheme />);
    const summary = screen.getByText("brand.css");
    expect(summary.closest("[lang]")).toHaveAttribute("lang", "en");
    const code = summary.closest("details")?.querySelector("code");
    expect(code).toBeInTheDocument();
    expect(code?.closest("[lang]")).toHaveAttribute("lang", "en");
    // The recipe's own words and its components stay in the catalogue's language.
    expect(screen.getByText(/^Samat komponentit/).closest("[lang]")).toHaveAttribute("lang", "fi");
  });
});

describe("the theme playground", () => {
  it("has each slider's value told once, by the slider, not again from a live region", () => {
    render(<ThemePlayground locale="fi" />);
    for (const [name, value, told] of [
      ["Radius", "7", "7px"],
      ["Stack below", "640", "640px"],
    ] as const) {
      const slider = screen.getByRole("slider", { name });
      fireEvent.change(slider, { target: { value } });
      // The slider says its value with the unit the readout beside it shows.
      expect(slider).toHaveAttribute("aria-valuetext", told);
      // No status or other live region repeats it after the slider.
      for (const status of screen.queryAllByRole("status")) expect(status).not.toHaveTextContent(told);
      const readout = screen.getByText(told);
      expect(
        readout.closest("[aria-live]:not([aria-live=off]), [role=status], output:not([aria-hidden=true])"),
      ).toBeNull();
    }
  });

  it("has its English words read in English inside a Finnish catalogue", () => {
    // The catalogue wraps every example in a provider of the toolbar's locale, Finnish by default.
    render(
      <VertailuProvider locale="fi">
        <ThemePlayground locale="fi" />
      </VertailuProvider>,
    );
    for (const words of ["The CSS for these settings", "Accent, light theme", /^Light theme, the accent as text/]) {
      expect(screen.getByText(words).closest("[lang]")).toHaveAttribute("lang", "en");
    }
    // The CSS itself is code, not Finnish.
    const code = document.querySelector(".docs-playground__css code");
    expect(code?.closest("[lang]")).toHaveAttribute("lang", "en");
    // The table it shows stays in the catalogue's language.
    expect(screen.getByRole("table", { name: "BPO vs puhelinkeskus" }).closest("[lang]")).toHaveAttribute("lang", "fi");
  });
});
