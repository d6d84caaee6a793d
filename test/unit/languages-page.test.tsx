// What the catalogue's Languages page promises a host: which language a component picks, how its
// built-in strings are changed, and how a third language is added.
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import {
  type Comparison,
  ComparisonTable,
  CsvDownloadButton,
  type MessageOverrides,
  type Messages,
  messagesEn,
  messagesFi,
  ProsConsPanel,
  toCSV,
  VertailuProvider,
} from "../../src/index.js";
import { formatNumber, plural } from "../../src/messages/index.js";
import { messageSections } from "../../stories/docs/message-table.js";

const heading = (name: string) => screen.getByRole("heading", { name });

describe("which language a component shows", () => {
  it("is its own locale prop, inside a provider of another", () => {
    render(
      <VertailuProvider locale="fi">
        <ProsConsPanel data={bpoVsCallCenter} option="bpo" locale="en" />
      </VertailuProvider>,
    );
    expect(heading(messagesEn.pros)).toBeInTheDocument();
  });

  it("is the provider's locale when the component has none", () => {
    render(
      <VertailuProvider locale="en">
        <ProsConsPanel data={bpoVsCallCenter} option="bpo" />
      </VertailuProvider>,
    );
    expect(heading(messagesEn.pros)).toBeInTheDocument();
  });

  it("is the data's defaultLocale, then its title's first locale, then English", () => {
    const { rerender } = render(<ProsConsPanel data={{ ...bpoVsCallCenter, defaultLocale: "fi" }} option="bpo" />);
    expect(heading(messagesFi.pros)).toBeInTheDocument();
    const { defaultLocale: _, ...undeclared } = bpoVsCallCenter;
    rerender(<ProsConsPanel data={{ ...undeclared, title: { fi: "Vertailu", en: "Comparison" } }} option="bpo" />);
    expect(heading(messagesFi.pros)).toBeInTheDocument();
    rerender(<ProsConsPanel data={{ ...undeclared, title: "Comparison" } as Comparison} option="bpo" />);
    expect(heading(messagesEn.pros)).toBeInTheDocument();
  });
});

