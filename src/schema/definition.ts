import * as v from "valibot";
import { CELL_KINDS, quote } from "./path.js";
import { LOCALE_PATTERN } from "./text.js";
import { isSafeUrl } from "./url.js";

/**
 * The valibot definitions of a Comparison's shape. The same definitions give parseComparison
 * its shape checks and schema.json its content; cross-reference checks live in validate.ts.
 */

export const ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}_.:-]{0,99}$/u;

/** The message of a field the schema does not name, before validate.ts adds the name. */
export const UNKNOWN_FIELD = "unknown field";

/**
 * Keys every JavaScript object answers to. valibot's records pass over them (a guard against
 * prototype pollution), so an id or a key by that name would escape validation: neither may be one.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(["constructor", "prototype", "__proto__"]);

/** What is said of a reserved id or key. */
export function reservedMessage(key: string): string {
  return `${quote(key)} cannot be an id or a key: every JavaScript object has one`;
}

/** Fields only a cell object has: none of them could be a locale tag in a localized text. */
const CELL_FIELDS = ["value", "text", "unit", "items", "types", "note", "score", "sources"];

interface DefinitionOptions {
  /** Every localized text must hold this locale. */
  defaultLocale?: string | undefined;
  /** Cell values and pros/cons items are told apart by their input (better messages) rather than
   * by a union (which JSON Schema can express). */
  dispatch: boolean;
}

