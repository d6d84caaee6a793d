import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRef, useState } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import { type Comparison, ComparisonTable, DecisionMatrix, VertailuProvider } from "../../src/index.js";
import { minimalComparison, nearTie } from "../fixtures/comparisons.js";

const slider = (name: string) => screen.getByRole("slider", { name });
const outputOf = (input: HTMLElement) => document.querySelector(`output[for="${input.id}"]`);
const verdict = (container: HTMLElement) => container.querySelector("[data-slot=verdict]");
const announcer = (container: HTMLElement) => container.querySelector("[data-slot=announcer]");
/** Every parameter's weight as the data sets it: `Parameter.weight`, else 1. */
const dataWeights = Object.fromEntries(
  bpoVsCallCenter.parameters.map((parameter) => [parameter.id, parameter.weight ?? 1]),
);
const rankingTexts = (name: string) =>
  within(screen.getByRole("list", { name }))
    .getAllByRole("listitem")
    .map((item) => item.textContent);

function ControlledWeights({ onWeightsChange }: { onWeightsChange: (weights: Record<string, number>) => void }) {
  const [weights, setWeights] = useState<Record<string, number>>({ confidentiality: 4 });
  return (
    <DecisionMatrix
      data={bpoVsCallCenter}
      locale="en"
      weights={weights}
      onWeightsChange={(next) => {
        onWeightsChange(next);
        setWeights(next);
      }}
    />
  );
}

