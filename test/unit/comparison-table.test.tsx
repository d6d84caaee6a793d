import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import {
  type Comparison,
  ComparisonTable,
  CsvDownloadButton,
  ParameterRow,
  resolveText,
  toCSV,
  toMarkdown,
  VertailuProvider,
} from "../../src/index.js";
import { minimalComparison } from "../fixtures/comparisons.js";

afterEach(() => vi.restoreAllMocks());

const silenceErrors = () => vi.spyOn(console, "error").mockImplementation(() => {});

function withIdenticalRows(count: number): Comparison {
  const base = minimalComparison();
  for (let index = 0; index < count; index++) {
    base.parameters = [
      ...base.parameters,
      {
        id: `same-${index}`,
        label: `Same ${index}`,
        values: { a: { kind: "check", value: "yes" }, b: { kind: "check", value: "yes" } },
      },
    ];
  }
  return base;
}

describe("ComparisonTable structure", () => {
  it("is a native table with a caption, a column header per option and scoped row headers", () => {
    render(<ComparisonTable data={bpoVsCallCenter} layout="table" />);
    const table = screen.getByRole("table", { name: /BPO vs puhelinkeskus/ });
    const columns = within(table).getAllByRole("columnheader");
    expect(columns.map((column) => column.textContent)).toEqual(["BPO", "Puhelinkeskus"]);
    for (const column of columns) expect(column).toHaveAttribute("scope", "col");
    const rows = within(table)
      .getAllByRole("rowheader")
      .filter((header) => header.getAttribute("scope") === "row");
    expect(rows).toHaveLength(bpoVsCallCenter.parameters.length);
    expect(table.querySelectorAll("th[scope=rowgroup]")).toHaveLength(2);
    expect(within(table).getByRole("rowheader", { name: "Todellinen merkitys" })).toBeInTheDocument();
    expect(table.querySelector("[role=grid], [role=gridcell]")).toBeNull();
  });

  it("is named by its title and described by its description, not named by both at once", () => {
    const { rerender } = render(<ComparisonTable data={bpoVsCallCenter} layout="table" locale="en" />);
    const table = screen.getByRole("table");
    expect(table).toHaveAccessibleName("BPO vs call centre");
    expect(table).toHaveAccessibleDescription(resolveText(bpoVsCallCenter.description, "en"));
    rerender(<ComparisonTable data={bpoVsCallCenter} layout="table" locale="en" caption="Two ways to serve" />);
    expect(screen.getByRole("table")).toHaveAccessibleName("Two ways to serve");
    expect(screen.getByRole("table")).toHaveAccessibleDescription("");
  });

  it("leads each group's tbody with a rowgroup header", () => {
    render(<ComparisonTable data={bpoVsCallCenter} layout="table" />);
    const groups = screen.getByRole("table").querySelectorAll("tbody");
    expect(groups).toHaveLength(2);
    const headers = [...groups].map((group) => group.querySelector("th[scope=rowgroup]")?.textContent);
    // Each group's label, then its description.
    expect(headers).toEqual([
      "VertailutaulukkoBPO:n ja puhelinkeskuksen vertailutaulukko",
      "Tärkeimmät erotTärkeimmät erot BPO:n ja Call Centerin välillä",
    ]);
  });

  it("names each group's header by its label alone, so its cells are not read with the description", () => {
    const { rerender } = render(<ComparisonTable data={bpoVsCallCenter} layout="table" />);
    const groupHeader = (name: string) => {
      const header = screen.getByRole("rowheader", { name });
      expect(header).toHaveAttribute("scope", "rowgroup");
      return header;
    };
    expect(groupHeader("Vertailutaulukko")).toHaveTextContent("BPO:n ja puhelinkeskuksen vertailutaulukko");
    expect(groupHeader("Tärkeimmät erot")).toBeInTheDocument();
    rerender(<ComparisonTable data={bpoVsCallCenter} layout="table" collapsibleGroups />);
    expect(groupHeader("Vertailutaulukko")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Vertailutaulukko" })).toHaveAttribute("aria-expanded", "true");
  });

  it("shows a group's description under its label, in the table's header row and in each stacked section", () => {
    const data = minimalComparison();
    data.groups = [{ id: "g", label: "Group", description: { fi: "Ryhmän kuvaus", en: "What the group holds" } }];
    const { rerender } = render(<ComparisonTable data={data} locale="fi" layout="table" collapsibleGroups />);
    const header = screen.getByRole("table").querySelector("th[scope=rowgroup]");
    expect(header).toHaveTextContent("GroupRyhmän kuvaus");
    // The button that opens and closes the group keeps the label alone as its name.
    expect(screen.getByRole("button", { name: "Group" })).toBeInTheDocument();
    rerender(<ComparisonTable data={data} locale="en" layout="stacked" collapsibleGroups />);
    for (const name of ["Alpha", "Beta"]) {
      const section = screen.getByRole("region", { name });
      expect(within(section).getByRole("heading", { name: "Group" })).toBeInTheDocument();
      expect(within(section).getByText("What the group holds")).toBeVisible();
    }
  });

  it("shows the data's default locale without a provider, and the provider's locale inside one", () => {
    const { unmount } = render(<ComparisonTable data={bpoVsCallCenter} layout="table" />);
    expect(screen.getByRole("columnheader", { name: "Puhelinkeskus" })).toBeInTheDocument();
    unmount();
    render(
      <VertailuProvider locale="en">
        <ComparisonTable data={bpoVsCallCenter} layout="table" />
      </VertailuProvider>,
    );
    expect(screen.getByRole("columnheader", { name: "Call centre" })).toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: "Show differences only" })).toBeInTheDocument();
  });

  it("marks the recommended column in words", () => {
    render(<ComparisonTable data={minimalComparison()} locale="en" layout="table" />);
    // The comma after the name is the stylesheet's: the browser tests check the name Chromium gives.
    expect(screen.getByRole("columnheader", { name: /^Beta,?\s*Recommended$/ })).toHaveAttribute(
      "data-highlighted",
      "true",
    );
    expect(screen.getByRole("columnheader", { name: "Alpha" })).not.toHaveAttribute("data-highlighted");
  });

  it("lets highlightOption move or remove the recommendation", () => {
    const { rerender } = render(<ComparisonTable data={minimalComparison()} locale="en" highlightOption="a" />);
    expect(screen.getByRole("columnheader", { name: /^Alpha,?\s*Recommended$/ })).toBeInTheDocument();
    rerender(<ComparisonTable data={minimalComparison()} locale="en" highlightOption={null} />);
    expect(screen.queryByText("Recommended")).toBeNull();
  });

  it("says on the console when highlightOption names no option of the data, and marks none", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const { rerender } = render(<ComparisonTable data={minimalComparison()} locale="en" highlightOption="alhpa" />);
      expect(screen.queryByText("Recommended")).toBeNull();
      expect(error).toHaveBeenCalledWith('vertailu ComparisonTable: highlightOption: unknown option id "alhpa"');
      error.mockClear();
      // A known id, and null (none), are no mistake.
      rerender(<ComparisonTable data={minimalComparison()} locale="en" highlightOption="b" />);
      rerender(<ComparisonTable data={minimalComparison()} locale="en" highlightOption={null} />);
      expect(error).not.toHaveBeenCalled();
    } finally {
      error.mockRestore();
    }
  });

  it("never leaves a cell empty: every kind has words", () => {
    render(<ComparisonTable data={minimalComparison()} locale="en" layout="table" />);
    const cells = [...screen.getByRole("table").querySelectorAll("tbody td")];
    expect(cells).toHaveLength(12);
    for (const cell of cells) expect(cell.textContent?.trim()).not.toBe("");
  });

  it.each([
    ["check yes", "Yes"],
    ["check partial", "Partial"],
    ["number with unit, formatted for the locale", "1,200.5 €"],
    ["rating", "4 of 5"],
    ["types as badges", "Type one"],
    ["list items", "two"],
    ["not applicable", "Not applicable"],
    ["unknown", "Unknown"],
  ])("renders %s", (_kind, text) => {
    render(<ComparisonTable data={minimalComparison()} locale="en" layout="table" />);
    expect(within(screen.getByRole("table")).getByText(text)).toBeInTheDocument();
  });

  it("treats an empty locale as none: strings and texts both follow the data's defaultLocale", () => {
    render(<ComparisonTable data={minimalComparison()} locale="" layout="table" />);
    expect(screen.getByRole("checkbox", { name: "Näytä vain erot" })).toBeInTheDocument();
    expect(screen.getByRole("columnheader", { name: /Beeta/ })).toBeInTheDocument();
  });

  it("formats numbers for Finnish", () => {
    render(<ComparisonTable data={minimalComparison()} locale="fi" layout="table" />);
    expect(within(screen.getByRole("table")).getByText("1 200,5 €")).toBeInTheDocument();
  });

  it("passes through ref, className, style and DOM props to its one outer element", () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <ComparisonTable ref={ref} data={minimalComparison()} className="mine" style={{ margin: 3 }} data-testid="t" />,
    );
    const outer = screen.getByTestId("t");
    expect(ref.current).toBe(outer);
    expect(outer).toHaveClass("mine", "vertailu-comparison-table");
    expect(outer).toHaveAttribute("data-slot", "comparison-table");
    expect(outer).toHaveStyle({ margin: "3px" });
  });

  it("does not render its rows again when the host passes equal messages as a new object", () => {
    const renderCell = vi.fn(() => undefined);
    const data = minimalComparison();
    const table = (yes: string) => (
      <ComparisonTable data={data} locale="en" messages={{ yes }} renderCell={renderCell} layout="table" />
    );
    const { rerender } = render(table("Yep"));
    const cells = renderCell.mock.calls.length;
    expect(cells).toBeGreaterThan(0);
    rerender(table("Yep"));
    expect(renderCell).toHaveBeenCalledTimes(cells);
    rerender(table("Yes indeed"));
    expect(renderCell.mock.calls.length).toBeGreaterThan(cells);
    expect(screen.getByText("Yes indeed")).toBeInTheDocument();
  });

  it("takes the export's strings through its messages too, for the download button and the CSV's first column", () => {
    render(
      <ComparisonTable
        data={minimalComparison()}
        locale="fi"
        messages={{ downloadCsv: "Lataa taulukko" }}
        toolbar={<CsvDownloadButton />}
      />,
    );
    expect(screen.getByRole("button", { name: "Lataa taulukko" })).toBeInTheDocument();
    render(<ComparisonTable data={minimalComparison()} locale="fi" toolbar={<CsvDownloadButton />} />);
    expect(screen.getByRole("button", { name: "Lataa CSV" })).toBeInTheDocument();
    expect(toCSV(minimalComparison(), { locale: "fi" }).split("\r\n")[0]).toBe("Parametri,Alpha,Beeta");
  });

  it("overrides built-in strings through messages", () => {
    render(<ComparisonTable data={minimalComparison()} locale="en" messages={{ yes: "Yep" }} layout="table" />);
    expect(screen.getByText("Yep")).toBeInTheDocument();
  });
});

