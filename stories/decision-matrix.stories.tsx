import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { bpoVsCallCenter } from "../src/data/bpo-vs-call-center.js";
import { type Comparison, DecisionMatrix } from "../src/index.js";
import { nearTie } from "../test/fixtures/comparisons.js";
import { sayIn } from "./docs/say.js";

/** Built once and shared by the stories below. */
const nearTieData = nearTie();

/** A deterministic comparison of `optionCount` options and `parameterCount` scored parameters. */
function generated(optionCount: number, parameterCount: number): Comparison {
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const options = Array.from({ length: optionCount }, (_, index) => ({
    id: `option-${index + 1}`,
    name: { fi: `Vaihtoehto ${letters[index] ?? index + 1}`, en: `Option ${letters[index] ?? index + 1}` },
  }));
  const parameters = Array.from({ length: parameterCount }, (_, index) => ({
    id: `criterion-${index + 1}`,
    label: { fi: `Kriteeri ${index + 1}`, en: `Criterion ${index + 1}` },
    weight: 1 + (index % 5),
    values: Object.fromEntries(
      options.map((option, optionIndex) => [
        option.id,
        // Every 23rd cell has no score, to show how a missing score is handled.
        (index * optionCount + optionIndex) % 23 === 5
          ? { kind: "unknown" as const }
          : { kind: "rating" as const, value: Math.round(next() * 5), max: 5, score: Math.round(next() * 10) },
      ]),
    ),
  }));
  return {
    schemaVersion: 1,
    id: "generated",
    defaultLocale: "fi",
    title: { fi: "Generoitu vertailu", en: "Generated comparison" },
    options,
    parameters,
  };
}

const meta = {
  title: "Decision widgets/DecisionMatrix",
  component: DecisionMatrix,
  args: {
    data: bpoVsCallCenter,
    editableScores: false,
    tieMargin: 5,
    syncWithUrl: false,
    // Uncontrolled, with the callbacks logged in the Actions panel.
    onWeightsChange: fn(),
    onScoresChange: fn(),
  },
  // Controls for what a reader would try; elements, functions and controlled state are set in code.
  argTypes: {
    // The comparison as JSON to edit: data that does not validate shows the component's own error box.
    data: { control: "object" },
    tieMargin: { control: { type: "number", min: 0, max: 50, step: 1 } },
    title: { control: "text" },
    messages: { control: false },
    locale: { control: "inline-radio", options: ["fi", "en"] },
    parameterIds: { control: false },
    weights: { control: false },
    defaultWeights: { control: false },
    scores: { control: false },
    defaultScores: { control: false },
    onWeightsChange: { control: false },
    onScoresChange: { control: false },
  },
  parameters: {
    docs: {
      description: {
        component:
          "A weighted decision matrix. The reader sets how much each parameter matters (0–5) with native sliders; the options' scores (the cells' `score`, 0–10) become live totals out of 100, a ranking with bars (the numbers are always text) and a line saying which parameters made the biggest difference. Totals within `tieMargin` points are reported as a near tie and a mix of the options is recommended rather than a false winner. Parameters without scores are named and left out. The result is announced politely once the reader stops changing weights. With `syncWithUrl` the weights live in the query string, e.g. `?vw=1.confidentiality:4`.",
      },
    },
  },
} satisfies Meta<typeof DecisionMatrix>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The showcase data as the article gives it. The article scores one parameter only, confidentiality
 * (BPO 8, call centre 2), so one slider moves the totals and the other eight parameters are named as
 * unscored. "Editable scores" lets you score them; "Near tie" is a comparison scored throughout.
 */
export const Bpo: Story = {
  name: "BPO vs call centre",
  play: async ({ canvasElement, globals }) => {
    const say = sayIn(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("slider", { name: say("Luottamuksellisuus", "Confidentiality") })).toHaveValue("1");
    await expect(canvas.getByText(say("BPO johtaa: 80/100.", "BPO leads with 80/100."))).toBeVisible();
    await expect(
      canvas.getByText(
        say("Miksi: suurimman eron teki Luottamuksellisuus.", "Why: Confidentiality made the biggest difference."),
      ),
    ).toBeVisible();
    await expect(
      canvas.getByText(say(/^8 parametrilla ei ole pisteitä/, /^8 parameters have no scores/)),
    ).toBeVisible();
  },
};

