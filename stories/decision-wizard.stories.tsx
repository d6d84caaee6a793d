import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { bpoVsCallCenter } from "../src/data/bpo-vs-call-center.js";
import { type Comparison, DecisionWizard } from "../src/index.js";
import { sayIn } from "./docs/say.js";

/** A deterministic comparison of 10 options and 12 parameters with six questions of three answers. */
function generated(): Comparison {
  const letters = "ABCDEFGHIJ";
  const options = Array.from(letters, (letter, index) => ({
    id: `option-${index + 1}`,
    name: { fi: `Vaihtoehto ${letter}`, en: `Option ${letter}` },
  }));
  const parameters = Array.from({ length: 12 }, (_, index) => ({
    id: `criterion-${index + 1}`,
    label: { fi: `Kriteeri ${index + 1}`, en: `Criterion ${index + 1}` },
    values: Object.fromEntries(options.map((option) => [option.id, { kind: "unknown" as const }])),
  }));
  const questions = Array.from({ length: 6 }, (_, index) => ({
    id: `q${index + 1}`,
    text: {
      fi: `Kysymys numero ${index + 1}: kuinka tärkeä tämä on?`,
      en: `Question number ${index + 1}: how much does it matter?`,
    },
    help: index === 0 ? { fi: "Valitse lähin.", en: "Choose the closest." } : undefined,
    answers: ["low", "some", "high"].map((level, answerIndex) => ({
      id: level,
      text: {
        fi: ["Vähän", "Jonkin verran", "Paljon"][answerIndex] ?? level,
        en: ["Little", "Somewhat", "A lot"][answerIndex] ?? level,
      },
      effects: Object.fromEntries(
        options.map((option, optionIndex) => [option.id, ((optionIndex + index + answerIndex) % 4) - 1]),
      ),
      because: {
        fi: `Vastaus ${answerIndex + 1} kysymykseen ${index + 1} painottaa kriteeriä ${((index * 2) % 12) + 1}.`,
        en: `Answer ${answerIndex + 1} to question ${index + 1} weighs criterion ${((index * 2) % 12) + 1}.`,
      },
      parameters: [`criterion-${((index * 2) % 12) + 1}`, `criterion-${((index * 2 + answerIndex) % 12) + 1}`],
    })),
  }));
  return {
    schemaVersion: 1,
    id: "generated",
    defaultLocale: "fi",
    title: { fi: "Generoitu vertailu", en: "Generated comparison" },
    options,
    parameters,
    questions,
  };
}

const meta = {
  title: "Decision widgets/DecisionWizard",
  component: DecisionWizard,
  args: {
    data: bpoVsCallCenter,
    tieMargin: 1,
    // Uncontrolled, with the callbacks logged in the Actions panel.
    onStepChange: fn(),
    onAnswersChange: fn(),
    onComplete: fn(),
  },
  // Controls for what a reader would try; elements, functions and controlled state are set in code.
  argTypes: {
    // The comparison as JSON to edit: data that does not validate shows the component's own error box.
    data: { control: "object" },
    tieMargin: { control: { type: "number", min: 0, max: 10, step: 1 } },
    title: { control: "text" },
    messages: { control: false },
    locale: { control: "inline-radio", options: ["fi", "en"] },
    step: { control: false },
    defaultStep: { control: false },
    answers: { control: false },
    defaultAnswers: { control: false },
    onStepChange: { control: false },
    onAnswersChange: { control: false },
    onComplete: { control: false },
  },
  parameters: {
    docs: {
      description: {
        component:
          "Asks the data's `questions` one per step, each as a native radio group in a fieldset, with progress as text and Back and Next buttons. Focus moves to each new step's heading. The result names the recommended option, or a mix when the points are within `tieMargin`, shows every option's points, lists the reasons behind the chosen answers and links to the related rows of the ComparisonTable (`#<tableIdPrefix>-row-<parameterId>`; `tableIdPrefix` must match the table's `idPrefix`, and both default to the comparison id). A link to a row in a closed group opens the group.",
      },
    },
  },
} satisfies Meta<typeof DecisionWizard>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Bpo: Story = {
  name: "BPO vs call centre",
  play: async ({ canvasElement, globals }) => {
    const say = sayIn(globals);
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole("heading", {
        name: say("Etkö ole varma? Vastaa 5 kysymykseen", "Not sure? Answer 5 questions"),
      }),
    ).toBeVisible();
    await expect(canvas.getByText(say("Kysymys 1/5", "Question 1 of 5"))).toBeVisible();
  },
};