describe("descriptions", () => {
  it("gives the info button the parameter's description as its accessible description", () => {
    render(<ComparisonTable data={bpoVsCallCenter} locale="en" layout="table" />);
    const description = resolveText(bpoVsCallCenter.parameters.find((p) => p.id === "scope")?.description, "en");
    const label = resolveText(bpoVsCallCenter.parameters.find((p) => p.id === "scope")?.label, "en");
    const button = screen.getByRole("button", { name: `About ${label}` });
    expect(button).toHaveAccessibleDescription(description);
    expect(screen.getByRole("rowheader", { name: label })).toBeInTheDocument();
  });

  it("says the description once while the tooltip is open, not once more for the tooltip", async () => {
    render(<ComparisonTable data={bpoVsCallCenter} locale="en" layout="table" />);
    const parameter = bpoVsCallCenter.parameters.find((p) => p.id === "scope");
    const button = screen.getByRole("button", { name: `About ${resolveText(parameter?.label, "en")}` });
    await userEvent.hover(button);
    expect(await screen.findByRole("tooltip")).toHaveTextContent(resolveText(parameter?.description, "en"));
    expect(button.getAttribute("aria-describedby")?.split(" ")).toHaveLength(1);
    expect(button).toHaveAccessibleDescription(resolveText(parameter?.description, "en"));
  });
});

