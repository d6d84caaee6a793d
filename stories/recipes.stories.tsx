import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { bpoVsCallCenter } from "../src/data/bpo-vs-call-center.js";
import { ComparisonTable, DecisionWizard, type Theme, TypeBadge, VertailuProvider } from "../src/index.js";
import { asApp, recipeFiles } from "./docs/as-app.js";
import { findOptionHeader, findOptionHeaders, findParameterHeaders, findView, tableLayout } from "./docs/layout.js";
import brandCss from "./recipes/brand.css?raw";
import { IntranetPage } from "./recipes/intranet-page.js";
import { RemoteComparison } from "./recipes/load-comparison.js";
import { SidebarPage } from "./recipes/sidebar-page.js";
import "./recipes/brand.css";
import "./recipes/recipes.css";

const meta = {
  title: "Recipes/Intranet",
  parameters: {
    layout: "fullscreen",
    docs: {
      description: {
        component:
          "Whole pages built from the components, the way an intranet uses them: the showcase page, a brand theme, a narrow sidebar, and data loaded and validated at run time. Show code under each recipe gives its whole source, the file in `stories/recipes/`.",
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const recipeSources = import.meta.glob<string>("./recipes/*.tsx", { query: "?raw", import: "default", eager: true });
/** A recipe's "Show code": its files, as an app would write them. */
function shownCode(files: readonly string[]): string {
  return asApp(
    Object.fromEntries(
      files.map((file) => {
        const source = recipeSources[`./recipes/${file}`];
        if (source === undefined) throw new Error(`no recipe file ${file}`);
        return [file, source];
      }),
    ),
  );
}

type Context = Parameters<NonNullable<Story["render"]>>[1];
const themeOf = (context: Context) => (context.globals.theme ?? "light") as Theme;
const localeOf = (context: Context) => (context.globals.locale ?? "fi") as string;

/**
 * The showcase page for an intranet: title and one line, the table (its types row shows four
 * badges), pros and cons side by side, the conclusion as a quiet note, and the wizard for readers
 * who are not sure. Finnish first; English is one click away.
 */
export const ShowcasePage: Story = {
  name: "Showcase page: BPO vs call centre",
  parameters: {
    docs: { source: { code: shownCode(recipeFiles.showcasePage) } },
  },
  render: (_, context) => (
    <IntranetPage key={localeOf(context)} theme={themeOf(context)} initialLocale={localeOf(context)} />
  ),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    // Opens in the toolbar's language, and leaves the page as a reader finds it.
    const english = globals.locale === "en";
    await expect(canvas.getByRole("button", { name: english ? "English" : "Suomi" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await expect(
      canvas.getByRole("heading", { level: 1, name: english ? "BPO vs call centre" : "BPO vs puhelinkeskus" }),
    ).toBeVisible();
  },
};

/**
 * The showcase page walked through by a reader (a test, not in the sidebar): the Finnish page's parts,
 * the wizard answered to its result, a link from the result to the table's row, and the switch to English.
 */
export const ShowcasePageWalkthrough: Story = {
  tags: ["!dev", "!autodocs"],
  render: ShowcasePage.render,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The page opens in the toolbar's language; the walk-through starts in Finnish, the page's own.
    await userEvent.click(canvas.getByRole("button", { name: "Suomi" }));
    await expect(canvas.getByRole("heading", { level: 1, name: "BPO vs puhelinkeskus" })).toBeVisible();
    const table = canvasElement.querySelector<HTMLElement>("[data-slot=comparison-table]");
    if (!table) throw new Error("no comparison table");
    // Four badges in the types row, or, stacked on a phone, two in each option's section.
    if (tableLayout(table) === "table") {
      const types = within(table).getByRole("table", { name: "BPO ja puhelinkeskus rinnakkain" });
      const typesRow = within(types).getByRole("rowheader", { name: "Yleisimmät tyypit" }).closest("tr") as HTMLElement;
      await expect(typesRow.querySelectorAll("[data-slot=type-badge]")).toHaveLength(4);
    } else {
      for (const section of await findOptionHeaders(table)) {
        await expect(section.querySelectorAll("[data-slot=type-badge]")).toHaveLength(2);
      }
    }
    await expect(canvas.getByRole("heading", { level: 2, name: "Edut ja haitat" })).toBeVisible();
    await expect(canvas.getAllByRole("list", { name: "Edut" })).toHaveLength(2);
    await expect(canvas.getByRole("complementary", { name: "Johtopäätös" })).toHaveTextContent(/puhelinkeskusten/);
    await expect(
      canvas.getByRole("heading", { level: 2, name: /Etkö ole varma\? Vastaa 5 kysymykseen/ }),
    ).toBeVisible();
    // The wizard's result links to the table's rows: followed in the page, focus lands on the row.
    const answers = ["Kyllä", "Ei", "Ulkomaisia tehtäviä", "Erittäin tärkeitä", "Ei"];
    for (const [index, answer] of answers.entries()) {
      await userEvent.click(canvas.getByRole("radio", { name: answer }));
      await userEvent.click(canvas.getByRole("button", { name: index < 4 ? "Seuraava" : "Näytä tulos" }));
    }
    await userEvent.click(await canvas.findByRole("link", { name: "Laajuus" }));
    const scope = (await findParameterHeaders(table)).find((header) => header.textContent?.startsWith("Laajuus"));
    await expect(scope).toHaveFocus();

    await userEvent.click(canvas.getByRole("button", { name: "English" }));
    await expect(canvas.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
    await expect(canvas.getByRole("heading", { level: 1, name: "BPO vs call centre" })).toBeVisible();
    await expect(await findOptionHeader(table, "Call centre")).toBeVisible();
    // The caption is written per locale, and switches with the page.
    if (tableLayout(table) === "table") {
      await expect(within(table).getByRole("table", { name: "BPO and call centre side by side" })).toBeVisible();
    }
    await expect(canvas.getByRole("heading", { level: 2, name: "Not sure? Answer 5 questions" })).toBeVisible();
    await expect(canvas.getByRole("heading", { level: 1 }).closest("[lang]")).toHaveAttribute("lang", "en");
  },
};

/**
 * A host brand with CSS variables only: accent, a surface, a serif font and a smaller radius, on
 * the provider's `className`. Every component under it follows, in both themes.
 */
export const BrandTheme: Story = {
  name: "Brand theme",
  render: (_, context) => (
    <div className="recipe-page">
      <p className="recipe-page__lede">
        {localeOf(context) === "en"
          ? "The same components in an intranet's colours, font and corners: six variables on the provider's class."
          : "Samat komponentit intranetin väreissä, fontissa ja kulmissa: kuusi muuttujaa providerin luokassa."}
      </p>
      <VertailuProvider theme={themeOf(context)} locale={localeOf(context)} className="acme-brand recipe-stack">
        <div style={{ display: "flex", flexWrap: "wrap", gap: "0.5rem" }}>
          <TypeBadge type="horizontal-bpo" />
          <TypeBadge type="vertical-bpo" />
          <TypeBadge type="inbound-call-center" />
          <TypeBadge type="outbound-call-center" />
        </div>
        {/* A second table of the same comparison on a page takes an id prefix of its own; the wizard links to it. */}
        <ComparisonTable data={bpoVsCallCenter} idPrefix="brand" />
        <DecisionWizard data={bpoVsCallCenter} headingLevel={2} tableIdPrefix="brand" />
      </VertailuProvider>
      {/* CSS, not Finnish: read in an English voice whatever the catalogue's locale. */}
      <details className="recipe-css" lang="en">
        <summary>brand.css</summary>
        <pre>
          <code>{brandCss.trim()}</code>
        </pre>
      </details>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const provider = canvasElement.querySelector<HTMLElement>(".acme-brand");
    if (!provider) throw new Error("no branded provider");
    await expect(getComputedStyle(provider).fontFamily).toMatch(/Georgia/);
    const [header] = await findOptionHeaders(provider);
    await expect(getComputedStyle(header as HTMLElement).fontFamily).toMatch(/Georgia/);
    const accent = getComputedStyle(provider).getPropertyValue("--vertailu-color-accent");
    await expect(accent).toMatch(/#8a1c53/);
    await expect(within(canvasElement).getByText("brand.css")).toBeVisible();
  },
};

/** The table in a 320 px sidebar beside the main content: it stacks into one section per option. */
export const Sidebar320: Story = {
  name: "Table in a 320 px sidebar",
  parameters: { docs: { source: { code: shownCode(recipeFiles.sidebar) } } },
  render: (_, context) => <SidebarPage locale={localeOf(context)} />,
  play: async ({ canvasElement }) => {
    const sidebar = within(within(canvasElement).getByRole("complementary"));
    await waitFor(() => expect(sidebar.getByRole("region", { name: "BPO" })).toBeVisible());
    await expect(sidebar.getByRole("region", { name: /Puhelinkeskus|Call centre/ })).toBeVisible();
    await expect(sidebar.queryByRole("table")).toBeNull();
    // Beside the main content (a window at least 48rem wide) the sidebar is exactly 320 px.
    const aside = canvasElement.querySelector("aside") as HTMLElement;
    const main = canvasElement.querySelector("main") as HTMLElement;
    if (aside.getBoundingClientRect().top === main.getBoundingClientRect().top) {
      await expect(aside.getBoundingClientRect().width).toBe(320);
    }
  },
};

/**
 * Comparison JSON fetched from a URL at run time (here `./assets/bpo.json`, relative so it works
 * wherever the page is hosted), validated with `safeParseComparison`: a loading state, then the table.
 */
export const LoadFromUrl: Story = {
  name: "Load JSON from a URL",
  parameters: { docs: { source: { code: shownCode(recipeFiles.loadFromUrl) } } },
  render: (_, context) => <RemoteComparison src="./assets/bpo.json" locale={localeOf(context)} idPrefix="from-url" />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // A loading state first, then the comparison: as a table, or stacked in a narrow window.
    await waitFor(() => expect(canvasElement.querySelector("[data-slot=comparison-table]")).not.toBeNull(), {
      timeout: 5000,
    });
    await expect(await findView(canvasElement)).toHaveAccessibleName(/^BPO vs/);
    await expect(await findOptionHeader(canvasElement, "BPO")).toBeVisible();
    await expect(canvas.queryByRole("alert")).toBeNull();
  },
};

/** The same with a file that breaks the schema: every problem is listed with its path. */
export const LoadFromUrlInvalid: Story = {
  name: "Load JSON from a URL: invalid data",
  parameters: { docs: { source: { code: shownCode(recipeFiles.loadFromUrl) } } },
  render: (_, context) => <RemoteComparison src="./assets/broken.json" locale={localeOf(context)} />,
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole("alert", {}, { timeout: 5000 });
    await expect(alert).toHaveTextContent(/5 (virhettä|problems)/);
    await expect(alert).toHaveTextContent(
      'parameters[2].values.call-center: missing the value for option "call-center"',
    );
    await expect(alert).toHaveTextContent('parameters[3].values.bpo.value: expected "yes", "no" or "partial"');
    // The schema's English messages are marked English inside a Finnish page.
    await expect(alert.querySelector("ul")).toHaveAttribute("lang", "en");
    await expect(within(canvasElement).queryByRole("table")).toBeNull();
  },
};
