// What a host page written in plain JavaScript may hand the components: the wrong type for a prop,
// or data nobody validated. No mistake may throw out of the server render or unmount the host's
// page in the browser; where the component cannot show the data, its error box names the place.
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { type ComponentType, createElement, type ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import {
  ComparisonTable,
  DecisionMatrix,
  DecisionWizard,
  ParameterRow,
  ProsConsPanel,
  TypeBadge,
  VertailuProvider,
} from "../../src/index.js";
import { minimalComparison, nearTie } from "../fixtures/comparisons.js";

/** A deep copy of the showcase data, loosely typed: the host's JavaScript has no types either. */
// biome-ignore lint/suspicious/noExplicitAny: the point is data outside the types
const showcase = (): any => structuredClone(bpoVsCallCenter);
// biome-ignore lint/suspicious/noExplicitAny: props outside the types
const loose = (props: Record<string, unknown>): any => props;

/** A case's element: `component`, in English, over a copy of the showcase data that `change` breaks. */
const brokenShowcase =
  // biome-ignore lint/suspicious/noExplicitAny: the point is data outside the types
    (component: ComponentType<any>, change: (data: any) => void, props: Record<string, unknown> = {}) =>
    () => {
      const data = showcase();
      change(data);
      return createElement(component, { data, locale: "en", ...props });
    };

/** Mistakes the components show through, correctly, as if the prop had not been given or was text. */
const shownAnyway: [string, () => ReactElement, string][] = [
  [
    "TypeBadge with navigator.languages as its locale",
    () => createElement(TypeBadge, loose({ type: "vertical-bpo", locale: ["fi-FI", "fi", "en"] })),
    // The list's first language: read as text, "fi-FI,fi,en" is Finnish.
    "Pystysuora BPO",
  ],
  [
    "TypeBadge with a number as its locale",
    () => createElement(TypeBadge, loose({ type: "vertical-bpo", locale: 5 })),
    "Vertical BPO",
  ],
  [
    "TypeBadge with a number as the data's defaultLocale",
    () => createElement(TypeBadge, { type: "vertical-bpo", data: { ...showcase(), defaultLocale: 5 } }),
    // No locale asked for, and none usable in the data: the label's first text.
    "Pystysuora BPO",
  ],
  [
    "a provider given a list of locales",
    () =>
      createElement(VertailuProvider, loose({ locale: ["fi"] }), createElement(TypeBadge, { type: "vertical-bpo" })),
    "Pystysuora BPO",
  ],
  [
    // No language the data is written in: the data shows in its default, Finnish, and the table's own words with it.
    "ComparisonTable with a number as its locale",
    () => createElement(ComparisonTable, loose({ data: bpoVsCallCenter, locale: 5 })),
    "Näytä vain erot",
  ],
  [
    "ComparisonTable whose data has a number as its defaultLocale",
    () => createElement(ComparisonTable, { data: { ...showcase(), defaultLocale: 5 } }),
    "Näytä vain erot",
  ],
  [
    "ComparisonTable whose data lists a null group",
    () => createElement(ComparisonTable, { data: { ...showcase(), groups: [null] }, locale: "en" }),
    "Show differences only",
  ],
  [
    "ComparisonTable whose data has a null among its groups, beside ungrouped rows, and a null source",
    () => {
      const data = minimalComparison() as ReturnType<typeof showcase>;
      data.groups = [null, ...data.groups];
      data.sources = [null, ...data.sources];
      return createElement(ComparisonTable, { data, locale: "en" });
    },
    "Small comparison",
  ],
  [
    "ComparisonTable with null for visibleOptions and differencesOnly",
    () =>
      createElement(
        ComparisonTable,
        loose({ data: bpoVsCallCenter, locale: "en", visibleOptions: null, differencesOnly: null }),
      ),
    "Show differences only",
  ],
  [
    "ProsConsPanel with null for option and options",
    () => createElement(ProsConsPanel, loose({ data: bpoVsCallCenter, locale: "en", option: null, options: null })),
    "Call centre",
  ],
  [
    "a provider given messages that refer to themselves, and a BigInt",
    () => {
      const messages: Record<string, unknown> = { differencesOnly: "Only what differs", big: 1n };
      messages.self = messages;
      return createElement(
        VertailuProvider,
        loose({ locale: "en", messages }),
        createElement(ComparisonTable, { data: bpoVsCallCenter }),
      );
    },
    "Only what differs",
  ],
  [
    "ProsConsPanel with a number as its locale",
    () => createElement(ProsConsPanel, loose({ data: bpoVsCallCenter, locale: 5 })),
    "Edut",
  ],
  [
    "DecisionWizard with null answers",
    () => createElement(DecisionWizard, loose({ data: bpoVsCallCenter, locale: "en", answers: null })),
    "Question 1 of",
  ],
  [
    "DecisionWizard with null default answers and step",
    () =>
      createElement(DecisionWizard, loose({ data: bpoVsCallCenter, locale: "en", defaultAnswers: null, step: null })),
    "Question 1 of",
  ],
  [
    "ComparisonTable with text as its renderCell",
    () => createElement(ComparisonTable, loose({ data: bpoVsCallCenter, locale: "en", renderCell: "bold" })),
    "It helps create official communication channels",
  ],
  [
    "ComparisonTable with a number as its visibleOptions",
    () => createElement(ComparisonTable, loose({ data: bpoVsCallCenter, locale: "en", visibleOptions: 5 })),
    "BPOCall centre",
  ],
  [
    'ComparisonTable with headingLevel="3 x"',
    () => createElement(ComparisonTable, loose({ data: bpoVsCallCenter, locale: "en", headingLevel: "3 x" })),
    "It helps create official communication channels",
  ],
  [
    'DecisionMatrix with headingLevel="x"',
    () => createElement(DecisionMatrix, loose({ data: bpoVsCallCenter, locale: "en", headingLevel: "x" })),
    "Weigh what matters to you",
  ],
  [
    "ComparisonTable whose data has a number as its groups",
    () => createElement(ComparisonTable, { data: { ...showcase(), groups: 5 }, locale: "en" }),
    "It helps create official communication channels",
  ],
  [
    "DecisionWizard at its result, an answer naming a number as its parameters",
    () => {
      const data = showcase();
      data.questions[0].answers[0].parameters = 5;
      const answers = {
        "back-office": "yes",
        "customer-calls": "no",
        scope: "foreign",
        confidentiality: "critical",
        "hidden-costs": "no",
      };
      return createElement(DecisionWizard, { data, locale: "en", defaultAnswers: answers, defaultStep: 5 });
    },
    "Recommendation: BPO",
  ],
  [
    "ComparisonTable with unchecked data whose source's accessed date is an object",
    () => {
      // biome-ignore lint/suspicious/noExplicitAny: data outside the types
      const data: any = minimalComparison();
      data.sources[0].accessed = { year: 2026 };
      return createElement(ComparisonTable, { data, locale: "en" });
    },
    "Source",
  ],
  [
    "ComparisonTable with unchecked data: a check cell whose value is capitalised",
    () => {
      // biome-ignore lint/suspicious/noExplicitAny: data outside the types
      const data: any = minimalComparison();
      data.parameters[1].values.a = { kind: "check", value: "Yes" };
      return createElement(ComparisonTable, { data, locale: "en" });
    },
    // Not "Partial": a value the check does not know reads as unknown.
    "CheckUnknownPartial",
  ],
  [
    'DecisionMatrix with defaultWeights={{ scope: "0" }} and tieMargin="50", as read from a form',
    () =>
      createElement(
        DecisionMatrix,
        loose({ data: nearTie(), locale: "en", defaultWeights: { scope: "0" }, tieMargin: "50" }),
      ),
    // Scope weighs 0, and 65 against 45 lies within the 50-point margin.
    "Weights (0–5)Scope0Back office and front office1Confidentiality1ResultNear tie",
  ],
  [
    'DecisionWizard with step="2"',
    () =>
      createElement(
        DecisionWizard,
        loose({
          data: bpoVsCallCenter,
          locale: "en",
          step: "2",
          defaultAnswers: { "back-office": "yes", "customer-calls": "no" },
        }),
      ),
    "Question 3 of 5",
  ],
  [
    "ComparisonTable with unchecked data: a number cell whose value is a numeric text",
    () => {
      // biome-ignore lint/suspicious/noExplicitAny: data outside the types
      const data: any = minimalComparison();
      data.parameters[2].values.a = { kind: "number", value: "1200", unit: "€" };
      return createElement(ComparisonTable, { data, locale: "en" });
    },
    // Formatted as the number it spells, not as another one.
    "Number1,200 €3",
  ],
  [
    "ComparisonTable with unchecked data: a number cell whose value is a BigInt",
    () => {
      // biome-ignore lint/suspicious/noExplicitAny: data outside the types
      const data: any = minimalComparison();
      data.parameters[2].values.a = { kind: "number", value: 1200n, unit: "€" };
      return createElement(ComparisonTable, { data, locale: "en" });
    },
    "Number1,200 €3",
  ],
  [
    "ComparisonTable with unchecked data: a rating cell whose value and max are BigInts",
    () => {
      // biome-ignore lint/suspicious/noExplicitAny: data outside the types
      const data: any = minimalComparison();
      data.parameters[3].values.a = { kind: "rating", value: 4n, max: 5n };
      return createElement(ComparisonTable, { data, locale: "en" });
    },
    "Rating4 of 5",
  ],
  [
    "DecisionMatrix with null scores",
    () => createElement(DecisionMatrix, loose({ data: bpoVsCallCenter, locale: "en", scores: null })),
    "Weigh what matters to you",
  ],
];

/** Mistakes the components cannot show past: an error box that names the place. */
/** A case's element: a table over the small fixture whose first option's cell in row `row` is `cell`. */
const tableWithCell = (row: number, cell: unknown) => () => {
  const data = minimalComparison();
  // biome-ignore lint/suspicious/noExplicitAny: the point is data outside the types
  (data.parameters[row]?.values as any).a = cell;
  return createElement(ComparisonTable, { data, locale: "en" });
};

const refused: [string, () => ReactElement, string][] = [
  [
    'ComparisonTable whose number cell holds a Finnish decimal as text, "1200,5"',
    tableWithCell(2, { kind: "number", value: "1200,5", unit: "€" }),
    "parameters[2].values.a.value: expected a number",
  ],
  [
    'ComparisonTable whose rating cell holds "4/5"',
    tableWithCell(3, { kind: "rating", value: "4/5" }),
    "parameters[3].values.a.value: expected a number",
  ],
  [
    "ComparisonTable whose rating cell has no max",
    tableWithCell(3, { kind: "rating", value: 4 }),
    "parameters[3].values.a.max: expected a number",
  ],
  [
    "ComparisonTable whose number cell lost its kind",
    tableWithCell(2, { value: 1200.5, unit: "€" }),
    "parameters[2].values.a: expected a text, or a cell with a kind",
  ],
  [
    'ComparisonTable with one option id as a bare string, options="bpo"',
    () => createElement(ComparisonTable, loose({ data: bpoVsCallCenter, locale: "en", options: "bpo" })),
    "options: expected a list of options",
  ],
  [
    "ComparisonTable with a number as its options",
    () => createElement(ComparisonTable, loose({ data: bpoVsCallCenter, locale: "en", options: 5 })),
    "options: expected a list of options",
  ],
  [
    "ComparisonTable with 0 as its options",
    () => createElement(ComparisonTable, loose({ data: bpoVsCallCenter, locale: "en", options: 0 })),
    "options: expected a list of options",
  ],
  [
    "ComparisonTable with a null among its options",
    () => createElement(ComparisonTable, loose({ data: bpoVsCallCenter, locale: "en", options: ["bpo", null] })),
    'options: unknown option id "null"',
  ],
  [
    "DecisionMatrix with an empty string as its parameterIds",
    () => createElement(DecisionMatrix, loose({ data: bpoVsCallCenter, locale: "en", parameterIds: "" })),
    "parameterIds: expected a list of parameter ids",
  ],
  [
    "DecisionMatrix with a null among its parameterIds",
    () => createElement(DecisionMatrix, loose({ data: bpoVsCallCenter, locale: "en", parameterIds: ["scope", null] })),
    'parameterIds: unknown parameter id "null"',
  ],
  [
    "DecisionWizard whose question has a null answer",
    brokenShowcase(DecisionWizard, (data) => {
      data.questions[0].answers[1] = null;
    }),
    "questions[0].answers[1]: expected an answer with an id",
  ],
  [
    "DecisionMatrix with a null row of scores",
    () => createElement(DecisionMatrix, loose({ data: bpoVsCallCenter, locale: "en", scores: { bpo: null } })),
    "scores: expected scores by option id, then by parameter id",
  ],
  [
    "DecisionMatrix with a number as its default scores",
    () => createElement(DecisionMatrix, loose({ data: bpoVsCallCenter, locale: "en", defaultScores: 5 })),
    "scores: expected scores by option id, then by parameter id",
  ],
  [
    "ComparisonTable with a number as a row's parameter",
    () =>
      createElement(
        ComparisonTable,
        { data: bpoVsCallCenter, locale: "en" },
        createElement(ParameterRow, { parameter: "meaning" }),
        createElement(ParameterRow, loose({ parameter: 5 })),
      ),
    'parameters: ParameterRow names unknown parameter "5"',
  ],
  [
    "ComparisonTable whose data has a hole among its options",
    brokenShowcase(ComparisonTable, (data) => {
      // biome-ignore lint/suspicious/noSparseArray: the hole is the point
      data.options = [, ...data.options];
    }),
    "options[0]: expected an option with an id",
  ],
  [
    "ComparisonTable whose data has a hole among its parameters",
    brokenShowcase(ComparisonTable, (data) => {
      delete data.parameters[1];
    }),
    "parameters[1]: expected a parameter with an id",
  ],
  [
    "DecisionMatrix whose data has a hole among its options",
    brokenShowcase(DecisionMatrix, (data) => {
      // biome-ignore lint/suspicious/noSparseArray: the hole is the point
      data.options = [, ...data.options];
    }),
    "options[0]: expected an option with an id",
  ],
  [
    "DecisionWizard whose data has a hole among its questions",
    brokenShowcase(DecisionWizard, (data) => {
      delete data.questions[0];
    }),
    "questions[0]: expected a question with an id",
  ],
  [
    "DecisionWizard whose data has a hole among a question's answers",
    brokenShowcase(DecisionWizard, (data) => {
      delete data.questions[1].answers[0];
    }),
    "questions[1].answers[0]: expected an answer with an id",
  ],
  [
    "ProsConsPanel whose data has a hole among an option's pros",
    brokenShowcase(ProsConsPanel, (data) => {
      // biome-ignore lint/suspicious/noSparseArray: the hole is the point
      data.options[1].pros = [, ...data.options[1].pros];
    }),
    "options[1].pros[0]: expected a text or { text, weight }",
  ],
  [
    "DecisionMatrix whose data names a parameter __proto__",
    brokenShowcase(
      DecisionMatrix,
      (data) => {
        data.parameters[2].id = "__proto__";
      },
      { editableScores: true },
    ),
    'parameters[2].id: "__proto__" cannot be an id',
  ],
  [
    "DecisionWizard whose data names a question __proto__",
    brokenShowcase(DecisionWizard, (data) => {
      data.questions[0].id = "__proto__";
    }),
    'questions[0].id: "__proto__" cannot be an id',
  ],
  [
    "DecisionMatrix with a number as its parameterIds",
    () => createElement(DecisionMatrix, loose({ data: bpoVsCallCenter, locale: "en", parameterIds: 5 })),
    "parameterIds: expected a list of parameter ids",
  ],
];

const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&quot;/g, '"');

