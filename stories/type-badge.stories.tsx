import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { bpoVsCallCenter } from "../src/data/bpo-vs-call-center.js";
import { TypeBadge } from "../src/index.js";
import { sayIn } from "./docs/say.js";

const meta = {
  title: "Components/TypeBadge",
  component: TypeBadge,
  // A showcase type with a description, so the tooltip control has one to show.
  args: { type: "inbound-call-center", data: bpoVsCallCenter, size: "md", tooltip: true },
  argTypes: {
    type: {
      control: "select",
      options: ["horizontal-bpo", "vertical-bpo", "inbound-call-center", "outbound-call-center"],
    },
    data: { control: false },
    size: { control: "inline-radio", options: ["sm", "md"] },
    locale: { control: "inline-radio", options: ["fi", "en"] },
  },
  parameters: {
    docs: {
      description: {
        component:
          "A type of an option: horizontal or vertical BPO, an inbound or outbound call centre, or any type from your data. The label is always text and each type has its own glyph, so colour is never the only signal. A type with a description offers it in a tooltip that opens on hover, on keyboard focus and on a tap or click.",
      },
    },
  },
} satisfies Meta<typeof TypeBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

const allTypes = ["horizontal-bpo", "vertical-bpo", "inbound-call-center", "outbound-call-center"] as const;

export const Default: Story = {};

export const AllTypes: Story = {
  // Every type, so the type control has nothing to choose here.
  argTypes: { type: { control: false } },
  render: (args) => (
    <div style={{ display: "flex", flexWrap: "wrap", gap: "0.5rem" }}>
      {allTypes.map((type) => (
        <TypeBadge key={type} {...args} type={type} />
      ))}
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const say = sayIn(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getByText(say("Vaakasuuntainen BPO", "Horizontal BPO"))).toBeVisible();
    await expect(canvas.getByText(say("Lähtevä puhelinkeskus", "Outbound call centre"))).toBeVisible();
  },
};

export const Sizes: Story = {
  argTypes: { size: { control: false } },
  render: (args) => (
    <div style={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: "0.5rem" }}>
      <TypeBadge {...args} size="sm" />
      <TypeBadge {...args} size="md" />
    </div>
  ),
};

/** A type with a description: Tab to the badge, hover it or tap it to read the description; Escape closes it. */
export const WithTooltip: Story = {
  args: { type: "inbound-call-center", data: bpoVsCallCenter },
  play: async ({ canvasElement, globals }) => {
    const say = sayIn(globals);
    const body = within(canvasElement.ownerDocument.body);
    const description = say(
      "Vastaanottaa puheluita, jotka on soitettu vastaavaan asiakaspalvelunumeroon.",
      "Receives calls made to the corresponding customer-service number.",
    );
    const name = say("Saapuva puhelinkeskus", "Inbound call centre");
    const button = within(canvasElement).getByRole("button", { name });
    await expect(button).toHaveAccessibleDescription(description);
    await expect(canvasElement.querySelector("[data-slot=type-badge]")).not.toHaveAttribute("tabindex");
    await userEvent.tab();
    await expect(button).toHaveFocus();
    await waitFor(() => expect(body.getByRole("tooltip")).toHaveTextContent(description));
    await expect(button).toHaveAccessibleName(name);
    await expect(button).toHaveAccessibleDescription(description);
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(body.queryByRole("tooltip")).toBeNull());
    // The focus ring is drawn around the whole pill, not inside it.
    const pill = button.closest("[data-slot=type-badge]") as HTMLElement;
    const ring = getComputedStyle(button, "::before");
    await expect(ring.outlineStyle).toBe("solid");
    await expect(getComputedStyle(button).outlineStyle).toBe("none");
    await expect(ring.position).toBe("absolute");
    await expect(ring.top).toBe(`-${getComputedStyle(pill).borderTopWidth}`);
  },
};

/** `tooltip={false}`: the same badge, with no button and no tooltip; the label alone. */
export const WithoutTooltip: Story = {
  args: { type: "inbound-call-center", data: bpoVsCallCenter, tooltip: false },
  play: async ({ canvasElement }) => {
    const badge = canvasElement.querySelector("[data-slot=type-badge]");
    await expect(badge).not.toHaveAttribute("tabindex");
    await expect(within(canvasElement).queryByRole("button")).toBeNull();
  },
};

export const CustomType: Story = {
  // A whole TypeDefinition, not one of the ids the type control offers.
  argTypes: { type: { control: false } },
  args: {
    type: {
      id: "hybrid",
      label: { fi: "Hybridi", en: "Hybrid" },
      description: { fi: "Molemmat samassa sopimuksessa.", en: "Both in one contract." },
    },
  },
};

export const Dark: Story = {
  globals: { theme: "dark" },
  argTypes: AllTypes.argTypes,
  render: AllTypes.render,
};

export const English: Story = {
  globals: { locale: "en" },
  argTypes: AllTypes.argTypes,
  render: AllTypes.render,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText("Inbound call centre")).toBeVisible();
  },
};

/**
 * An id that neither the data's `types` nor the built-in types have: the badge says so in its place,
 * and the console names it. In TypeScript a badge without `data` takes only a built-in id, so a
 * misspelt one (`"horizontl-bpo"`) is a compile error before it gets here.
 */
export const UnknownType: Story = {
  args: { type: "no-such-type" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("alert")).toHaveTextContent('unknown type "no-such-type"');
  },
};
