import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, spyOn, userEvent, waitFor, within } from "storybook/test";
import { bpoVsCallCenter } from "../src/data/bpo-vs-call-center.js";
import { type Comparison, ComparisonTable, CsvDownloadButton, ParameterRow } from "../src/index.js";
import { minimalComparison as fixture } from "../test/fixtures/comparisons.js";
import { generateComparison } from "../test/fixtures/generate.js";
import { bilingual } from "./docs/bilingual.js";
import { findOptionHeader, findOptionHeaders, findParameterHeaders, findView, tableLayout } from "./docs/layout.js";
import { sayIn } from "./docs/say.js";
import "./brand-theme.css";

/** "components-comparisontable--english" → "english". */
const storyPrefix = (storyId: string) => storyId.split("--")[1] ?? storyId;

const meta = {
  title: "Components/ComparisonTable",
  component: ComparisonTable,
  subcomponents: { ParameterRow, CsvDownloadButton } as Record<string, React.ComponentType<unknown>>,
  args: {
    data: bpoVsCallCenter,
    // Uncontrolled, with the callbacks logged in the Actions panel.
    onDifferencesOnlyChange: fn(),
    onVisibleOptionsChange: fn(),
  },
  // Controls for what a reader would try; elements, functions and controlled state are set in code.
  argTypes: {
    // The comparison as JSON to edit: data that does not validate shows the component's own error box.
    data: { control: "object" },
    children: { control: false },
    caption: { control: "text" },
    toolbar: { control: false },
    renderCell: { control: false },
    messages: { control: false },
    locale: { control: "inline-radio", options: ["fi", "en"] },
    highlightOption: { control: "text" },
    differencesOnly: { control: false },
    defaultDifferencesOnly: { control: false },
    visibleOptions: { control: false },
    defaultVisibleOptions: { control: false },
    options: { control: false },
    onDifferencesOnlyChange: { control: false },
    onVisibleOptionsChange: { control: false },
  },
  // The docs page shows every story at once, and ids must be unique in a page: as two tables on one
  // intranet page would, each story gives its table an id prefix of its own.
  render: (args, { id }) => <ComparisonTable idPrefix={storyPrefix(id)} {...args} />,
  parameters: {
    docs: {
      description: {
        component:
          "Options in columns, parameters in rows, grouped, on one `Comparison`. A native table with a caption, column and row headers; sticky header and first column; differences only; a recommended column; numbered notes linked both ways; sources. In a narrow container (below `--vertailu-stack-below`) it stacks into one section per option. Give it `ParameterRow` children to show a subset in your own order.",
      },
    },
  },
} satisfies Meta<typeof ComparisonTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The tests' small comparison, its words written in Finnish and English. */
const minimalComparison = () => bilingual(fixture());

const withIdenticalRow = {
  ...minimalComparison(),
  parameters: [
    ...minimalComparison().parameters,
    {
      id: "same",
      label: { fi: "Sama", en: "Same" },
      values: { a: { kind: "check", value: "yes" }, b: { kind: "check", value: "yes" } },
    },
  ],
} satisfies Comparison;
const eight = bilingual(generateComparison({ options: 8, parameters: 14, seed: 8 }));
const long = bilingual(generateComparison({ options: 6, parameters: 60, seed: 3 }));

/** The article's table and its key differences, in Finnish; the toolbar's Locale shows it in English. */
export const BpoVsCallCenter: Story = {
  name: "BPO vs call centre",
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const english = globals.locale === "en";
    await expect(canvas.getAllByText(english ? "Vertical BPO" : "Pystysuora BPO").length).toBeGreaterThan(0);
    // In a narrow window or docs column the same story stacks; either way the parts are named.
    await expect(await findOptionHeader(canvasElement, "BPO")).toBeVisible();
    const parameters = await findParameterHeaders(canvasElement);
    await expect(
      parameters.find((header) => /^(Actual meaning|Todellinen merkitys)/.test(header.textContent ?? "")),
    ).toBeVisible();
  },
};

