import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { bpoVsCallCenter } from "../src/data/bpo-vs-call-center.js";
import { ComparisonTable, ParameterRow, type Theme, TypeBadge, VertailuProvider } from "../src/index.js";
import { findOptionHeader } from "./docs/layout.js";

const meta = {
  title: "Components/VertailuProvider",
  component: VertailuProvider,
  // Theme and locale follow the catalogue's toolbar until a control sets them.
  args: { tooltipDelay: 300 },
  argTypes: {
    theme: { control: "inline-radio", options: ["light", "dark", "system"] },
    locale: { control: "inline-radio", options: ["fi", "en"] },
    tooltipDelay: { control: { type: "number", min: 0, max: 2000, step: 100 } },
    messages: { control: "object" },
    portalContainer: { control: false },
    children: { control: false },
  },
  parameters: {
    docs: {
      description: {
        component:
          "Wrap the vertailu components of a page (or of one part of it) in a provider: it gives them their theme (light, dark, or the reader's system setting), their locale, any of their built-in words you replace, and a layer for their tooltips. It renders one element, which paints its theme's surface and carries every `--vertailu-*` token, so set your brand's tokens on its `className`. Components used without a provider show the system theme and the data's own language.",
      },
    },
  },
  render: (args, { globals, id }) => (
    <VertailuProvider
      {...args}
      theme={args.theme ?? ((globals.theme ?? "light") as Theme)}
      locale={args.locale ?? (globals.locale as string | undefined) ?? "fi"}
    >
      {/* The components bring no outer margin: the page spaces them. */}
      <p style={{ margin: "0 0 1rem" }}>
        <TypeBadge type="vertical-bpo" data={bpoVsCallCenter} />
      </p>
      <ComparisonTable data={bpoVsCallCenter} idPrefix={id} headingLevel={3} highlightOption="bpo">
        <ParameterRow parameter="meaning" />
        <ParameterRow parameter="office" />
      </ComparisonTable>
    </VertailuProvider>
  ),
} satisfies Meta<typeof VertailuProvider>;

export default meta;

type Story = StoryObj<typeof meta>;

/** The theme and the locale come from the toolbar, or from the controls once you set them. */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const providers = canvasElement.querySelectorAll("[data-vertailu-theme]");
    const provider = providers[providers.length - 1] as HTMLElement;
    await expect(provider).toHaveAttribute("data-vertailu-theme", globals.theme ?? "light");
    await expect(provider).toHaveAttribute("lang", globals.locale ?? "fi");
    const name = globals.locale === "en" ? "Call centre" : "Puhelinkeskus";
    await expect(await findOptionHeader(provider, name)).toBeVisible();
  },
};

/**
 * The built-in words, replaced: one set for every language, or a set per language that follows the
 * locale, as here.
 */
export const YourOwnWords: Story = {
  name: "Your own words",
  args: {
    messages: {
      fi: { recommended: "Meidän valintamme" },
      en: { recommended: "Our pick" },
    },
  },
  play: async ({ canvasElement, globals }) => {
    const providers = canvasElement.querySelectorAll("[data-vertailu-theme]");
    const provider = providers[providers.length - 1] as HTMLElement;
    const word = globals.locale === "en" ? "Our pick" : "Meidän valintamme";
    await expect(within(await findOptionHeader(provider, /^BPO/)).getByText(word)).toBeVisible();
  },
};
