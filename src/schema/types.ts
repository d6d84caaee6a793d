/**
 * The comparison data model. Every vertailu component reads a `Comparison`.
 * These types are the contract; `parseComparison` turns unknown JSON into them.
 */

/**
 * A text, either one string or one string per locale, e.g. `{ fi: "Kyllä", en: "Yes" }`.
 * `kind` and `text` are not locale tags: ruling them out makes a mistyped cell object such as
 * `{ kind: "number", value: "6" }` a type error instead of a text that happens to type-check.
 * Needs at least one locale; each key is a locale tag such as `fi` or `en-GB` (2–3 lower-case letters, then
 * optional `-` subtags of 2–8 letters or digits) and each string is non-empty, not only whitespace. When `Comparison.defaultLocale`
 * is set, every localized text must have that locale. A lookup tries the asked locale, then its language
 * (`fi` for `fi-FI`), then the default locale and its language, then the first locale present.
 */
export type LocalizedText = { readonly [locale: string]: string } & { readonly kind?: never; readonly text?: never };
/** A plain string or a localized text. A string must not be empty or only whitespace. */
export type Text = string | LocalizedText;

/** Fields every object-form cell value may carry, whatever its `kind` (`na` and `unknown` included). */
export interface CellMeta {
  /** A footnote shown under the table; the cell links to it by number. */
  note?: Text | undefined;
  /**
   * Ids of entries in `Comparison.sources` that back this value; each id at most once. Checked, and
   * kept with the data, but the built-in cells do not show them: the table lists every source under
   * it, each item with the id `<idPrefix>-source-<source id>`, which a `renderCell` of yours can link to.
   */
  sources?: readonly string[] | undefined;
  /** This value's score in the decision matrix: a number from 0 to 10. A cell without one is not scored. */
  score?: number | undefined;
}

/** The value of a check cell: shown as a check and "Yes", a cross and "No", or a half circle and "Partial". */
export type CheckValue = "yes" | "no" | "partial";

/** A text value. A bare `Text` in `Parameter.values` is short for this cell. */
export interface TextCell extends CellMeta {
  /** Marks a text cell. */
  kind: "text";
  /** The text shown in the cell. */
  text: Text;
}
/** A yes, no or partial value. */
export interface CheckCell extends CellMeta {
  /** Marks a check cell. */
  kind: "check";
  /** `"yes"`, `"no"` or `"partial"`. */
  value: CheckValue;
}
/** A number, formatted for the locale, with an optional unit. */
export interface NumberCell extends CellMeta {
  /** Marks a number cell. */
  kind: "number";
  /** The number; must be finite. */
  value: number;
  /** Shown after the number, separated by a space, e.g. `€` or `h`. */
  unit?: Text | undefined;
}
/** A rating on a scale from 0 to `max`, shown as e.g. "4 of 5" with a bar. */
export interface RatingCell extends CellMeta {
  /** Marks a rating cell. */
  kind: "rating";
  /** The rating: a finite number from 0 to `max`. */
  value: number;
  /** The top of the scale: a finite number, at least 1. */
  max: number;
}
/** Types shown as type badges. */
export interface TypesCell extends CellMeta {
  /** Marks a types cell. */
  kind: "types";
  /** Ids of entries in `Comparison.types` or of built-in types (e.g. `vertical-bpo`); each id at most once. */
  types: readonly string[];
}
/** A short list of texts, shown as a bulleted list. */
export interface ListCell extends CellMeta {
  /** Marks a list cell. */
  kind: "list";
  /** The list's items, in order. */
  items: readonly Text[];
}
/** A parameter that does not apply to this option; shown as "Not applicable". */
export interface NotApplicableCell extends CellMeta {
  /** Marks a not-applicable cell. */
  kind: "na";
}
/** A value that is not known or not published; shown as "Unknown". */
export interface UnknownCell extends CellMeta {
  /** Marks an unknown cell. */
  kind: "unknown";
}

/** Every object form of a cell value, told apart by `kind`. */
export type CellObject =
  | TextCell
  | CheckCell
  | NumberCell
  | RatingCell
  | TypesCell
  | ListCell
  | NotApplicableCell
  | UnknownCell;

/** What one option has for one parameter. A bare text is shorthand for `{ kind: "text" }`. */
export type CellValue = Text | CellObject;

/** The `kind` of a cell object: `text`, `check`, `number`, `rating`, `types`, `list`, `na` or `unknown`. */
export type CellKind = CellObject["kind"];

/**
 * A pro or a con: a text, or `{ text, weight }` where `weight` says how much it matters, a number from 0 to 5
 * (shown as a small bar with the number).
 */
export type ProConItem = Text | { text: Text; weight?: number | undefined };

/** One thing being compared: a column of the table. */
export interface Option {
  /**
   * Unique among the options: 1–100 letters, digits, '-', '_', '.' or ':', starting with a letter or digit;
   * not `constructor`, `prototype` or `__proto__`. Case-sensitive. The keys of `Parameter.values` and
   * `Answer.effects`.
   */
  id: string;
  /** The column header and the option's heading. */
  name: Text;
  /** A shorter name for where room is tight, such as the table's option picker. */
  shortName?: Text | undefined;
  /** A sentence or two about the option; the pros and cons panel shows it with `showDescription`. */
  description?: Text | undefined;
  /** Ids of entries in `Comparison.types` or of built-in types (e.g. `vertical-bpo`); each id at most once. */
  types?: readonly string[] | undefined;
  /** Reasons for the option, shown by the pros and cons panel. */
  pros?: readonly ProConItem[] | undefined;
  /** Reasons against the option, shown by the pros and cons panel. */
  cons?: readonly ProConItem[] | undefined;
  /**
   * Marks an option the author recommends. The table highlights the first option marked (its `highlightOption`
   * prop can override); the pros and cons panel marks each one.
   */
  recommended?: boolean | undefined;
}

