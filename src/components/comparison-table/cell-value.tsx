import type { ReactNode } from "react";
import { shownText } from "../../internal/shown-text.js";
import { listOf } from "../../schema/list.js";
import type { CellValue, Comparison } from "../../schema/types.js";
import { TypeBadge } from "../type-badge/type-badge.js";
import { normalizeCell, type TextContext, valueText } from "./model.js";

/**
 * One cell as its container (a `td`, or a `dd` in the stacked layout) shows it: the words, and
 * attributes from which the stylesheet draws the icon or rating bar beside them. No element of its
 * own for the visual, so a 10,000-cell table builds a third of the elements it would otherwise.
 */
export interface CellView {
  content: ReactNode;
  /** `data-kind` on the container: the icon or bar comes from it. */
  kind?: "check" | "number" | "rating" | "na" | "unknown" | "types" | "list" | undefined;
  /** `data-value` on the container: yes, no or partial for a check cell. */
  value?: string | undefined;
  /** `data-fill` on the container: a rating's share in tenths (an attribute, not an inline style, for strict CSP). */
  fill?: number | undefined;
}

export function cellView(cell: CellValue | undefined, context: TextContext, data: Comparison): CellView {
  const value = normalizeCell(cell);
  switch (value.kind) {
    case "text":
      return { content: shownText(value.text, context) };
    case "types":
      return {
        content: (
          // A list, so a screen reader hears how many types and where each ends ("Horizontal BPO,
          // Vertical BPO"), not one run of words. role="list" as below.
          // biome-ignore lint/a11y/noRedundantRoles: restores the role Safari would drop
          <ul className="vertailu-cell-types" role="list">
            {listOf(value.types).map((id) => (
              <li key={id}>
                <TypeBadge type={id} data={data} locale={context.locale} size="sm" />
              </li>
            ))}
          </ul>
        ),
        kind: value.kind,
      };
    case "list":
      return {
        content: (
          // role="list": Safari drops the list role from a list without list-style, which this one is.
          // biome-ignore lint/a11y/noRedundantRoles: restores the role Safari would drop
          <ul className="vertailu-cell-list" role="list">
            {listOf(value.items).map((item, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: list items have no identity beyond their place
              <li key={index}>{shownText(item, context)}</li>
            ))}
          </ul>
        ),
        kind: value.kind,
      };
    default:
      // check, number, rating, na and unknown (the table renders no other kind): their words, and
      // the icon or bar the stylesheet draws from data-kind, data-value and data-fill.
      return {
        content: valueText(value, context),
        kind: value.kind,
        value: value.kind === "check" ? value.value : undefined,
        fill:
          value.kind === "rating"
            ? // Number(): a host's BigInt divides as the number it is, not with a TypeError.
              Math.round(Math.min(1, Math.max(0, Number(value.value) / Math.max(1, Number(value.max)))) * 10)
            : undefined,
      };
  }
}