describe("a host's plain JavaScript, rendered on the server", () => {
  it.each(shownAnyway)("%s renders as if given nothing odd", (_name, make, expected) => {
    const html = renderToString(make());
    expect(html).not.toContain('role="alert"');
    expect(text(html)).toContain(expected);
    // Nothing of JavaScript's own reaches the reader.
    expect(text(html)).not.toMatch(/\[object Object\]|NaN|undefined/);
  });

  it.each(refused)("%s renders the error box naming the place", (_name, make, expected) => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const html = renderToString(make());
      expect(html).toContain('role="alert"');
      expect(text(html)).toContain(expected);
    } finally {
      error.mockRestore();
    }
  });
});

describe("a host's plain JavaScript, rendered in the page", () => {
  it.each([...shownAnyway, ...refused])("%s leaves the host's own content in place", (_name, make) => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      render(
        <main>
          <button type="button">Host button</button>
          {make()}
        </main>,
      );
      expect(screen.getByRole("button", { name: "Host button" })).toBeInTheDocument();
    } finally {
      error.mockRestore();
    }
  });
});

describe("a provider's locale from a host's plain JavaScript", () => {
  it.each([
    ["navigator.languages", ["fi-FI", "fi", "en"]],
    ["an object", { fi: "x" }],
    ["NaN", Number.NaN],
  ])("marks no language from %s, and the badge inside still reads its own", (_name, locale) => {
    const html = renderToString(
      createElement(
        VertailuProvider,
        loose({ locale }),
        createElement(TypeBadge, { type: "vertical-bpo", locale: "en" }),
      ),
    );
    expect(html).not.toMatch(/lang="(fi-FI,fi,en|\[object Object\]|NaN)"/);
    expect(text(html)).toContain("Vertical BPO");
  });
});

