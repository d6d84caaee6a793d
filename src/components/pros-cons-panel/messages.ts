import { enCommon, enProsCons } from "../../messages/en.js";
import { fiCommon, fiProsCons } from "../../messages/fi.js";
import { catalogue, type Section } from "../../messages/index.js";

/** The built-in strings this component shows. */
export type ProsConsMessages = Section<typeof enCommon & typeof enProsCons>;

export const prosConsMessages = /* @__PURE__ */ catalogue<ProsConsMessages>(
  [enCommon, enProsCons],
  [fiCommon, fiProsCons],
);