describe("differences only", () => {
  it.each([0, 1, 3])("hides the %i identical rows and says how many", async (count) => {
    render(<ComparisonTable data={withIdenticalRows(count)} locale="en" layout="table" />);
    const before = screen.getAllByRole("rowheader").length;
    await userEvent.click(screen.getByRole("checkbox", { name: "Show differences only" }));
    expect(screen.getAllByRole("rowheader")).toHaveLength(before - count);
    expect(screen.getByRole("status")).toHaveTextContent(
      count === 0 ? "All rows shown" : count === 1 ? "1 identical row hidden" : `${count} identical rows hidden`,
    );
  });

  it("renders no shown value again in the stacked layout when identical rows hide or return", async () => {
    const renderCell = vi.fn(() => undefined);
    const { container } = render(
      <ComparisonTable data={withIdenticalRows(2)} locale="en" layout="stacked" renderCell={renderCell} />,
    );
    const pairs = () => container.querySelectorAll(".vertailu-comparison-table__pair").length;
    const shown = pairs();
    const rendered = renderCell.mock.calls.length;
    expect(rendered).toBe(shown);
    const toggle = screen.getByRole("checkbox", { name: "Show differences only" });
    await userEvent.click(toggle);
    const hidden = shown - pairs();
    expect(hidden).toBeGreaterThanOrEqual(4);
    expect(renderCell).toHaveBeenCalledTimes(rendered);
    await userEvent.click(toggle);
    expect(pairs()).toBe(shown);
    expect(renderCell).toHaveBeenCalledTimes(rendered + hidden);
  });

  it("compares values, not objects: a bare text equals the same text cell", async () => {
    const data = minimalComparison();
    data.parameters = [
      ...data.parameters,
      { id: "eq", label: "Eq", values: { a: "same", b: { kind: "text", text: { fi: "same" } } } },
    ];
    render(<ComparisonTable data={data} locale="fi" defaultDifferencesOnly layout="table" />);
    expect(screen.queryByRole("rowheader", { name: "Eq" })).toBeNull();
    expect(screen.getByRole("status")).toHaveTextContent("1 rivi ilman eroja piilotettu");
  });

  it("compares lists item by item, not as their joined text", () => {
    const data = minimalComparison();
    data.parameters = [
      ...data.parameters,
      {
        id: "split",
        label: "Split",
        values: { a: { kind: "list", items: ["a; b"] }, b: { kind: "list", items: ["a", "b"] } },
      },
      {
        id: "same",
        label: "Same",
        values: { a: { kind: "list", items: ["a", " b"] }, b: { kind: "list", items: ["a", "b"] } },
      },
    ];
    render(<ComparisonTable data={data} locale="en" defaultDifferencesOnly layout="table" />);
    expect(screen.getByRole("rowheader", { name: "Split" })).toBeInTheDocument();
    expect(screen.queryByRole("rowheader", { name: "Same" })).toBeNull();
  });

  it("compares numbers as they read: float noise is no difference, a shown digit is", () => {
    const data = minimalComparison();
    const number = (value: number) => ({ kind: "number" as const, value, unit: "€" });
    data.parameters = [
      ...data.parameters,
      { id: "noise", label: "Noise", values: { a: number(0.1 + 0.2), b: number(0.3) } },
      { id: "digit", label: "Digit", values: { a: number(0.3000001), b: number(0.3) } },
    ];
    render(<ComparisonTable data={data} locale="en" defaultDifferencesOnly layout="table" />);
    expect(screen.queryByRole("rowheader", { name: "Noise" })).toBeNull();
    expect(screen.getByRole("rowheader", { name: "Digit" })).toBeInTheDocument();
  });

  it("compares ratings by value and maximum, also when the host's words leave the maximum out", () => {
    const data = minimalComparison();
    const rating = (value: number, max: number) => ({ kind: "rating" as const, value, max });
    data.parameters = [
      ...data.parameters,
      { id: "scale", label: "Scale", values: { a: rating(3, 5), b: rating(3, 10) } },
      { id: "same", label: "Same", values: { a: rating(4, 5), b: rating(4, 5) } },
    ];
    render(
      <ComparisonTable
        data={data}
        locale="en"
        defaultDifferencesOnly
        layout="table"
        messages={{ ratingValue: "{value} ★" }}
      />,
    );
    expect(screen.getByRole("rowheader", { name: "Scale" })).toBeInTheDocument();
    expect(screen.queryByRole("rowheader", { name: "Same" })).toBeNull();
  });

  it("compares a localized text in the current locale", () => {
    const data = minimalComparison();
    data.parameters = [
      ...data.parameters,
      {
        id: "loc",
        label: "Loc",
        values: { a: { fi: "sama", en: "one" }, b: { fi: "sama", en: "two" } },
      },
    ];
    const { unmount } = render(<ComparisonTable data={data} locale="fi" defaultDifferencesOnly layout="table" />);
    expect(screen.queryByRole("rowheader", { name: "Loc" })).toBeNull();
    unmount();
    render(<ComparisonTable data={data} locale="en" defaultDifferencesOnly layout="table" />);
    expect(screen.getByRole("rowheader", { name: "Loc" })).toBeInTheDocument();
  });

  it("is controllable", async () => {
    const onChange = vi.fn();
    render(
      <ComparisonTable
        data={withIdenticalRows(2)}
        locale="en"
        differencesOnly={false}
        onDifferencesOnlyChange={onChange}
      />,
    );
    const toggle = screen.getByRole("checkbox", { name: "Show differences only" });
    await userEvent.click(toggle);
    expect(onChange).toHaveBeenCalledWith(true);
    expect(toggle).not.toBeChecked();
  });
});