describe("changing a built-in string", () => {
  it("takes the component's messages over the provider's", () => {
    render(
      <VertailuProvider locale="fi" messages={{ pros: "Meidän plussat", cons: "Meidän miinukset" }}>
        <ProsConsPanel data={bpoVsCallCenter} option="bpo" messages={{ cons: "Heikkoudet" }} />
      </VertailuProvider>,
    );
    expect(heading("Meidän plussat")).toBeInTheDocument();
    expect(heading("Heikkoudet")).toBeInTheDocument();
  });

  it("keeps the provider's string for a key the component's messages leave undefined", () => {
    const label: string | undefined = undefined;
    render(
      <VertailuProvider locale="fi" messages={{ pros: "Meidän plussat" }}>
        <ProsConsPanel data={bpoVsCallCenter} option="bpo" messages={{ pros: label }} />
      </VertailuProvider>,
    );
    expect(heading("Meidän plussat")).toBeInTheDocument();
  });

  it("keeps the built-in string for a key set to null or a number", () => {
    render(
      <ProsConsPanel
        data={bpoVsCallCenter}
        option="bpo"
        locale="fi"
        messages={{ pros: null, cons: 5 } as unknown as Partial<Messages>}
      />,
    );
    expect(heading(messagesFi.pros)).toBeInTheDocument();
    expect(heading(messagesFi.cons)).toBeInTheDocument();
  });

  it("keeps the built-in word for a blank string, as a translation file has for a key not yet translated", () => {
    render(
      <VertailuProvider locale="en" messages={{ differencesOnly: "Only differences" }}>
        <ComparisonTable data={bpoVsCallCenter} messages={{ differencesOnly: " ", yes: "" }} layout="table" />
      </VertailuProvider>,
    );
    expect(screen.getByRole("checkbox", { name: "Only differences" })).toBeInTheDocument();
  });

  it("takes a set per language, the one for the language shown, so the words switch with the locale", () => {
    const messages = { fi: { differencesOnly: "Vain erot" }, en: { differencesOnly: "Differences only" } };
    const { rerender } = render(
      <VertailuProvider locale="fi" messages={messages}>
        <ComparisonTable data={bpoVsCallCenter} />
      </VertailuProvider>,
    );
    expect(screen.getByRole("checkbox", { name: "Vain erot" })).toBeInTheDocument();
    rerender(
      <VertailuProvider locale="en" messages={messages}>
        <ComparisonTable data={bpoVsCallCenter} />
      </VertailuProvider>,
    );
    expect(screen.getByRole("checkbox", { name: "Differences only" })).toBeInTheDocument();
    // A locale with no set of its own keeps the built-in words of the language shown.
    rerender(
      <ComparisonTable data={bpoVsCallCenter} locale="en" messages={{ fi: { differencesOnly: "Vain erot" } }} />,
    );
    expect(screen.getByRole("checkbox", { name: messagesEn.differencesOnly })).toBeInTheDocument();
  });

  it("layers the strings for every language, then the language's set; the component's over the provider's", () => {
    render(
      <VertailuProvider
        locale="fi-FI"
        messages={{ fi: { pros: "Provider fi", cons: "Provider fi" }, en: { cons: "Provider en" } }}
      >
        <ProsConsPanel data={bpoVsCallCenter} option="bpo" messages={{ fi: { pros: "Component fi" } }} />
      </VertailuProvider>,
    );
    expect(heading("Component fi")).toBeInTheDocument();
    expect(heading("Provider fi")).toBeInTheDocument();
    render(
      <ProsConsPanel
        data={bpoVsCallCenter}
        option="call-center"
        locale="fi-FI"
        messages={
          { fi: { pros: "Language" }, pros: "Every language", "fi-FI": { pros: "Tag" } } as MessageOverrides<Messages>
        }
      />,
    );
    expect(heading("Language")).toBeInTheDocument();
  });

  it("ignores a language's set that is no set of strings, and a set that holds itself", () => {
    const looped: Record<string, unknown> = { pros: "Omat plussat" };
    looped.fi = looped;
    render(
      <ProsConsPanel data={bpoVsCallCenter} option="bpo" locale="fi" messages={looped as MessageOverrides<Messages>} />,
    );
    expect(heading("Omat plussat")).toBeInTheDocument();
    render(
      <ProsConsPanel
        data={bpoVsCallCenter}
        option="call-center"
        locale="fi"
        messages={{ fi: "Plussat", en: null } as unknown as MessageOverrides<Messages>}
      />,
    );
    expect(screen.getAllByRole("heading", { name: messagesFi.pros })).toHaveLength(1);
  });

  it("picks _one for the one category and _other for every other, Polish few and many too", () => {
    const messages = { rowsHidden_one: "one: {count}", rowsHidden_other: "other: {count}" };
    expect(plural(messages, "rowsHidden", 1, "pl")).toBe("one: 1");
    // 3 and 22 are "few" in Polish, 5 is "many".
    expect(["few", "few", "many"]).toEqual([3, 22, 5].map((count) => new Intl.PluralRules("pl").select(count)));
    expect([3, 22, 5].map((count) => plural(messages, "rowsHidden", count, "pl"))).toEqual([
      "other: 3",
      "other: 22",
      "other: 5",
    ]);
  });

  it("takes a host's _few and _many forms for the counts Polish says so, and _other where a form is missing", () => {
    const messages = {
      rowsHidden_one: "{count} identyczny wiersz ukryty",
      rowsHidden_few: "{count} identyczne wiersze ukryte",
      rowsHidden_many: "{count} identycznych wierszy ukrytych",
      rowsHidden_other: "{count} identycznego wiersza ukrytego",
    };
    expect([1, 3, 22, 5, 1.5].map((count) => plural(messages, "rowsHidden", count, "pl"))).toEqual([
      "1 identyczny wiersz ukryty",
      "3 identyczne wiersze ukryte",
      "22 identyczne wiersze ukryte",
      "5 identycznych wierszy ukrytych",
      "1,5 identycznego wiersza ukrytego",
    ]);
    // Arabic's "two" without a _two key: the _other form.
    expect(new Intl.PluralRules("ar").select(2)).toBe("two");
    expect(plural(messages, "rowsHidden", 2, "ar")).toBe(`${formatNumber(2, "ar")} identycznego wiersza ukrytego`);
  });

  it("shows a Polish table's status in the form its count needs", () => {
    const rows = Array.from({ length: 3 }, (_, index) => ({
      id: `same-${index}`,
      label: `Wiersz ${index}`,
      values: { a: "tak", b: "tak" },
    }));
    render(
      <ComparisonTable
        data={{
          schemaVersion: 1,
          id: "polish",
          title: { pl: "Porównanie" },
          defaultLocale: "pl",
          options: [
            { id: "a", name: "A" },
            { id: "b", name: "B" },
          ],
          parameters: [...rows, { id: "other", label: "Inny", values: { a: "x", b: "y" } }],
        }}
        locale="pl"
        defaultDifferencesOnly
        messages={{ pl: { rowsHidden_few: "{count} identyczne wiersze ukryte" } }}
      />,
    );
    expect(screen.getByRole("status")).toHaveTextContent("3 identyczne wiersze ukryte");
  });

  it("writes numbers as the locale does", () => {
    expect(formatNumber(4.5, "fi")).toBe("4,5");
    expect(formatNumber(4.5, "en")).toBe("4.5");
  });
});