describe("names that are no text, from a host's plain JavaScript", () => {
  it("names a column and a row by their ids in the table", () => {
    const data = showcase();
    data.options[0].name = 5;
    data.parameters[0].label = { en: 5 };
    render(createElement(ComparisonTable, { data, locale: "en", layout: "table" }));
    expect(screen.getByRole("columnheader", { name: "bpo" })).toBeInTheDocument();
    expect(screen.getByRole("rowheader", { name: "meaning" })).toBeInTheDocument();
  });

  it("names a column, a row and a badge by their ids, not by a tag name, when given React elements", () => {
    const data = showcase();
    data.options[0].name = <strong>BPO</strong>;
    data.parameters[0].label = <a href="/meaning">Meaning</a>;
    const { container } = render(
      <>
        <ComparisonTable data={data} locale="en" layout="table" />
        <TypeBadge type={loose({ id: "fancy", label: <em>Fancy</em> })} tooltip={false} />
      </>,
    );
    expect(screen.getByRole("columnheader", { name: "bpo" })).toBeInTheDocument();
    expect(screen.getByRole("rowheader", { name: "meaning" })).toBeInTheDocument();
    expect(container.querySelector("[data-type=fancy]")).toHaveTextContent(/^fancy$/);
    expect(container.querySelector('[lang="type"]')).toBeNull();
  });

  it("names a question and an answer by their ids in the wizard: no radio without a name", () => {
    const data = showcase();
    data.questions[0].text = 5;
    data.questions[0].answers[0].text = null;
    render(createElement(DecisionWizard, { data, locale: "en" }));
    expect(screen.getByRole("heading", { name: "back-office" })).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: data.questions[0].answers[0].id })).toBeInTheDocument();
  });
});

