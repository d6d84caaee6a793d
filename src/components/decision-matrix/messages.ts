import { enCommon, enMatrix } from "../../messages/en.js";
import { fiCommon, fiMatrix } from "../../messages/fi.js";
import { catalogue, type Section } from "../../messages/index.js";

/** The built-in strings this component shows. */
export type MatrixMessages = Section<typeof enCommon & typeof enMatrix>;

export const matrixMessages = /* @__PURE__ */ catalogue<MatrixMessages>([enCommon, enMatrix], [fiCommon, fiMatrix]);
