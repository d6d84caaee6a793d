/**
 * Live examples embedded in the documentation pages (Getting started, Theming, Schema). They are
 * stories so they render through the catalogue's provider and toolbar, and so each is a browser
 * test with axe like any other story; `!dev` keeps them out of the sidebar.
 */
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fireEvent, userEvent, waitFor, within } from "storybook/test";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import {
  ComparisonTable,
  parseComparison,
  safeParseComparison,
  type Theme,
  TypeBadge,
  VertailuProvider,
} from "../../src/index.js";
import { brokenExample } from "./broken-example.js";
import { findOptionHeader, findParameterHeaders, findView, tableLayout } from "./layout.js";
import { IssueList } from "./schema-errors.js";
import { ThemePlayground } from "./theme-playground.js";

const meta = {
  title: "Docs examples",
  tags: ["!dev", "!autodocs"],
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Getting started: the smallest comparison of your own, validated, in a table. */
export const OwnData: Story = {
  render: () => {
    const data = parseComparison({
      schemaVersion: 1,
      id: "support-channels",
      defaultLocale: "fi",
      title: { en: "Phone or chat?", fi: "Puhelin vai chat?" },
      options: [
        { id: "phone", name: { en: "Phone", fi: "Puhelin" } },
        { id: "chat", name: "Chat" },
      ],
      parameters: [
        {
          id: "hours",
          label: { en: "Open", fi: "Auki" },
          values: { phone: { en: "Weekdays 8–16", fi: "Arkisin 8–16" }, chat: { en: "Always", fi: "Aina" } },
        },
        {
          id: "wait",
          label: { en: "Typical wait", fi: "Tyypillinen odotus" },
          values: { phone: { kind: "number", value: 6, unit: "min" }, chat: { kind: "number", value: 2, unit: "min" } },
        },
        {
          id: "account",
          label: { en: "Needs an account", fi: "Vaatii tunnukset" },
          values: { phone: { kind: "check", value: "no" }, chat: { kind: "check", value: "yes" } },
        },
      ],
    });
    return <ComparisonTable data={data} />;
  },
  play: async ({ canvasElement }) => {
    await expect(await findOptionHeader(canvasElement, "Chat")).toBeVisible();
    const parameters = await findParameterHeaders(canvasElement);
    await expect(parameters.map((header) => header.textContent)).toContainEqual(
      expect.stringMatching(/^(Tyypillinen odotus|Typical wait)$/),
    );
  },
};

/** Theming: edit tokens, see the table follow. */
export const ThemePlaygroundExample: Story = {
  name: "Theme playground",
  render: (_, context) => (
    <ThemePlayground
      theme={(context.globals.theme ?? "light") as Theme}
      locale={context.globals.locale as string | undefined}
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const preview = canvasElement.querySelector<HTMLElement>(".docs-playground__preview");
    if (!preview) throw new Error("no preview");
    // A table, or stacked where the window is narrower than the threshold (a phone).
    const layout = tableLayout(preview);
    await expect(await findOptionHeader(preview, /^BPO/)).toBeVisible();
    // A range input takes its value from an input event; set it as a reader's drag would.
    fireEvent.change(canvas.getByLabelText("Radius"), { target: { value: "0" } });
    await waitFor(() => expect(preview.style.getPropertyValue("--vertailu-radius")).toBe("0px"));
    fireEvent.change(canvas.getByLabelText("Stack below"), { target: { value: "1440" } });
    await waitFor(() => expect(preview.style.getPropertyValue("--vertailu-stack-below")).toBe("1440px"));
    await waitFor(() => expect(within(preview).queryByRole("table")).toBeNull());
    await waitFor(() => expect(within(preview).getByRole("region", { name: "BPO" })).toBeVisible());
    // An orange accent: dark text on it, and word that it is too light for text on white.
    fireEvent.change(canvas.getByLabelText("Accent, light theme"), { target: { value: "#e8590c" } });
    await waitFor(() =>
      expect(preview.style.getPropertyValue("--vertailu-color-accent-text")).toMatch(/^light-dark\(#111111,/),
    );
    await expect(canvas.getByRole("list", { name: "Contrast of the accent" })).toHaveTextContent(
      "Light theme, the accent as text on the surface: 3.6:1, below AA",
    );
    await userEvent.selectOptions(canvas.getByLabelText("Font family"), "Georgia, a serif");
    await expect(getComputedStyle(preview).fontFamily).toMatch(/Georgia/);
    await userEvent.click(canvas.getByRole("button", { name: "Reset" }));
    await waitFor(() => expect(tableLayout(preview)).toBe(layout));
    await expect(await findOptionHeader(preview, /^BPO/)).toBeVisible();
  },
};

/** Theming: one part of a page in the dark theme, whatever the rest uses. */
export const ScopedTheme: Story = {
  render: (_, context) => {
    const locale = context.globals.locale as string | undefined;
    return (
      <div style={{ display: "flex", flexWrap: "wrap", gap: "1rem" }}>
        <VertailuProvider theme="light" locale={locale} className="docs-scoped">
          <TypeBadge type="horizontal-bpo" />
          <TypeBadge type="inbound-call-center" />
        </VertailuProvider>
        <VertailuProvider theme="dark" locale={locale} className="docs-scoped">
          <TypeBadge type="horizontal-bpo" />
          <TypeBadge type="inbound-call-center" />
        </VertailuProvider>
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const [light, dark] = [...canvasElement.querySelectorAll<HTMLElement>(".docs-scoped")];
    if (!light || !dark) throw new Error("expected two scopes");
    await expect(light).toHaveAttribute("data-vertailu-theme", "light");
    await expect(dark).toHaveAttribute("data-vertailu-theme", "dark");
    await expect(getComputedStyle(dark).backgroundColor).not.toBe(getComputedStyle(light).backgroundColor);
  },
};

/** Schema: what safeParseComparison says about a comparison with five mistakes. */
export const SchemaErrors: Story = {
  render: () => {
    const result = safeParseComparison(brokenExample);
    if (result.success) return <p>Valid.</p>;
    return <IssueList title="Invalid comparison data" issues={result.error.issues} />;
  },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole("alert");
    await expect(alert).toHaveTextContent("5 problems");
    await expect(alert).toHaveTextContent(
      'parameters[2].values.call-center: missing the value for option "call-center"',
    );
    await expect(alert).toHaveTextContent(
      'options[1].name: missing the "fi" text that defaultLocale requires (it has "en")',
    );
  },
};

/** Introduction and Getting started: the showcase table as the catalogue shows it. */
export const ShowcaseTable: Story = {
  render: () => <ComparisonTable data={bpoVsCallCenter} />,
  parameters: { docs: { source: { code: "<ComparisonTable data={bpoVsCallCenter} />", language: "tsx" } } },
  play: async ({ canvasElement }) => {
    await expect(await findView(canvasElement)).toHaveAccessibleName(/^BPO vs/);
    await expect(await findOptionHeader(canvasElement, "BPO")).toBeVisible();
  },
};
