import { enCommon, enDecision, enExport, enMatrix } from "../../messages/en.js";
import { fiCommon, fiDecision, fiExport, fiMatrix } from "../../messages/fi.js";
import { catalogue, type Section } from "../../messages/index.js";

/** The built-in strings this component shows (its score table's first column is headed as the export's). */
// An interface, not an alias: the catalogue's props table then shows its name, not every string.
export interface MatrixMessages
  extends Section<typeof enCommon & typeof enDecision & typeof enMatrix & typeof enExport> {}

export const matrixMessages = /* @__PURE__ */ catalogue<MatrixMessages>(
  [enCommon, enDecision, enMatrix, enExport],
  [fiCommon, fiDecision, fiMatrix, fiExport],
);