describe("callbacks from a host's plain JavaScript that are no functions", () => {
  it("lets the reader finish the wizard when onComplete is no function", async () => {
    const user = userEvent.setup();
    const thrown: unknown[] = [];
    const onError = (event: ErrorEvent) => {
      thrown.push(event.error);
      event.preventDefault();
    };
    window.addEventListener("error", onError);
    try {
      const data = showcase();
      data.questions = data.questions.slice(0, 1);
      render(createElement(DecisionWizard, loose({ data, locale: "en", onComplete: "x" })));
      await user.click(screen.getByRole("radio", { name: "Yes" }));
      await user.click(screen.getByRole("button", { name: "Show result" }));
      expect(screen.getByText("The question is answered")).toBeInTheDocument();
      expect(thrown).toEqual([]);
    } finally {
      window.removeEventListener("error", onError);
    }
  });

  it("lets the reader toggle, weigh and answer, with nothing thrown into the page", async () => {
    const user = userEvent.setup();
    const thrown: unknown[] = [];
    const onError = (event: ErrorEvent) => {
      thrown.push(event.error);
      event.preventDefault();
    };
    window.addEventListener("error", onError);
    try {
      render(
        <main>
          {createElement(ComparisonTable, loose({ data: bpoVsCallCenter, locale: "en", onDifferencesOnlyChange: "x" }))}
          {createElement(DecisionMatrix, loose({ data: bpoVsCallCenter, locale: "en", onWeightsChange: "x" }))}
          {createElement(
            DecisionWizard,
            loose({ data: bpoVsCallCenter, locale: "en", onStepChange: 5, onAnswersChange: {} }),
          )}
        </main>,
      );
      const toggle = screen.getByRole("checkbox", { name: "Show differences only" });
      await user.click(toggle);
      expect(toggle).toBeChecked();
      const slider = screen.getAllByRole("slider")[0] as HTMLInputElement;
      const before = slider.value;
      slider.focus();
      await user.keyboard("{ArrowRight}");
      expect(slider.value).not.toBe(before);
      await user.click(screen.getByRole("radio", { name: "Yes" }));
      await user.click(screen.getByRole("button", { name: "Next" }));
      expect(screen.getByText("Question 2 of 5")).toBeInTheDocument();
      expect(thrown).toEqual([]);
    } finally {
      window.removeEventListener("error", onError);
    }
  });
});