describe("composition", () => {
  it("renders only the given ParameterRows, in their order", () => {
    render(
      <ComparisonTable data={bpoVsCallCenter} layout="table">
        <ParameterRow parameter="pay" />
        <ParameterRow parameter="meaning" />
      </ComparisonTable>,
    );
    const rows = screen.getAllByRole("rowheader");
    expect(rows).toHaveLength(2);
    expect(rows[0]).toBe(screen.getByRole("rowheader", { name: "Palkkaus" }));
    expect(rows[1]).toBe(screen.getByRole("rowheader", { name: "Todellinen merkitys" }));
  });

  it("shows an option named twice in options once, and takes a readonly list", () => {
    const options = ["b", "a", "b"] as const;
    render(<ComparisonTable data={minimalComparison()} options={options} locale="en" layout="table" />);
    expect(screen.getAllByRole("columnheader").map((header) => header.textContent)).toEqual([
      "BetaRecommended",
      "Alpha",
    ]);
  });

  it("shows only the given options, in the given order", () => {
    const data = minimalComparison();
    render(<ComparisonTable data={data} options={["b", "a"]} locale="en" layout="table" />);
    expect(screen.getAllByRole("columnheader").map((header) => header.textContent)).toEqual([
      "BetaRecommended",
      "Alpha",
    ]);
  });
});

describe("notes", () => {
  it("numbers notes and links each cell to its note and back", () => {
    render(<ComparisonTable data={minimalComparison()} locale="en" layout="table" />);
    const ref = screen.getByRole("link", { name: "Note 1" });
    const noteId = ref.getAttribute("href")?.slice(1) ?? "";
    const note = document.getElementById(noteId);
    expect(note).toHaveTextContent("Not published");
    expect(within(note as HTMLElement).getByRole("link", { name: /Back to the comparison/ })).toHaveAttribute(
      "href",
      `#${ref.id}`,
    );
  });

  it("lists sources with safe links only", () => {
    const data = minimalComparison();
    data.sources = [...(data.sources ?? []), { id: "bad", title: "Bad", url: "javascript:alert(1)" }];
    render(<ComparisonTable data={data} locale="en" layout="table" />);
    expect(screen.getByRole("link", { name: "Source" })).toHaveAttribute("href", "https://example.org/a");
    expect(screen.getByText("Bad").closest("a")).toBeNull();
  });
});

describe("notes and sources headings", () => {
  it("are headings a screen reader can jump to, at the table's heading level", () => {
    const { unmount } = render(<ComparisonTable data={minimalComparison()} locale="en" layout="table" />);
    expect(screen.getByRole("heading", { level: 3, name: "Notes" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 3, name: "Sources" })).toBeInTheDocument();
    unmount();
    render(<ComparisonTable data={minimalComparison()} locale="fi" layout="table" headingLevel={2} />);
    expect(screen.getByRole("heading", { level: 2, name: "Huomautukset" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "Lähteet" })).toBeInTheDocument();
  });
});

describe("the stacked layout's parameter names", () => {
  it("are named by the label alone, as the table's row headers are, so focus on one is not told the info button too", () => {
    const { container } = render(<ComparisonTable data={bpoVsCallCenter} locale="en" layout="stacked" />);
    const scope = bpoVsCallCenter.parameters.find((parameter) => parameter.id === "scope");
    expect(scope?.description).toBeDefined();
    const terms = [...container.querySelectorAll<HTMLElement>("dt")].filter((term) =>
      term.textContent?.startsWith("Scope"),
    );
    expect(terms).toHaveLength(2);
    for (const term of terms) {
      expect(term).toHaveAccessibleName("Scope");
      expect(within(term).getByRole("button")).toHaveAccessibleName("About Scope");
    }
    // Each section's ids are its own.
    expect(new Set(terms.map((term) => term.getAttribute("aria-labelledby"))).size).toBe(2);
  });
});

