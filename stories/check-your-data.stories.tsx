import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
// The element, so that the HTML the checker gives can be shown here as a page would show it.
import "../src/element/index.js";
import { bpoVsCallCenter } from "../src/data/bpo-vs-call-center.js";
import brokenJson from "./assets/broken.json?raw";
import { DataChecker } from "./docs/data-checker.js";
import { findView } from "./docs/layout.js";

const meta = {
  title: "Check your data",
  component: DataChecker,
  tags: ["!autodocs"],
  parameters: {
    docs: {
      description: {
        component:
          "Paste a comparison's JSON or open its file, and check it before it goes on the intranet: a syntax error with its line and column, every schema problem with its path, every text missing a locale, or the data shown in the components, and as HTML for the `<vertailu-comparison>` element, with every `<` in the JSON written as `\\u003c`. It checks what `vertailu validate --locales fi,en` checks, in this page: the file is sent nowhere.",
      },
    },
  },
} satisfies Meta<typeof DataChecker>;

export default meta;
type Story = StoryObj<typeof meta>;

const showcaseJson = JSON.stringify(bpoVsCallCenter, null, 2);

/** The showcase with one text left in Finnish only: the call centre's name. */
const untranslatedJson = JSON.stringify(
  {
    ...bpoVsCallCenter,
    options: bpoVsCallCenter.options.map((option) =>
      option.id === "call-center" ? { ...option, name: { fi: "Puhelinkeskus" } } : option,
    ),
  },
  null,
  2,
);

/** A comparison whose author left a comma after the last entry, as JavaScript allows and JSON does not. */
const trailingCommaJson = `{
  "schemaVersion": 1,
  "id": "support-channels",
  "title": "Phone or chat?",
  "options": [{ "id": "phone", "name": "Phone" }, { "id": "chat", "name": "Chat" }],
  "parameters": [],
}
`;

const checkButton = (canvas: ReturnType<typeof within>) => canvas.getByRole("button", { name: "Check" });
/** The line that says the data is valid (the components' own status regions are others). */
const verdict = (canvas: ReturnType<typeof within>) => canvas.getByRole("status", { name: "Check result" });
const textField = (canvas: ReturnType<typeof within>) => canvas.getByRole("textbox", { name: "Comparison JSON" });

/**
 * The showcase's JSON: valid, in the table. The tool as a reader finds it: its play only looks, so
 * the story stays as it opens.
 */
export const CheckYourData: Story = {
  name: "Check your data",
  args: { initialText: showcaseJson },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(verdict(canvas)).toHaveTextContent("Valid. 2 options, 9 parameters, 5 questions; texts in fi, en.");
    await expect(await findView(canvasElement)).toHaveAccessibleName(/^BPO vs/);
    await expect(canvas.getByRole("combobox", { name: "Show as" })).toHaveDisplayValue("Comparison table");
    await expect(canvas.queryByRole("alert")).toBeNull();
  },
};

/** The other views; then an edit that breaks the JSON, checked again, and the place of the problem shown. */
export const EditAndCheckAgain: Story = {
  name: "Other views, and an edit checked again",
  args: { initialText: showcaseJson },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByRole("combobox", { name: "Show as" }), "Pros and cons");
    await expect(canvas.getAllByRole("list", { name: /^(Edut|Pros)$/ })).toHaveLength(2);
    await userEvent.selectOptions(canvas.getByRole("combobox", { name: "Show as" }), "Decision matrix");
    await expect(canvas.getAllByRole("slider").length).toBeGreaterThan(0);
    await userEvent.selectOptions(canvas.getByRole("combobox", { name: "Show as" }), "Decision wizard");
    await expect(canvas.getAllByRole("radio").length).toBeGreaterThan(1);

    // Edited: the result says it is stale until the next check, which finds the comma.
    await userEvent.clear(textField(canvas));
    await userEvent.click(textField(canvas));
    await userEvent.paste(trailingCommaJson);
    await expect(canvas.getByText(/has changed since this check/)).toBeVisible();
    await userEvent.click(checkButton(canvas));
    await expect(await canvas.findByRole("alert")).toHaveTextContent(
      'The JSON: not valid JSON: a comma before "}" at line 6, column 19: remove it (JSON allows no comma after the last entry)',
    );
    await expect(canvas.queryByText(/has changed since this check/)).toBeNull();
    await expect(canvas.queryByRole("combobox", { name: "Show as" })).toBeNull();
    // The button takes the caret to the comma the message names.
    await userEvent.click(canvas.getByRole("button", { name: "Show it in the JSON" }));
    const field = textField(canvas) as HTMLTextAreaElement;
    await expect(field).toHaveFocus();
    await expect(field.value.slice(field.selectionStart, field.selectionEnd)).toBe(",");
    await expect(field.value.slice(0, field.selectionStart).split("\n")).toHaveLength(6);
  },
};

/** The catalogue's broken example: five problems, each with its path. */
export const InvalidData: Story = {
  name: "Data that does not validate",
  args: { initialText: brokenJson },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole("alert");
    await expect(alert).toHaveTextContent("The JSON does not validate (5 problems)");
    await expect(alert).toHaveTextContent(
      'parameters[2].values.call-center: missing the value for option "call-center"',
    );
    await expect(alert).toHaveTextContent('options[0].types[0]: unknown type id "diagonal-bpo"');
    await expect(canvasElement.querySelector("[data-slot=comparison-table]")).toBeNull();
  },
};

