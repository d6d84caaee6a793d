// A screen reader picks its voice from `lang`: each component marks the language its data texts
// are shown in, so Finnish data on an English host page is read in Finnish.
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import {
  type Comparison,
  ComparisonTable,
  DecisionMatrix,
  DecisionWizard,
  ProsConsPanel,
  type Text,
  TypeBadge,
  toCSV,
  toMarkdown,
  VertailuProvider,
} from "../../src/index.js";

const components: [string, string, (props: { data: Comparison; locale?: string }) => ReactElement][] = [
  ["ComparisonTable", "comparison-table", (props) => <ComparisonTable {...props} />],
  ["ProsConsPanel", "pros-cons-panel", (props) => <ProsConsPanel {...props} />],
  ["DecisionMatrix", "decision-matrix", (props) => <DecisionMatrix {...props} />],
  ["DecisionWizard", "decision-wizard", (props) => <DecisionWizard {...props} />],
];

const rootOf = (container: HTMLElement, slot: string) => {
  const root = container.querySelector(`[data-slot="${slot}"]`);
  if (!root) throw new Error(`no ${slot}`);
  return root;
};

/** The showcase data with plain-string texts only, and no defaultLocale: it says nothing of its language. */
function unlabelled(): Comparison {
  const data = structuredClone(bpoVsCallCenter) as Comparison & { defaultLocale?: string };
  const plain = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(plain);
    if (value === null || typeof value !== "object") return value;
    const record = value as Record<string, unknown>;
    if (typeof record.fi === "string") return record.fi;
    return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, plain(inner)]));
  };
  const result = plain(data) as Comparison;
  delete (result as { defaultLocale?: string }).defaultLocale;
  return result;
}

describe.each(components)("%s's lang", (_name, slot, Component) => {
  it("is the data's default locale when no locale is asked for", () => {
    const { container } = render(<Component data={bpoVsCallCenter} />);
    expect(rootOf(container, slot)).toHaveAttribute("lang", "fi");
  });

  it("is the asked locale, or its language, when the data is written in it", () => {
    const { container, rerender } = render(<Component data={bpoVsCallCenter} locale="en" />);
    expect(rootOf(container, slot)).toHaveAttribute("lang", "en");
    rerender(<Component data={bpoVsCallCenter} locale="en-GB" />);
    expect(rootOf(container, slot)).toHaveAttribute("lang", "en");
  });

  it("is the data's default locale when the data is not written in the asked one", () => {
    const { container } = render(<Component data={bpoVsCallCenter} locale="sv" />);
    expect(rootOf(container, slot)).toHaveAttribute("lang", "fi");
  });

  it("follows the component's own locale inside a provider of another", () => {
    const { container } = render(
      <VertailuProvider locale="fi">
        <Component data={bpoVsCallCenter} locale="en" />
      </VertailuProvider>,
    );
    expect(rootOf(container, slot)).toHaveAttribute("lang", "en");
  });

  it("is left to the host page when the data does not say its language", () => {
    const { container } = render(<Component data={unlabelled()} />);
    expect(rootOf(container, slot)).not.toHaveAttribute("lang");
  });

  it("is in the server-rendered markup", () => {
    const html = renderToString(
      <VertailuProvider>
        <Component data={bpoVsCallCenter} />
      </VertailuProvider>,
    );
    const root = new DOMParser().parseFromString(html, "text/html").querySelector(`[data-slot="${slot}"]`);
    expect(root?.getAttribute("lang")).toBe("fi");
  });
});