describe("option picker", () => {
  const eight: Comparison = {
    ...minimalComparison(),
    options: Array.from({ length: 5 }, (_, index) => ({ id: `o${index}`, name: `Option ${index}` })),
    parameters: [
      { id: "p", label: "P", values: Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`o${i}`, `v${i}`])) },
    ],
  };

  it("appears with more than three options and keeps at least two", async () => {
    render(<ComparisonTable data={eight} locale="en" layout="table" />);
    const picker = screen.getByRole("group", { name: "Options to compare" });
    for (const index of [0, 1, 2]) {
      await userEvent.click(within(picker).getByRole("checkbox", { name: `Option ${index}` }));
    }
    expect(screen.getAllByRole("columnheader")).toHaveLength(2);
    const last = within(picker).getByRole("checkbox", { name: "Option 3" });
    expect(last).toHaveAttribute("aria-disabled", "true");
    expect(picker).toHaveAccessibleDescription("Choose at least two.");
    // It cannot be unchecked, by pointer or by keyboard.
    await userEvent.click(last);
    last.focus();
    await userEvent.keyboard(" ");
    expect(last).toBeChecked();
    expect(screen.getAllByRole("columnheader")).toHaveLength(2);
  });

  it("keeps the last two shown options in the Tab order, so a keyboard reader finds which they are", async () => {
    render(<ComparisonTable data={eight} locale="en" layout="table" />);
    const picker = screen.getByRole("group", { name: "Options to compare" });
    for (const index of [0, 1, 2]) {
      await userEvent.click(within(picker).getByRole("checkbox", { name: `Option ${index}` }));
    }
    within(picker).getByRole("checkbox", { name: "Option 0" }).focus();
    const reached: string[] = [];
    for (let press = 0; press < 4; press++) {
      await userEvent.tab();
      reached.push(document.activeElement?.closest("label")?.textContent ?? "");
    }
    expect(reached).toEqual(["Option 1", "Option 2", "Option 3", "Option 4"]);
  });

  it("shows a short name and says the full one too, so a short name such as O3 tells which option it is", () => {
    const short: Comparison = {
      ...eight,
      options: eight.options.map((option, index) => ({ ...option, shortName: `O${index}` })),
    };
    render(<ComparisonTable data={short} locale="en" layout="table" />);
    const picker = screen.getByRole("group", { name: "Options to compare" });
    // The comma after "O3" is the stylesheet's: the browser tests check the name Chromium gives.
    const third = within(picker).getByRole("checkbox", { name: /^O3,?\s*Option 3$/ });
    // The visible label is where the name starts (WCAG 2.5.3).
    expect(third.closest("label")?.querySelector("span")).toHaveTextContent(/^O3$/);
    // An option without a short name is named once.
    render(<ComparisonTable data={eight} locale="en" layout="table" />);
    expect(screen.getAllByRole("checkbox", { name: "Option 3" })).toHaveLength(1);
  });

  it("does not appear with two options", () => {
    render(<ComparisonTable data={minimalComparison()} />);
    expect(screen.queryByRole("group")).toBeNull();
  });
});

describe("stacked layout", () => {
  it("gives each option a section with a description list of parameters and values", () => {
    render(<ComparisonTable data={minimalComparison()} locale="en" layout="stacked" />);
    expect(screen.queryByRole("table")).toBeNull();
    const alpha = screen.getByRole("region", { name: "Alpha" });
    expect(within(alpha).getByRole("heading", { level: 3, name: "Alpha" })).toBeInTheDocument();
    const terms = within(alpha)
      .getAllByRole("term")
      .map((term) => term.textContent);
    expect(terms).toEqual(["Check", "Number", "Rating", "Types", "List", "Text"]);
    expect(within(alpha).getByText("1,200.5 €")).toBeInTheDocument();
  });

  it("names its view by the comparison's title alone, and lists the types in a cell one by one", () => {
    render(<ComparisonTable data={bpoVsCallCenter} locale="en" layout="stacked" />);
    const view = screen.getByRole("region", { name: "BPO vs call centre" });
    // The description follows the name, as the view's first words, not inside it.
    expect(view).toHaveTextContent(/^BPO vs call centreBPO and the call centre are two types/);
    const callCentre = within(view).getByRole("region", { name: "Call centre" });
    const types = within(callCentre).getByRole("list");
    const items = within(types).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(/^Inbound call centre/);
    expect(items[1]).toHaveTextContent(/^Outbound call centre/);
  });

  it("offers each parameter's description as the table does, under ids of its own", () => {
    const { container } = render(<ComparisonTable data={bpoVsCallCenter} locale="en" layout="stacked" />);
    const parameter = bpoVsCallCenter.parameters.find((p) => p.id === "scope");
    const buttons = screen.getAllByRole("button", { name: `About ${resolveText(parameter?.label, "en")}` });
    expect(buttons).toHaveLength(bpoVsCallCenter.options.length);
    for (const button of buttons) expect(button).toHaveAccessibleDescription(resolveText(parameter?.description, "en"));
    const idList = [...container.querySelectorAll("[id]")].map((element) => element.id);
    expect(idList.filter((id, index) => idList.indexOf(id) !== index)).toEqual([]);
  });

  it("closes a group in its own section only, so the sections below do not move", async () => {
    render(<ComparisonTable data={minimalComparison()} locale="en" layout="stacked" collapsibleGroups />);
    const alpha = screen.getByRole("region", { name: "Alpha" });
    const beta = screen.getByRole("region", { name: "Beta" });
    await userEvent.click(within(alpha).getByRole("button", { name: "Group" }));
    expect(within(alpha).getByRole("button", { name: "Group" })).toHaveAttribute("aria-expanded", "false");
    expect(within(alpha).getByText("Text", { selector: "dt" })).not.toBeVisible();
    // Beta's copy of the group is untouched.
    expect(within(beta).getByRole("button", { name: "Group" })).toHaveAttribute("aria-expanded", "true");
    expect(within(beta).getByText("Text", { selector: "dt" })).toBeVisible();
    await userEvent.click(within(alpha).getByRole("button", { name: "Group" }));
    expect(within(alpha).getByRole("button", { name: "Group" })).toHaveAttribute("aria-expanded", "true");
    expect(within(alpha).getByText("Text", { selector: "dt" })).toBeVisible();
  });

  it("keeps a group closed in the table apart from the stacked sections, note included", async () => {
    const data = minimalComparison();
    const grouped = data.parameters.find((parameter) => parameter.id === "text");
    if (!grouped) throw new Error("no grouped parameter");
    grouped.values.a = { kind: "text", text: "plain", note: "A note on a grouped row" };
    const { rerender } = render(<ComparisonTable data={data} locale="en" layout="table" collapsibleGroups />);
    await userEvent.click(screen.getByRole("button", { name: "Group" }));
    expect(screen.getByText("A note on a grouped row").closest("li")).not.toBeVisible();
    rerender(<ComparisonTable data={data} locale="en" layout="stacked" collapsibleGroups />);
    // The row shows in every section, and the note its link points to shows with it.
    for (const name of ["Alpha", "Beta"]) {
      const section = screen.getByRole("region", { name });
      expect(within(section).getByRole("button", { name: "Group" })).toHaveAttribute("aria-expanded", "true");
      expect(within(section).getByText("Text", { selector: "dt" })).toBeVisible();
    }
    expect(screen.getByText("A note on a grouped row").closest("li")).toBeVisible();
  });

  it("hides a note while its cell's group is closed in that cell's section, so no link back leads nowhere", async () => {
    const data = minimalComparison();
    const grouped = data.parameters.find((parameter) => parameter.id === "text");
    if (!grouped) throw new Error("no grouped parameter");
    grouped.values.a = { kind: "text", text: "plain", note: "A note on Alpha's cell" };
    render(<ComparisonTable data={data} locale="en" layout="stacked" collapsibleGroups />);
    const note = () => screen.getByText("A note on Alpha's cell").closest("li");
    const alpha = screen.getByRole("region", { name: "Alpha" });
    const beta = screen.getByRole("region", { name: "Beta" });
    // Closing the group in the other option's section leaves the note: its cell still shows.
    await userEvent.click(within(beta).getByRole("button", { name: "Group" }));
    expect(note()).toBeVisible();
    await userEvent.click(within(alpha).getByRole("button", { name: "Group" }));
    expect(within(alpha).getByRole("link", { name: /Note \d/, hidden: true })).not.toBeVisible();
    expect(note()).not.toBeVisible();
    await userEvent.click(within(alpha).getByRole("button", { name: "Group" }));
    expect(note()).toBeVisible();
  });

  it("leaves out a group whose rows differences-only hides, button and all", () => {
    const data = minimalComparison();
    const grouped = data.parameters.find((parameter) => parameter.id === "text");
    if (!grouped) throw new Error("no grouped parameter");
    grouped.values.b = "plain";
    render(<ComparisonTable data={data} locale="en" layout="stacked" collapsibleGroups differencesOnly />);
    expect(screen.queryByRole("button", { name: "Group" })).toBeNull();
    expect(screen.getAllByRole("term").length).toBeGreaterThan(0);
  });
});

