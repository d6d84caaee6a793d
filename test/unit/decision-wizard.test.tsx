import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRef, useState } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import {
  type Comparison,
  ComparisonTable,
  DecisionMatrix,
  DecisionWizard,
  VertailuProvider,
  type WizardResult,
} from "../../src/index.js";
import { callCentreAnswers, minimalComparison } from "../fixtures/comparisons.js";
import { generateComparison } from "../fixtures/generate.js";

afterEach(() => vi.restoreAllMocks());

type User = ReturnType<typeof userEvent.setup>;

/** Chooses an answer by its label and moves on, with the pointer. */
async function answer(user: User, label: string) {
  await user.click(screen.getByRole("radio", { name: label }));
  await user.click(screen.getByRole("button", { name: /^(Next|Show result|Seuraava|Näytä tulos)$/ }));
}

const paths = [
  {
    name: "back office, foreign tasks, confidentiality very important",
    answers: ["Yes", "No", "Foreign tasks", "Very important", "No"],
    headline: "Recommendation: BPO",
    points: ["BPO8 points", "Call centre-2 points"],
    recommended: ["bpo"],
  },
  {
    name: "customer calls, local queries, a project just starting",
    answers: ["No", "Yes", "Local queries", "Not decisive", "Yes"],
    headline: "Recommendation: Call centre",
    points: ["Call centre6 points", "BPO-3 points"],
    recommended: ["call-center"],
  },
  {
    name: "both kinds of work and both scopes",
    answers: ["Yes", "Yes", "Both", "Not decisive", "No"],
    headline: "Tie: consider a mix of BPO and Call centre.",
    points: ["BPO4 points", "Call centre4 points"],
    recommended: ["bpo", "call-center"],
  },
  {
    name: "both kinds of work, confidentiality important, a project just starting",
    answers: ["Yes", "Yes", "Both", "Very important", "Yes"],
    headline: "Near tie: consider a mix of BPO and Call centre.",
    points: ["BPO3 points", "Call centre2 points"],
    recommended: ["bpo", "call-center"],
  },
];

function ControlledWizard({ onStepChange }: { onStepChange: (step: number) => void }) {
  const [step, setStep] = useState(3);
  const [answers, setAnswers] = useState<Record<string, string>>({
    "back-office": "yes",
    "customer-calls": "yes",
    scope: "both",
    confidentiality: "critical",
  });
  return (
    <DecisionWizard
      data={bpoVsCallCenter}
      locale="en"
      step={step}
      onStepChange={(next) => {
        onStepChange(next);
        setStep(next);
      }}
      answers={answers}
      onAnswersChange={setAnswers}
    />
  );
}

