import type { ReactNode } from "react";
import { format, formatNumber } from "../../messages/index.js";
import type { CellValue as CellValueData } from "../../schema/types.js";
import { TypeBadge } from "../type-badge/type-badge.js";
import { Icon } from "./icons.js";
import { normalizeCell, type TextContext, textOf } from "./model.js";

export interface CellValueProps {
  cell: CellValueData | undefined;
  context: TextContext;
  /** The comparison's types, for type badges. */
  data: Parameters<typeof TypeBadge>[0]["data"];
}

/** One cell's content: words always, with an icon or a small visual where it helps scanning. */
export function CellValue({ cell, context, data }: CellValueProps): ReactNode {
  const value = normalizeCell(cell);
  const { messages, locale } = context;
  switch (value.kind) {
    case "text":
      return <span className="vertailu-cell vertailu-cell--text">{textOf(value.text, context)}</span>;
    case "check": {
      const word = value.value === "yes" ? messages.yes : value.value === "no" ? messages.no : messages.partial;
      return (
        <span className="vertailu-cell vertailu-cell--check" data-value={value.value}>
          <Icon name={value.value === "yes" ? "yes" : value.value === "no" ? "no" : "partial"} />
          <span>{word}</span>
        </span>
      );
    }
    case "number": {
      const unit = textOf(value.unit, context);
      return (
        <span className="vertailu-cell vertailu-cell--number">
          {formatNumber(value.value, locale)}
          {unit ? ` ${unit}` : null}
        </span>
      );
    }
    case "rating": {
      const max = Math.max(1, value.max);
      const share = Math.min(1, Math.max(0, value.value / max));
      return (
        <span className="vertailu-cell vertailu-cell--rating">
          {/* Tenths in an attribute rather than an inline style, so strict CSP pages show the bar too. */}
          <span className="vertailu-rating" aria-hidden="true" data-fill={Math.round(share * 10)}>
            <span className="vertailu-rating__fill" />
          </span>
          <span>
            {format(messages.ratingValue, { value: formatNumber(value.value, locale), max: formatNumber(max, locale) })}
          </span>
        </span>
      );
    }
    case "types":
      return (
        <span className="vertailu-cell vertailu-cell--types">
          {(Array.isArray(value.types) ? value.types : []).map((id) => (
            <TypeBadge key={id} type={id} data={data} locale={locale} size="sm" />
          ))}
        </span>
      );
    case "list":
      return (
        <ul className="vertailu-cell vertailu-cell--list">
          {(Array.isArray(value.items) ? value.items : []).map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: list items have no identity beyond their place
            <li key={index}>{textOf(item, context)}</li>
          ))}
        </ul>
      );
    case "na":
      return (
        <span className="vertailu-cell vertailu-cell--muted" data-kind="na">
          <Icon name="na" />
          <span>{messages.notApplicable}</span>
        </span>
      );
    default:
      return (
        <span className="vertailu-cell vertailu-cell--muted" data-kind="unknown">
          <Icon name="unknown" />
          <span>{messages.unknown}</span>
        </span>
      );
  }
}