/** One aspect the options are compared on: a row of the table. */
export interface Parameter {
  /** Unique among the parameters; an id as for `Option.id`. `Answer.parameters` refers to it. */
  id: string;
  /** The row header. */
  label: Text;
  /** Explains the parameter; the table offers it from an info button beside the label. */
  description?: Text | undefined;
  /** Id of a `Comparison.groups` entry. Rows without a group come first, then each group in `groups` order. */
  group?: string | undefined;
  /**
   * Default weight in the decision matrix: a whole number from 0 to 5.
   * @default 1
   */
  weight?: number | undefined;
  /**
   * One value per option id: every option needs one (`{ kind: "unknown" }` when it is not known),
   * and every key must be an option id.
   */
  values: { [optionId: string]: CellValue };
}

/** A heading over some rows of the table. */
export interface Group {
  /** Unique among the groups; an id as for `Option.id`. `Parameter.group` refers to it. */
  id: string;
  /** The group's heading row. */
  label: Text;
  /** Explains the group: shown under its label, in the table's group row and in each stacked section. */
  description?: Text | undefined;
}

/**
 * A type an option comes in, shown as a type badge. Four built-in types (`horizontal-bpo`, `vertical-bpo`,
 * `inbound-call-center`, `outbound-call-center`) need no entry; an entry with one of their ids replaces it.
 */
export interface TypeDefinition {
  /** Unique among the types; an id as for `Option.id`. `Option.types` and types cells refer to it. */
  id: string;
  /** The badge's text. */
  label: Text;
  /** Explains the type; the badge shows it in a tooltip. */
  description?: Text | undefined;
  /**
   * An id such as "bpo" or "call-center"; badges of one family share a colour. `bpo` and `call-center` have
   * colours of their own, any other family a neutral one.
   */
  family?: string | undefined;
}

/** Where a fact comes from; the table lists every source under it. */
export interface Source {
  /** Unique among the sources; an id as for `Option.id`. `CellMeta.sources` refers to it. */
  id: string;
  /** The source's name in the list under the table. */
  title: Text;
  /**
   * A link to the source: an http, https or mailto URL, or a relative one; at most 2048 characters, with no
   * control characters and no leading or trailing whitespace.
   */
  url?: string | undefined;
  /** When the source was read: a real calendar date written YYYY-MM-DD, e.g. `2026-11-27`. */
  accessed?: string | undefined;
}

/** One choice of a question in the decision wizard. */
export interface Answer {
  /** Unique among this question's answers; an id as for `Option.id`. */
  id: string;
  /** The choice as the reader sees it. */
  text: Text;
  /**
   * Points this answer gives each option, by option id: numbers from -10 to 10. Every key must be an option id;
   * an option left out gets 0.
   */
  effects: { [optionId: string]: number };
  /** Why this answer points the way it does; shown with the result. */
  because?: Text | undefined;
  /** Ids of parameters this answer relates to, each at most once; the result links to their rows. */
  parameters?: readonly string[] | undefined;
}

/** One step of the decision wizard. */
export interface Question {
  /** Unique among the questions; an id as for `Option.id`. */
  id: string;
  /** The question. */
  text: Text;
  /** A hint shown under the question. */
  help?: Text | undefined;
  /** The choices: at least 2. */
  answers: readonly Answer[];
}

/**
 * The whole document: what `parseComparison` returns and every component reads. The validator rejects fields
 * no type here names, in every object; the one exception is `$schema` at this level (a path or URL of the
 * JSON Schema, for editors), which it accepts and ignores.
 */
export interface Comparison {
  /** The version of this format: always 1. */
  schemaVersion: 1;
  /** An id as for `Option.id`; the table's default prefix for the ids of its rows, notes and sources. */
  id: string;
  /** The table's caption. */
  title: Text;
  /** One or two sentences about what is compared, shown under the table's caption. */
  description?: Text | undefined;
  /**
   * A locale tag such as `fi` or `en-GB`: the locale shown when none is asked for, and the one every localized
   * text must have and falls back to. Without it, a text falls back to its first locale.
   */
  defaultLocale?: string | undefined;
  /** The things compared, the table's columns: at least 2, with unique ids. */
  options: readonly Option[];
  /** What the options are compared on, the table's rows, in order: at least 1, with unique ids. */
  parameters: readonly Parameter[];
  /** Headings that gather parameters (`Parameter.group`), with unique ids. */
  groups?: readonly Group[] | undefined;
  /** Types options come in, beyond or replacing the four built-in ones, with unique ids. */
  types?: readonly TypeDefinition[] | undefined;
  /** Where the facts come from, with unique ids; cells cite them in `CellMeta.sources`. */
  sources?: readonly Source[] | undefined;
  /** The author's summary. No component shows it; put it on your page yourself. */
  conclusion?: Text | undefined;
  /** Questions for the decision wizard, with unique ids; each answer gives options points. */
  questions?: readonly Question[] | undefined;
}

/** One problem found in the data: where it is and what is wrong. */
export interface SchemaIssue {
  /**
   * Where the problem is, e.g. `parameters[2].values.call-center`: `[n]` for a list index, `.key` for a key
   * (`["key"]` for one with whitespace, dots, brackets, quotes or backslashes, or over 100 characters);
   * empty for the root.
   */
  path: string;
  /** What is wrong, in English, e.g. `unknown group id "pricing"`. */
  message: string;
}
