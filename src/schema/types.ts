/**
 * The comparison data model. Every vertailu component reads a `Comparison`.
 * These types are the contract; `parseComparison` turns unknown JSON into them.
 */

/**
 * A text, either one string or one string per locale, e.g. `{ fi: "Kyllä", en: "Yes" }`.
 * `kind` and `text` are not locale tags: ruling them out makes a mistyped cell object such as
 * `{ kind: "number", value: "6" }` a type error instead of a text that happens to type-check.
 */
export type LocalizedText = { readonly [locale: string]: string } & { readonly kind?: never; readonly text?: never };
/** A plain string or a localized text. */
export type Text = string | LocalizedText;

/** Fields every object-form cell value may carry. */
export interface CellMeta {
  /** A footnote shown under the table. */
  note?: Text | undefined;
  /** Ids of entries in `Comparison.sources` that back this value. */
  sources?: readonly string[] | undefined;
  /** A 0–10 score used by the decision matrix. */
  score?: number | undefined;
}

export type CheckValue = "yes" | "no" | "partial";

export interface TextCell extends CellMeta {
  kind: "text";
  text: Text;
}
export interface CheckCell extends CellMeta {
  kind: "check";
  value: CheckValue;
}
export interface NumberCell extends CellMeta {
  kind: "number";
  value: number;
  unit?: Text | undefined;
}
export interface RatingCell extends CellMeta {
  kind: "rating";
  value: number;
  max: number;
}
export interface TypesCell extends CellMeta {
  kind: "types";
  types: readonly string[];
}
export interface ListCell extends CellMeta {
  kind: "list";
  items: readonly Text[];
}
export interface NotApplicableCell extends CellMeta {
  kind: "na";
}
export interface UnknownCell extends CellMeta {
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

export type CellKind = CellObject["kind"];

/** A pro or a con, optionally weighted. */
export type ProConItem = Text | { text: Text; weight?: number };

export interface Option {
  id: string;
  name: Text;
  shortName?: Text | undefined;
  description?: Text | undefined;
  /** Ids of `Comparison.types` this option comes in. */
  types?: readonly string[] | undefined;
  pros?: readonly ProConItem[] | undefined;
  cons?: readonly ProConItem[] | undefined;
  /** Marks the column the author recommends. */
  recommended?: boolean | undefined;
}

export interface Parameter {
  id: string;
  label: Text;
  description?: Text | undefined;
  /** Id of a `Comparison.groups` entry. */
  group?: string | undefined;
  /** Default weight in the decision matrix (0–5). */
  weight?: number | undefined;
  /** One value per option id. */
  values: { [optionId: string]: CellValue };
}

export interface Group {
  id: string;
  label: Text;
  description?: Text | undefined;
}

export interface TypeDefinition {
  id: string;
  label: Text;
  description?: Text | undefined;
  /** A family such as "bpo" or "call-center"; badges of one family share a colour. */
  family?: string | undefined;
}

export interface Source {
  id: string;
  title: Text;
  url?: string | undefined;
  /** When the source was read, as an ISO date. */
  accessed?: string | undefined;
}

export interface Answer {
  id: string;
  text: Text;
  /** Points this answer gives each option, by option id. */
  effects: { [optionId: string]: number };
  /** Why this answer points the way it does; shown with the result. */
  because?: Text | undefined;
  /** Ids of parameters this answer relates to. */
  parameters?: readonly string[] | undefined;
}

export interface Question {
  id: string;
  text: Text;
  help?: Text | undefined;
  answers: readonly Answer[];
}

export interface Comparison {
  schemaVersion: 1;
  id: string;
  title: Text;
  description?: Text | undefined;
  /** The locale shown when none is asked for, and the one every localized text must have. */
  defaultLocale?: string | undefined;
  options: readonly Option[];
  parameters: readonly Parameter[];
  groups?: readonly Group[] | undefined;
  types?: readonly TypeDefinition[] | undefined;
  sources?: readonly Source[] | undefined;
  conclusion?: Text | undefined;
  /** Questions for the decision wizard. */
  questions?: readonly Question[] | undefined;
}

/** One problem found in the data: where it is and what is wrong. */
export interface SchemaIssue {
  /** Where the problem is, e.g. `parameters[2].values.call-center`; empty for the root. */
  path: string;
  message: string;
}