export const Complete: Story = {
  play: async ({ canvasElement, globals }) => {
    const say = sayIn(globals);
    const canvas = within(canvasElement);
    const next = say("Seuraava", "Next");
    const choose = async (answer: string, button = next) => {
      await userEvent.click(canvas.getByRole("radio", { name: answer }));
      await userEvent.click(canvas.getByRole("button", { name: button }));
    };
    await userEvent.click(canvas.getByRole("button", { name: next }));
    await expect(canvas.getByText(say("Valitse vastaus jatkaaksesi.", "Choose an answer to continue."))).toBeVisible();
    await choose(say("Kyllä", "Yes"));
    await expect(canvas.getByText(say("Kysymys 2/5", "Question 2 of 5"))).toBeVisible();
    await choose(say("Ei", "No"));
    await choose(say("Ulkomaisia tehtäviä", "Foreign tasks"));
    await choose(say("Erittäin tärkeitä", "Very important"));
    await choose(say("Ei", "No"), say("Näytä tulos", "Show result"));
    const result = canvas.getByRole("heading", { name: say("Suositus: BPO", "Recommendation: BPO") });
    await expect(result).toHaveFocus();
    await expect(
      canvas.getByText(
        say(
          "Artikkelin mukaan BPO käsittelee ulkomaisia tehtäviä.",
          "According to the article, BPO handles foreign tasks.",
        ),
      ),
    ).toBeVisible();
    // Alone on the page, with no comparison table to link to, the result offers no links to its rows
    // (the intranet recipe shows them beside the table).
    await waitFor(() => expect(canvas.queryByRole("link", { name: say("Laajuus", "Scope") })).toBeNull());
  },
};

export const KeyboardOnly: Story = {
  globals: { locale: "en" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (let step = 0; step < 5; step++) {
      canvas.getAllByRole("radio")[0]?.focus();
      await userEvent.keyboard(" {Enter}");
    }
    await expect(canvas.getByRole("heading", { name: "Recommendation: BPO" })).toHaveFocus();
    await expect(canvas.getByText("5 points")).toBeVisible();
    await expect(canvas.getByText("1 point")).toBeVisible();
  },
};

export const English: Story = {
  globals: { locale: "en" },
};

export const Dark: Story = {
  globals: { theme: "dark" },
};

export const DarkResult: Story = {
  globals: { theme: "dark" },
  args: {
    defaultStep: 5,
    defaultAnswers: {
      "back-office": "no",
      "customer-calls": "yes",
      scope: "local",
      confidentiality: "not-critical",
      "hidden-costs": "yes",
    },
  },
};

/** The third question, with the first two answered: the wizard shows no step past an open question. */
const thirdQuestion = { defaultStep: 2, defaultAnswers: { "back-office": "no", "customer-calls": "yes" } };

export const RightToLeft: Story = {
  globals: { dir: "rtl" },
  args: thirdQuestion,
};

export const NarrowContainer: Story = {
  args: thirdQuestion,
  render: (args) => (
    <div style={{ inlineSize: 320, maxInlineSize: "100%" }}>
      <DecisionWizard {...args} />
    </div>
  ),
};

export const NarrowResult: Story = {
  args: {
    defaultStep: 5,
    defaultAnswers: {
      "back-office": "yes",
      "customer-calls": "no",
      scope: "foreign",
      confidentiality: "critical",
      "hidden-costs": "no",
    },
  },
  render: NarrowContainer.render,
};

export const NearTie: Story = {
  args: {
    defaultStep: 5,
    defaultAnswers: {
      "back-office": "yes",
      "customer-calls": "yes",
      scope: "both",
      confidentiality: "critical",
      "hidden-costs": "yes",
    },
  },
  play: async ({ canvasElement, globals }) => {
    const say = sayIn(globals);
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole("heading", {
        name: say(
          "Lähes tasan: harkitse yhdistelmää vaihtoehdoista BPO ja Puhelinkeskus.",
          "Near tie: consider a mix of BPO and Call centre.",
        ),
      }),
    ).toBeVisible();
    await expect(canvas.getByText(say("3 pistettä", "3 points"))).toBeVisible();
    await expect(canvas.getByText(say("2 pistettä", "2 points"))).toBeVisible();
  },
};

export const Generated: Story = {
  globals: { locale: "en" },
  args: { data: generated() },
};

export const GeneratedResult: Story = {
  globals: { locale: "en" },
  args: {
    data: generated(),
    defaultStep: 6,
    defaultAnswers: { q1: "high", q2: "some", q3: "high", q4: "low", q5: "high", q6: "some" },
  },
};

export const NoQuestions: Story = {
  args: { data: { ...bpoVsCallCenter, questions: [] } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("alert")).toHaveTextContent("questions: no questions");
  },
};