describe("bad input", () => {
  const cases: [string, () => unknown, Record<string, unknown>, RegExp][] = [
    ["data that is not an object", () => "nope", {}, /expected a comparison object/],
    [
      "fewer than two options",
      () => ({ ...minimalComparison(), options: [{ id: "a", name: "A" }] }),
      {},
      /options: a comparison needs at least 2 options/,
    ],
    [
      "options naming unknown ids",
      () => minimalComparison(),
      { options: ["a", "zzz"] },
      /options: unknown option id "zzz"/,
    ],
    [
      "a parameter with no value for a shown option",
      () => {
        const data = minimalComparison();
        const values = data.parameters[0]?.values as Record<string, unknown>;
        delete values.b;
        return data;
      },
      {},
      /parameters\[0\]\.values\.b: no value for option "b"/,
    ],
    [
      "a value of an unknown kind",
      () => {
        const data = minimalComparison();
        (data.parameters[1]?.values as Record<string, unknown>).a = { kind: "sparkle" };
        return data;
      },
      {},
      /parameters\[1\]\.values\.a\.kind: unknown cell kind "sparkle"/,
    ],
    [
      "two options with one id",
      () => {
        const data = minimalComparison();
        Object.assign(data.options[1] ?? {}, { id: "a" });
        return data;
      },
      {},
      /options\[1\]\.id: duplicate id "a" in options/,
    ],
    [
      "two parameters with one id",
      () => {
        const data = minimalComparison();
        Object.assign(data.parameters[1] ?? {}, { id: "text" });
        return data;
      },
      {},
      /parameters\[1\]\.id: duplicate id "text" in parameters/,
    ],
  ];

  it.each(cases)("shows an error box for %s, logs once and does not throw", (_name, data, props, message) => {
    const error = silenceErrors();
    render(<ComparisonTable data={data() as Comparison} {...props} />);
    expect(screen.getByRole("alert")).toHaveTextContent(message);
    expect(screen.queryByRole("table")).toBeNull();
    expect(error).toHaveBeenCalledTimes(1);
  });

  it("names the first five problems, says how many more there are, and logs them all", () => {
    const error = silenceErrors();
    const data = minimalComparison();
    // Every cell of option b gone: one problem per parameter.
    for (const parameter of data.parameters) delete (parameter.values as Record<string, unknown>).b;
    render(<ComparisonTable data={data} />);
    const items = within(screen.getByRole("alert")).getAllByRole("listitem");
    const problems = data.parameters.length;
    expect(problems).toBeGreaterThan(5);
    expect(items).toHaveLength(6);
    expect(items[0]).toHaveTextContent('parameters[0].values.b: no value for option "b"');
    expect(items[5]).toHaveTextContent(`…and ${problems - 5} more`);
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]?.[0]).match(/no value for option "b"/g)).toHaveLength(problems);
  });

  it("keeps ref, className and DOM props on the error box in its place", () => {
    silenceErrors();
    const ref = createRef<HTMLDivElement>();
    render(<ComparisonTable ref={ref} data={{} as Comparison} className="mine" id="prices" data-testid="table" />);
    const alert = screen.getByRole("alert");
    expect(ref.current).toBe(alert);
    expect(alert).toHaveClass("mine", "vertailu-error");
    expect(alert).toHaveAttribute("id", "prices");
    expect(alert).toHaveAttribute("data-testid", "table");
  });

  it("shows an error box for a ParameterRow naming an unknown parameter", () => {
    const error = silenceErrors();
    render(
      <ComparisonTable data={minimalComparison()}>
        <ParameterRow parameter="text" />
        <ParameterRow parameter="nope" />
      </ComparisonTable>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent('ParameterRow names unknown parameter "nope"');
    expect(error).toHaveBeenCalledTimes(1);
  });

  it("contains a throwing custom cell renderer in its own error box", () => {
    silenceErrors();
    render(
      <div>
        <p>Host content</p>
        <ComparisonTable
          data={minimalComparison()}
          renderCell={() => {
            throw new Error("renderer broke");
          }}
        />
      </div>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("rendering failed: renderer broke");
    // The English default title and the English problem: the box says which language it speaks.
    expect(screen.getByRole("alert")).toHaveTextContent("This comparison cannot be shown");
    expect(screen.getByRole("alert")).toHaveAttribute("lang", "en");
    expect(screen.getByText("Host content")).toBeInTheDocument();
  });
});