describe("numbers, in the language the component is shown in", () => {
  const priced = (title: Text, value = 1234.5): Comparison => ({
    schemaVersion: 1,
    id: "priced",
    title,
    defaultLocale: "fi",
    options: [
      { id: "a", name: "A" },
      { id: "b", name: "B" },
    ],
    parameters: [
      {
        id: "price",
        label: "Hinta",
        values: { a: { kind: "number", value, unit: "€" }, b: { kind: "number", value: -0.5, unit: "€" } },
      },
    ],
  });
  const cells = (container: HTMLElement) =>
    [...container.querySelectorAll("tbody td")].map((cell) => cell.textContent?.replace(/\s/g, " "));

  it("are Finnish in a table of Finnish-only data on an English page, as its words are", () => {
    const { container } = render(<ComparisonTable data={priced("Hinnat")} locale="en" layout="table" />);
    expect(rootOf(container, "comparison-table")).toHaveAttribute("lang", "fi");
    expect(cells(container)).toEqual(["1 234,5 €", "−0,5 €"]);
  });

  it("keep the reader's region when the data is in its language", () => {
    const { container } = render(
      <ComparisonTable data={priced({ fi: "Hinnat", en: "Prices" }, 1234567.5)} locale="en-IN" layout="table" />,
    );
    expect(rootOf(container, "comparison-table")).toHaveAttribute("lang", "en");
    expect(cells(container)).toEqual(["12,34,567.5 €", "-0.5 €"]);
  });

  it("are Finnish on a Filipino page too: a language whose code begins with the data's is another language", () => {
    const { container } = render(<ComparisonTable data={priced("Hinnat")} locale="fil" layout="table" />);
    expect(rootOf(container, "comparison-table")).toHaveAttribute("lang", "fi");
    expect(cells(container)).toEqual(["1 234,5 €", "−0,5 €"]);
    expect(toMarkdown(priced("Hinnat"), { locale: "fil" })).toContain("| Hinta | 1\u00a0234,5 € | −0,5 € |");
  });

  // The docs' promise: a locale matches in any letter case and with "_" for "-".
  for (const [locale, expected] of [
    ["fi_FI", "1 234,5 €"],
    ["FI_fi", "1 234,5 €"],
    ["en_GB", "1,234.5 €"],
    ["EN_gb", "1,234.5 €"],
  ] as const) {
    it(`are formatted for a reader's locale written ${locale}`, () => {
      const { container } = render(
        <ComparisonTable data={priced({ fi: "Hinnat", en: "Prices" })} locale={locale} layout="table" />,
      );
      expect(cells(container)[0]).toBe(expected);
      expect(toCSV(priced({ fi: "Hinnat", en: "Prices" }), { locale }).replace(/\s/g, " ")).toContain(expected);
    });
  }

  it("are under a provider that marks a locale written fi_FI with the language tag fi-FI", () => {
    const { container } = render(
      <VertailuProvider locale="fi_FI">
        <ComparisonTable data={priced({ fi: "Hinnat", en: "Prices" })} layout="table" />
      </VertailuProvider>,
    );
    expect(container.querySelector("[data-slot=provider]")).toHaveAttribute("lang", "fi-FI");
    expect(cells(container)[0]).toBe("1 234,5 €");
  });

  it("are the table's in toCSV and toMarkdown too", () => {
    expect(toMarkdown(priced("Hinnat"), { locale: "en" })).toBe(
      "| Parametri | A | B |\n| --- | --- | --- |\n| Hinta | 1\u00a0234,5 € | −0,5 € |\n",
    );
    expect(toCSV(priced({ fi: "Hinnat", en: "Prices" }, 1234567.5), { locale: "en-IN" })).toContain('"12,34,567.5 €"');
  });

  it("are English when the data is written in English too", () => {
    const { container } = render(
      <ComparisonTable data={priced({ fi: "Hinnat", en: "Prices" })} locale="en" layout="table" />,
    );
    expect(cells(container)).toEqual(["1,234.5 €", "-0.5 €"]);
  });
});

describe("error boxes: a title in the reader's language, problems marked as the English they are", () => {
  it.each(components)("%s's error box in Finnish", (_name, _slot, make) => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const { getByRole } = render(make({ data: { ...bpoVsCallCenter, options: [] }, locale: "fi" }));
      const alert = getByRole("alert");
      expect(alert).toHaveTextContent("Vertailua ei voi näyttää");
      const list = alert.querySelector("ul");
      expect(list).toHaveAttribute("lang", "en");
      expect(list).toHaveTextContent("options: a comparison needs at least 2 options");
    } finally {
      error.mockRestore();
    }
  });

  it("TypeBadge's unknown type", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const { getByRole } = render(
        <VertailuProvider locale="fi">
          <TypeBadge type="no-such-type" data={bpoVsCallCenter} />
        </VertailuProvider>,
      );
      expect(getByRole("alert")).toHaveAttribute("lang", "en");
      expect(getByRole("alert")).toHaveTextContent('unknown type "no-such-type"');
    } finally {
      error.mockRestore();
    }
  });
});

