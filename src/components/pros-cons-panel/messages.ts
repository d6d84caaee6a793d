import { enCommon, enProsCons } from "../../messages/en.js";
import { fiCommon, fiProsCons } from "../../messages/fi.js";
import { catalogue, type Section } from "../../messages/index.js";

/** The built-in strings this component shows. */
// An interface, not an alias: the catalogue's props table then shows its name, not every string.
export interface ProsConsMessages extends Section<typeof enCommon & typeof enProsCons> {}

export const prosConsMessages = /* @__PURE__ */ catalogue<ProsConsMessages>(
  [enCommon, enProsCons],
  [fiCommon, fiProsCons],
);