describe("two tables of one comparison on a page", () => {
  it.each(["auto", "stacked"] as const)(
    "says on the console, in the %s layout, that their ids collide, and not once each has its own idPrefix",
    (layout) => {
      const error = vi.spyOn(console, "error").mockImplementation(() => {});
      try {
        const { unmount } = render(
          <>
            <ComparisonTable data={bpoVsCallCenter} layout={layout} />
            <ComparisonTable data={bpoVsCallCenter} layout={layout} />
          </>,
        );
        expect(error).toHaveBeenCalledWith(
          'vertailu ComparisonTable: idPrefix: "bpo-vs-call-center" is taken: give each table its own',
        );
        unmount();
        error.mockClear();
        render(
          <>
            <ComparisonTable data={bpoVsCallCenter} layout={layout} />
            <ComparisonTable data={bpoVsCallCenter} layout={layout} idPrefix="bpo-summary" />
          </>,
        );
        expect(error).not.toHaveBeenCalled();
      } finally {
        error.mockRestore();
      }
    },
  );

  it("says nothing for one table, whose table and stacked layouts each have their own title", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      render(<ComparisonTable data={bpoVsCallCenter} layout="auto" />);
      render(<ComparisonTable data={bpoVsCallCenter} layout="table" idPrefix="other" />);
      expect(error).not.toHaveBeenCalled();
    } finally {
      error.mockRestore();
    }
  });
});

describe("server rendering", () => {
  it("renderToString gives the complete table text", () => {
    const html = renderToString(<ComparisonTable data={bpoVsCallCenter} />);
    const container = document.createElement("div");
    container.innerHTML = html;
    const text = container.textContent ?? "";
    for (const parameter of bpoVsCallCenter.parameters) {
      expect(text).toContain(resolveText(parameter.label, "fi"));
      for (const option of bpoVsCallCenter.options) {
        const cell = parameter.values[option.id];
        if (cell && typeof cell === "object" && "kind" in cell && cell.kind === "text") {
          expect(text).toContain(resolveText(cell.text, "fi"));
        }
      }
    }
    expect(container.querySelector("table caption")?.textContent).toContain("BPO vs puhelinkeskus");
  });
});