export function buildDefinition({ defaultLocale, dispatch }: DefinitionOptions) {
  // valibot's object and record schemas take arrays as objects; content editors' JSON must not.
  const noArray = <T extends v.GenericSchema>(schema: T, message: string) =>
    dispatch ? v.lazy((input) => (Array.isArray(input) ? v.never(message) : schema)) : schema;
  const nonEmptyString = v.pipe(
    v.string("expected a string"),
    v.check((s) => s.trim().length > 0, "must not be empty"),
  );
  const id = v.pipe(
    v.string("expected an id (a string)"),
    v.regex(ID_PATTERN, "an id is 1–100 letters, digits, '-', '_', '.' or ':', starting with a letter or digit"),
    v.check(
      (value) => !RESERVED_KEYS.has(value),
      (issue) => reservedMessage(String(issue.input)),
    ),
    v.description("An identifier, unique among its siblings."),
  );
  const localeTag = v.pipe(
    v.string("expected a locale tag"),
    v.regex(LOCALE_PATTERN, 'expected a locale tag such as "fi" or "en-GB"'),
  );
  const localizedRecord = v.pipe(
    v.record(localeTag, nonEmptyString, "expected a text: a string, or an object of strings by locale"),
    v.check((record) => Object.keys(record).length > 0, "a localized text needs at least one locale"),
    v.check(
      (record) => defaultLocale === undefined || Object.hasOwn(record, defaultLocale),
      `missing the "${defaultLocale}" text that defaultLocale requires`,
    ),
  );
  const localized = noArray(localizedRecord, "expected a text: a string, or an object of strings by locale");
  const text = v.pipe(
    v.union([nonEmptyString, localized], "expected a text: a string, or an object of strings by locale"),
    v.description('A string, or one string per locale: { "fi": "…", "en": "…" }.'),
  );
  const textOrLocalized = dispatch ? v.lazy((input) => (typeof input === "string" ? nonEmptyString : localized)) : text;
  const finite = (what: string) =>
    v.pipe(v.number(`expected ${what} (a number)`), v.finite(`expected ${what} (a finite number)`));
  const ranged = (what: string, min: number, max: number) =>
    v.pipe(finite(what), v.minValue(min, `must be at least ${min}`), v.maxValue(max, `must be at most ${max}`));
  const url = v.pipe(
    v.string("expected a URL"),
    v.check((value: string) => isSafeUrl(value), "a URL must be http, https, mailto or relative"),
  );
  const idList = v.array(id, "expected a list of ids");

  const meta = {
    note: v.optional(v.pipe(textOrLocalized, v.description("A footnote shown under the table."))),
    sources: v.optional(v.pipe(idList, v.description("Ids of entries in sources that back this value."))),
    score: v.optional(v.pipe(ranged("a score", 0, 10), v.description("A 0–10 score for the decision matrix."))),
  };
  // Every field no entry names is an issue of its own (valibot's strictObject stops at the first),
  // so one pass shows every misspelt field; validate.ts words the message with the field's name.
  const strict = <T extends v.ObjectEntries>(entries: T, what: string) =>
    v.objectWithRest(entries, v.never(UNKNOWN_FIELD), (issue) => {
      if (issue.input === undefined && issue.expected?.startsWith('"'))
        return `missing required field ${issue.expected}`;
      return `expected ${what}`;
    });
  const object = <T extends v.ObjectEntries>(entries: T, what: string) =>
    noArray(strict(entries, what), `expected ${what}`);
  const cellObject = v.variant(
    "kind",
    [
      strict({ kind: v.literal("text"), text: textOrLocalized, ...meta }, "a text cell"),
      strict(
        {
          kind: v.literal("check"),
          value: v.picklist(["yes", "no", "partial"], 'expected "yes", "no" or "partial"'),
          ...meta,
        },
        "a check cell",
      ),
      strict(
        { kind: v.literal("number"), value: finite("a value"), unit: v.optional(textOrLocalized), ...meta },
        "a number cell",
      ),
      strict(
        {
          kind: v.literal("rating"),
          value: finite("a value"),
          max: v.pipe(finite("a maximum"), v.minValue(1, "must be at least 1")),
          ...meta,
        },
        "a rating cell",
      ),
      strict({ kind: v.literal("types"), types: idList, ...meta }, "a types cell"),
      strict(
        { kind: v.literal("list"), items: v.array(textOrLocalized, "expected a list of texts"), ...meta },
        "a list cell",
      ),
      strict({ kind: v.literal("na"), ...meta }, "a not-applicable cell"),
      strict({ kind: v.literal("unknown"), ...meta }, "an unknown cell"),
    ],
    (issue) =>
      issue.input === undefined
        ? `missing required field "kind", one of ${CELL_KINDS.join(", ")}`
        : `unknown cell kind; expected one of ${CELL_KINDS.join(", ")}`,
  );
  const cellValue = dispatch
    ? v.lazy((input) =>
        input === null || typeof input !== "object"
          ? typeof input === "string"
            ? nonEmptyString
            : v.never('expected a text, or a cell object such as { "kind": "number", "value": 6 }')
          : // A cell's own field (none of them is a locale tag) says it was meant as a cell: without
            // its kind it is told the kind is missing, not that each field is no locale tag.
            "kind" in input || CELL_FIELDS.some((field) => field in input)
            ? cellObject
            : localized,
      )
    : v.pipe(
        v.union([text, cellObject]),
        v.description("What one option has for one parameter: a text, or an object with a kind."),
      );

  const weightedItem = object(
    { text: textOrLocalized, weight: v.optional(ranged("a weight", 0, 5)) },
    "a weighted item",
  );
  const proCon = dispatch
    ? v.lazy((input) =>
        input !== null && typeof input === "object" && ("text" in input || "weight" in input)
          ? weightedItem
          : textOrLocalized,
      )
    : v.union([text, weightedItem]);
  const proConList = v.array(proCon, "expected a list of texts");

  const option = object(
    {
      id,
      name: textOrLocalized,
      shortName: v.optional(textOrLocalized),
      description: v.optional(textOrLocalized),
      types: v.optional(
        v.pipe(
          idList,
          v.description("Ids of types this option comes in: from `types`, or built-in ones such as vertical-bpo."),
        ),
      ),
      pros: v.optional(proConList),
      cons: v.optional(proConList),
      recommended: v.optional(v.boolean("expected true or false")),
    },
    "an option (an object)",
  );
  const parameter = object(
    {
      id,
      label: textOrLocalized,
      description: v.optional(textOrLocalized),
      group: v.optional(v.pipe(id, v.description("Id of an entry in groups."))),
      weight: v.optional(
        v.pipe(
          ranged("a weight", 0, 5),
          // The matrix weighs in whole steps, as its sliders show; 2.5 would be shown as 3 and counted as 2.5.
          v.integer("a weight must be a whole number"),
          v.description("Default weight in the decision matrix, a whole number 0–5."),
        ),
      ),
      values: v.pipe(
        noArray(
          v.record(v.string(), cellValue, "expected values: an object of cell values by option id"),
          "expected values: an object of cell values by option id",
        ),
        v.description("One value per option id."),
      ),
    },
    "a parameter (an object)",
  );
  const group = object({ id, label: textOrLocalized, description: v.optional(textOrLocalized) }, "a group (an object)");
  const typeDefinition = object(
    { id, label: textOrLocalized, description: v.optional(textOrLocalized), family: v.optional(id) },
    "a type (an object)",
  );
  const source = object(
    {
      id,
      title: textOrLocalized,
      url: v.optional(url),
      accessed: v.optional(
        v.pipe(
          v.string("expected a date"),
          v.isoDate("expected an ISO date such as 2026-11-27"),
          // The pattern lets 2026-02-31 through; a real date reads back as itself.
          v.check((value) => {
            const date = new Date(`${value}T00:00:00Z`);
            return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
          }, "no such date"),
        ),
      ),
    },
    "a source (an object)",
  );
  const answer = object(
    {
      id,
      text: textOrLocalized,
      effects: v.pipe(
        noArray(
          v.record(v.string(), ranged("an effect", -10, 10), "expected effects: an object of numbers by option id"),
          "expected effects: an object of numbers by option id",
        ),
        v.description("Points this answer gives each option, by option id."),
      ),
      because: v.optional(textOrLocalized),
      parameters: v.optional(idList),
    },
    "an answer (an object)",
  );
  const question = object(
    {
      id,
      text: textOrLocalized,
      help: v.optional(textOrLocalized),
      answers: v.pipe(
        v.array(answer, "expected a list of answers"),
        v.minLength(2, "a question needs at least 2 answers"),
      ),
    },
    "a question (an object)",
  );

  return object(
    {
      $schema: v.optional(v.string()),
      schemaVersion: v.literal(1, "expected schemaVersion 1"),
      id,
      title: textOrLocalized,
      description: v.optional(textOrLocalized),
      defaultLocale: v.optional(localeTag),
      options: v.pipe(
        v.array(option, "expected a list of options"),
        v.minLength(2, "a comparison needs at least 2 options"),
      ),
      parameters: v.pipe(
        v.array(parameter, "expected a list of parameters"),
        v.minLength(1, "a comparison needs at least 1 parameter"),
      ),
      groups: v.optional(v.array(group, "expected a list of groups")),
      types: v.optional(v.array(typeDefinition, "expected a list of types")),
      sources: v.optional(v.array(source, "expected a list of sources")),
      conclusion: v.optional(textOrLocalized),
      questions: v.optional(v.array(question, "expected a list of questions")),
    },
    "a comparison (an object)",
  );
}
