import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { bpoVsCallCenter } from "../src/data/bpo-vs-call-center.js";
import { type Comparison, ProsConsPanel } from "../src/index.js";
import { minimalComparison as fixture } from "../test/fixtures/comparisons.js";
import { bilingual } from "./docs/bilingual.js";
import { sayIn } from "./docs/say.js";

const meta = {
  title: "Components/ProsConsPanel",
  component: ProsConsPanel,
  args: { data: bpoVsCallCenter, option: "bpo", headingLevel: 3, variant: "card" },
  argTypes: {
    // The comparison as JSON to edit: data that does not validate shows the component's own error box.
    data: { control: "object" },
    option: { control: "select", options: ["bpo", "call-center"] },
    options: { control: "check", options: ["bpo", "call-center"] },
    messages: { control: false },
    locale: { control: "inline-radio", options: ["fi", "en"] },
    headingLevel: { control: "inline-radio", options: [1, 2, 3, 4, 5, 6] },
    variant: { control: "inline-radio", options: ["card", "compact"] },
  },
  parameters: {
    docs: {
      description: {
        component:
          "The pros and cons of one option, or of several side by side, from the same `Comparison` the table reads. Use it under a comparison table to give the reasons behind the rows, or alone where a reader weighs one option: in an article, a sidebar or a printout. Pros and cons are lists under their own headings, and each item carries a plus or a minus shape, so colour is never the only signal; weighted items show a small bar with the weight as text. Options sit side by side while the container is at least `--vertailu-stack-below` wide and stack when it is narrower. With `structuredData` it also emits schema.org pros and cons markup (JSON-LD) for search engines.",
      },
    },
  },
} satisfies Meta<typeof ProsConsPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

const both = ["bpo", "call-center"];

export const Bpo: Story = {
  name: "BPO",
  play: async ({ canvasElement, globals }) => {
    const say = sayIn(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 3, name: "BPO" })).toBeVisible();
    await expect(canvas.getByRole("list", { name: say("Edut", "Pros") }).querySelectorAll("li")).toHaveLength(4);
    await expect(canvas.getByRole("list", { name: say("Haitat", "Cons") }).querySelectorAll("li")).toHaveLength(2);
  },
};

export const CallCenter: Story = {
  name: "Call centre",
  args: { option: "call-center", showDescription: true },
};

/** The two option sections' boxes, first and second. */
function optionRects(canvasElement: HTMLElement) {
  const [first, second] = [...canvasElement.querySelectorAll("[data-slot=pros-cons-option]")].map((section) =>
    section.getBoundingClientRect(),
  );
  if (!first || !second) throw new Error("expected two option sections");
  return [first, second] as const;
}

export const SideBySide: Story = {
  args: { option: undefined, options: both },
  argTypes: { option: { control: false } },
  play: async ({ canvasElement }) => {
    // Whatever width this runs at, the layout must follow the token: side by side at or above
    // --vertailu-stack-below, stacked below it.
    const panel = canvasElement.querySelector<HTMLElement>("[data-slot=pros-cons-panel]");
    if (!panel) throw new Error("no panel");
    const probe = panel.ownerDocument.createElement("div");
    probe.style.inlineSize = "var(--vertailu-stack-below)";
    panel.append(probe);
    const threshold = probe.getBoundingClientRect().width;
    probe.remove();
    const [first, second] = optionRects(canvasElement);
    if (panel.clientWidth >= threshold) {
      await expect(second.top).toBe(first.top);
      await expect(second.left).not.toBe(first.left);
    } else {
      await expect(second.top).toBeGreaterThanOrEqual(first.bottom);
    }
  },
};

/** Long texts and an unbroken word: lines wrap inside their column and nothing spills over. */
const longText = (what: { fi: string; en: string }, index: number) => ({
  fi: `${what.fi} ${index + 1}: ${"Pitkä perustelu, joka jatkuu ja jatkuu useamman rivin yli, jotta rivitys näkyy. ".repeat(index + 2)}`,
  en: `${what.en} ${index + 1}: ${"A long reason that goes on and on over several lines, so the wrapping shows. ".repeat(index + 2)}`,
});
const longComparison: Comparison = {
  ...bpoVsCallCenter,
  options: bpoVsCallCenter.options.map((option, optionIndex) => ({
    ...option,
    name:
      optionIndex === 0
        ? {
            fi: "Liiketoimintaprosessien ulkoistaminen kansainvälisille palveluntarjoajille",
            en: "Business process outsourcing to international service providers",
          }
        : option.name,
    pros: Array.from({ length: 5 }, (_, index) => longText({ fi: "Etu", en: "Pro" }, index)),
    cons: [
      ...Array.from({ length: 3 }, (_, index) => longText({ fi: "Haitta", en: "Con" }, index)),
      // One unbroken word, as Finnish compounds are.
      {
        fi: "Asiakaspalvelunumerokeskittymäkustannuslaskentajärjestelmäuudistus",
        en: "Customerservicenumberconsolidationcostaccountingsystemoverhaul",
      },
    ],
  })),
};

