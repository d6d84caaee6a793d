import type { GenericSchema, ObjectEntries } from "valibot";
import {
  array,
  boolean,
  check,
  description,
  finite,
  integer,
  isoDate,
  lazy,
  literal,
  maxValue,
  minLength,
  minValue,
  never,
  number,
  objectWithRest,
  optional,
  picklist,
  pipe,
  record,
  regex,
  string,
  union,
  variant,
} from "valibot";
import { CELL_KINDS, reservedMessage } from "./path.js";
import { LOCALE_PATTERN } from "./text.js";
import { isSafeUrl } from "./url.js";

/**
 * The valibot definitions of a Comparison's shape. The same definitions give parseComparison
 * its shape checks and schema.json its content; cross-reference checks live in validate.ts.
 */

export const ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}_.:-]{0,99}$/u;

/** The message of a field the schema does not name, as validate.ts words it. */
export const UNKNOWN_FIELD = "unknown field";

/**
 * The field names an object has, read back from what its entries say of a field they do not name
 * (UNKNOWN_FIELD, a space, the names with commas: see `strict` below); else undefined.
 */
export function namesOfUnknownField(message: string): string[] | undefined {
  return message.startsWith(UNKNOWN_FIELD) ? message.slice(UNKNOWN_FIELD.length + 1).split(",") : undefined;
}

/** What a text without the default locale's text is told; the validator finds these issues by it. */
export function missingDefaultMessage(defaultLocale: string | undefined): string {
  return `missing the "${defaultLocale}" text that defaultLocale requires`;
}

/**
 * Keys every JavaScript object answers to. valibot's records pass over them (a guard against
 * prototype pollution), so an id or a key by that name would escape validation: neither may be one.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(["constructor", "prototype", "__proto__"]);

/** Fields only a cell object has: none of them could be a locale tag in a localized text. */
const CELL_FIELDS = ["value", "text", "unit", "items", "types", "note", "score", "sources"];

interface DefinitionOptions {
  /** Every localized text must hold this locale. */
  defaultLocale?: string | undefined;
  /** Cell values and pros/cons items are told apart by their input (better messages) rather than
   * by a union (which JSON Schema can express). */
  dispatch: boolean;
}

