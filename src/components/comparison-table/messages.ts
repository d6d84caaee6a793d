import { enCommon, enTable } from "../../messages/en.js";
import { fiCommon, fiTable } from "../../messages/fi.js";
import { catalogue, type Section } from "../../messages/index.js";

/** The built-in strings this component shows. */
export type TableMessages = Section<typeof enCommon & typeof enTable>;

export const tableMessages = /* @__PURE__ */ catalogue<TableMessages>([enCommon, enTable], [fiCommon, fiTable]);
