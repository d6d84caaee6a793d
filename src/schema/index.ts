export { type DefinedComparison, defineComparison } from "./define.js";
export { CELL_KINDS, formatPath } from "./path.js";
export { effectiveLocale, LOCALE_PATTERN, localesOf, resolveText } from "./text.js";
export { checkTranslations } from "./translations.js";
export type * from "./types.js";
export { isSafeUrl, safeHref } from "./url.js";
export type { SafeParseResult } from "./validate.js";
export { ComparisonSchemaError, parseComparison, safeParseComparison } from "./validate.js";