describe("a text the data has not translated", () => {
  const source = bpoVsCallCenter;
  const [bpo, callCentre] = source.options;
  const [first, , third] = source.questions ?? [];
  const pro = bpo?.pros?.[0];
  const proText = (pro && typeof pro === "object" && "text" in pro ? pro.text : pro) as Text;
  // The texts that lose their English below, and one that keeps it.
  const untranslated = [
    callCentre?.name,
    bpo?.description,
    proText,
    ...source.parameters.map((parameter) => parameter.label),
    first?.text,
    first?.answers[0]?.text,
    first?.answers[0]?.because,
    third?.help,
    source.types?.[0]?.label,
    source.description,
    source.groups?.[0]?.label,
    source.groups?.[1]?.description,
    source.sources?.[0]?.title,
    cellOf("meaning", "bpo").text,
    cellOf("pay", "bpo").note,
  ] as Text[];
  function cellOf(parameterId: string, optionId: string) {
    const cell = source.parameters.find((parameter) => parameter.id === parameterId)?.values[optionId];
    if (!cell || typeof cell !== "object" || !("kind" in cell)) throw new Error(`no cell ${parameterId}/${optionId}`);
    return cell as { text?: Text; note?: Text };
  }
  const fi = (text: Text | undefined) => (text as Record<string, string>).fi as string;
  const en = (text: Text | undefined) => (text as Record<string, string>).en as string;

  /**
   * The showcase data with those texts written only in Finnish: on an English page each is shown in
   * Finnish, the lookup's fallback, and must say so, or a reader reads Finnish in an English voice.
   */
  function partlyTranslated(): Comparison {
    const data = structuredClone(source);
    const texts = new Set(untranslated);
    const visit = (value: unknown, original: unknown) => {
      if (value === null || typeof value !== "object") return;
      if (texts.has(original as Text)) delete (value as Record<string, string>).en;
      for (const key of Object.keys(value)) visit((value as never)[key], (original as never)[key]);
    };
    visit(data, source);
    // A list cell with one item untranslated, and a short name the picker shows.
    const operations = data.parameters.find((parameter) => parameter.id === "operations");
    if (operations) operations.values.bpo = { kind: "list", items: [{ fi: "Yksi" }, { fi: "Kaksi", en: "Two" }] };
    if (data.options[1]) data.options[1].shortName = { fi: "PK" };
    return data;
  }

  /** The `lang` that applies where each text node reading exactly `text` stands; none found is a failure. */
  function langsOf(container: HTMLElement, text: string): (string | null)[] {
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    const found: (string | null)[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeValue === text) found.push(node.parentElement?.closest("[lang]")?.getAttribute("lang") ?? null);
    }
    if (found.length === 0) throw new Error(`no text "${text}"`);
    return [...new Set(found)];
  }

  const data = partlyTranslated();

  it("the test data keeps its English title, so the components are in English", () => {
    expect(en(data.title)).toBe(en(source.title));
    expect(data.options[1]?.name).toEqual({ fi: fi(callCentre?.name) });
  });

  it("is marked with its own language in the table: names, labels, groups, cells, notes and sources", () => {
    const { container } = render(<ComparisonTable data={data} locale="en" layout="table" showOptionPicker />);
    expect(rootOf(container, "comparison-table")).toHaveAttribute("lang", "en");
    const texts = [
      callCentre?.name,
      source.description,
      source.groups?.[0]?.label,
      source.groups?.[1]?.description,
      source.sources?.[0]?.title,
      cellOf("meaning", "bpo").text,
      cellOf("pay", "bpo").note,
      ...source.parameters.map((parameter) => parameter.label),
    ];
    for (const text of texts) expect(langsOf(container, fi(text)), fi(text)).toEqual(["fi"]);
    for (const text of ["Yksi", "PK"]) expect(langsOf(container, text)).toEqual(["fi"]);
    // The translated ones stay in the table's language.
    for (const text of ["Two", en(source.groups?.[1]?.label), en(cellOf("meaning", "call-center").text)])
      expect(langsOf(container, text)).toEqual(["en"]);
  });

  it("is marked with its own language in the table's stacked layout too", () => {
    const { container } = render(<ComparisonTable data={data} locale="en" layout="stacked" />);
    for (const text of [
      callCentre?.name,
      source.groups?.[0]?.label,
      cellOf("meaning", "bpo").text,
      source.parameters[0]?.label,
    ])
      expect(langsOf(container, fi(text)), fi(text)).toEqual(["fi"]);
  });

  it("is marked with its own language in the pros and cons", () => {
    const { container } = render(
      <ProsConsPanel data={data} options={["bpo", "call-center"]} showDescription locale="en" />,
    );
    expect(rootOf(container, "pros-cons-panel")).toHaveAttribute("lang", "en");
    for (const text of [callCentre?.name, bpo?.description, proText])
      expect(langsOf(container, fi(text))).toEqual(["fi"]);
    expect(langsOf(container, en(bpo?.pros?.[1] as Text))).toEqual(["en"]);
  });

  it("is marked with its own language in the decision matrix", () => {
    const { container } = render(<DecisionMatrix data={data} locale="en" />);
    expect(rootOf(container, "decision-matrix")).toHaveAttribute("lang", "en");
    // The name in the ranking and the column header, the label at the slider and the row header.
    expect(langsOf(container, fi(callCentre?.name))).toEqual(["fi"]);
    const label = container.querySelector("[data-slot=weight] label")?.textContent ?? "";
    expect(source.parameters.map((parameter) => fi(parameter.label))).toContain(label);
    expect(langsOf(container, label)).toEqual(["fi"]);
    expect(langsOf(container, en(bpo?.name))).toEqual(["en"]);
  });

  it("is marked with its own language in the wizard's questions, help and answers", () => {
    const { container, unmount } = render(<DecisionWizard data={data} locale="en" />);
    expect(rootOf(container, "decision-wizard")).toHaveAttribute("lang", "en");
    expect(langsOf(container, fi(first?.text))).toEqual(["fi"]);
    expect(langsOf(container, fi(first?.answers[0]?.text))).toEqual(["fi"]);
    expect(langsOf(container, en(first?.answers[1]?.text))).toEqual(["en"]);
    unmount();
    const { container: atThird } = render(
      <DecisionWizard
        data={data}
        locale="en"
        defaultStep={2}
        defaultAnswers={{ "back-office": "yes", "customer-calls": "yes" }}
      />,
    );
    expect(langsOf(atThird, fi(third?.help))).toEqual(["fi"]);
  });

  it("is marked with its own language in the wizard's result: points, reasons and related rows", () => {
    const answers = {
      "back-office": "yes",
      "customer-calls": "yes",
      scope: "local",
      confidentiality: "not-critical",
      "hidden-costs": "no",
    };
    // With the table on the page, so the links to its rows stay.
    const { container: page } = render(
      <>
        <ComparisonTable data={data} locale="en" />
        <DecisionWizard data={data} locale="en" defaultStep={5} defaultAnswers={answers} />
      </>,
    );
    const container = rootOf(page, "decision-wizard") as HTMLElement;
    expect(container.querySelector("[data-slot=result]")).not.toBeNull();
    for (const text of [callCentre?.name, first?.answers[0]?.because])
      expect(langsOf(container, fi(text))).toEqual(["fi"]);
    const related = container.querySelector(".vertailu-decision-wizard__links a")?.textContent ?? "";
    expect(source.parameters.map((parameter) => fi(parameter.label))).toContain(related);
    expect(langsOf(container, related)).toEqual(["fi"]);
  });

  it("is marked with its own language in a type badge's label (its description: the tooltip browser test)", () => {
    const { container } = render(<TypeBadge type="horizontal-bpo" data={data} locale="en" />);
    expect(langsOf(container, fi(source.types?.[0]?.label))).toEqual(["fi"]);
    const { container: other } = render(<TypeBadge type="inbound-call-center" data={data} locale="en" />);
    const label = other.querySelector(".vertailu-type-badge__label");
    expect(label).toHaveAttribute("lang", "en");
  });
});
