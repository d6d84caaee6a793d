import { enCommon } from "../../messages/en.js";
import { fiCommon } from "../../messages/fi.js";
import { catalogue, type Section } from "../../messages/index.js";

/** The built-in strings this component shows. */
export type BadgeMessages = Section<typeof enCommon>;

export const badgeMessages = /* @__PURE__ */ catalogue<BadgeMessages>([enCommon], [fiCommon]);