/** A small RFC 4180 reader, to check the CSV the way a spreadsheet would read it. */
function parseCsv(csv: string, separator = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < csv.length; index++) {
    const char = csv[index];
    if (quoted) {
      if (char === '"' && csv[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(field);
      field = "";
    } else if (char === "\r" && csv[index + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      index++;
    } else field += char;
  }
  return rows;
}

describe("toCSV and toMarkdown", () => {
  it("give the same rows and cell texts as the table", () => {
    render(<ComparisonTable data={minimalComparison()} locale="en" layout="table" />);
    const table = screen.getByRole("table");
    const tableRows = [...table.querySelectorAll<HTMLElement>("tbody tr")]
      .filter((row) => within(row).queryAllByRole("cell").length > 0)
      .map((row) => [
        within(row).getByRole("rowheader").textContent ?? "",
        ...within(row)
          .getAllByRole("cell")
          .map((cell) => {
            const clone = cell.cloneNode(true) as HTMLElement;
            for (const sup of clone.querySelectorAll("sup")) sup.remove();
            for (const item of clone.querySelectorAll("li:not(:last-child)")) item.append("; ");
            for (const badge of [...clone.querySelectorAll("[data-slot=type-badge]")].slice(0, -1)) badge.append(", ");
            return clone.textContent ?? "";
          }),
      ]);
    const csvRows = parseCsv(toCSV(minimalComparison(), { locale: "en" })).slice(1);
    expect(csvRows).toEqual(tableRows);
    const markdown = toMarkdown(minimalComparison(), { locale: "en" }).trimEnd().split("\n");
    expect(markdown[0]).toBe("| Parameter | Alpha | Beta |");
    expect(markdown[1]).toBe("| --- | --- | --- |");
    expect(markdown.slice(2).map((line) => line.slice(2, -2).split(" | "))).toEqual(tableRows);
  });

  it("name a built-in type the data does not define by its label, as the badge does", () => {
    const data = minimalComparison();
    data.parameters = [{ id: "t", label: "Types", values: { a: { kind: "types", types: ["vertical-bpo"] }, b: "x" } }];
    render(<ComparisonTable data={data} locale="en" layout="table" />);
    // One badge or several, each an item of the cell's list.
    const cell = within(screen.getByRole("table")).getByText("Vertical BPO").closest("td") as HTMLElement;
    expect(within(within(cell).getByRole("list")).getByRole("listitem")).toHaveTextContent("Vertical BPO");
    expect(parseCsv(toCSV(data, { locale: "en" }))[1]).toEqual(["Types", "Vertical BPO", "x"]);
  });

  it("default to the locale the table shows without one, also when the data names no defaultLocale", () => {
    const data = minimalComparison();
    delete data.defaultLocale;
    render(<ComparisonTable data={data} layout="table" />);
    expect(screen.getByRole("columnheader", { name: /Beeta/ })).toBeInTheDocument();
    expect(parseCsv(toCSV(data))[0]).toEqual(["Parametri", "Alpha", "Beeta"]);
    expect(toMarkdown(data).split("\n")[0]).toBe("| Parametri | Alpha | Beeta |");
  });

  it("quotes CSV fields by RFC 4180 and defuses formulas", () => {
    const data = minimalComparison();
    data.parameters = [{ id: "q", label: 'Say "hi", then\nleave', values: { a: "=SUM(A1)", b: "-12" } }];
    const csv = toCSV(data, { locale: "en" });
    expect(csv).toBe('Parameter,Alpha,Beta\r\n"Say ""hi"", then\nleave",\'=SUM(A1),-12\r\n');
  });

  it("defuses formulas that start like a number, leaving only whole numbers unmarked", () => {
    const data = minimalComparison();
    data.parameters = [
      { id: "n", label: "Numbers", values: { a: "+3.5", b: "-1,200.5" } },
      { id: "h", label: "Link", values: { a: '+1+HYPERLINK("http://evil.example","click")', b: "-12 €" } },
      { id: "c", label: "Command", values: { a: "-2+3+cmd|' /C calc'!A0", b: "@SUM(1)" } },
    ];
    const [, numbers, link, command] = toCSV(data, { locale: "en" }).split("\r\n");
    expect(numbers).toBe('Numbers,+3.5,"-1,200.5"');
    expect(link).toBe('Link,"\'+1+HYPERLINK(""http://evil.example"",""click"")",\'-12 €');
    expect(command).toBe("Command,'-2+3+cmd|' /C calc'!A0,'@SUM(1)");
  });

  it("writes data in Markdown as text: no HTML, links or emphasis a renderer would make of it", () => {
    const data = minimalComparison();
    data.parameters = [
      {
        id: "x",
        label: "<img src=x onerror=alert(1)>",
        values: { a: "[click](javascript:alert(1))", b: "*bold* _it_ `code` ~gone~ a & b \\" },
      },
    ];
    const [, , row] = toMarkdown(data, { locale: "en" }).split("\n");
    expect(row).toBe(
      "| &lt;img src=x onerror=alert(1)&gt; | \\[click\\](javascript:alert(1)) | \\*bold\\* \\_it\\_ \\`code\\` \\~gone\\~ a &amp; b \\\\ |",
    );
  });

  it("keeps every kind of line break inside its Markdown cell, a lone CR too", () => {
    const data = minimalComparison();
    data.parameters = [{ id: "x", label: "Breaks", values: { a: "a\r# Injected\r- item", b: "b\r\nc\nd" } }];
    const lines = toMarkdown(data, { locale: "en" })
      .trimEnd()
      .split(/\r\n?|\n/);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe("| Breaks | a<br># Injected<br>- item | b<br>c<br>d |");
  });

  it("separate fields with the separator asked for, the same fields whichever it is", () => {
    const data = minimalComparison();
    data.parameters = [{ id: "q", label: "a;b, c\td", values: { a: "1,5 kg", b: "x;y" } }];
    const rows = [
      ["Parametri", "Alpha", "Beeta"],
      ["a;b, c\td", "1,5 kg", "x;y"],
    ];
    for (const separator of [",", ";", "\t"] as const) {
      const csv = toCSV(data, { locale: "fi", separator });
      expect(csv.split("\r\n")[0]).toBe(rows[0]?.join(separator));
      expect(parseCsv(csv, separator)).toEqual(rows);
    }
    // Any other separator from a plain-JavaScript host is the RFC's comma.
    expect(toCSV(data, { locale: "fi", separator: "|" as never }).split("\r\n")[0]).toBe("Parametri,Alpha,Beeta");
  });

  it("start with a byte order mark only when asked to", () => {
    expect(toCSV(minimalComparison(), { locale: "en" }).charCodeAt(0)).not.toBe(0xfeff);
    const csv = toCSV(minimalComparison(), { locale: "en", bom: true });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(parseCsv(csv.slice(1))[0]).toEqual(["Parameter", "Alpha", "Beta"]);
  });

  it("refuse what the table would show an error box for, in words that name the place", () => {
    expect(() => toCSV("{}" as never)).toThrow("Cannot export this comparison: (root): expected a comparison object");
    expect(() => toMarkdown(minimalComparison(), { options: ["a", "zzz"] })).toThrow(
      'Cannot export this comparison: options: unknown option id "zzz"',
    );
    const data = minimalComparison();
    data.parameters = [{ id: "p", label: "P", values: { a: "x" } as never }];
    expect(() => toCSV(data)).toThrow('parameters[0].values.b: no value for option "b"');
  });

  it("refuses options that are not a list, in words", () => {
    expect(() => toCSV(minimalComparison(), { options: "a" as never })).toThrow(
      "options: expected a list of option ids, got string",
    );
  });

  it("escapes pipes in Markdown and follows options", () => {
    const data = minimalComparison();
    data.parameters = [{ id: "q", label: "a|b", values: { a: "x", b: "y" } }];
    expect(toMarkdown(data, { locale: "en", options: ["b"] })).toBe(
      "| Parameter | Beta |\n| --- | --- |\n| a\\|b | y |\n",
    );
  });
});
