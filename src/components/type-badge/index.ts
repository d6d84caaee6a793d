export type { BuiltInTypeId } from "./builtin-types.js";
export { builtInTypes } from "./builtin-types.js";
export type { TypeBadgeProps } from "./type-badge.js";
export { TypeBadge } from "./type-badge.js";
export { typeBadgeVariants } from "./type-badge.variants.js";
