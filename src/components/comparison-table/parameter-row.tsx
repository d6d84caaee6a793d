import { forwardRef, type HTMLAttributes, memo, type ReactElement, type RefAttributes, useContext } from "react";
import { followInPageLink } from "../../internal/in-page-link.js";
import { shownText } from "../../internal/shown-text.js";
import { Tooltip } from "../../internal/tooltip.js";
import { format } from "../../messages/index.js";
import type { CellValue, Option, Parameter } from "../../schema/types.js";
import { type CellView, cellView } from "./cell-value.js";
import { domId, isRowHidden, type SharedTable, TableContext } from "./context.js";
import { parameterLabel, type RowModel } from "./model.js";

export interface ParameterRowProps
  extends Omit<HTMLAttributes<HTMLTableRowElement>, "children">,
    RefAttributes<HTMLTableRowElement> {
  /** Id of the parameter this row shows; an id the data lacks gives the table's error box, naming it. */
  parameter: string;
}

/**
 * One parameter across the shown options: a row header and a cell per option. Give `ParameterRow`s
 * to `ComparisonTable` as children to pick and order its rows; without children the table renders
 * every row itself, through the same row view. Outside a `ComparisonTable` it renders nothing.
 */
export const ParameterRow = forwardRef<HTMLTableRowElement, ParameterRowProps>(function ParameterRow(
  { parameter, ...rest },
  ref,
) {
  const table = useContext(TableContext);
  // The table checks every child's parameter id before rendering, so a miss here means the row
  // was used outside a ComparisonTable.
  const row = table?.shared.model.rows.get(parameter);
  if (!table || !row) return null;
  return <RowView ref={ref} shared={table.shared} row={row} rowHidden={isRowHidden(row, table)} {...rest} />;
});

interface RowViewProps extends HTMLAttributes<HTMLTableRowElement> {
  shared: SharedTable;
  /** The row's model, from `shared.model`: it changes only when `shared` does. */
  row: RowModel;
  rowHidden: boolean;
}

// Memoized on props that change only with the table's data and the row's visibility, so toggling
// differences-only re-renders only the rows whose visibility changes; their cells are memoized
// apart and do not render again at all.
export const RowView = memo(
  forwardRef<HTMLTableRowElement, RowViewProps>(function RowView({ shared, row, rowHidden, ...rest }, ref) {
    return (
      <tr
        ref={ref}
        {...rest}
        data-slot="parameter-row"
        data-state={row.identical ? "identical" : "different"}
        hidden={rowHidden || rest.hidden}
      >
        <RowCells shared={shared} row={row} />
      </tr>
    );
  }),
);

const RowCells = memo(function RowCells({ shared, row }: { shared: SharedTable; row: RowModel }) {
  return (
    <>
      <th
        scope="row"
        id={domId(shared.idPrefix, "row", row.parameter.id)}
        className="vertailu-comparison-table__row-header"
        {...nameProps(shared, shared.idPrefix, row.parameter)}
      />
      {shared.model.options.map((option) =>
        cellElement("td", shared, option, row, option.id === shared.highlightOption),
      )}
    </>
  );
});

/**
 * What names a row, in the table's row header and in a stacked section's term alike: focusable by
 * script only (the decision wizard's links to a row move focus there), and holding the parameter's
 * label. A parameter with a description gets the ⓘ button after the label: the description as a
 * tooltip and as the button's description; the row is then named by the label alone, so the button
 * is not read out with every cell of the row. The label keeps room for the button at the end of its
 * last line (the stylesheet), so the button never wraps onto a line of its own. `prefix` makes the
 * ids unique in the page: the table and each stacked section show the button apart.
 */
export function nameProps(table: SharedTable, prefix: string, parameter: Parameter) {
  const label = parameterLabel(parameter, table.text);
  const shown = shownText(parameter.label, table.text, parameter.id);
  // Truthy only for a description with text: the text itself, or a span around it.
  const description = shownText(parameter.description, table.text);
  const labelId = domId(prefix, "label", parameter.id);
  return {
    tabIndex: -1,
    "aria-labelledby": description ? labelId : undefined,
    children: description ? (
      <>
        <span className="vertailu-comparison-table__row-label" id={labelId}>
          {shown}
        </span>
        <Tooltip content={description} describedBy={domId(prefix, "desc", parameter.id)}>
          <button
            type="button"
            className="vertailu-comparison-table__info"
            aria-label={format(table.text.messages.moreInfo, { label })}
            data-slot="parameter-info"
          >
            {/* An "i" in a ring; cells draw their icons in CSS from data-kind. */}
            <svg
              className="vertailu-icon vertailu-icon--info"
              viewBox="0 0 16 16"
              width="1em"
              height="1em"
              aria-hidden="true"
            >
              <circle cx="8" cy="8" r="6.25" />
              <path d="M8 7.2v4M8 4.8v.1" />
            </svg>
          </button>
        </Tooltip>
      </>
    ) : (
      shown
    ),
  };
}

/**
 * A cell in its container, a `td` in the table or a `dd` in the stacked layout: the content (the
 * custom renderer's, else the built-in view), its footnote link, and the attributes the stylesheet
 * draws the icon or bar from. The props keep one shape whatever the cell, so the render stays
 * monomorphic.
 */
export function cellElement(
  Tag: "td" | "dd",
  table: SharedTable,
  option: Option,
  row: RowModel,
  highlighted?: boolean,
): ReactElement {
  const { parameter } = row;
  // Every shown option has a value: the table checks the data for one before it renders.
  const value = parameter.values[option.id] as CellValue;
  // A renderer that is not a function (a plain-JavaScript host's mistake) counts as none.
  const custom =
    typeof table.renderCell === "function"
      ? table.renderCell(value, { option, parameter, locale: table.text.locale, messages: table.text.messages })
      : undefined;
  const cell: CellView = custom !== undefined ? { content: custom } : cellView(value, table.text, table.data);
  const { content } = cell;
  const number = row.notes.get(option.id);
  return (
    <Tag
      key={option.id}
      data-kind={cell.kind}
      data-value={cell.value}
      data-fill={cell.fill}
      data-highlighted={highlighted || undefined}
    >
      {/* The content and the superscript link to its footnote under the table. A text without a
          note stands alone, so it becomes the cell's own text, with no text node of React's to keep;
          anything else keeps its place in a pair, as the ids React gives in a type badge depend on it. */}
      {number === undefined && typeof content === "string" ? (
        content
      ) : (
        <>
          {content}
          {number !== undefined && (
            <sup className="vertailu-comparison-table__note-ref">
              <a
                id={domId(table.idPrefix, Tag === "td" ? "ref" : "sref", number)}
                href={`#${domId(table.idPrefix, "note", number)}`}
                aria-label={format(table.text.messages.noteLink, { number })}
                data-slot="note-ref"
                onClick={followInPageLink}
              >
                {number}
              </a>
            </sup>
          )}
        </>
      )}
    </Tag>
  );
}
