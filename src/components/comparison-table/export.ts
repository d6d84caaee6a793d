import { checkRenderable, checkValues } from "../../internal/check-data.js";
import { formatNumber, stringsFor } from "../../messages/index.js";
import { formatIssue } from "../../schema/path.js";
import { effectiveLocale, formatLocale, textLanguage } from "../../schema/text.js";
import type { Comparison } from "../../schema/types.js";
import { type ExportMessages, exportMessages } from "./messages.js";
import { buildTableModel, cellText, optionName, parameterLabel, type TableModel, type TextContext } from "./model.js";

export interface ExportOptions {
  /** Locale of the texts. @default the locale the table shows without one: the data's defaultLocale, else the title's first */
  locale?: string | undefined;
  /** Ids of the options to include, in column order. @default every option */
  options?: readonly string[] | undefined;
}

export interface CsvOptions extends ExportOptions {
  /**
   * What separates the fields: `","` (RFC 4180), `";"`, which Excel expects where decimals are written
   * with a comma (Finnish, German, French), or `"\t"`. @default ","
   */
  separator?: "," | ";" | "\t" | undefined;
  /** Start with a byte order mark, which tells Excel the file is UTF-8, so ä, ö and € read right. @default false */
  bom?: boolean | undefined;
}

/** The separator a spreadsheet in this locale expects: `;` where decimals are written with a comma, else `,`. */
export function localeSeparator(locale: string | undefined): "," | ";" {
  return formatNumber(1.5, locale).includes(",") ? ";" : ",";
}

/**
 * The export's strings in the language the table's own words are in (that of its data as shown, as
 * useStrings picks it), with the host's overrides (kept in the table's strings) on top.
 */
export function exportStrings(context: TextContext, data: Pick<Comparison, "defaultLocale" | "title">): ExportMessages {
  return stringsFor(exportMessages, textLanguage(data, context.locale) ?? context.locale, context.messages);
}

/** A built table's rows as text: a header row, then one row per parameter in table order. */
export function tableRows(model: TableModel, context: TextContext, data: Comparison): string[][] {
  const header = [
    exportStrings(context, data).parameterColumn,
    ...model.options.map((option) => optionName(option, context)),
  ];
  const body = model.groups.flatMap((group) =>
    group.rows.map((row) => [
      parameterLabel(row.parameter, context),
      ...model.options.map((option) => cellText(row.parameter.values[option.id], context)),
    ]),
  );
  return [header, ...body];
}

/** The rows the table would show for these options and locale. */
function exportRows(comparison: Comparison, { locale, options }: ExportOptions): string[][] {
  if (options != null && !Array.isArray(options)) {
    throw new TypeError(`options: expected a list of option ids, got ${typeof options}`);
  }
  // The table's own checks, so data it would show an error box for (a JSON string, an unknown
  // option id) is refused in words that name the place, not with a TypeError from deep inside.
  // One option's column is an export too.
  const issues = checkRenderable(comparison, options, 1, checkValues);
  if (issues.length > 0) throw new TypeError(`Cannot export this comparison: ${issues.map(formatIssue).join("; ")}`);
  const resolved = effectiveLocale(comparison, locale || undefined);
  const language = textLanguage(comparison, resolved) ?? resolved;
  const context: TextContext = {
    // As the table: its words, numbers and separator in the language it shows.
    locale: formatLocale(language, resolved),
    defaultLocale: comparison.defaultLocale,
    // Plain text has no `lang`: the model's marked texts are the table's, not the export's.
    lang: undefined,
    messages: stringsFor(exportMessages, language),
    types: comparison.types,
  };
  const model = buildTableModel(comparison, options ?? comparison.options.map((option) => option.id), context);
  return tableRows(model, context, comparison);
}

/**
 * The comparison as CSV (RFC 4180: comma-separated unless `separator` says otherwise, CRLF line
 * ends, fields quoted when they hold a separator, quote or line break). Texts a spreadsheet would
 * run as a formula get a leading apostrophe; only a plain number (-12, +3.5) keeps its sign unmarked.
 */
export function toCSV(comparison: Comparison, options: CsvOptions = {}): string {
  return rowsToCSV(exportRows(comparison, options), options);
}

export function rowsToCSV(rows: string[][], { separator, bom }: Pick<CsvOptions, "separator" | "bom"> = {}): string {
  // Any other value from a plain-JavaScript host is the RFC's comma.
  const between = separator === ";" || separator === "\t" ? separator : ",";
  return `${bom ? "\uFEFF" : ""}${rows.map((row) => row.map(csvField).join(between)).join("\r\n")}\r\n`;
}

function csvField(value: string): string {
  // "-2+3+cmd|' /C calc'!A0" starts like a number too: only a whole number is left as it is.
  const safe = /^[=+\-@\t\r]/.test(value) && !/^[-+]?\d+(?:[.,]\d+)*$/.test(value) ? `'${value}` : value;
  // Quoted when it holds any of the separators, so a field reads the same whichever one is used.
  return /[",;\t\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The comparison as a Markdown (GFM) table. Every text stays text: Markdown's own punctuation is
 * escaped, and `<`, `>` and `&` become entities, so no renderer makes HTML, links or emphasis of data
 * (bare web addresses aside, which GFM links by itself).
 */
export function toMarkdown(comparison: Comparison, options: ExportOptions = {}): string {
  const [header = [], ...body] = exportRows(comparison, options);
  const line = (cells: string[]) => `| ${cells.map(markdownCell).join(" | ")} |`;
  return `${[line(header), `| ${header.map(() => "---").join(" | ")} |`, ...body.map(line)].join("\n")}\n`;
}

function markdownCell(value: string): string {
  return (
    value
      .replace(/[\\`*_[\]|~]/g, "\\$&")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      // A lone CR ends a line in Markdown as LF and CRLF do: each would end the table.
      .replace(/\r\n?|\n/g, "<br>")
  );
}