beforeEach(() => window.history.replaceState(null, "", "/"));
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("DecisionMatrix", () => {
  it("shows the BPO showcase in Finnish: a labelled weight, totals, ranking, why and what is left out", () => {
    const { container } = render(<DecisionMatrix data={bpoVsCallCenter} />);
    expect(screen.getByRole("heading", { level: 2, name: "Painota sinulle tärkeitä asioita" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Painota sinulle tärkeitä asioita" })).toBe(
      container.querySelector("[data-slot=decision-matrix]"),
    );
    // Only confidentiality carries scores, so it is the one weight to set.
    expect(screen.getAllByRole("slider")).toHaveLength(1);
    const weight = slider("Luottamuksellisuus");
    expect(weight).toHaveAttribute("min", "0");
    expect(weight).toHaveAttribute("max", "5");
    expect(weight).toHaveAttribute("step", "1");
    expect(weight).toHaveValue("1");
    expect(outputOf(weight)).toHaveTextContent("1");
    expect(rankingTexts("Tulos")).toEqual(["BPO80/100", "Puhelinkeskus20/100"]);
    expect(verdict(container)).toHaveTextContent("BPO johtaa: 80/100.");
    expect(screen.getByText("Miksi: suurimman eron teki Luottamuksellisuus.")).toBeInTheDocument();
    expect(
      screen.getByText(/^8 parametrilla ei ole pisteitä, joten ne on jätetty pois: Todellinen merkitys/),
    ).toBeVisible();
    const table = screen.getByRole("table", { name: "Pisteet (0–10)" });
    expect(within(table).getByRole("row", { name: "Luottamuksellisuus 8 2" })).toBeInTheDocument();
    expect(within(table).getByRole("row", { name: "Yhteensä 80/100 20/100" })).toBeInTheDocument();
    expect(container.querySelectorAll("svg[aria-hidden=true]")).toHaveLength(2);
  });

  it("speaks English from the locale prop or the provider", () => {
    render(
      <VertailuProvider locale="en">
        <DecisionMatrix data={bpoVsCallCenter} />
      </VertailuProvider>,
    );
    expect(slider("Confidentiality")).toBeInTheDocument();
    expect(screen.getByText("BPO leads with 80/100.")).toBeInTheDocument();
    expect(screen.getByText("Why: Confidentiality made the biggest difference.")).toBeInTheDocument();
  });

  it("reports a near tie as a mix, and a heavier weight by keyboard turns it into a lead", async () => {
    const user = userEvent.setup();
    const { container } = render(<DecisionMatrix data={nearTie()} locale="en" />);
    expect(verdict(container)).toHaveTextContent("Near tie: consider a mix of BPO and Call centre.");
    expect(container.querySelector("[data-slot=decision-matrix]")).toHaveAttribute("data-state", "near-tie");
    expect(rankingTexts("Result")).toEqual(["BPO57/100", "Call centre53/100"]);
    expect(screen.queryByText(/^Why:/)).toBeNull();

    await user.tab();
    expect(slider("Scope")).toHaveFocus();
    await user.tab();
    await user.tab();
    expect(slider("Confidentiality")).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(slider("Confidentiality")).toHaveValue("2");
    expect(outputOf(slider("Confidentiality"))).toHaveTextContent("2");
    expect(verdict(container)).toHaveTextContent("BPO leads with 63/100.");
    expect(rankingTexts("Result")).toEqual(["BPO63/100", "Call centre45/100"]);
    expect(screen.getByText("Why: Confidentiality made the biggest difference.")).toBeInTheDocument();

    await user.keyboard("{Home}");
    expect(slider("Confidentiality")).toHaveValue("0");
    await user.keyboard("{End}{ArrowUp}");
    expect(slider("Confidentiality")).toHaveValue("5");
  });

  it("flips left and right in right-to-left text", async () => {
    const user = userEvent.setup();
    render(
      <div dir="rtl">
        <DecisionMatrix data={bpoVsCallCenter} locale="en" defaultWeights={{ confidentiality: 3 }} />
      </div>,
    );
    await user.tab();
    await user.keyboard("{ArrowRight}");
    expect(slider("Confidentiality")).toHaveValue("2");
    await user.keyboard("{ArrowLeft}{ArrowLeft}");
    expect(slider("Confidentiality")).toHaveValue("4");
  });

  it("says there is no result when every weight is 0", async () => {
    const user = userEvent.setup();
    const { container } = render(<DecisionMatrix data={bpoVsCallCenter} locale="en" />);
    await user.tab();
    await user.keyboard("{ArrowLeft}");
    expect(verdict(container)).toHaveTextContent("No totals yet: give a scored parameter a weight above 0.");
    expect(rankingTexts("Result")).toEqual(["BPONo total", "Call centreNo total"]);
  });

  it("gives each weight to a screen reader once, as its slider's value, with no status beside it", () => {
    render(<DecisionMatrix data={bpoVsCallCenter} locale="en" />);
    const weights = screen.getByRole("group", { name: /Weights/ });
    expect(within(weights).getAllByRole("slider").length).toBeGreaterThan(0);
    expect(within(weights).queryAllByRole("status")).toEqual([]);
  });

  it("announces the result politely once changes stop, not on mount and not on every key", () => {
    vi.useFakeTimers();
    const { container } = render(<DecisionMatrix data={nearTie()} locale="en" />);
    const live = announcer(container);
    expect(live).toHaveAttribute("aria-live", "polite");
    act(() => vi.advanceTimersByTime(2000));
    expect(live).toBeEmptyDOMElement();

    const confidentiality = slider("Confidentiality");
    fireEvent.keyDown(confidentiality, { key: "ArrowRight" });
    act(() => vi.advanceTimersByTime(300));
    fireEvent.keyDown(confidentiality, { key: "ArrowRight" });
    act(() => vi.advanceTimersByTime(499));
    expect(live).toBeEmptyDOMElement();
    act(() => vi.advanceTimersByTime(1));
    expect(live).toHaveTextContent(/^BPO leads with 66\/100\.$/);

    fireEvent.keyDown(confidentiality, { key: "Home" });
    act(() => vi.advanceTimersByTime(500));
    expect(live).toHaveTextContent(/^Call centre leads with 70\/100\.$/);
    // Emptied once said, so that browsing the page meets the verdict once, where it is shown.
    act(() => vi.advanceTimersByTime(6999));
    expect(live).toHaveTextContent(/^Call centre leads with 70\/100\.$/);
    act(() => vi.advanceTimersByTime(1));
    expect(live).toBeEmptyDOMElement();
    // The next change is said again.
    fireEvent.keyDown(confidentiality, { key: "End" });
    act(() => vi.advanceTimersByTime(500));
    expect(live).toHaveTextContent(/^BPO leads with \d+\/100\.$/);
  });

  it("lets the reader edit scores; an emptied score is shown as not scored and left out", async () => {
    const user = userEvent.setup();
    const { container } = render(<DecisionMatrix data={bpoVsCallCenter} locale="en" editableScores />);
    // Every parameter can be scored now, so every parameter gets a weight.
    expect(screen.getAllByRole("slider")).toHaveLength(bpoVsCallCenter.parameters.length);
    const bpoScope = screen.getByRole("spinbutton", { name: "BPO – Scope" });
    expect(bpoScope).toHaveValue("");
    expect(bpoScope).not.toHaveAttribute("aria-valuenow");
    expect(bpoScope).toHaveAccessibleDescription("Not scored");
    expect(screen.getByText(/^8 parameters have no scores and are left out: Actual meaning/)).toBeInTheDocument();

    await user.type(bpoScope, "10");
    expect(bpoScope).toHaveValue("10");
    expect(bpoScope).toHaveAttribute("aria-valuenow", "10");
    expect(verdict(container)).toHaveTextContent("BPO leads with 90/100.");
    expect(screen.getByText(/^7 parameters have no scores/)).toBeInTheDocument();
    expect(screen.getByText("Not scored for Call centre, so left out of its total: Scope.")).toBeInTheDocument();

    const callCenter = screen.getByRole("spinbutton", { name: "Call centre – Confidentiality" });
    await user.clear(callCenter);
    expect(verdict(container)).toHaveTextContent("BPO leads with 90/100.");
    expect(rankingTexts("Result")).toEqual(["BPO90/100", "Call centreNo total"]);
    await user.type(callCenter, "40");
    expect(callCenter).toHaveValue("10");
  });

  it("finds no score for ids that name what every object inherits, such as constructor and length", () => {
    const data: Comparison = {
      schemaVersion: 1,
      id: "inherited",
      title: "Inherited names",
      options: [
        { id: "constructor", name: "Constructor option" },
        { id: "b", name: "B" },
      ],
      parameters: [{ id: "length", label: "Length", values: { constructor: "long", b: "short" } }],
    };
    render(<DecisionMatrix data={data} locale="en" editableScores scores={{ b: { length: 5 } }} />);
    // Not 1, the length of Object, read through the option's inherited name.
    expect(screen.getByRole("spinbutton", { name: "Constructor option – Length" })).toHaveValue("");
    expect(screen.getByRole("spinbutton", { name: "B – Length" })).toHaveValue("5");
    expect(rankingTexts("Result")).toEqual(["B50/100", "Constructor optionNo total"]);
  });

  it("reads a decimal comma as a decimal point, and shows a score in the locale's way", async () => {
    const user = userEvent.setup();
    const { container } = render(<DecisionMatrix data={bpoVsCallCenter} locale="fi" editableScores />);
    const confidentiality = screen.getByRole("spinbutton", { name: "BPO – Luottamuksellisuus" });
    expect(confidentiality).toHaveValue("8");
    await user.clear(confidentiality);
    // "7," on the way to "7,5" stays as typed.
    await user.type(confidentiality, "7,");
    expect(confidentiality).toHaveValue("7,");
    await user.type(confidentiality, "5");
    expect(confidentiality).toHaveValue("7,5");
    expect(confidentiality).toHaveAttribute("aria-valuenow", "7.5");
    // 7.5 of 10 at weight 1 against 2 of 10: 75/100 and 20/100.
    expect(verdict(container)).toHaveTextContent("BPO johtaa: 75/100.");
    await user.tab();
    expect(confidentiality).toHaveValue("7,5");
    await user.clear(confidentiality);
    await user.type(confidentiality, "6.5");
    expect(verdict(container)).toHaveTextContent("BPO johtaa: 65/100.");
    await user.tab();
    expect(confidentiality).toHaveValue("6,5");
  });

  it("keeps the score when the text typed is no number, marks the field invalid and says what a score is", async () => {
    const user = userEvent.setup();
    const { container } = render(
      <DecisionMatrix data={bpoVsCallCenter} locale="en" editableScores announceDelay={0} />,
    );
    const live = announcer(container);
    const confidentiality = screen.getByRole("spinbutton", { name: "BPO – Confidentiality" });
    await user.clear(confidentiality);
    await user.type(confidentiality, "high");
    expect(confidentiality).toHaveValue("high");
    expect(confidentiality).toHaveAttribute("aria-invalid", "true");
    // Said under the table for every reader, and as the field's description.
    expect(confidentiality).toHaveAccessibleDescription("A score is a number from 0 to 10, such as 7.5.");
    expect(screen.getByText("A score is a number from 0 to 10, such as 7.5.")).toBeInTheDocument();
    // The score it had before "h" was typed: none, as the field was emptied first.
    expect(confidentiality).not.toHaveAttribute("aria-valuenow");
    await waitFor(() => expect(live).toHaveTextContent(/^A score is a number from 0 to 10, such as 7\.5\. /));
    await user.clear(confidentiality);
    await user.type(confidentiality, "9");
    expect(confidentiality).not.toHaveAttribute("aria-invalid");
    await user.type(confidentiality, "x");
    expect(confidentiality).toHaveAttribute("aria-valuenow", "9");
    // Leaving the field shows its score again.
    await user.tab();
    expect(confidentiality).toHaveValue("9");
    expect(confidentiality).not.toHaveAttribute("aria-invalid");
    expect(screen.queryByText("A score is a number from 0 to 10, such as 7.5.")).toBeNull();
    expect(verdict(container)).toHaveTextContent("BPO leads with 90/100.");
  });

  it("does not call the beginning of a number wrong while the reader is still typing it", async () => {
    const user = userEvent.setup();
    const { container } = render(
      <DecisionMatrix data={bpoVsCallCenter} locale="fi" editableScores announceDelay={0} />,
    );
    const live = announcer(container);
    const confidentiality = screen.getByRole("spinbutton", { name: "BPO – Luottamuksellisuus" });
    for (const beginning of ["-", ".", "-,", ","]) {
      await user.clear(confidentiality);
      await user.type(confidentiality, beginning);
      expect(confidentiality).toHaveValue(beginning);
      expect(confidentiality).not.toHaveAttribute("aria-invalid");
      expect(screen.queryByText("Pistemäärä on luku väliltä 0–10, esimerkiksi 7,5.")).toBeNull();
    }
    // ",5" goes on to be a score; "-," to a score below 0, which counts as 0.
    await user.type(confidentiality, "5");
    expect(confidentiality).toHaveAttribute("aria-valuenow", "0.5");
    await user.clear(confidentiality);
    await user.type(confidentiality, "-,5");
    expect(confidentiality).toHaveAttribute("aria-valuenow", "0");
    await waitFor(() => expect(live).toHaveTextContent(/^Pisteet ovat väliltä 0–10: \u22120,5 lasketaan arvoksi 0\./));
    // Left as a beginning, the field shows its score again.
    await user.clear(confidentiality);
    await user.type(confidentiality, "7-");
    expect(confidentiality).toHaveAttribute("aria-invalid", "true");
    await user.clear(confidentiality);
    await user.type(confidentiality, "6");
    await user.type(confidentiality, "{Backspace}-");
    expect(confidentiality).toHaveValue("-");
    expect(confidentiality).not.toHaveAttribute("aria-invalid");
    await user.tab();
    expect(confidentiality).toHaveValue("");
  });

  it("steps a score with Up and Down to the next whole score, within 0 to 10, as a number field does", async () => {
    const user = userEvent.setup();
    const onScoresChange = vi.fn();
    render(
      <DecisionMatrix
        data={bpoVsCallCenter}
        locale="en"
        editableScores
        defaultScores={{ bpo: { confidentiality: 7.5, pay: 10 } }}
        onScoresChange={onScoresChange}
      />,
    );
    const confidentiality = screen.getByRole("spinbutton", { name: "BPO – Confidentiality" });
    await user.click(confidentiality);
    await user.keyboard("{ArrowUp}");
    expect(confidentiality).toHaveValue("8");
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(confidentiality).toHaveValue("6");
    expect(onScoresChange).toHaveBeenLastCalledWith({ bpo: { confidentiality: 6, pay: 10 } });
    const pay = screen.getByRole("spinbutton", { name: "BPO – Pay" });
    await user.click(pay);
    await user.keyboard("{ArrowUp}");
    expect(pay).toHaveValue("10");
    const scope = screen.getByRole("spinbutton", { name: "BPO – Scope" });
    await user.click(scope);
    await user.keyboard("{ArrowUp}");
    expect(scope).toHaveValue("1");
    await user.clear(scope);
    await user.keyboard("{ArrowDown}");
    expect(scope).toHaveValue("0");
    await user.keyboard("{ArrowDown}");
    expect(scope).toHaveValue("0");
  });

  it("tells the reader when a typed score is out of range and counts as the nearest in range", () => {
    vi.useFakeTimers();
    const { container } = render(<DecisionMatrix data={bpoVsCallCenter} locale="en" editableScores />);
    const live = announcer(container);
    const bpoScope = screen.getByRole("spinbutton", { name: "BPO – Scope" });
    fireEvent.change(bpoScope, { target: { value: "15" } });
    expect(bpoScope).toHaveValue("10");
    act(() => vi.advanceTimersByTime(500));
    expect(live).toHaveTextContent(/^Scores go from 0 to 10: 15 counts as 10\. BPO leads with 90\/100\.$/);
    // A score in range says only the result again.
    fireEvent.change(bpoScope, { target: { value: "9" } });
    act(() => vi.advanceTimersByTime(500));
    expect(live).toHaveTextContent(/^BPO leads with \d+\/100\.$/);
    // So does a weight change after one out of range.
    fireEvent.change(bpoScope, { target: { value: "-2" } });
    act(() => vi.advanceTimersByTime(500));
    expect(live).toHaveTextContent(/^Scores go from 0 to 10: -2 counts as 0\./);
    fireEvent.keyDown(slider("Scope"), { key: "ArrowRight" });
    act(() => vi.advanceTimersByTime(500));
    expect(live).not.toHaveTextContent(/Scores go from/);
  });

  it("says it in Finnish with the Finnish strings", () => {
    vi.useFakeTimers();
    const { container } = render(<DecisionMatrix data={bpoVsCallCenter} locale="fi" editableScores />);
    fireEvent.change(screen.getByRole("spinbutton", { name: "BPO – Laajuus" }), { target: { value: "12.5" } });
    act(() => vi.advanceTimersByTime(500));
    expect(announcer(container)).toHaveTextContent(/^Pisteet ovat väliltä 0–10: 12,5 lasketaan arvoksi 10\./);
  });

  it("is controllable: weights and scores come from props and every change is reported", async () => {
    const user = userEvent.setup();
    const onWeightsChange = vi.fn();
    render(<ControlledWeights onWeightsChange={onWeightsChange} />);
    expect(slider("Confidentiality")).toHaveValue("4");
    await user.tab();
    await user.keyboard("{ArrowRight}");
    // The whole set, though the host's weights named one parameter.
    expect(onWeightsChange).toHaveBeenLastCalledWith({ ...dataWeights, confidentiality: 5 });
    expect(slider("Confidentiality")).toHaveValue("5");
  });

  it("gives a parameter that controlled weights leave out its default weight, and reports it in the whole set", async () => {
    const user = userEvent.setup();
    const onWeightsChange = vi.fn();
    render(
      <DecisionMatrix
        data={bpoVsCallCenter}
        locale="en"
        parameterIds={["scope", "confidentiality"]}
        weights={{ confidentiality: 2 }}
        defaultWeights={{ scope: 5 }}
        onWeightsChange={onWeightsChange}
      />,
    );
    expect(slider("Scope")).toHaveValue("5");
    expect(slider("Confidentiality")).toHaveValue("2");
    await user.tab();
    await user.keyboard("{ArrowLeft}");
    expect(onWeightsChange).toHaveBeenLastCalledWith({ ...dataWeights, scope: 4, confidentiality: 2 });
  });

  it("keeps a controlled weight when the host ignores the change", async () => {
    const user = userEvent.setup();
    const onWeightsChange = vi.fn();
    render(
      <DecisionMatrix
        data={bpoVsCallCenter}
        locale="en"
        weights={{ confidentiality: 2 }}
        onWeightsChange={onWeightsChange}
      />,
    );
    await user.tab();
    await user.keyboard("{ArrowRight}");
    expect(onWeightsChange).toHaveBeenCalledWith({ ...dataWeights, confidentiality: 3 });
    expect(slider("Confidentiality")).toHaveValue("2");
  });

  it("shows the chosen parameters in the chosen order, and the tie margin it is given", () => {
    const { container } = render(
      <DecisionMatrix data={nearTie()} locale="en" parameterIds={["office", "confidentiality"]} tieMargin={0} />,
    );
    expect(screen.getAllByRole("slider").map((input) => input.getAttribute("id")?.split("-weight-")[1])).toEqual([
      "office",
      "confidentiality",
    ]);
    // (5 + 8) / 20 = 65 against (7 + 2) / 20 = 45.
    expect(verdict(container)).toHaveTextContent("BPO leads with 65/100.");
  });

  describe("with syncWithUrl", () => {
    it("reads the weights from the URL and writes changes back, keeping other parameters", async () => {
      window.history.replaceState(null, "", "/page?x=1&vw=1.confidentiality:4#top");
      const user = userEvent.setup();
      render(<DecisionMatrix data={bpoVsCallCenter} locale="en" syncWithUrl />);
      expect(slider("Confidentiality")).toHaveValue("4");
      await user.tab();
      await user.keyboard("{ArrowRight}");
      expect(window.location.search).toBe("?x=1&vw=1.confidentiality:5");
      expect(window.location.pathname).toBe("/page");
      expect(window.location.hash).toBe("#top");
      await user.keyboard("{Home}{ArrowRight}");
      expect(window.location.search).toBe("?x=1");
    });

    it.each([
      ["a huge number", "1.confidentiality:99999999999999999999"],
      ["NaN", "1.confidentiality:NaN"],
      ["a negative number", "1.confidentiality:-3"],
      ["a wrong version", "7.confidentiality:4"],
      ["an unknown id", "1.nope:4"],
      ["a very long string", `1.confidentiality:4,${"x".repeat(3000)}`],
      ["an injection string", "1.<img src=x onerror=alert(1)>:4"],
    ])("ignores %s and still renders", (_name, value) => {
      window.history.replaceState(null, "", `/?vw=${encodeURIComponent(value)}`);
      render(<DecisionMatrix data={bpoVsCallCenter} locale="en" syncWithUrl />);
      expect(slider("Confidentiality")).toHaveValue("1");
      expect(screen.getByText("BPO leads with 80/100.")).toBeInTheDocument();
      expect(document.querySelector("img")).toBeNull();
    });

    it("uses its own query parameter and leaves the URL alone without syncWithUrl", async () => {
      window.history.replaceState(null, "", "/?vw=1.confidentiality:4&m2=1.confidentiality:3");
      const user = userEvent.setup();
      render(
        <>
          <DecisionMatrix data={bpoVsCallCenter} locale="en" syncWithUrl urlParam="m2" />
          <DecisionMatrix data={bpoVsCallCenter} locale="en" />
        </>,
      );
      const [synced, plain] = screen.getAllByRole("slider");
      expect(synced).toHaveValue("3");
      expect(plain).toHaveValue("1");
      await user.tab();
      await user.tab();
      expect(plain).toHaveFocus();
      await user.keyboard("{ArrowRight}");
      expect(window.location.search).toBe("?vw=1.confidentiality:4&m2=1.confidentiality:3");
    });
  });

  it("weighs only the options of the comparison it is given, as the README picks some of them", () => {
    // A third option, then the comparison with two of them in another order.
    const three: Comparison = {
      ...bpoVsCallCenter,
      options: [...bpoVsCallCenter.options, { id: "chat", name: "Chat" }],
      parameters: bpoVsCallCenter.parameters.map((parameter) => ({
        ...parameter,
        values: { ...parameter.values, chat: { kind: "unknown" } },
      })),
    };
    const withOptions = (data: Comparison, ids: readonly string[]): Comparison => ({
      ...data,
      options: ids.flatMap((id) => data.options.filter((option) => option.id === id)),
    });
    const { container } = render(
      <DecisionMatrix data={withOptions(three, ["call-center", "bpo"])} locale="en" editableScores />,
    );
    // As with the showcase's own two options: the third, unscored, is not among them.
    expect(rankingTexts("Result")).toEqual(["BPO80/100", "Call centre20/100"]);
    const columns = [...container.querySelectorAll("thead th")].map((header) => header.textContent);
    expect(columns.slice(1)).toEqual(["Call centre", "BPO"]);
    expect(screen.queryByRole("spinbutton", { name: /^Chat/ })).toBeNull();
  });

  it("starts afresh when handed a different comparison", async () => {
    const user = userEvent.setup();
    const { rerender } = render(<DecisionMatrix data={bpoVsCallCenter} locale="en" />);
    await user.tab();
    await user.keyboard("{End}");
    expect(slider("Confidentiality")).toHaveValue("5");
    rerender(<DecisionMatrix data={{ ...nearTie(), id: "other" }} locale="en" />);
    expect(slider("Confidentiality")).toHaveValue("1");
    expect(screen.getByText("Near tie: consider a mix of BPO and Call centre.")).toBeInTheDocument();
  });

  it("passes through ref, className, style and DOM props", () => {
    const ref = createRef<HTMLElement>();
    render(
      <DecisionMatrix ref={ref} data={bpoVsCallCenter} className="mine" style={{ color: "red" }} data-testid="m" />,
    );
    const root = screen.getByTestId("m");
    expect(ref.current).toBe(root);
    expect(root).toHaveClass("mine", "vertailu-decision-matrix");
    expect(root).toHaveStyle({ color: "rgb(255, 0, 0)" });
    expect(root).toHaveAttribute("data-slot", "decision-matrix");
  });

  it("takes a title and a heading level", () => {
    render(<DecisionMatrix data={bpoVsCallCenter} title="Weigh it" headingLevel={3} locale="en" />);
    expect(screen.getByRole("heading", { level: 3, name: "Weigh it" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 4, name: "Result" })).toBeInTheDocument();
  });

  it.each([
    ["null data", null, "expected a comparison object"],
    ["one option", { ...minimalComparison(), options: minimalComparison().options.slice(0, 1) }, "at least 2 options"],
    ["no scores at all", minimalComparison(), "no cell has a score"],
  ])("shows an error box for %s instead of throwing", (_name, data, message) => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    render(<DecisionMatrix data={data as Comparison} />);
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("DecisionMatrix");
    expect(alert).toHaveTextContent(message);
    expect(error).toHaveBeenCalled();
  });

  it("keeps the host's class, style, id, data and aria attributes and ref on the error box in its place", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const ref = createRef<HTMLElement>();
    render(
      <DecisionMatrix
        ref={ref}
        data={minimalComparison()}
        className="page-matrix"
        style={{ gridArea: "matrix" }}
        id="weights"
        data-testid="matrix"
        aria-describedby="intro"
        onClick={() => {}}
      />,
    );
    const alert = screen.getByRole("alert");
    expect(alert).toHaveClass("vertailu-error", "page-matrix");
    expect(alert.style.gridArea).toBe("matrix");
    expect(alert).toHaveAttribute("id", "weights");
    expect(alert).toHaveAttribute("data-testid", "matrix");
    expect(alert).toHaveAttribute("aria-describedby", "intro");
    expect(ref.current).toBe(alert);
  });

  it("blames the scores prop, not the data, when the host's scores hold none", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    render(<DecisionMatrix data={bpoVsCallCenter} scores={{}} locale="en" />);
    expect(screen.getByRole("alert")).toHaveTextContent("scores: no option has a score (0–10)");
  });

  it("names each score in the data that is no number from 0 to 10, rather than counting it as none or as 10", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const data = structuredClone(bpoVsCallCenter) as Comparison;
    const index = data.parameters.findIndex((parameter) => parameter.id === "confidentiality");
    const values = data.parameters[index]?.values as Record<string, unknown>;
    values.bpo = { ...(values.bpo as object), score: "8" };
    values["call-center"] = { ...(values["call-center"] as object), score: 11 };
    const { rerender } = render(<DecisionMatrix data={data} locale="en" />);
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent(`parameters[${index}].values.bpo.score: expected a score from 0 to 10, got "8"`);
    expect(alert).toHaveTextContent(
      `parameters[${index}].values.call-center.score: expected a score from 0 to 10, got 11`,
    );
    values.bpo = { ...(values.bpo as object), score: Number.NaN };
    values["call-center"] = { ...(values["call-center"] as object), score: 10 };
    rerender(<DecisionMatrix data={structuredClone(data)} locale="en" />);
    expect(screen.getByRole("alert")).toHaveTextContent(
      `parameters[${index}].values.bpo.score: expected a score from 0 to 10, got NaN`,
    );
    // JSON's objects and lists are named as objects: one whose own toString is no function has no text.
    values.bpo = { ...(values.bpo as object), score: JSON.parse('{ "toString": 8 }') };
    values["call-center"] = { ...(values["call-center"] as object), score: [8] };
    rerender(<DecisionMatrix data={structuredClone(data)} locale="en" />);
    expect(screen.getByRole("alert")).toHaveTextContent(
      `parameters[${index}].values.bpo.score: expected a score from 0 to 10, got an object`,
    );
    expect(screen.getByRole("alert")).toHaveTextContent(
      `parameters[${index}].values.call-center.score: expected a score from 0 to 10, got an object`,
    );
    // Scores from 0 to 10, fractions too, are scores.
    values.bpo = { ...(values.bpo as object), score: 7.5 };
    values["call-center"] = { ...(values["call-center"] as object), score: 10 };
    rerender(<DecisionMatrix data={structuredClone(data)} locale="en" />);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("says on the console when the host's weights hold one out of range, one that is no number, or an unknown id, and goes on", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const loose = (weights: Record<string, unknown>) => weights as Record<string, number>;
    const { rerender } = render(
      <DecisionMatrix data={bpoVsCallCenter} locale="en" weights={loose({ confidentiality: 8 })} />,
    );
    expect(error).toHaveBeenCalledWith(
      "vertailu DecisionMatrix: weights.confidentiality: expected a weight from 0 to 5, got 8",
    );
    // It counts as the nearest weight in range.
    expect(slider("Confidentiality")).toHaveValue("5");
    expect(screen.queryByRole("alert")).toBeNull();

    rerender(<DecisionMatrix data={bpoVsCallCenter} locale="en" weights={loose({ scope: "many" })} />);
    expect(error).toHaveBeenLastCalledWith(
      'vertailu DecisionMatrix: weights.scope: expected a weight from 0 to 5, got "many"',
    );
    rerender(<DecisionMatrix data={bpoVsCallCenter} locale="en" defaultWeights={loose({ scpoe: 2 })} />);
    expect(error).toHaveBeenLastCalledWith('vertailu DecisionMatrix: defaultWeights: unknown parameter id "scpoe"');

    // Weights from 0 to 5, fractions and the texts of such numbers too, say nothing.
    error.mockClear();
    rerender(
      <DecisionMatrix
        data={bpoVsCallCenter}
        locale="en"
        weights={loose({ scope: "4", pay: 0, confidentiality: 2.5 })}
      />,
    );
    expect(error).not.toHaveBeenCalled();
  });

  it("names each score the host gives that is no number from 0 to 10, and each id its scores are filed under that the data lacks", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const scores = { bpo: { pay: "8", confidentiality: 12 }, "call-centre": { pay: 5 } } as unknown as Record<
      string,
      Record<string, number>
    >;
    const { rerender } = render(<DecisionMatrix data={bpoVsCallCenter} scores={scores} locale="en" />);
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent('scores.bpo.pay: expected a score from 0 to 10, got "8"');
    expect(alert).toHaveTextContent("scores.bpo.confidentiality: expected a score from 0 to 10, got 12");
    expect(alert).toHaveTextContent('scores: unknown option id "call-centre"');
    rerender(<DecisionMatrix data={bpoVsCallCenter} defaultScores={{ bpo: { salary: 4 } }} locale="en" />);
    expect(screen.getByRole("alert")).toHaveTextContent('scores.bpo: unknown parameter id "salary"');
    // Scores from 0 to 10 under known ids are scores, and the matrix ranks by them.
    rerender(
      <DecisionMatrix data={bpoVsCallCenter} scores={{ bpo: { pay: 0 }, "call-center": { pay: 10 } }} locale="en" />,
    );
    expect(screen.queryByRole("alert")).toBeNull();
    expect(rankingTexts("Result")).toEqual(["Call centre100/100", "BPO0/100"]);
  });

  it("names an unknown parameter id", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    render(<DecisionMatrix data={bpoVsCallCenter} parameterIds={["nope"]} />);
    expect(screen.getByRole("alert")).toHaveTextContent('parameterIds: unknown parameter id "nope"');
  });

  it("weighs data whose cells the table refuses, as it reads only their scores: a missing cell is not scored", () => {
    const data = structuredClone(bpoVsCallCenter) as Comparison;
    const valuesOf = (id: string) => data.parameters.find((parameter) => parameter.id === id)?.values ?? {};
    (valuesOf("meaning") as Record<string, unknown>).bpo = { kind: "rating", value: "four" };
    delete (valuesOf("confidentiality") as Record<string, unknown>).bpo;
    vi.spyOn(console, "error").mockImplementation(() => {});
    render(
      <>
        <ComparisonTable data={data} locale="en" />
        <DecisionMatrix data={data} locale="en" />
      </>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent(`parameters[8].values.bpo: no value for option "bpo"`);
    expect(screen.getByText("Not scored for BPO, so left out of its total: Confidentiality.")).toBeInTheDocument();
    expect(rankingTexts("Result")).toEqual(["Call centre20/100", "BPONo total"]);
  });

  it("asks for a parameter when parameterIds is an empty list, rather than offering nothing to weigh", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    render(<DecisionMatrix data={bpoVsCallCenter} locale="en" parameterIds={[]} />);
    expect(screen.getByRole("alert")).toHaveTextContent("parameterIds: choose at least 1 parameter");
    expect(screen.queryByRole("slider")).toBeNull();
  });

  it("turns a render error into its error box", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const data = structuredClone(bpoVsCallCenter);
    Object.defineProperty(data.parameters[8] as object, "label", {
      get() {
        throw new Error("broken label");
      },
    });
    render(<DecisionMatrix data={data} />);
    expect(screen.getByRole("alert")).toHaveTextContent("rendering failed: broken label");
  });

  it("renders on the server without a window", () => {
    vi.stubGlobal("window", undefined);
    try {
      const html = renderToString(<DecisionMatrix data={bpoVsCallCenter} locale="en" syncWithUrl editableScores />);
      expect(html).toContain("Weigh what matters to you");
      expect(html).toContain("BPO leads with 80/100.");
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