export const LongContent: Story = {
  args: { data: longComparison, option: undefined, options: both, showDescription: true },
  argTypes: { option: { control: false } },
};

/** The tests' small comparison, its words written in Finnish and English. */
const minimalComparison = () => bilingual(fixture());

/** Weighted items, built from the test fixture: weights 0 to 5, a fractional one, and an option with no pros. */
const weighted: Comparison = (() => {
  const data = minimalComparison();
  const [alpha, beta] = data.options;
  if (!alpha || !beta) throw new Error("the fixture has two options");
  // In both languages, as the panel's own words are: a Finnish page reads no English items.
  alpha.pros = [
    { text: { fi: "Nopea aloittaa", en: "Fast to start" }, weight: 5 },
    { text: { fi: "Tiimille tuttu", en: "Familiar to the team" }, weight: 3 },
    { text: { fi: "Edullinen kokeilu", en: "Cheap pilot" }, weight: 0 },
  ];
  alpha.cons = [
    { text: { fi: "Kallis laajana", en: "Costly at scale" }, weight: 2.5 },
    { fi: "Toimittajaan sitoutuminen", en: "Vendor lock-in" },
  ];
  beta.pros = [];
  beta.cons = [{ text: { fi: "Hidas käyttöönotto", en: "Slow to roll out" }, weight: 4 }];
  return data;
})();

export const Weights: Story = {
  args: { data: weighted, option: undefined, options: ["a", "b"] },
  argTypes: { option: { control: false }, options: { control: "check", options: ["a", "b"] } },
  play: async ({ canvasElement, globals }) => {
    const say = sayIn(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getByText(say("painoarvo 5/5", "weight 5 of 5"))).toBeVisible();
    await expect(canvas.getByText(say("painoarvo 2,5/5", "weight 2.5 of 5"))).toBeVisible();
    await expect(canvas.getByText(say("Ei mainittu", "None listed"))).toBeVisible();
    // The pill; the heading says the word too, to a screen reader only.
    await expect(
      canvas.getByText(say("Suositeltu", "Recommended"), { selector: "[data-slot=recommended]" }),
    ).toBeVisible();
  },
};

export const Compact: Story = {
  args: { option: undefined, options: both, variant: "compact" },
  argTypes: { option: { control: false } },
};

export const Dark: Story = {
  args: { data: weighted, option: undefined, options: ["a", "b"] },
  argTypes: { option: { control: false }, options: { control: "check", options: ["a", "b"] } },
  globals: { theme: "dark" },
};

export const RightToLeft: Story = {
  args: { data: weighted, option: undefined, options: ["a", "b"] },
  argTypes: { option: { control: false }, options: { control: "check", options: ["a", "b"] } },
  globals: { dir: "rtl" },
};

export const English: Story = {
  args: { option: undefined, options: both },
  argTypes: { option: { control: false } },
  globals: { locale: "en" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "Call centre" })).toBeVisible();
    await expect(canvas.getAllByRole("heading", { level: 4, name: "Pros" })).toHaveLength(2);
    await expect(canvas.getAllByRole("heading", { level: 4, name: "Cons" })).toHaveLength(2);
  },
};

export const StructuredData: Story = {
  args: { option: undefined, options: both, structuredData: true },
  play: async ({ canvasElement, globals }) => {
    const say = sayIn(globals);
    const script = canvasElement.querySelector('script[type="application/ld+json"]');
    await expect(script).not.toBeNull();
    const json = JSON.parse(script?.textContent ?? "");
    const [bpo, callCenter] = json["@graph"];
    await expect(bpo).toMatchObject({ "@type": "Product", name: "BPO" });
    await expect(bpo.positiveNotes["@type"]).toBe("ItemList");
    await expect(bpo.positiveNotes.itemListElement).toHaveLength(4);
    await expect(bpo.positiveNotes.itemListElement[0]).toEqual({
      "@type": "ListItem",
      position: 1,
      name: say(
        "IT-toimintojen vahvan tukijärjestelmän tarjoaminen.",
        "Providing a strong support system for IT functions.",
      ),
    });
    await expect(callCenter.name).toBe(say("Puhelinkeskus", "Call centre"));
    await expect(callCenter.negativeNotes.itemListElement.length).toBeGreaterThan(0);
  },
};

export const NarrowContainer: Story = {
  args: { option: undefined, options: both },
  argTypes: { option: { control: false } },
  render: (args) => (
    <div style={{ inlineSize: 320, maxInlineSize: "100%" }}>
      <ProsConsPanel {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const [first, second] = optionRects(canvasElement);
    // Stacked: the second option starts below the first and both take the full width.
    await expect(second.top).toBeGreaterThanOrEqual(first.bottom);
    await expect(Math.round(second.left)).toBe(Math.round(first.left));
    await expect(Math.round(second.width)).toBe(Math.round(first.width));
  },
};

export const UnknownOption: Story = {
  args: { option: "no-such-option" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("alert")).toHaveTextContent('unknown option id "no-such-option"');
  },
};
