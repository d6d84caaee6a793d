// vertailu's ComparisonTable inside its provider, as an application mounts it. Differences-only is
// switched with the table's own checkbox, the way a reader does it.
import { ComparisonTable, type ComparisonTableProps, VertailuProvider } from "vertailu";
import { cellText } from "../../../src/components/comparison-table/model.ts";
import { messagesFor } from "../../../src/messages/index.ts";
import type { Candidate } from "../harness.tsx";

declare global {
  interface Window {
    cellRenders?: number;
  }
}

/**
 * For profiling only, never set by the benchmark itself: with bench/profile.mjs --query cells=text
 * (or cells=text:check,list for some kinds) those cells render as plain text through `renderCell`,
 * which separates the cost of the table from the cost of its rich cells; cells=count keeps the
 * built-in cells and counts their renders in `window.cellRenders`.
 */
function textCells(query: string): ComparisonTableProps["renderCell"] {
  const mode = new URLSearchParams(query).get("cells");
  if (mode === "count") {
    return () => {
      window.cellRenders = (window.cellRenders ?? 0) + 1;
      return undefined;
    };
  }
  if (!mode?.startsWith("text")) return undefined;
  const kinds = mode.includes(":") ? new Set(mode.slice(mode.indexOf(":") + 1).split(",")) : undefined;
  return (cell, { locale }) => {
    const kind = typeof cell === "object" && cell !== null && "kind" in cell ? String(cell.kind) : "text";
    if (kinds && !kinds.has(kind)) return undefined;
    return cellText(cell, { locale, defaultLocale: undefined, messages: messagesFor(locale), types: undefined });
  };
}
const renderCell = textCells(typeof location === "undefined" ? "" : location.search);

export const vertailu: Candidate = {
  render: (data, { locale, differencesOnly }) => (
    <VertailuProvider locale={locale}>
      <ComparisonTable data={data} defaultDifferencesOnly={differencesOnly} renderCell={renderCell} />
    </VertailuProvider>
  ),
  differences: true,
  toggleDifferences(container, on) {
    const box = container.querySelector<HTMLInputElement>('[data-slot="differences-toggle"]');
    if (!box) throw new Error("no differences-only checkbox");
    if (box.checked !== on) box.click();
  },
  // The status line says how many rows are hidden while differences-only is on, and is empty otherwise.
  differencesShown: (container) => (container.querySelector('[data-slot="status"]')?.textContent ?? "") !== "",
};
