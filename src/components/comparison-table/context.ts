import { createContext, type ReactNode } from "react";
import type { CellValue, Comparison, Option, Parameter } from "../../schema/types.js";
import type { TableMessages as Messages } from "./messages.js";
import { idSafe, type RowModel, type TableModel, type TextContext } from "./model.js";

/** What a custom cell renderer is told about the cell. */
export interface CellRenderContext {
  /** The option whose column (or card) the cell is in. */
  option: Option;
  /** The parameter whose row the cell is in. */
  parameter: Parameter;
  /**
   * The language the table shows: the `locale` asked for where the data has texts in it, else the
   * data's own language (Finnish-only data in `locale="en"` gives "fi"). Write the cell in it, so
   * the table reads in one language.
   */
  locale: string;
  /** The table's built-in strings in that language, with the host's overrides. */
  messages: Messages;
}

/** Returns what to show for a cell, or undefined for the built-in rendering. */
export type CellRenderer = (cell: CellValue, context: CellRenderContext) => ReactNode | undefined;

/** What every row shares; it changes only with the data, locale, options or renderer. */
export interface SharedTable {
  data: Comparison;
  model: TableModel;
  text: TextContext;
  idPrefix: string;
  highlightOption: string | undefined;
  renderCell: CellRenderer | undefined;
}

export interface TableContextValue {
  shared: SharedTable;
  differencesOnly: boolean;
  /** Groups the reader has collapsed: a group's id in the table, its `sectionKey` in a stacked section. */
  collapsed: ReadonlySet<string>;
}

export const TableContext = createContext<TableContextValue | null>(null);

/**
 * Whether a row is out of view: identical while differences-only is on, or in a collapsed group.
 * The table closes a group everywhere (the key is the group's id); the stacked layout's sections
 * close their groups each for itself: `section` gives the key there (`sectionKey`),
 * or "" to ask about differences-only alone.
 */
export function isRowHidden(
  row: RowModel,
  table: Pick<TableContextValue, "differencesOnly" | "collapsed">,
  section?: string,
): boolean {
  return (table.differencesOnly && row.identical) || table.collapsed.has(section ?? (row.parameter.group as string));
}

/**
 * The parts of a table with DOM ids. "ref" is a cell's link to its note in the table, "sref" the
 * same link in the stacked layout; the note links back to whichever of the two is showing.
 */
export type IdPart = "row" | "label" | "desc" | "note" | "ref" | "sref" | "source" | "group";

/** A table part's DOM id: unique within the table's prefix, its key made safe for ids. */
export function domId(prefix: string, part: IdPart, key: string | number): string {
  return `${prefix}-${part}-${idSafe(key)}`;
}