describe("a heading level from a host's plain JavaScript", () => {
  it.each([
    ["4", "h4"],
    [9, "h6"],
    [1, "h2"],
    ["x", "h2"],
  ])("headingLevel=%j gives the table's headings as %s", (level, tag) => {
    const data = showcase();
    data.parameters[0].values.bpo.note = { en: "A note" };
    const html = renderToString(
      createElement(ComparisonTable, loose({ data, locale: "en", layout: "stacked", headingLevel: level })),
    );
    // The stacked layout's option headings and the notes heading are at the level given.
    expect(html).toContain(`<${tag} class="vertailu-comparison-table__notes-heading">Notes</${tag}>`);
  });

  it.each([
    ["4", "h4"],
    ["x", "h2"],
  ])("headingLevel=%j gives the matrix's title as %s", (level, tag) => {
    const html = renderToString(
      createElement(DecisionMatrix, loose({ data: bpoVsCallCenter, locale: "en", headingLevel: level })),
    );
    expect(html).toMatch(new RegExp(`^<section[^>]*><${tag} id="[^"]+" class="vertailu-decision-matrix__title"`));
  });
});

describe("more of a host's plain-JavaScript mistakes", () => {
  it.each([["blue"], ["Dark"], [null]])(
    "says on the console that a provider's theme %j is unknown, and shows the default theme, system",
    (theme) => {
      const error = vi.spyOn(console, "error").mockImplementation(() => {});
      try {
        const { container } = render(<VertailuProvider {...loose({ theme })} />);
        expect(container.firstElementChild).toHaveAttribute("data-vertailu-theme", "system");
        expect(error).toHaveBeenCalledWith(
          `vertailu VertailuProvider: theme: unknown theme "${theme}" (use light, dark, system)`,
        );
      } finally {
        error.mockRestore();
      }
    },
  );

  it("takes light, dark and system, and no theme as system, without a word", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      for (const theme of ["light", "dark", "system", undefined]) {
        const { container, unmount } = render(<VertailuProvider {...loose({ theme })} />);
        expect(container.firstElementChild).toHaveAttribute("data-vertailu-theme", theme ?? "system");
        unmount();
      }
      expect(error).not.toHaveBeenCalled();
    } finally {
      error.mockRestore();
    }
  });

  it("ignores a portalContainer that is no DOM node: the tooltip opens inside the provider", async () => {
    render(
      <main>
        <p>Host content</p>
        <VertailuProvider {...loose({ portalContainer: "#portal" })} locale="en">
          <TypeBadge type="inbound-call-center" data={bpoVsCallCenter} />
        </VertailuProvider>
      </main>,
    );
    await userEvent.tab();
    const tooltip = await screen.findByRole("tooltip");
    expect(tooltip.closest("[data-slot=provider]")).not.toBeNull();
    expect(screen.getByText("Host content")).toBeInTheDocument();
  });

  it.each([
    ["undefined", undefined],
    ["null", null],
    ["a number", 7],
  ])("keeps the built-in string for a message override that is %s", (_name, value) => {
    const data = minimalComparison();
    const html = renderToString(
      createElement(ComparisonTable, loose({ data, locale: "en", messages: { ratingValue: value, moreInfo: value } })),
    );
    expect(text(html)).toContain("4 of 5");
    const panel = renderToString(
      createElement(ProsConsPanel, loose({ data, locale: "en", messages: { weightValue: value, prosConsOf: value } })),
    );
    expect(panel).not.toContain('role="alert"');
  });

  it.each([
    ["EN", "Show differences only", "BPO vs call centre"],
    ["en_GB", "Show differences only", "BPO vs call centre"],
    ["FI", "Näytä vain erot", "BPO vs puhelinkeskus"],
    ["fi_FI", "Näytä vain erot", "BPO vs puhelinkeskus"],
  ])("reads locale=%j as its language, for the strings and the data alike", (locale, control, title) => {
    const html = renderToString(createElement(ComparisonTable, { data: bpoVsCallCenter, locale }));
    expect(text(html)).toContain(control);
    expect(text(html)).toContain(title);
  });

  it("gives a crashed component another try when the host renders it again with the mistake fixed", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const failing = () => {
        throw new Error("the host's renderer failed");
      };
      const { rerender } = render(<ComparisonTable data={bpoVsCallCenter} locale="en" renderCell={failing} />);
      expect(screen.getByRole("alert")).toHaveTextContent("rendering failed: the host's renderer failed");
      rerender(<ComparisonTable data={bpoVsCallCenter} locale="en" />);
      expect(screen.queryByRole("alert")).toBeNull();
      expect(screen.getByRole("table")).toBeInTheDocument();
    } finally {
      error.mockRestore();
    }
  });

  it.each([
    ["an object without a prototype", () => Object.create(null)],
    [
      "an error whose message getter throws",
      () =>
        Object.defineProperty(new Error(), "message", {
          get() {
            throw new Error("no message");
          },
        }),
    ],
  ])("shows its error box, the host's page in place, when a renderer throws %s", (_name, thrown) => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const failing = () => {
        throw thrown();
      };
      render(
        <>
          <button type="button">Host button</button>
          <ComparisonTable data={bpoVsCallCenter} locale="en" renderCell={failing} />
        </>,
      );
      expect(screen.getByRole("alert")).toHaveTextContent("rendering failed: no readable message");
      expect(screen.getByRole("button", { name: "Host button" })).toBeInTheDocument();
    } finally {
      error.mockRestore();
    }
  });

  it.each([
    ["on the server", (element: ReactElement) => renderToString(element), false],
    ["in the page", (element: ReactElement) => render(element).container.innerHTML, true],
  ])("shows a TypeBadge's own alert, %s, when the host's type definition throws as it is read", (_name, draw, logs) => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const type = {
        id: "broken",
        get label(): string {
          throw new Error("the label is not loaded");
        },
      };
      const html = draw(
        <p>
          Host text <TypeBadge type={type} className="host-badge" />
        </p>,
      );
      expect(html).toContain("Host text");
      // One span, the alert in the badge's place with the host's class.
      expect(html).toMatch(/<span(?=[^>]*role="alert")(?=[^>]*class="[^"]*host-badge)/);
      expect(text(html)).toContain("rendering failed: the label is not loaded");
      // The console hears it from the effect that logs it: renderToString runs no effects, and
      // where there is a document (here, jsdom) it leaves the logging to the page.
      if (logs)
        expect(error).toHaveBeenCalledWith("vertailu TypeBadge: type: rendering failed: the label is not loaded");
    } finally {
      error.mockRestore();
    }
  });

  it("counts an option named twice in options once: one option is no comparison", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const html = renderToString(
        createElement(ComparisonTable, { data: bpoVsCallCenter, locale: "en", options: ["bpo", "bpo"] }),
      );
      expect(text(html)).toContain("options: choose at least 2 options to compare");
    } finally {
      error.mockRestore();
    }
  });

  it("shows -0 as 0, as the row's comparison already counts it", () => {
    const data = minimalComparison();
    const number = data.parameters.find((parameter) => parameter.id === "number");
    if (number) number.values = { a: { kind: "number", value: -0 }, b: { kind: "number", value: 0 } };
    const html = renderToString(createElement(ComparisonTable, { data, locale: "en", options: ["a", "b"] }));
    expect(html).not.toMatch(/>-0</);
    expect(text(html)).toContain("Number00");
  });

  it.each(["en", "fi"])("shows a tiny number as written, not as 0 or -0 (%s)", (locale) => {
    const data = minimalComparison();
    data.parameters = data.parameters.map((parameter) =>
      parameter.id === "number"
        ? {
            ...parameter,
            values: { a: { kind: "number", value: -0.0001, unit: "EUR" }, b: { kind: "number", value: -1.5 } },
          }
        : parameter,
    );
    const html = text(renderToString(createElement(ComparisonTable, { data, locale, options: ["a", "b"] })));
    expect(html).toMatch(/[-\u2212]0[.,]0001 EUR/);
    expect(html).not.toMatch(/[-\u2212]?0 EUR/);
    // A negative number keeps its sign.
    expect(html).toMatch(/[-\u2212]1[.,]5/);
  });

  it('takes a DecisionMatrix headingLevel="2" as level 2, its sub-headings at 3', () => {
    const html = renderToString(
      createElement(DecisionMatrix, loose({ data: bpoVsCallCenter, locale: "en", headingLevel: "2" })),
    );
    expect(html).toMatch(/<h2 [^>]*class="vertailu-decision-matrix__title"/);
    expect(html).toMatch(/<h3 [^>]*class="vertailu-decision-matrix__subtitle"/);
    expect(html).not.toContain("<h6");
  });

  it.each([
    [1, "h2", "h3"],
    ["x", "h2", "h3"],
    [6, "h6", "h6"],
  ])("keeps a DecisionMatrix's sections below its title at headingLevel=%j (%s, then %s)", (level, title, section) => {
    const html = renderToString(
      createElement(DecisionMatrix, loose({ data: bpoVsCallCenter, locale: "en", headingLevel: level })),
    );
    expect(html).toMatch(new RegExp(`<${title} [^>]*class="vertailu-decision-matrix__title"`));
    expect(
      html.match(/<(h\d) [^>]*class="vertailu-decision-matrix__subtitle"/g)?.map((tag) => tag.slice(1, 3)),
    ).toEqual([section, section]);
  });

  it.each([
    [1, ["h2", "h3"]],
    [5, ["h5", "h6"]],
  ])("keeps a DecisionWizard's question below its title at headingLevel=%j", (level, tags) => {
    const html = renderToString(
      createElement(DecisionWizard, loose({ data: bpoVsCallCenter, locale: "en", headingLevel: level })),
    );
    const headings = [...html.matchAll(/<(h\d) [^>]*class="vertailu-decision-wizard__(title|question)"/g)];
    expect(headings.map((match) => match[1])).toEqual(tags);
  });

  it("shows and weighs a parameter named twice in a DecisionMatrix's parameterIds once", () => {
    const html = renderToString(
      createElement(DecisionMatrix, { data: nearTie(), locale: "en", parameterIds: ["scope", "scope", "office"] }),
    );
    expect(html.match(/type="range"/g)).toHaveLength(2);
  });
});