export const English: Story = {
  globals: { locale: "en" },
  play: async ({ canvasElement }) => {
    await expect(await findOptionHeader(canvasElement, "Call centre")).toBeVisible();
  },
};

/** The differences switch hides identical rows and says how many, politely. */
export const DifferencesOnly: Story = {
  args: { data: withIdenticalRow },
  play: async ({ canvasElement, globals }) => {
    const say = sayIn(globals);
    const canvas = within(canvasElement);
    const status = canvas.getByRole("status");
    const before = (await findParameterHeaders(canvasElement)).length;
    await userEvent.click(canvas.getByRole("checkbox", { name: say("Näytä vain erot", "Show differences only") }));
    await waitFor(() =>
      expect(status).toHaveTextContent(say("1 rivi ilman eroja piilotettu", "1 identical row hidden")),
    );
    await expect(await findParameterHeaders(canvasElement)).toHaveLength(before - 1);
    await userEvent.keyboard(" ");
    await waitFor(() => expect(status).toHaveTextContent(""));
    await expect(await findParameterHeaders(canvasElement)).toHaveLength(before);
  },
};

/** Every kind of cell value. */
export const EveryCellKind: Story = {
  args: { data: minimalComparison(), highlightOption: "b" },
  globals: { locale: "en" },
  play: async ({ canvasElement }) => {
    const beta = await findOptionHeader(canvasElement, /^Beta/);
    const view = within(await findView(canvasElement));
    for (const text of ["Yes", "Partial", "1,200.5 €", "4 of 5", "Type one", "one", "Not applicable", "Unknown"]) {
      await expect(view.getByText(text)).toBeVisible();
    }
    // The column header says it, or, stacked, the heading of the option's section.
    const named = tableLayout(canvasElement) === "table" ? beta : within(beta).getByRole("heading", { name: /^Beta/ });
    // The comma after the name is the stylesheet's generated text, which Testing Library's names
    // leave out; Chromium's name, "Beta, Recommended", is checked in the browser tests.
    await expect(named).toHaveAccessibleName(/^Beta,?\s*Recommended$/);
  },
};

/** A parameter's description opens from its info button, by keyboard too. */
export const DescriptionTooltip: Story = {
  play: async ({ canvasElement, globals }) => {
    const say = sayIn(globals);
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    // One in the table; stacked, one in each option's section: Tab reaches the first.
    const [button] = await canvas.findAllByRole("button", { name: say("Tietoa: Laajuus", "About Scope") });
    if (!button) throw new Error("no info button");
    await expect(button).toHaveAccessibleDescription(say(/ulkomaisia tehtäviä|paikallisia/i, /foreign|local/i));
    // Reach it the way a keyboard user would: Tab through the controls before it.
    for (let step = 0; step < 20 && canvasElement.ownerDocument.activeElement !== button; step++) {
      await userEvent.tab();
    }
    await expect(button).toHaveFocus();
    await waitFor(() => expect(body.getByRole("tooltip")).toBeInTheDocument());
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(body.queryByRole("tooltip")).toBeNull());
  },
};

/** A note's number links to the note under the table, and the note links back. */
export const Footnotes: Story = {
  args: { data: minimalComparison() },
  globals: { locale: "en" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const ref = await canvas.findByRole("link", { name: "Note 1" });
    await userEvent.click(ref);
    const note = canvasElement.ownerDocument.getElementById(ref.getAttribute("href")?.slice(1) ?? "");
    await expect(note).toHaveTextContent("Not published");
    const back = within(note as HTMLElement).getByRole("link", { name: /Back to the comparison/ });
    await expect(back).toHaveAttribute("href", `#${ref.id}`);
    await expect(note).toHaveFocus();
    await userEvent.click(back);
    await expect(ref).toHaveFocus();
  },
};

