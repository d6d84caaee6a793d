import { InlineCode } from "./inline-code.js";
import { ScrollBox } from "./scroll-box.js";
import "./docs.css";

export interface DocTableProps {
  /** Column headings. */
  head: readonly string[];
  /** Rows of cells; text between backticks is shown as code. The first cell heads its row. */
  rows: readonly (readonly string[])[];
  /** A caption above the table, when the surrounding text does not already say what it is. */
  caption?: string;
}

/** A plain table for the documentation pages (MDX here has no Markdown tables). */
export function DocTable({ head, rows, caption }: DocTableProps) {
  return (
    <ScrollBox label={caption ?? head.join(", ")}>
      <table className="docs-table">
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {head.map((cell) => (
              <th key={cell} scope="col">
                <InlineCode text={cell} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.join("\u0000")}>
              {row.map((cell, index) =>
                index === 0 ? (
                  <th key={cell} scope="row">
                    <InlineCode text={cell} />
                  </th>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells of a fixed row never reorder
                  <td key={index}>
                    <InlineCode text={cell} />
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