export function buildDefinition({ defaultLocale, dispatch }: DefinitionOptions): GenericSchema {
  // valibot's object and record schemas take arrays as objects; content editors' JSON must not.
  const noArray = <T extends GenericSchema>(schema: T, message: string) =>
    dispatch ? lazy((input) => (Array.isArray(input) ? never(message) : schema)) : schema;
  const nonEmptyString = pipe(
    string("expected a string"),
    // Invisible characters alone (a zero-width space pasted from a chat, a direction mark) are empty too.
    check((s) => /[^\s\p{Default_Ignorable_Code_Point}]/u.test(s), "must not be empty"),
  );
  const id = pipe(
    string("expected an id (a string)"),
    regex(
      ID_PATTERN,
      "an id has only letters, digits and - _ . : (no spaces), 1–100 of them, starting with a letter or digit",
    ),
    check(
      (value) => !RESERVED_KEYS.has(value),
      (issue) => reservedMessage(String(issue.input)),
    ),
    description("An identifier, unique among its siblings."),
  );
  const localeTag = pipe(
    string("expected a locale tag"),
    regex(LOCALE_PATTERN, 'expected a locale tag such as "fi" or "en-GB"'),
  );
  const localizedRecord = pipe(
    record(localeTag, nonEmptyString, "expected a text: a string, or an object of strings by locale"),
    check((texts) => Object.keys(texts).length > 0, "a localized text needs at least one locale"),
    check(
      (texts) => defaultLocale === undefined || Object.hasOwn(texts, defaultLocale),
      missingDefaultMessage(defaultLocale),
    ),
  );
  const localized = noArray(localizedRecord, "expected a text: a string, or an object of strings by locale");
  const text = pipe(
    union([nonEmptyString, localized], "expected a text: a string, or an object of strings by locale"),
    description('A string, or one string per locale: { "fi": "…", "en": "…" }.'),
  );
  const textOrLocalized = dispatch ? lazy((input) => (typeof input === "string" ? nonEmptyString : localized)) : text;
  const finiteNumber = (what: string) =>
    pipe(number(`expected ${what} (a number)`), finite(`expected ${what} (a finite number)`));
  const ranged = (what: string, min: number, max: number) =>
    pipe(finiteNumber(what), minValue(min, `must be at least ${min}`), maxValue(max, `must be at most ${max}`));
  const url = pipe(
    string("expected a URL"),
    // Said apart: "https://example.org/a " is https, only its space is wrong.
    check((value: string) => value.trim() === value, "a URL must not start or end with a space"),
    check((value: string) => isSafeUrl(value), "a URL must be http, https, mailto or relative"),
    // Relative by the letter, but meant as a web address: "www.example.com/a", "https//example.org",
    // a Windows share "\\palvelin\raportit". Each would lead nowhere from the page.
    check((value: string) => !/^(www\.|https?\/\/|\\)/i.test(value), "a web address starts with https:// (or http://)"),
  );
  const idList = array(id, "expected a list of ids");

  const meta = {
    note: optional(pipe(textOrLocalized, description("A footnote shown under the table."))),
    sources: optional(pipe(idList, description("Ids of entries in sources that back this value."))),
    score: optional(pipe(ranged("a score", 0, 10), description("A 0–10 score for the decision matrix."))),
  };
  // Every field no entry names is an issue of its own (valibot's strictObject stops at the first),
  // so one pass shows every misspelt field; validate.ts words the message with the field's name.
  const strict = <T extends ObjectEntries>(entries: T, what: string) =>
    // The message carries the entry's field names (namesOfUnknownField reads them back), for
    // validate.ts to offer the one a typo meant.
    objectWithRest(entries, never(`${UNKNOWN_FIELD} ${Object.keys(entries)}`), (issue) => {
      if (issue.input === undefined && issue.expected?.startsWith('"'))
        return `missing required field ${issue.expected}`;
      return `expected ${what}`;
    });
  const object = <T extends ObjectEntries>(entries: T, what: string) =>
    noArray(strict(entries, what), `expected ${what}`);
  const cellObject = variant(
    "kind",
    [
      strict({ kind: literal("text"), text: textOrLocalized, ...meta }, "a text cell"),
      strict(
        {
          kind: literal("check"),
          value: picklist(["yes", "no", "partial"], 'expected "yes", "no" or "partial"'),
          ...meta,
        },
        "a check cell",
      ),
      strict(
        { kind: literal("number"), value: finiteNumber("a value"), unit: optional(textOrLocalized), ...meta },
        "a number cell",
      ),
      strict(
        {
          kind: literal("rating"),
          value: finiteNumber("a value"),
          max: pipe(finiteNumber("a maximum"), minValue(1, "must be at least 1")),
          ...meta,
        },
        "a rating cell",
      ),
      strict({ kind: literal("types"), types: idList, ...meta }, "a types cell"),
      strict(
        { kind: literal("list"), items: array(textOrLocalized, "expected a list of texts"), ...meta },
        "a list cell",
      ),
      strict({ kind: literal("na"), ...meta }, "a not-applicable cell"),
      strict({ kind: literal("unknown"), ...meta }, "an unknown cell"),
    ],
    (issue) =>
      issue.input === undefined
        ? `missing required field "kind", one of ${CELL_KINDS.join(", ")}`
        : `unknown cell kind; expected one of ${CELL_KINDS.join(", ")}`,
  );
  const cellValue = dispatch
    ? lazy((input) =>
        input === null || typeof input !== "object"
          ? typeof input === "string"
            ? nonEmptyString
            : never('expected a text, or a cell object such as { "kind": "number", "value": 6 }')
          : // A cell's own field (none of them is a locale tag) says it was meant as a cell: without
            // its kind it is told the kind is missing, not that each field is no locale tag.
            "kind" in input || CELL_FIELDS.some((field) => field in input)
            ? cellObject
            : localized,
      )
    : pipe(
        union([text, cellObject]),
        description("What one option has for one parameter: a text, or an object with a kind."),
      );

  const weightedItem = object({ text: textOrLocalized, weight: optional(ranged("a weight", 0, 5)) }, "a weighted item");
  const proCon = dispatch
    ? lazy((input) =>
        input !== null && typeof input === "object" && ("text" in input || "weight" in input)
          ? weightedItem
          : textOrLocalized,
      )
    : union([text, weightedItem]);
  const proConList = array(proCon, "expected a list of texts");

  const option = object(
    {
      id,
      name: textOrLocalized,
      shortName: optional(textOrLocalized),
      description: optional(textOrLocalized),
      types: optional(
        pipe(
          idList,
          description("Ids of types this option comes in: from `types`, or built-in ones such as vertical-bpo."),
        ),
      ),
      pros: optional(proConList),
      cons: optional(proConList),
      recommended: optional(boolean("expected true or false")),
    },
    "an option (an object)",
  );
  const parameter = object(
    {
      id,
      label: textOrLocalized,
      description: optional(textOrLocalized),
      group: optional(pipe(id, description("Id of an entry in groups."))),
      weight: optional(
        pipe(
          ranged("a weight", 0, 5),
          // The matrix weighs in whole steps, as its sliders show; 2.5 would be shown as 3 and counted as 2.5.
          integer("a weight must be a whole number"),
          description("Default weight in the decision matrix, a whole number 0–5."),
        ),
      ),
      values: pipe(
        noArray(
          record(string(), cellValue, "expected values: an object of cell values by option id"),
          "expected values: an object of cell values by option id",
        ),
        description("One value per option id."),
      ),
    },
    "a parameter (an object)",
  );
  const group = object({ id, label: textOrLocalized, description: optional(textOrLocalized) }, "a group (an object)");
  const typeDefinition = object(
    { id, label: textOrLocalized, description: optional(textOrLocalized), family: optional(id) },
    "a type (an object)",
  );
  const source = object(
    {
      id,
      title: textOrLocalized,
      url: optional(url),
      accessed: optional(
        pipe(
          string("expected a date"),
          isoDate("expected an ISO date such as 2026-11-27"),
          // The pattern lets 2026-02-31 through; a real date reads back as itself.
          check((value) => {
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
      effects: pipe(
        noArray(
          record(string(), ranged("an effect", -10, 10), "expected effects: an object of numbers by option id"),
          "expected effects: an object of numbers by option id",
        ),
        description("Points this answer gives each option, by option id."),
      ),
      because: optional(textOrLocalized),
      parameters: optional(idList),
    },
    "an answer (an object)",
  );
  const question = object(
    {
      id,
      text: textOrLocalized,
      help: optional(textOrLocalized),
      answers: pipe(array(answer, "expected a list of answers"), minLength(2, "a question needs at least 2 answers")),
    },
    "a question (an object)",
  );

  return object(
    {
      $schema: optional(string()),
      schemaVersion: literal(1, "expected schemaVersion 1"),
      id,
      title: textOrLocalized,
      description: optional(textOrLocalized),
      defaultLocale: optional(localeTag),
      options: pipe(array(option, "expected a list of options"), minLength(2, "a comparison needs at least 2 options")),
      parameters: pipe(
        array(parameter, "expected a list of parameters"),
        minLength(1, "a comparison needs at least 1 parameter"),
      ),
      groups: optional(array(group, "expected a list of groups")),
      types: optional(array(typeDefinition, "expected a list of types")),
      sources: optional(array(source, "expected a list of sources")),
      conclusion: optional(textOrLocalized),
      questions: optional(array(question, "expected a list of questions")),
    },
    "a comparison (an object)",
  );
}
