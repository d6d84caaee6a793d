import type { ReactNode } from "react";
import { shownText, type TextPlace } from "../../internal/shown-text.js";
import { format, formatNumber } from "../../messages/index.js";
import { typeById } from "../../schema/builtin-types.js";
import { listOf } from "../../schema/list.js";
import { resolveText } from "../../schema/text.js";
import type {
  CellObject,
  CellValue,
  Comparison,
  Group,
  Option,
  Parameter,
  Text,
  TypeDefinition,
} from "../../schema/types.js";
import type { TableMessages as Messages } from "./messages.js";

/** Everything a cell needs to become text in one locale, and the table's `lang` for its texts' own. */
export interface TextContext extends TextPlace {
  messages: Messages;
  types: readonly TypeDefinition[] | undefined;
}

/** A data text as plain text, in the context's locale, by resolveText's rule. */
export function textOf(text: Text | undefined, context: Pick<TextContext, "locale" | "defaultLocale">): string {
  return resolveText(text, context.locale, context.defaultLocale);
}

/**
 * An option's name, else (in data that skipped parseComparison) its id: a column is never unnamed.
 * The matrix, the wizard and the panel fall back the same way.
 */
export function optionName(option: Option, context: Pick<TextContext, "locale" | "defaultLocale">): string {
  return textOf(option.name, context) || option.id;
}

/** A parameter's label, else its id: a row is never unnamed. */
export function parameterLabel(parameter: Parameter, context: Pick<TextContext, "locale" | "defaultLocale">): string {
  return textOf(parameter.label, context) || parameter.id;
}

/** The object form of any cell value: a bare text is a text cell. */
export function normalizeCell(cell: CellValue | undefined): CellObject {
  if (cell === undefined || cell === null) return { kind: "unknown" };
  if (typeof cell === "string" || !("kind" in cell)) return { kind: "text", text: cell as Text };
  return cell as CellObject;
}

/** A type's label as its badge shows it: from the data's types, else the built-in ones, else the id. */
function typeLabel(id: string, context: TextContext): string {
  return textOf(typeById(id, context.types)?.label, context) || id;
}

/**
 * A cell as plain text, the same words the table shows (icons aside). The table's exports use it;
 * the kinds it shows beside an icon or bar read as `valueText` says, which the table and its
 * differences-only comparison use too, so they cannot drift apart.
 */
export function cellText(cell: CellValue | undefined, context: TextContext): string {
  const value = normalizeCell(cell);
  switch (value.kind) {
    case "text":
      return textOf(value.text, context);
    case "types":
      return listOf(value.types)
        .map((id) => typeLabel(id, context))
        .join(", ");
    case "list":
      return listOf(value.items)
        .map((item) => textOf(item, context))
        .join("; ");
    default:
      return valueText(value, context);
  }
}

/** The words of a check, number, rating, na or unknown cell: what the table shows beside its icon or bar. */
export function valueText(value: CellObject, context: TextContext): string {
  const { messages } = context;
  switch (value.kind) {
    case "check":
      // Each value has the message of its name; anything else (unchecked data's "Yes", say) reads
      // as unknown, not as partial.
      return value.value === "yes" || value.value === "no" || value.value === "partial"
        ? messages[value.value]
        : messages.unknown;
    case "number": {
      const unit = textOf(value.unit, context);
      const number = formatNumber(value.value, context.locale);
      return unit ? `${number} ${unit}` : number;
    }
    case "rating":
      return format(messages.ratingValue, {
        value: formatNumber(value.value, context.locale),
        max: formatNumber(value.max, context.locale),
      });
    case "na":
      return messages.notApplicable;
    default:
      return messages.unknown;
  }
}

/** A text as differences-only compares it: spacing aside. */
function comparableText(text: Text | undefined, context: TextContext): string {
  return textOf(text, context).trim().replace(/\s+/g, " ");
}

/**
 * What a cell says, as a key that is equal for cells that say the same thing of the same kind.
 * Numbers as they read: 0.1 + 0.2 and 0.3 both read "0.3", so they are no difference. A rating as
 * its value and maximum, not formatted: a table of 100,000 ratings builds this key for each, and a
 * host's "{value} ★" must not make 3 of 5 the same as 3 of 10.
 */
function keyText(value: CellObject, context: TextContext): string {
  switch (value.kind) {
    case "text":
      return comparableText(value.text, context);
    case "types":
      return [...listOf(value.types)].sort().join(",");
    case "check":
      return value.value;
    case "rating":
      return `${value.value}/${value.max}`;
    case "list":
      // Item by item: ["a; b"] and ["a", "b"] read the same joined, yet say different things.
      return JSON.stringify(listOf(value.items).map((item) => comparableText(item, context)));
    default:
      return valueText(value, context);
  }
}

/** The notes of every row without any: one shared map, never written to. */
const noNotes: ReadonlyMap<string, number> = new Map();