/** More than three options: the reader picks which to compare, at least two. */
export const EightOptionsWithPicker: Story = {
  args: { data: eight },
  play: async ({ canvasElement, globals }) => {
    const say = sayIn(globals);
    // Each checkbox shows the short name and says the full one after it. The comma between them is
    // the stylesheet's generated text, which Testing Library's names leave out; Chromium's name,
    // "O3, Option 3", is checked in test/browser/recommended.browser.test.tsx.
    const short = (number: number) =>
      new RegExp(`^${say(`V${number},? Vaihtoehto ${number}`, `O${number},? Option ${number}`)}$`);
    const canvas = within(canvasElement);
    await expect(await findOptionHeaders(canvasElement)).toHaveLength(8);
    const picker = canvas.getByRole("group", { name: say("Vertailtavat vaihtoehdot", "Options to compare") });
    for (const number of [3, 4, 5, 6, 7, 8]) {
      await userEvent.click(within(picker).getByRole("checkbox", { name: short(number) }));
    }
    await expect(await findOptionHeaders(canvasElement)).toHaveLength(2);
    // The last two cannot be unchecked, and stay in the Tab order.
    const last = within(picker).getByRole("checkbox", { name: short(1) });
    await expect(last).toHaveAttribute("aria-disabled", "true");
    await userEvent.click(last);
    await expect(last).toBeChecked();
    await expect(await findOptionHeaders(canvasElement)).toHaveLength(2);
    await userEvent.click(within(picker).getByRole("checkbox", { name: short(5) }));
    await expect(await findOptionHeaders(canvasElement)).toHaveLength(3);
  },
};

const frame = (width: number) => (Story: () => React.ReactElement) => (
  <div style={{ inlineSize: width, maxInlineSize: "100%", outline: "1px dashed #aab2bd", outlineOffset: 4 }}>
    <Story />
  </div>
);

/** In a 320 px sidebar the table stacks: one section per option. */
export const Narrow320: Story = {
  decorators: [frame(320)],
  play: async ({ canvasElement, globals }) => {
    const say = sayIn(globals);
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole("region", { name: "BPO" })).toBeVisible());
    await expect(canvas.getByRole("region", { name: say("Puhelinkeskus", "Call centre") })).toBeVisible();
    await expect(canvas.queryByRole("table")).toBeNull();
  },
};

/**
 * Collapsible groups in the stacked layout: each option's section opens and closes its own groups,
 * so closing one leaves the other sections as they were.
 */
export const NarrowCollapsibleGroups: Story = {
  args: { collapsibleGroups: true },
  decorators: [frame(320)],
  play: async ({ canvasElement, globals }) => {
    const say = sayIn(globals);
    const canvas = within(canvasElement);
    const bpo = within(await canvas.findByRole("region", { name: "BPO" }));
    const callCentre = within(canvas.getByRole("region", { name: say("Puhelinkeskus", "Call centre") }));
    const group = say("Tärkeimmät erot", "Key differences");
    const button = bpo.getByRole("button", { name: group });
    const term = say("Laajuus", "Scope");
    // The term's label (it has a description, so an ⓘ button follows it inside the dt).
    const label = { selector: "dt > span" };
    // By keyboard: focus the button and press Enter.
    button.focus();
    await userEvent.keyboard("{Enter}");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(bpo.getByText(term, label)).not.toBeVisible();
    await expect(callCentre.getByRole("button", { name: group })).toHaveAttribute("aria-expanded", "true");
    await expect(callCentre.getByText(term, label)).toBeVisible();
    await userEvent.keyboard(" ");
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(bpo.getByText(term, label)).toBeVisible();
  },
};

/** In a 600 px column the table is a table: 600 px is above the default threshold, 576 px. */
export const Medium600: Story = {
  decorators: [frame(600)],
  play: async ({ canvasElement }) => {
    const column = canvasElement.querySelector<HTMLElement>("[data-slot=comparison-table]")?.parentElement;
    // A window narrower than 600 px narrows the column (a phone), and there the table stacks.
    if (column && column.clientWidth >= 600) {
      await expect(within(canvasElement).getByRole("table")).toBeVisible();
    } else {
      await expect(await findOptionHeaders(canvasElement)).toHaveLength(2);
      await expect(within(canvasElement).queryByRole("table")).toBeNull();
    }
  },
};