describe("DecisionWizard", () => {
  it("asks the first question in Finnish, with progress as text and a native radio group", () => {
    render(<DecisionWizard data={bpoVsCallCenter} />);
    expect(screen.getByRole("heading", { level: 2, name: "Etkö ole varma? Vastaa 5 kysymykseen" })).toBeInTheDocument();
    expect(screen.getByText("Kysymys 1/5")).toBeInTheDocument();
    const group = screen.getByRole("group", { name: /^Tarvitsetko apua back office -toimintoihin/ });
    expect(
      within(group)
        .getAllByRole("radio")
        .map((radio) => radio.getAttribute("value")),
    ).toEqual(["yes", "no"]);
    expect(within(group).getByRole("heading", { level: 3 })).toHaveAttribute("tabindex", "-1");
    expect(screen.getByRole("button", { name: "Seuraava" })).toBeEnabled();
    expect(screen.queryByRole("button", { name: "Edellinen" })).toBeNull();
    // Focus is not moved on first render.
    expect(document.body).toHaveFocus();
  });

  it("uses the question's help as the group's description", async () => {
    const user = userEvent.setup();
    render(<DecisionWizard data={bpoVsCallCenter} locale="en" />);
    await answer(user, "Yes");
    await answer(user, "Yes");
    expect(screen.getByText("Question 3 of 5")).toBeInTheDocument();
    expect(
      screen.getByRole("group", { name: "Does the work involve foreign tasks or local queries?" }),
    ).toHaveAccessibleDescription(/^The main difference between BPO and a call centre/);
  });

  it("explains instead of moving on when no answer is chosen", async () => {
    const user = userEvent.setup();
    render(<DecisionWizard data={bpoVsCallCenter} locale="en" />);
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(screen.getByText("Question 1 of 5")).toBeInTheDocument();
    const group = screen.getByRole("group");
    expect(group).toHaveAccessibleDescription("Choose an answer to continue.");
    // An alert: heard even when focus does not move (Enter in a radio submits where it stands).
    expect(screen.getByRole("alert")).toHaveTextContent("Choose an answer to continue.");
    expect(screen.getByRole("radio", { name: "Yes" })).toHaveFocus();
    await user.click(screen.getByRole("radio", { name: "No" }));
    expect(screen.queryByText("Choose an answer to continue.")).toBeNull();
  });

  it.each(paths)("recommends from the answers: $name", async ({ answers, headline, points, recommended }) => {
    const user = userEvent.setup();
    const onComplete = vi.fn();
    render(<DecisionWizard data={bpoVsCallCenter} locale="en" onComplete={onComplete} />);
    for (const label of answers) await answer(user, label);
    const heading = screen.getByRole("heading", { level: 3, name: headline });
    expect(heading).toHaveFocus();
    expect(screen.getByText("5 of 5 questions answered")).toBeInTheDocument();
    const pointsList = screen.getByRole("heading", { name: "Points" }).nextElementSibling as HTMLElement;
    expect(Array.from(pointsList.children, (item) => item.textContent)).toEqual(points);
    const reasons = screen.getByRole("heading", { name: "Why" }).nextElementSibling as HTMLElement;
    expect(within(reasons).getAllByRole("listitem")).toHaveLength(5);
    expect(onComplete).toHaveBeenCalledTimes(1);
    const result = onComplete.mock.calls[0]?.[0] as WizardResult;
    expect(result.recommended).toEqual(recommended);
    expect(result.isTie).toBe(recommended.length > 1);
    expect(Object.keys(result.answers)).toHaveLength(5);
  });

  it("lists the reasons and links the related table rows", async () => {
    const user = userEvent.setup();
    render(
      <>
        <ComparisonTable data={bpoVsCallCenter} locale="en" layout="table" />
        <DecisionWizard data={bpoVsCallCenter} locale="en" />
      </>,
    );
    for (const label of paths[0]?.answers ?? []) await answer(user, label);
    expect(screen.getByText("According to the article, BPO handles foreign tasks.")).toBeInTheDocument();
    const links = within(
      screen.getByRole("heading", { name: "See in the comparison table" }).nextElementSibling as HTMLElement,
    )
      .getAllByRole("link")
      .map((link) => [link.textContent, link.getAttribute("href")]);
    expect(links).toEqual([
      ["Operations performed", "#bpo-vs-call-center-row-operations"],
      ["Relevance in marketing", "#bpo-vs-call-center-row-marketing-relevance"],
      ["Back office and front office", "#bpo-vs-call-center-row-office"],
      ["Scope", "#bpo-vs-call-center-row-scope"],
      ["Confidentiality", "#bpo-vs-call-center-row-confidentiality"],
    ]);
    // Followed in the page: focus moves to the row's header.
    await user.click(screen.getByRole("link", { name: "Scope" }));
    expect(screen.getByRole("rowheader", { name: "Scope" })).toHaveFocus();
  });

  it("links to the rows of a table in the stacked layout, focusing the parameter's name there", async () => {
    const user = userEvent.setup();
    render(
      <>
        <ComparisonTable data={bpoVsCallCenter} locale="en" layout="stacked" />
        <DecisionWizard data={bpoVsCallCenter} locale="en" defaultStep={5} defaultAnswers={callCentreAnswers} />
      </>,
    );
    const link = await screen.findByRole("link", { name: "Scope" });
    await user.click(link);
    const focused = document.activeElement as HTMLElement;
    expect(focused.tagName).toBe("DT");
    expect(focused).toHaveTextContent("Scope");
    // The first option's section: the reader lands on the row's first value, as in the table.
    expect(focused.closest("section")).toHaveAccessibleName("BPO");
  });

  it("opens the closed group that holds a linked row, then focuses the row's header", async () => {
    const user = userEvent.setup();
    render(
      <>
        <ComparisonTable data={bpoVsCallCenter} locale="en" layout="table" collapsibleGroups />
        <DecisionWizard data={bpoVsCallCenter} locale="en" defaultStep={5} defaultAnswers={callCentreAnswers} />
      </>,
    );
    const toggle = screen.getByRole("button", { name: "Key differences" });
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    await user.click(await screen.findByRole("link", { name: "Scope" }));
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    await waitFor(() => expect(screen.getByRole("rowheader", { name: "Scope" })).toHaveFocus());
  });

  it("opens the group closed in every stacked section in the first one, then focuses the parameter's name", async () => {
    const user = userEvent.setup();
    render(
      <>
        <ComparisonTable data={bpoVsCallCenter} locale="en" layout="stacked" collapsibleGroups />
        <DecisionWizard data={bpoVsCallCenter} locale="en" defaultStep={5} defaultAnswers={callCentreAnswers} />
      </>,
    );
    const [first, second] = screen.getAllByRole("button", { name: "Key differences" });
    if (!first || !second) throw new Error("expected a toggle in each section");
    await user.click(first);
    await user.click(second);
    await user.click(await screen.findByRole("link", { name: "Scope" }));
    expect(first).toHaveAttribute("aria-expanded", "true");
    expect(second).toHaveAttribute("aria-expanded", "false");
    const section = screen.getByRole("region", { name: "BPO" });
    await waitFor(() => expect(document.activeElement).toHaveTextContent("Scope"));
    expect(document.activeElement?.tagName).toBe("DT");
    expect(document.activeElement?.closest("section")).toBe(section);
  });

  it("leaves out links to rows that are not on the page", async () => {
    render(<DecisionWizard data={bpoVsCallCenter} locale="en" defaultStep={5} defaultAnswers={callCentreAnswers} />);
    expect(screen.getByRole("heading", { name: "Recommendation: Call centre" })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("link")).toBeNull());
    expect(screen.queryByRole("heading", { name: "See in the comparison table" })).toBeNull();
  });

  it("links to the table given by tableIdPrefix", () => {
    render(
      <>
        <ComparisonTable data={bpoVsCallCenter} locale="en" layout="table" idPrefix="main-table" />
        <DecisionWizard
          data={bpoVsCallCenter}
          locale="en"
          tableIdPrefix="main-table"
          defaultStep={5}
          defaultAnswers={callCentreAnswers}
        />
      </>,
    );
    expect(screen.getByRole("link", { name: "Scope" })).toHaveAttribute("href", "#main-table-row-scope");
    expect(screen.getByRole("heading", { name: "Recommendation: Call centre" })).toBeInTheDocument();
  });

  it("links to the row ids the table makes from a tableIdPrefix that is not id-safe", () => {
    render(
      <>
        <ComparisonTable data={bpoVsCallCenter} locale="en" layout="table" idPrefix="main table" />
        <DecisionWizard
          data={bpoVsCallCenter}
          locale="en"
          tableIdPrefix="main table"
          defaultStep={5}
          defaultAnswers={callCentreAnswers}
        />
      </>,
    );
    expect(screen.getByRole("link", { name: "Scope" })).toHaveAttribute("href", "#main-table-row-scope");
  });

  it("goes back with the answer kept, and starts over with focus on the first question", async () => {
    const user = userEvent.setup();
    render(<DecisionWizard data={bpoVsCallCenter} locale="en" />);
    await answer(user, "No");
    expect(screen.getByRole("heading", { name: /^Do customers' calls need to be answered/ })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(screen.getByText("Question 1 of 5")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: /^Do you need help with back-office/ })).toHaveFocus();
    expect(screen.getByRole("radio", { name: "No" })).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Next" }));
    for (const label of ["Yes", "Both", "Not decisive", "No"]) await answer(user, label);
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(screen.getByText("Question 5 of 5")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Show result" }));
    await user.click(screen.getByRole("button", { name: "Start over" }));
    expect(screen.getByText("Question 1 of 5")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: /^Do you need help with back-office/ })).toHaveFocus();
    expect(screen.getByRole("radio", { name: "No" })).not.toBeChecked();
  });

  it("can be completed with the keyboard alone, and the matrix next to it weighed the same way", async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn();
    render(
      <VertailuProvider locale="en">
        <DecisionWizard data={bpoVsCallCenter} onComplete={onComplete} />
        <DecisionMatrix data={bpoVsCallCenter} />
      </VertailuProvider>,
    );
    // Question 1: Tab to the first radio, Space chooses "Yes", Enter moves on.
    await user.tab();
    expect(screen.getByRole("radio", { name: "Yes" })).toHaveFocus();
    await user.keyboard(" ");
    expect(screen.getByRole("radio", { name: "Yes" })).toBeChecked();
    await user.keyboard("{Enter}");
    // Question 2: focus is on the new heading; an arrow key moves to and chooses "No".
    expect(screen.getByRole("heading", { name: /^Do customers' calls/ })).toHaveFocus();
    await user.tab();
    await user.keyboard(" {ArrowDown}");
    expect(screen.getByRole("radio", { name: "No" })).toBeChecked();
    await user.keyboard("{Enter}");
    // Question 3: "Foreign tasks", then Tab to Next and press it with Space.
    await user.tab();
    await user.keyboard(" ");
    expect(screen.getByRole("radio", { name: "Foreign tasks" })).toBeChecked();
    await user.tab();
    expect(screen.getByRole("button", { name: "Back" })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: "Next" })).toHaveFocus();
    await user.keyboard(" ");
    // Question 4: "Very important"; Enter on the radio submits.
    await user.tab();
    await user.keyboard(" {Enter}");
    // Question 5: Enter without an answer explains and stays.
    await user.keyboard("{Enter}");
    expect(screen.getByText("Question 5 of 5")).toBeInTheDocument();
    const showResult = screen.getByRole("button", { name: "Show result" });
    for (let i = 0; i < 6 && document.activeElement !== showResult; i++) await user.tab();
    expect(showResult).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(screen.getByText("Choose an answer to continue.")).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "Yes" })).toHaveFocus();
    await user.keyboard("{ArrowDown}{Enter}");
    const result = screen.getByRole("heading", { name: "Recommendation: BPO" });
    expect(result).toHaveFocus();
    expect(onComplete).toHaveBeenCalledWith(
      expect.objectContaining({ recommended: ["bpo"], scores: { bpo: 8, "call-center": -2 } }),
    );

    // On through the result's links and buttons to the matrix's weight.
    const weight = screen.getByRole("slider", { name: "Confidentiality" });
    for (let i = 0; i < 12 && document.activeElement !== weight; i++) await user.tab();
    expect(weight).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(weight).toHaveValue("2");
    expect(document.querySelector(`output[for="${weight.id}"]`)).toHaveTextContent("2");
  });

  it("is controllable: the host owns the step and the answers", async () => {
    const user = userEvent.setup();
    const onStepChange = vi.fn();
    render(<ControlledWizard onStepChange={onStepChange} />);
    expect(screen.getByText("Question 4 of 5")).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "Very important" })).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(onStepChange).toHaveBeenLastCalledWith(4);
    expect(screen.getByText("Question 5 of 5")).toBeInTheDocument();
  });

  it("clamps a step out of range to the result or the first question", () => {
    const { rerender } = render(
      <DecisionWizard data={bpoVsCallCenter} locale="en" step={99} answers={callCentreAnswers} />,
    );
    expect(screen.getByText("5 of 5 questions answered")).toBeInTheDocument();
    rerender(<DecisionWizard data={bpoVsCallCenter} locale="en" step={Number.NaN} answers={callCentreAnswers} />);
    expect(screen.getByText("Question 1 of 5")).toBeInTheDocument();
  });

  it.each([
    ["en", 1, "The question is answered", "Answer 1 question"],
    ["fi", 1, "Kysymykseen on vastattu", "Vastaa 1 kysymykseen"],
    // Not "All 2 questions answered".
    ["en", 2, "2 of 2 questions answered", "Answer 2 questions"],
    ["fi", 2, "Kaikkiin 2 kysymykseen on vastattu", "Vastaa 2 kysymykseen"],
  ])("says a wizard of %s, %i question(s) is done in words that fit the count", async (locale, count, done, title) => {
    const user = userEvent.setup();
    const data = structuredClone(bpoVsCallCenter);
    data.questions = data.questions?.slice(0, count);
    render(<DecisionWizard data={data} locale={locale} />);
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent(title);
    for (let asked = 0; asked < count; asked++) await answer(user, locale === "fi" ? "Kyllä" : "Yes");
    expect(screen.getByText(done)).toBeInTheDocument();
  });

  it("shows no step past the first unanswered question, and no result before every question is answered", () => {
    const { rerender } = render(<DecisionWizard data={bpoVsCallCenter} locale="en" step={5} answers={{}} />);
    expect(screen.getByText("Question 1 of 5")).toBeInTheDocument();
    expect(screen.queryByText(/questions answered/)).toBeNull();
    // An answer that is not one of the question's own leaves it open too, and is named on the console.
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    rerender(
      <DecisionWizard
        data={bpoVsCallCenter}
        locale="en"
        step={5}
        answers={{ "back-office": "yes", "customer-calls": "no", scope: "everywhere" }}
      />,
    );
    expect(screen.getByText("Question 3 of 5")).toBeInTheDocument();
    expect(error).toHaveBeenCalledWith('vertailu DecisionWizard: answers.scope: unknown answer id "everywhere"');
    rerender(<DecisionWizard data={bpoVsCallCenter} locale="en" step={5} answers={callCentreAnswers} />);
    expect(screen.getByRole("heading", { name: "Recommendation: Call centre" })).toBeInTheDocument();
  });

  it("names a question id or an answer id of the host's answers that the data lacks on the console, once, and asks the question", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const { rerender } = render(
      <DecisionWizard data={bpoVsCallCenter} locale="en" answers={{ "back-ofice": "yes" }} />,
    );
    expect(error).toHaveBeenCalledExactlyOnceWith('vertailu DecisionWizard: answers: unknown question id "back-ofice"');
    // The question counts as unanswered.
    expect(screen.getByText("Question 1 of 5")).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "Yes" })).not.toBeChecked();
    // Rendered again with the same answers, it is not said again.
    rerender(<DecisionWizard data={bpoVsCallCenter} locale="en" answers={{ "back-ofice": "yes" }} />);
    expect(error).toHaveBeenCalledOnce();

    rerender(<DecisionWizard data={bpoVsCallCenter} locale="en" answers={{ "back-office": "yse" }} />);
    expect(error).toHaveBeenLastCalledWith('vertailu DecisionWizard: answers.back-office: unknown answer id "yse"');
    expect(screen.getByText("Question 1 of 5")).toBeInTheDocument();
    // Of several, the first is said.
    rerender(
      <DecisionWizard
        data={bpoVsCallCenter}
        locale="en"
        answers={{ "back-office": "yes", "customer calls": "no", scope: "everywhere" }}
      />,
    );
    expect(error).toHaveBeenLastCalledWith('vertailu DecisionWizard: answers: unknown question id "customer calls"');
    expect(error).toHaveBeenCalledTimes(3);
    cleanup();

    // Answers the wizard starts from are named as such.
    render(
      <DecisionWizard
        data={bpoVsCallCenter}
        locale="en"
        defaultAnswers={{ "back-office": "yes", scope: "everywhere" }}
      />,
    );
    expect(error).toHaveBeenLastCalledWith(
      'vertailu DecisionWizard: defaultAnswers.scope: unknown answer id "everywhere"',
    );
    cleanup();

    // Known ids, none, and the reader's own choices say nothing.
    error.mockClear();
    const user = userEvent.setup();
    render(<DecisionWizard data={bpoVsCallCenter} locale="en" defaultStep={5} defaultAnswers={callCentreAnswers} />);
    await user.click(screen.getByRole("button", { name: "Start over" }));
    await answer(user, "Yes");
    await answer(user, "No");
    expect(screen.getByText("Question 3 of 5")).toBeInTheDocument();
    render(<DecisionWizard data={bpoVsCallCenter} locale="en" answers={{}} />);
    expect(error).not.toHaveBeenCalled();
  });

  it("stays on a question when an answer is chosen, though defaultStep pointed past it; only Next moves on", async () => {
    const user = userEvent.setup();
    const onStepChange = vi.fn();
    render(<DecisionWizard data={bpoVsCallCenter} locale="en" defaultStep={2} onStepChange={onStepChange} />);
    expect(screen.getByText("Question 1 of 5")).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: "No" }));
    expect(screen.getByText("Question 1 of 5")).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "No" })).toBeChecked();
    await user.click(screen.getByRole("radio", { name: "Yes" }));
    expect(screen.getByText("Question 1 of 5")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(screen.getByText("Question 2 of 5")).toBeInTheDocument();
    // Focus moves to the new question, which is described by the progress.
    expect(document.activeElement).toHaveAccessibleDescription("Question 2 of 5");
    const [firstAnswer] = screen.getAllByRole("radio");
    await user.click(firstAnswer as HTMLElement);
    expect(screen.getByText("Question 2 of 5")).toBeInTheDocument();
    expect(onStepChange.mock.calls.map(([step]) => step)).toEqual([0, 1]);
  });

  it("takes a title, a heading level and a tie margin", () => {
    render(
      <DecisionWizard
        data={bpoVsCallCenter}
        locale="en"
        title="Which one?"
        headingLevel={3}
        tieMargin={3}
        defaultStep={5}
        defaultAnswers={{ ...callCentreAnswers, confidentiality: "critical", "hidden-costs": "yes" }}
      />,
    );
    expect(screen.getByRole("heading", { level: 3, name: "Which one?" })).toBeInTheDocument();
    expect(
      screen.getByRole("heading", { level: 4, name: "Near tie: consider a mix of Call centre and BPO." }),
    ).toBeInTheDocument();
  });

  it("passes through ref, className, style and DOM props", () => {
    const ref = createRef<HTMLElement>();
    render(
      <DecisionWizard ref={ref} data={bpoVsCallCenter} className="mine" style={{ color: "red" }} data-testid="w" />,
    );
    const root = screen.getByTestId("w");
    expect(ref.current).toBe(root);
    expect(root).toHaveClass("mine", "vertailu-decision-wizard");
    expect(root).toHaveStyle({ color: "rgb(255, 0, 0)" });
    expect(root).toHaveAttribute("data-state", "question");
  });

  it.each([
    ["no questions", { ...minimalComparison(), questions: undefined }, "questions: no questions"],
    ["an empty list", { ...minimalComparison(), questions: [] }, "questions: no questions"],
    [
      "a question without answers",
      { ...minimalComparison(), questions: [{ id: "q", text: "?", answers: [] }] },
      "questions[0].answers",
    ],
    ["null data", null, "expected a comparison object"],
  ])("shows an error box for %s", (_name, data, message) => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    render(<DecisionWizard data={data as Comparison} />);
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("DecisionWizard");
    expect(alert).toHaveTextContent(message);
    expect(error).toHaveBeenCalled();
  });

  it("keeps the host's class, style, id, data and aria attributes and ref on the error box in its place", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const ref = createRef<HTMLElement>();
    render(
      <DecisionWizard
        ref={ref}
        data={{ ...minimalComparison(), questions: [] }}
        className="page-wizard"
        style={{ gridArea: "wizard" }}
        id="choose"
        data-testid="wizard"
        aria-describedby="intro"
      />,
    );
    const alert = screen.getByRole("alert");
    expect(alert).toHaveClass("vertailu-error", "page-wizard");
    expect(alert.style.gridArea).toBe("wizard");
    expect(alert).toHaveAttribute("id", "choose");
    expect(alert).toHaveAttribute("data-testid", "wizard");
    expect(alert).toHaveAttribute("aria-describedby", "intro");
    expect(ref.current).toBe(alert);
  });

  it("asks its questions from data whose cells the table refuses, as it shows no cells, but not without parameter ids", async () => {
    const user = userEvent.setup();
    const brokenCells = structuredClone(bpoVsCallCenter) as Comparison;
    const [first, second] = brokenCells.parameters as [
      Comparison["parameters"][number],
      Comparison["parameters"][number],
    ];
    delete (first.values as Record<string, unknown>).bpo;
    (second.values as Record<string, unknown>).bpo = { kind: "rating", value: "four" };
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { unmount } = render(
      <>
        <ComparisonTable data={brokenCells} locale="en" />
        <DecisionWizard data={brokenCells} locale="en" />
      </>,
    );
    // The table names both cells; the wizard asks its first question and goes on.
    expect(screen.getByRole("alert")).toHaveTextContent(`parameters[0].values.bpo: no value for option "bpo"`);
    expect(screen.getByRole("alert")).toHaveTextContent("parameters[1].values.bpo.value: expected a number");
    await answer(user, "Yes");
    expect(screen.getByText("Question 2 of 5")).toBeInTheDocument();
    unmount();

    // The result names parameters by id, so a parameter without one is still the wizard's problem.
    const noId = structuredClone(bpoVsCallCenter) as Comparison;
    (noId.parameters as unknown[])[2] = { label: "No id" };
    render(<DecisionWizard data={noId} locale="en" />);
    expect(screen.getByRole("alert")).toHaveTextContent("parameters[2]: expected a parameter with an id");
  });

  it("renders on the server without a window, on a question and on the result", () => {
    vi.stubGlobal("window", undefined);
    try {
      expect(renderToString(<DecisionWizard data={bpoVsCallCenter} locale="en" />)).toContain(
        "Not sure? Answer 5 questions",
      );
      expect(
        renderToString(
          <DecisionWizard
            data={bpoVsCallCenter}
            locale="en"
            defaultStep={5}
            defaultAnswers={{ ...callCentreAnswers, scope: "foreign", confidentiality: "critical" }}
          />,
        ),
      ).toContain("Recommendation: BPO");
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe("DecisionWizard with many options", () => {
  it("looks each option up once for the result, not among all the others for each one", () => {
    const data = generateComparison({ options: 300, parameters: 2 });
    let reads = 0;
    const options = data.options.map((option) => {
      const counted = { ...option };
      Object.defineProperty(counted, "id", {
        enumerable: true,
        get: () => {
          reads++;
          return option.id;
        },
      });
      return counted;
    });
    const answers = [
      { id: "a", text: "A", effects: {} },
      { id: "b", text: "B", effects: {} },
    ];
    render(
      <DecisionWizard
        data={{ ...data, options, questions: [{ id: "q", text: "Q", answers }] }}
        locale="en"
        defaultAnswers={{ q: "a" }}
        defaultStep={1}
      />,
    );
    // Every option has 0 points: all 300 are recommended together, and each is listed with its name.
    expect(screen.getByRole("heading", { name: /^Tie: consider a mix of Option 1, Option 2, / })).toBeTruthy();
    const points = document.querySelectorAll(".vertailu-decision-wizard__point");
    expect(points).toHaveLength(300);
    expect(points[299]?.textContent).toBe("Option 3000 points");
    // A search per listed option reads the ids tens of thousands of times.
    expect(reads).toBeLessThan(300 * 20);
  });
});
