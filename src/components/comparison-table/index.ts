export type { ComparisonTableProps } from "./comparison-table.js";
export { ComparisonTable } from "./comparison-table.js";
export { comparisonTableVariants } from "./comparison-table.variants.js";
export type { CellRenderContext, CellRenderer } from "./context.js";
export type { ExportOptions } from "./export.js";
export { toCSV, toMarkdown } from "./export.js";
export type { ParameterRowProps } from "./parameter-row.js";
export { ParameterRow } from "./parameter-row.js";
