// defineComparison's checks are compile errors: `npm run typecheck` (part of `npm test`) fails if
// any @ts-expect-error below stops being an error. Each case also runs, and parseComparison finds
// the same mistake at run time, so the two checks agree.
import { describe, expect, it } from "vitest";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import {
  type Comparison,
  defineComparison,
  type Option,
  parseComparison,
  safeParseComparison,
} from "../../src/index.js";

const options = [
  { id: "light", name: "Light" },
  { id: "strong", name: "Strong" },
] as const;

const laptops = defineComparison({
  schemaVersion: 1,
  id: "laptops",
  title: { fi: "Kannettavat", en: "Laptops" },
  options,
  groups: [{ id: "carry", label: "Carrying" }],
  parameters: [
    {
      id: "weight",
      label: "Weight",
      group: "carry",
      values: { light: { kind: "number", value: 1.1, unit: "kg" }, strong: { kind: "number", value: 2.4, unit: "kg" } },
    },
    { id: "battery", label: "Battery", values: { light: "10 h", strong: { kind: "unknown" } } },
  ],
  questions: [
    {
      id: "travel",
      text: "Do you travel a lot?",
      answers: [
        { id: "yes", text: "Yes", effects: { light: 5 }, parameters: ["weight"] },
        { id: "no", text: "No", effects: {} },
      ],
    },
  ],
});

/** The issues parseComparison finds, as "path: message". */
const problems = (data: unknown) => {
  const result = safeParseComparison(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path}: ${issue.message}`);
};

describe("defineComparison", () => {
  it("returns the data it is given, which is a Comparison and valid", () => {
    const data: Comparison = laptops;
    expect(data).toBe(laptops);
    expect(parseComparison(laptops)).toEqual(laptops);
  });

  it("knows the ids, so a host's own code can use them as types", () => {
    type OptionId = (typeof laptops.options)[number]["id"];
    const chosen: OptionId[] = ["light", "strong"];
    // @ts-expect-error: no option has this id
    const typo: OptionId = "ligth";
    expect([...chosen, typo]).toHaveLength(3);
  });

  it("returns a Comparison also for ids it cannot know: data typed Comparison, or options made at run time", () => {
    const again: Comparison = defineComparison(bpoVsCallCenter);
    const made: readonly Option[] = ["a", "b"].map((id) => ({ id, name: id.toUpperCase() }));
    const built: Comparison = defineComparison({
      schemaVersion: 1,
      id: "built",
      title: "Built",
      options: made,
      parameters: [{ id: "p", label: "P", values: { a: "x", b: "y" } }],
      questions: [
        {
          id: "q",
          text: "Q?",
          answers: [
            { id: "yes", text: "Yes", effects: { a: 1 } },
            { id: "no", text: "No", effects: {} },
          ],
        },
      ],
    });
    expect(parseComparison(again)).toBe(bpoVsCallCenter);
    expect(problems(built)).toEqual([]);
  });

  it("refuses a value under an option id that does not exist, as parseComparison does", () => {
    const data = defineComparison({
      schemaVersion: 1,
      id: "typo",
      title: "Typo",
      options,
      parameters: [
        {
          id: "weight",
          label: "Weight",
          // @ts-expect-error: "strnog" is no option's id
          values: { light: "1.1 kg", strong: "2.4 kg", strnog: "2.4 kg" },
        },
      ],
    });
    expect(problems(data)).toContain('parameters[0].values.strnog: value for unknown option id "strnog"');
  });

  it("refuses a parameter without a value for every option, as parseComparison does", () => {
    const data = defineComparison({
      schemaVersion: 1,
      id: "missing",
      title: "Missing",
      options,
      // @ts-expect-error: "strong" has no value
      parameters: [{ id: "weight", label: "Weight", values: { light: "1.1 kg" } }],
    });
    expect(problems(data).join("\n")).toMatch(/parameters\[0\]\.values\.strong: /);
  });

  it("refuses a group that is not among the groups, as parseComparison does", () => {
    const data = defineComparison({
      schemaVersion: 1,
      id: "group",
      title: "Group",
      options,
      groups: [{ id: "carry", label: "Carrying" }],
      parameters: [
        {
          id: "weight",
          label: "Weight",
          // @ts-expect-error: "cary" is no group's id
          group: "cary",
          values: { light: "1.1 kg", strong: "2.4 kg" },
        },
      ],
    });
    expect(problems(data)).toContain('parameters[0].group: unknown group id "cary"');
  });

  it("refuses an answer's effect on an option, or its parameter, that does not exist, as parseComparison does", () => {
    const data = defineComparison({
      schemaVersion: 1,
      id: "answers",
      title: "Answers",
      options,
      parameters: [{ id: "weight", label: "Weight", values: { light: "1.1 kg", strong: "2.4 kg" } }],
      questions: [
        {
          id: "travel",
          text: "Travel?",
          answers: [
            {
              id: "yes",
              text: "Yes",
              // @ts-expect-error: "ligth" is no option's id
              effects: { ligth: 5 },
              // @ts-expect-error: "wieght" is no parameter's id
              parameters: ["wieght"],
            },
            { id: "no", text: "No", effects: {} },
          ],
        },
      ],
    });
    const found = problems(data).join("\n");
    expect(found).toMatch(/questions\[0\]\.answers\[0\]\.effects\.ligth: .*"ligth"/);
    expect(found).toMatch(/questions\[0\]\.answers\[0\]\.parameters\[0\]: .*"wieght"/);
  });
});
