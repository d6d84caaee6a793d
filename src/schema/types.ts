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
  note?: Text;
  /** Ids of entries in `Comparison.sources` that back this value. */
  sources?: string[];
  /** A 0–10 score used by the decision matrix. */
  score?: number;
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
  unit?: Text;
}
export interface RatingCell extends CellMeta {
  kind: "rating";
  value: number;
  max: number;
}
export interface TypesCell extends CellMeta {
  kind: "types";
  types: string[];
}
export interface ListCell extends CellMeta {
  kind: "list";
  items: Text[];
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
  shortName?: Text;
  description?: Text;
  /** Ids of `Comparison.types` this option comes in. */
  types?: string[];
  pros?: ProConItem[];
  cons?: ProConItem[];
  /** Marks the column the author recommends. */
  recommended?: boolean;
}

export interface Parameter {
  id: string;
  label: Text;
  description?: Text;
  /** Id of a `Comparison.groups` entry. */
  group?: string;
  /** Default weight in the decision matrix (0–5). */
  weight?: number;
  /** One value per option id. */
  values: { [optionId: string]: CellValue };
}

export interface Group {
  id: string;
  label: Text;
  description?: Text;
}

export interface TypeDefinition {
  id: string;
  label: Text;
  description?: Text;
  /** A family such as "bpo" or "call-center"; badges of one family share a colour. */
  family?: string;
}

export interface Source {
  id: string;
  title: Text;
  url?: string;
  /** When the source was read, as an ISO date. */
  accessed?: string;
}

export interface Answer {
  id: string;
  text: Text;
  /** Points this answer gives each option, by option id. */
  effects: { [optionId: string]: number };
  /** Why this answer points the way it does; shown with the result. */
  because?: Text;
  /** Ids of parameters this answer relates to. */
  parameters?: string[];
}

export interface Question {
  id: string;
  text: Text;
  help?: Text;
  answers: Answer[];
}

export interface Comparison {
  schemaVersion: 1;
  id: string;
  title: Text;
  description?: Text;
  /** The locale shown when none is asked for, and the one every localized text must have. */
  defaultLocale?: string;
  options: Option[];
  parameters: Parameter[];
  groups?: Group[];
  types?: TypeDefinition[];
  sources?: Source[];
  conclusion?: Text;
  /** Questions for the decision wizard. */
  questions?: Question[];
}

/** One problem found in the data: where it is and what is wrong. */
export interface SchemaIssue {
  /** Where the problem is, e.g. `parameters[2].values.call-center`; empty for the root. */
  path: string;
  message: string;
}
