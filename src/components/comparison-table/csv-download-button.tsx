import { cx } from "class-variance-authority";
import { type ButtonHTMLAttributes, forwardRef, type RefAttributes, useContext } from "react";
import { TableContext } from "./context.js";
import { type CsvOptions, exportStrings, localeSeparator, rowsToCSV, tableRows } from "./export.js";

export interface CsvDownloadButtonProps
  extends ButtonHTMLAttributes<HTMLButtonElement>,
    RefAttributes<HTMLButtonElement> {
  /** File name of the download, without `.csv`. @default the table's idPrefix */
  fileName?: string | undefined;
  /**
   * What separates the fields. Excel splits a file into columns by the separator its regional
   * settings expect. @default a semicolon where the table's locale writes decimals with a comma (Finnish), else a comma
   */
  separator?: CsvOptions["separator"];
  /** Start the file with a byte order mark, which Excel needs to read UTF-8 (ä, ö, €). @default true */
  bom?: boolean | undefined;
}

/**
 * A toolbar button that downloads the table's rows as CSV: every parameter, or the table's
 * `ParameterRow` children, for the options in view, in the table's locale and strings, as a file
 * Excel opens into columns in that locale (a byte order mark, and `;` between fields in Finnish). Rows hidden
 * by "Show differences only" or in a closed group are included. Children replace the button's
 * label; an `onClick` that calls `preventDefault()` cancels the download. Give it to
 * `ComparisonTable`'s `toolbar` prop; apart from a table it renders nothing.
 * A component of its own so that tables without it do not carry the CSV code.
 */
export const CsvDownloadButton = forwardRef<HTMLButtonElement, CsvDownloadButtonProps>(function CsvDownloadButton(
  { fileName, separator, bom = true, className, children, onClick, ...rest },
  ref,
) {
  const table = useContext(TableContext);
  if (!table) return null;
  const { model, text, idPrefix, data } = table.shared;
  return (
    <button
      ref={ref}
      type="button"
      {...rest}
      className={cx("vertailu-comparison-table__button", className)}
      data-slot="csv-download"
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented) return;
        // The table's own model and strings: its rows, options and any messages the host overrode.
        const csv = rowsToCSV(tableRows(model, text, data), {
          separator: separator ?? localeSeparator(text.locale),
          bom,
        });
        const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
        const link = document.createElement("a");
        link.href = url;
        link.download = `${fileName ?? idPrefix}.csv`;
        link.click();
        setTimeout(() => URL.revokeObjectURL(url), 0);
      }}
    >
      {children ?? exportStrings(text, data).downloadCsv}
    </button>
  );
});
