import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor } from "storybook/test";
// Defines <vertailu-comparison> with the catalogue's own React, as `import "vertailu/element"` does in an app.
import "../src/element/index.js";
import { bpoVsCallCenter } from "../src/data/bpo-vs-call-center.js";
import type { Theme } from "../src/index.js";

const meta = {
  title: "Embedding/Custom element",
  parameters: {
    docs: {
      description: {
        component: `\`<vertailu-comparison>\` for pages that are not React: SharePoint, Confluence, a WordPress HTML block. It fetches a comparison's JSON from \`src\`, validates it and shows one view in its own shadow root, with the library's stylesheet adopted there, so the host page's CSS cannot reach it. These stories load the catalogue's own \`assets/bpo.json\`.

On a page without a bundler, one script with React and the stylesheet inside (about 110 kB gzip) and the tag are all it takes. Serve the script from your own origin; it is \`node_modules/vertailu/dist/embed.js\` in the package:

\`\`\`html
<script src="/vendor/vertailu/embed.js"></script>
<vertailu-comparison src="/comparisons/bpo.json" locale="fi" theme="system"></vertailu-comparison>
\`\`\`

Where the page cannot serve a JSON file of its own (a CMS's HTML block, say), the JSON can go inside the element instead of \`src\`, in a data block the browser never runs, so a strict Content-Security-Policy allows it. Write each \`<\` in it as \`\\u003c\`, so that no text in the data can end the script early (JSON reads it as the same character). [Check your data](?path=/story/check-your-data--check-your-data) shows any problem in the JSON, with its place, before it goes on the page:

\`\`\`html
<vertailu-comparison locale="fi">
  <script type="application/json">{ "schemaVersion": 1, "id": "bpo-vs-call-center", … }</script>
</vertailu-comparison>
\`\`\`

In an app with a bundler, \`import "vertailu/element";\` defines the same element with the app's own React, and types the tag in JSX.

Attributes: \`src\`, \`view\` (\`table\`, \`pros-cons\`, \`matrix\`, \`wizard\`), \`locale\`, \`theme\` (\`light\`, \`dark\`, \`system\`), \`options\` (comma-separated ids), \`heading-level\` (the view's \`headingLevel\`) and \`messages-src\` (a JSON file of built-in strings to override, one set or a set per language, as the components' \`messages\` prop takes them); each is also a property (\`element.view = "matrix"\`, \`element.headingLevel = 3\`, \`element.messagesSrc\`). A page's script can give the strings themselves as the \`messages\` property. Values are read as editors type them: spaces around them and the case of \`theme\` and \`view\` do not matter. A failed fetch, a file that is not UTF-8 or not JSON, or data that does not validate shows the error box inside the element. Elements that name the same \`src\` share one request.

The element fills the width of its box; in a box that takes its width from its content (a layout table's cell, a dialog, an inline-block), it asks for \`--vertailu-element-width\` (720 px) and takes less where there is less.

The element re-declares every \`--vertailu-*\` token on its theme root, so a class on the page does not reach it: brand it through its \`root\` part.

\`\`\`css
vertailu-comparison::part(root) {
  --vertailu-color-accent: light-dark(#0a6b5a, #7fd8c4);
  --vertailu-font-family: "Inter", system-ui, sans-serif;
}
\`\`\`
`,
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

type Context = Parameters<NonNullable<Story["render"]>>[1];
const themeOf = (context: Context) => (context.globals.theme ?? "light") as Theme;
const localeOf = (context: Context) => (context.globals.locale ?? "fi") as string;

/** The element's shadow root once it shows more than its loading line. */
async function loaded(canvasElement: HTMLElement): Promise<ShadowRoot> {
  const element = canvasElement.querySelector("vertailu-comparison");
  await waitFor(
    () =>
      expect(
        element?.shadowRoot?.querySelector("[data-slot=provider] > :not([data-slot=layer], [data-slot=loading])"),
      ).not.toBeNull(),
    { timeout: 5000 },
  );
  return element?.shadowRoot as ShadowRoot;
}

/** The comparison table, in the toolbar's language and theme. */
export const Table: Story = {
  // The element's tag in the name, so the sidebar's search finds it.
  name: "<vertailu-comparison> table",
  render: (_, context) => (
    <vertailu-comparison src="./assets/bpo.json" locale={localeOf(context)} theme={themeOf(context)} />
  ),
  play: async ({ canvasElement }) => {
    const shadow = await loaded(canvasElement);
    await expect(shadow.querySelector("table caption")).toHaveTextContent(/BPO vs/);
    await expect(shadow.querySelectorAll("thead th")).toHaveLength(2);
    await expect(shadow.querySelector("[role=alert]")).toBeNull();
  },
};

/** `view="wizard"`: the decision wizard from the same file; `options` could narrow it to some options. */
export const Wizard: Story = {
  render: (_, context) => (
    <vertailu-comparison src="./assets/bpo.json" view="wizard" locale={localeOf(context)} theme={themeOf(context)} />
  ),
  play: async ({ canvasElement }) => {
    const shadow = await loaded(canvasElement);
    await expect(shadow.querySelectorAll("input[type=radio]").length).toBeGreaterThan(1);
  },
};

/**
 * No \`src\`: the comparison's JSON is in a \`<script type="application/json">\` inside the element, which
 * reads it as it reads a file, and fetches nothing. A page's script that changes the script's text
 * renders the element again.
 */
export const JsonInTheElement: Story = {
  name: "JSON in the element",
  render: (_, context) => (
    <vertailu-comparison view="pros-cons" locale={localeOf(context)} theme={themeOf(context)}>
      <script type="application/json">{JSON.stringify(bpoVsCallCenter)}</script>
    </vertailu-comparison>
  ),
  play: async ({ canvasElement }) => {
    const shadow = await loaded(canvasElement);
    // Both options of the JSON, each with its pros and cons.
    await expect(shadow.querySelectorAll("[data-slot=pros-cons-option]")).toHaveLength(2);
    await expect(shadow.querySelectorAll("[data-slot=pros-cons-item]").length).toBeGreaterThan(4);
    await expect(shadow.querySelector("[role=alert]")).toBeNull();
  },
};

/** A file that breaks the schema: the error box inside the element, each problem with its path. */
export const InvalidFile: Story = {
  render: (_, context) => (
    <vertailu-comparison src="./assets/broken.json" locale={localeOf(context)} theme={themeOf(context)} />
  ),
  play: async ({ canvasElement }) => {
    const shadow = await loaded(canvasElement);
    const items = [...shadow.querySelectorAll("[role=alert] li")].map((item) => item.textContent);
    await expect(items).toHaveLength(5);
    await expect(items).toContain(
      'parameters[2].values.call-center: missing the value for option "call-center" (use { "kind": "unknown" } when it is not known)',
    );
    await expect(shadow.querySelector("table")).toBeNull();
  },
};

/**
 * A file that is not JSON, as hand-edited files often are not: the error box says where, and for the
 * usual slips (a comma after the last entry, typographic quotes, a file cut short, a sign-in page
 * served instead) what to do, in the same words in every browser.
 */
export const NotJson: Story = {
  name: "Not JSON",
  render: (_, context) => (
    <vertailu-comparison src="./assets/draft.json" locale={localeOf(context)} theme={themeOf(context)} />
  ),
  play: async ({ canvasElement }) => {
    const shadow = await loaded(canvasElement);
    await expect(shadow.querySelector("[role=alert]")).toHaveTextContent(
      '"./assets/draft.json" is not valid JSON: a comma before "]" at line 8, column 84: remove it (JSON allows no comma after the last entry)',
    );
    await expect(shadow.querySelector("table")).toBeNull();
  },
};

/**
 * `messages-src="./assets/words.json"`: the built-in words from a file, a set per language, so they
 * follow the toolbar's language. A file of `{ "sv": { … } }` gives a page in Swedish its words.
 */
export const WordsFromAFile: Story = {
  name: "Words from messages-src",
  render: (_, context) => (
    <vertailu-comparison
      src="./assets/bpo.json"
      messages-src="./assets/words.json"
      locale={localeOf(context)}
      theme={themeOf(context)}
    />
  ),
  play: async ({ canvasElement, globals }) => {
    const shadow = await loaded(canvasElement);
    const english = globals.locale === "en";
    await expect(shadow.querySelector("input[type=checkbox]")?.closest("label")).toHaveTextContent(
      english ? "Hide the rows that match" : "Piilota samanlaiset rivit",
    );
    await expect(shadow.querySelector("[role=alert]")).toBeNull();
  },
};