export const English: Story = {
  globals: { locale: "en" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText("BPO leads with 80/100.")).toBeVisible();
  },
};

export const Dark: Story = {
  globals: { theme: "dark" },
  args: { data: nearTieData },
};

export const RightToLeft: Story = {
  globals: { dir: "rtl" },
  args: { data: nearTieData },
  play: async ({ canvasElement, globals }) => {
    const say = sayIn(globals);
    const weight = within(canvasElement).getByRole("slider", { name: say("Luottamuksellisuus", "Confidentiality") });
    weight.focus();
    // In right-to-left text the left arrow moves a slider up, as a native one does.
    await userEvent.keyboard("{ArrowLeft}");
    await expect(weight).toHaveValue("2");
  },
};

export const NarrowContainer: Story = {
  args: { data: nearTieData, editableScores: true },
  render: (args) => (
    <div style={{ inlineSize: 320, maxInlineSize: "100%" }}>
      <DecisionMatrix {...args} />
    </div>
  ),
};

/** `editableScores`: every parameter gets a slider and each option a score field (0–10), so a reader can score what the data leaves open. */
export const EditableScores: Story = {
  globals: { locale: "en" },
  args: { editableScores: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const scope = canvas.getByRole("spinbutton", { name: "BPO – Scope" });
    await userEvent.type(scope, "10");
    await expect(canvas.getByText("BPO leads with 90/100.")).toBeVisible();
    await expect(canvas.getByText("Not scored for Call centre, so left out of its total: Scope.")).toBeVisible();
  },
};

export const NearTie: Story = {
  args: { data: nearTieData },
  play: async ({ canvasElement, globals }) => {
    const say = sayIn(globals);
    const canvas = within(canvasElement);
    const verdict = canvasElement.querySelector("[data-slot=verdict]");
    await expect(verdict).toHaveTextContent(
      say(
        "Lähes tasan: harkitse yhdistelmää vaihtoehdoista BPO ja Puhelinkeskus.",
        "Near tie: consider a mix of BPO and Call centre.",
      ),
    );
    const weight = canvas.getByRole("slider", { name: say("Luottamuksellisuus", "Confidentiality") });
    weight.focus();
    // Up raises a slider in either direction, so the story holds when the toolbar turns it right to left.
    await userEvent.keyboard("{ArrowUp}");
    await expect(weight).toHaveValue("2");
    await expect(canvasElement.querySelector(`output[for="${weight.id}"]`)).toHaveTextContent("2");
    const leads = say("BPO johtaa: 63/100.", "BPO leads with 63/100.");
    await expect(verdict).toHaveTextContent(leads);
    const ranking = canvas.getByRole("list", { name: say("Tulos", "Result") });
    await expect(within(ranking).getAllByRole("listitem")[0]).toHaveTextContent("BPO63/100");
    await expect(within(ranking).getAllByRole("listitem")[1]).toHaveTextContent(
      say("Puhelinkeskus45/100", "Call centre45/100"),
    );
    const announcer = canvasElement.querySelector("[data-slot=announcer]");
    await waitFor(() => expect(announcer).toHaveTextContent(leads));
  },
};

export const Generated: Story = {
  globals: { locale: "en" },
  args: { data: generated(10, 12) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole("slider")).toHaveLength(12);
    await expect(within(canvas.getByRole("list", { name: "Result" })).getAllByRole("listitem")).toHaveLength(10);
  },
};

export const GeneratedNarrow: Story = {
  args: { data: generated(10, 12) },
  render: NarrowContainer.render,
};

export const SyncWithUrl: Story = {
  name: "Sync with URL",
  args: { syncWithUrl: true, urlParam: "story-vw" },
};

export const NoScores: Story = {
  args: {
    data: { ...bpoVsCallCenter, parameters: bpoVsCallCenter.parameters.filter((p) => p.id !== "confidentiality") },
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("alert")).toHaveTextContent("no cell has a score");
  },
};
