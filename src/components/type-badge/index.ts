export type { BuiltInTypeId } from "../../schema/builtin-types.js";
export { builtInTypes } from "../../schema/builtin-types.js";
export type { TypeBadgeProps } from "./type-badge.js";
export { TypeBadge } from "./type-badge.js";
export type { TypeBadgeTone } from "./type-badge.variants.js";
export { typeBadgeVariants } from "./type-badge.variants.js";