export interface RowModel {
  parameter: Parameter;
  /** True when every shown option has the same value. */
  identical: boolean;
  /** Footnote number per option id, for cells with a note. */
  notes: ReadonlyMap<string, number>;
}

export interface GroupModel {
  id: string | undefined;
  /** The group's label as shown: a text, marked with its language when the table's is another. */
  label: ReactNode;
  /** The group's description as shown, marked so too; "" or undefined when it has none. */
  description: ReactNode;
  rows: RowModel[];
}

/**
 * The key under which the stacked layout closes a group in one option's section (each section opens
 * and closes its own groups); the table's own key for a group is the group's id.
 */
export function sectionKey(optionId: string, groupId: string | undefined): string {
  return `${optionId}\u0000${groupId}`;
}

export interface Footnote {
  number: number;
  /** The row of the cell the note belongs to. */
  row: RowModel;
  /** The key under which the stacked layout closes the cell's group in the cell's own section. */
  section: string;
  /** The note as shown, marked with its language when the table's is another. */
  text: ReactNode;
}

export interface TableModel {
  options: Option[];
  groups: GroupModel[];
  rows: Map<string, RowModel>;
  footnotes: Footnote[];
  identicalCount: number;
}

/** The entries of `list` with these ids, in their order; looked up in a map, as a host may give thousands of rows. */
function byIds<T extends { id: string }>(list: readonly T[], ids: readonly string[]): T[] {
  const index = new Map(list.map((entry) => [entry.id, entry]));
  return ids.map((id) => index.get(id) as T);
}

/**
 * Derives what the table shows, once per data, locale and set of options: rows in group order,
 * which rows are identical, and footnote numbers.
 */
export function buildTableModel(
  data: Comparison,
  optionIds: readonly string[],
  context: TextContext,
  parameterIds?: readonly string[],
): TableModel {
  // Callers pass only ids they have found among the data's options (checkRenderable) and parameters
  // (the table's localIssues).
  const options = byIds(data.options, optionIds);
  const parameters = parameterIds ? byIds(data.parameters, parameterIds) : data.parameters;

  const groups: GroupModel[] = [];
  const groupIndex = new Map<string | undefined, GroupModel>();
  // The group of a definition (undefined: the ungrouped rows), made the first time it is asked for.
  const groupOf = (definition: Group | undefined): GroupModel => {
    let group = groupIndex.get(definition?.id);
    if (!group) {
      group = {
        id: definition?.id,
        // No definition, no text: shownText gives undefined for undefined.
        label: shownText(definition?.label, context),
        description: shownText(definition?.description, context),
        rows: [],
      };
      groupIndex.set(group.id, group);
      groups.push(group);
    }
    return group;
  };
  if (!parameterIds) {
    // Ungrouped rows lead; then groups in the order the data lists them. Unchecked data may hold
    // a null among its groups, or groups that are no list (then: none).
    if (parameters.some((parameter) => !parameter.group)) groupOf(undefined);
    for (const group of listOf(data.groups)) {
      if (group && parameters.some((parameter) => parameter.group === group.id)) groupOf(group);
    }
  }

  const rows = new Map<string, RowModel>();
  let identicalCount = 0;
  for (const parameter of parameters) {
    // A key that is equal for cells that say the same thing, whatever object they are.
    const keyOf = (option: Option) => {
      const value = normalizeCell(parameter.values[option.id]);
      return `${value.kind}:${keyText(value, context)}`;
    };
    const first = options[0] && keyOf(options[0]);
    // The first option's key is computed once, above; every other option is compared with it.
    const identical = options.length > 1 && options.every((option, index) => index === 0 || keyOf(option) === first);
    if (identical) identicalCount++;
    const row: RowModel = { parameter, identical, notes: noNotes };
    rows.set(parameter.id, row);
    // Chosen rows (parameterIds) and rows of an unknown group join the ungrouped ones.
    ((parameter.group && groupIndex.get(parameter.group)) || groupOf(undefined)).rows.push(row);
  }
  // Footnotes are numbered in the order a reader meets them: down the groups, across each row.
  const footnotes: Footnote[] = [];
  for (const group of groups) {
    for (const row of group.rows) {
      let notes: Map<string, number> | undefined;
      for (const option of options) {
        // A bare text has no note: its object form has none either.
        const note = shownText(normalizeCell(row.parameter.values[option.id]).note, context);
        if (!note) continue;
        const number = footnotes.length + 1;
        notes ??= new Map();
        notes.set(option.id, number);
        footnotes.push({ number, row, section: sectionKey(option.id, group.id), text: note });
      }
      if (notes) row.notes = notes;
    }
  }
  return { options, groups, rows, footnotes, identicalCount };
}

/** Makes a string safe inside an id attribute and a URL fragment; valid data ids pass unchanged. */
export function idSafe(value: string | number): string {
  return (
    String(value)
      .replace(/[^\p{L}\p{N}_.:-]/gu, "-")
      .slice(0, 100) || "x"
  );
}