/** Valid, with a text in Finnish only: shown, and listed as missing its English. */
export const MissingTranslation: Story = {
  name: "A text missing a language",
  args: { initialText: untranslatedJson },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(verdict(canvas)).toHaveTextContent(/^Valid\./);
    const alert = canvas.getByRole("alert");
    await expect(alert).toHaveTextContent("Texts checked against the locales fi, en (1 problem)");
    await expect(alert).toHaveTextContent('options[1].name: no "en" text (it has "fi")');
    await expect(await findView(canvasElement)).toHaveAccessibleName(/^BPO vs/);
  },
};

/** No locales: no such check. A locale that is none is said before anything is checked. */
export const LocalesField: Story = {
  name: "The locales field",
  args: { initialText: untranslatedJson },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const locales = canvas.getByRole("textbox", { name: "Every text in" });
    await userEvent.clear(locales);
    await userEvent.click(checkButton(canvas));
    await waitFor(() => expect(canvas.queryByRole("alert")).toBeNull());
    await expect(verdict(canvas)).toHaveTextContent(/^Valid\./);
    await userEvent.type(locales, "fi, english!");
    await userEvent.click(checkButton(canvas));
    await expect(await canvas.findByRole("alert")).toHaveTextContent(
      'The field "Every text in": "english!" is not a locale: write language codes such as fi, en or sv-FI',
    );
    await expect(locales).toHaveAttribute("aria-invalid", "true");
  },
};

/** A file opened from the disk: its text fills the field and is checked; a file that is not UTF-8 is said so. */
export const OpenAFile: Story = {
  name: "Open a file",
  args: { initialText: "" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // An empty field is no comparison yet.
    await expect(canvas.getByRole("alert")).toHaveTextContent("The JSON: not valid JSON: the file is empty");
    const picker = canvas.getByLabelText("Open a file");
    await userEvent.upload(picker, new File([showcaseJson], "bpo.json", { type: "application/json" }));
    await expect(await canvas.findByRole("status", { name: "Check result" })).toHaveTextContent(/^Valid\./);
    await expect(textField(canvas)).toHaveValue(showcaseJson);
    // Windows-1252's "ä" is no UTF-8.
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('{"title": "P'),
      0xe4,
      ...new TextEncoder().encode('"}'),
    ]);
    await userEvent.upload(picker, new File([latin1], "vanha.json", { type: "application/json" }));
    await waitFor(() =>
      expect(canvas.getByRole("alert")).toHaveTextContent("vanha.json: not UTF-8 text (save the file as UTF-8)"),
    );
    // Saved on Windows: its line ends are \r\n, and the comma is still found where the message says.
    await userEvent.upload(
      picker,
      new File([trailingCommaJson.replaceAll("\n", "\r\n")], "chat.json", { type: "application/json" }),
    );
    await waitFor(() =>
      expect(canvas.getByRole("alert")).toHaveTextContent(
        /^chat\.json: not valid JSON: a comma before "}" at line 6, column 19/,
      ),
    );
    await userEvent.click(canvas.getByRole("button", { name: "Show it in the JSON" }));
    const field = textField(canvas) as HTMLTextAreaElement;
    await expect(field.value.slice(field.selectionStart, field.selectionEnd)).toBe(",");
  },
};

/** A title with markup in it, as text: the HTML for a page without React keeps it text, and shows the comparison. */
export const AsHtml: Story = {
  name: "As HTML, for a page without React",
  args: {
    initialText: JSON.stringify(
      { ...bpoVsCallCenter, title: { fi: "BPO </script><b>vs</b> <!-- puhelinkeskus", en: "BPO vs call centre" } },
      null,
      2,
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const snippet = () =>
      (canvas.getByRole("textbox", { name: "The comparison as HTML" }) as HTMLTextAreaElement).value;
    await userEvent.click(canvas.getByText("As HTML, for a page without React"));
    // The view the preview shows is the element's.
    await userEvent.selectOptions(canvas.getByRole("combobox", { name: "Show as" }), "Pros and cons");
    await expect(snippet()).toMatch(
      /^<script src="\/vendor\/vertailu\/embed\.js"><\/script>\n<vertailu-comparison view="pros-cons">\n/,
    );
    await userEvent.selectOptions(canvas.getByRole("combobox", { name: "Show as" }), "Comparison table");
    const html = snippet();
    await expect(html).toContain("\n<vertailu-comparison>\n");
    // The one "</script>" is the element's own: the title's is written \u003c/script>.
    await expect(html.match(/<\/script>/g)).toHaveLength(2);
    await expect(html).toContain("BPO \\u003c/script>\\u003cb>vs\\u003c/b> \\u003c!-- puhelinkeskus");

    // The HTML as a page's parser reads it: the element, with its JSON script whole.
    const page = new DOMParser().parseFromString(html, "text/html");
    const element = page.querySelector("vertailu-comparison");
    await expect(element?.querySelectorAll("script")).toHaveLength(1);
    const shown = document.importNode(element as Element, true) as HTMLElement;
    shown.setAttribute("locale", "fi");
    canvasElement.append(shown);
    try {
      await waitFor(() =>
        expect(shown.shadowRoot?.querySelector(".vertailu-comparison-table__title")).toHaveTextContent(
          "BPO </script><b>vs</b> <!-- puhelinkeskus",
        ),
      );
      await expect(shown.shadowRoot?.querySelector("b")).toBeNull();
    } finally {
      shown.remove();
    }

    await userEvent.click(canvas.getByRole("button", { name: "Copy the HTML" }));
    const said = await canvas.findByText(/^(Copied\.|The browser did not allow copying)/);
    // Another view is other HTML, which was not copied.
    await userEvent.selectOptions(canvas.getByRole("combobox", { name: "Show as" }), "Decision matrix");
    await expect(said).toBeEmptyDOMElement();
  },
};
