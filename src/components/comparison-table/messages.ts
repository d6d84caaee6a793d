import { enCommon, enExport, enTable } from "../../messages/en.js";
import { fiCommon, fiExport, fiTable } from "../../messages/fi.js";
import { catalogue, type Section } from "../../messages/index.js";

/** The built-in strings the table shows. */
export type TableMessages = Section<typeof enCommon & typeof enTable>;

export const tableMessages = /* @__PURE__ */ catalogue<TableMessages>([enCommon, enTable], [fiCommon, fiTable]);

/**
 * The table's strings and its export's (the CSV's first column, the download button): apart, so a
 * table without the button or the export does not carry them.
 */
export type ExportMessages = TableMessages & Section<typeof enExport>;

export const exportMessages = /* @__PURE__ */ catalogue<ExportMessages>(
  [enCommon, enTable, enExport],
  [fiCommon, fiTable, fiExport],
);
