// ASP.NET Web Forms pages, SharePoint's classic pages among them, are one big <form> around
// everything, a web part's React components included. There a control that sends its form posts
// the whole page back, and the reader loses their place. Chromium sends a form on Enter in a
// checkbox, a slider or a text field, and stops a nested form's submit event at the outer form, so
// React never hears of it.
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import { ComparisonTable, DecisionMatrix, DecisionWizard } from "../../src/index.js";
import { generateComparison } from "../fixtures/generate.js";

/** The forms sent, as the page would send them: recorded, and kept from reloading the test's page. */
const sent: string[] = [];
const record = (event: Event) => {
  sent.push((event.target as HTMLFormElement).id || (event.target as HTMLFormElement).className);
  event.preventDefault();
};
beforeEach(() => {
  sent.length = 0;
  // Capturing, so it sees a nested form's submit event, which the outer form stops.
  window.addEventListener("submit", record, true);
});
afterEach(() => {
  window.removeEventListener("submit", record, true);
  cleanup();
});

/** A host page's form around `children`, with a search field and its button as such pages have. */
function inHostForm(children: React.ReactNode) {
  return render(
    <form id="aspnetForm" action="/postback" method="post">
      <input name="search" aria-label="Search" />
      <button type="submit">Search</button>
      {children}
    </form>,
  );
}

describe("inside a host page's form", () => {
  it("the table's checkboxes send no form on Enter, and still toggle with Space", async () => {
    inHostForm(
      <ComparisonTable data={generateComparison({ options: 5, parameters: 3, seed: 1 })} locale="en" layout="table" />,
    );
    const differences = screen.getByRole("checkbox", { name: /differences/i });
    const picker = screen.getByRole("checkbox", { name: /^O3,? Option 3/ });
    for (const checkbox of [differences, picker]) {
      checkbox.focus();
      await userEvent.keyboard("{Enter}");
    }
    expect(sent).toEqual([]);
    differences.focus();
    await userEvent.keyboard(" ");
    expect(differences).toBeChecked();
  });

  it("the matrix's weights and scores send no form on Enter", async () => {
    inHostForm(<DecisionMatrix data={bpoVsCallCenter} locale="en" editableScores />);
    const slider = screen.getAllByRole("slider")[0] as HTMLInputElement;
    const score = screen.getAllByRole("spinbutton")[0] as HTMLInputElement;
    const before = [slider.value, score.value];
    for (const field of [slider, score]) {
      field.focus();
      await userEvent.keyboard("{Enter}");
    }
    expect(sent).toEqual([]);
    expect([slider.value, score.value]).toEqual(before);
  });

  it("the wizard goes on with Next and with Enter in an answer, to its result, and sends no form", async () => {
    inHostForm(<DecisionWizard data={bpoVsCallCenter} locale="en" />);
    await userEvent.click(screen.getAllByRole("radio")[0] as HTMLElement);
    await userEvent.click(screen.getByRole("button", { name: "Next" }));
    await expect.element(screen.getByText("Question 2 of 5")).toBeInTheDocument();
    // Enter in a chosen answer goes on too; in an unchosen one it asks for an answer.
    (screen.getAllByRole("radio")[0] as HTMLElement).focus();
    await userEvent.keyboard("{Enter}");
    expect(screen.getByRole("alert")).toHaveTextContent(/choose/i);
    await userEvent.keyboard(" ");
    await userEvent.keyboard("{Enter}");
    await expect.element(screen.getByText("Question 3 of 5")).toBeInTheDocument();
    for (const _ of [3, 4]) {
      await userEvent.click(screen.getAllByRole("radio")[0] as HTMLElement);
      await userEvent.click(screen.getByRole("button", { name: "Next" }));
    }
    await userEvent.click(screen.getAllByRole("radio")[0] as HTMLElement);
    await userEvent.click(screen.getByRole("button", { name: "Show result" }));
    await expect.element(screen.getByText(/^Recommendation: |consider a mix of/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Back" }));
    await expect.element(screen.getByText("Question 5 of 5")).toBeInTheDocument();
    expect(sent).toEqual([]);
  });
});