describe("adding a language", () => {
  it("shows a whole Messages set for a locale with no built-in strings", () => {
    const sv: Messages = { ...messagesEn, pros: "Fördelar", cons: "Nackdelar" };
    render(
      <VertailuProvider locale="sv" messages={sv}>
        <ProsConsPanel data={bpoVsCallCenter} option="bpo" />
      </VertailuProvider>,
    );
    expect(heading("Fördelar")).toBeInTheDocument();
    expect(heading("Nackdelar")).toBeInTheDocument();
  });

  it("shows English words around data written in a language with no strings of its own", () => {
    const swedish = { ...bpoVsCallCenter, title: { fi: "BPO vs puhelinkeskus", sv: "BPO eller kundtjänst" } };
    const { container } = render(<ProsConsPanel data={swedish} option="bpo" locale="sv" />);
    expect(heading(messagesEn.pros)).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute("lang", "sv");
  });
});

describe("one language per component", () => {
  /** The showcase with only its Finnish texts. */
  const finnishOnly = (): Comparison => {
    const only = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(only);
      if (value === null || typeof value !== "object") return value;
      const record = value as Record<string, unknown>;
      if (typeof record.fi === "string" && typeof record.en === "string") return { fi: record.fi };
      return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, only(inner)]));
    };
    return only(bpoVsCallCenter) as Comparison;
  };

  it("takes a host's set of strings for the language the data is shown in, as the built-in words do", () => {
    render(
      <ProsConsPanel
        data={finnishOnly()}
        option="bpo"
        locale="en"
        messages={{ fi: { pros: "Plussat" }, en: { pros: "Pluses" } }}
      />,
    );
    expect(heading("Plussat")).toBeInTheDocument();
  });

  it("shows the words of the language the data is shown in, when the data has none in the asked one", () => {
    const { container } = render(
      <VertailuProvider locale="en">
        <ComparisonTable data={finnishOnly()} layout="table" showDifferencesToggle />
        <ProsConsPanel data={finnishOnly()} option="bpo" />
      </VertailuProvider>,
    );
    const table = container.querySelector("[data-slot=comparison-table]");
    expect(table).toHaveAttribute("lang", "fi");
    expect(screen.getByRole("checkbox", { name: messagesFi.differencesOnly })).toBeInTheDocument();
    expect(heading(messagesFi.pros)).toBeInTheDocument();
  });

  it("writes the export's words in that language too: the download button and the CSV's first column", () => {
    render(<ComparisonTable data={finnishOnly()} layout="table" locale="en" toolbar={<CsvDownloadButton />} />);
    expect(screen.getByRole("button", { name: messagesFi.downloadCsv })).toBeInTheDocument();
    expect(toCSV(finnishOnly(), { locale: "en" }).split("\r\n")[0]).toBe(
      `${messagesFi.parameterColumn},BPO,Puhelinkeskus`,
    );
    expect(toCSV(bpoVsCallCenter, { locale: "en" }).split("\r\n")[0]).toBe(
      `${messagesEn.parameterColumn},BPO,Call centre`,
    );
  });

  it("keeps the asked language's words where the data is written in it", () => {
    render(<ComparisonTable data={bpoVsCallCenter} layout="table" locale="en" showDifferencesToggle />);
    expect(screen.getByRole("checkbox", { name: messagesEn.differencesOnly })).toBeInTheDocument();
  });
});

describe("the page's list of every built-in string", () => {
  it("has every key of Messages, each with an English and a Finnish text", () => {
    const listed = Object.values(messageSections).flatMap((section) => Object.keys(section.en));
    expect(listed).toEqual(expect.arrayContaining(Object.keys(messagesEn)));
    for (const section of Object.values(messageSections)) {
      expect(Object.keys(section.fi).sort()).toEqual(Object.keys(section.en).sort());
      for (const value of [...Object.values(section.en), ...Object.values(section.fi)]) expect(value).not.toBe("");
    }
  });
});