export const Wide1200: Story = {
  decorators: [frame(1200)],
};

export const Dark: Story = {
  args: { data: minimalComparison(), highlightOption: "b" },
  globals: { theme: "dark" },
};

export const RightToLeft: Story = {
  globals: { dir: "rtl", locale: "en" },
};

/** A host brand through CSS variables only: accent, font and radius. */
export const BrandTheme: Story = {
  args: { data: minimalComparison(), className: "brand-demo", highlightOption: "b" },
  globals: { locale: "en" },
};

/** Chosen rows in a chosen order, as `ParameterRow` children. */
export const ComposedSubset: Story = {
  // Named after the component it shows, so the sidebar's search finds ParameterRow.
  name: "Composed subset with ParameterRow",
  render: (args, { id }) => (
    <ComparisonTable idPrefix={storyPrefix(id)} {...args}>
      <ParameterRow parameter="confidentiality" />
      <ParameterRow parameter="scope" />
      <ParameterRow parameter="common-types" />
    </ComparisonTable>
  ),
  play: async ({ canvasElement, globals }) => {
    const say = sayIn(globals);
    const rows = await findParameterHeaders(canvasElement);
    const names = say(
      ["Luottamuksellisuus", "Laajuus", "Yleisimmät tyypit"],
      ["Confidentiality", "Scope", "Most common types"],
    );
    // A header's text starts with its label (a description, for its info button, may follow).
    await expect(rows).toHaveLength(3);
    for (const [index, name] of names.entries()) await expect(rows[index]?.textContent).toMatch(new RegExp(`^${name}`));
  },
};

/**
 * Sixty rows and six options: the header and the first column stay while the frame scrolls. Set to
 * `layout: "table"`, so a phone shows the frame too (scrolling both ways) rather than stacking.
 */
export const StickyLongTable: Story = {
  args: { data: long, collapsibleGroups: true, layout: "table" },
  play: async ({ canvasElement, globals }) => {
    const say = sayIn(globals);
    const canvas = within(canvasElement);
    const region = await canvas.findByRole("region", { name: say(/vieritettävä alue/, /scrollable area/) });
    await expect(region).toHaveAttribute("tabindex", "0");
    region.scrollTop = 400;
    region.scrollLeft = 200;
    const header = within(region).getAllByRole("columnheader")[0] as HTMLElement;
    await waitFor(() => expect(header.getBoundingClientRect().top).toBeCloseTo(region.getBoundingClientRect().top, -1));
    const group = say("Perustiedot", "Basics");
    await userEvent.click(canvas.getByRole("button", { name: group }));
    await expect(canvas.getByRole("button", { name: group })).toHaveAttribute("aria-expanded", "false");
  },
};

/** `density: "compact"`, with a `CsvDownloadButton` in the toolbar that downloads the shown table. */
export const Compact: Story = {
  // Named after the button too, so the sidebar's search finds CsvDownloadButton.
  name: "Compact, with CsvDownloadButton",
  args: { data: minimalComparison(), density: "compact", toolbar: <CsvDownloadButton /> },
  globals: { locale: "en" },
  play: async ({ canvasElement }) => {
    const created: Blob[] = [];
    const createObjectURL = spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      created.push(blob as Blob);
      return "blob:vertailu-test";
    });
    const click = spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    try {
      await userEvent.click(within(canvasElement).getByRole("button", { name: "Download CSV" }));
      await expect(created).toHaveLength(1);
      const csv = await (created[0] as Blob).text();
      await expect(csv.split("\r\n")[0]).toBe("Parameter,Alpha,Beta");
      await expect(csv).toContain('Number,"1,200.5 €",3');
      await expect(click).toHaveBeenCalledTimes(1);
    } finally {
      createObjectURL.mockRestore();
      click.mockRestore();
    }
  },
};

export const InvalidData: Story = {
  args: { data: { ...minimalComparison(), options: [minimalComparison().options[0]] } as never },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("alert")).toHaveTextContent(
      "options: a comparison needs at least 2 options",
    );
  },
};
