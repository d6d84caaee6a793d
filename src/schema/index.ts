export { effectiveLocale, LOCALE_PATTERN, localesOf, resolveText } from "./text.js";
export type * from "./types.js";
export { isSafeUrl, safeHref } from "./url.js";
export type { SafeParseResult } from "./validate.js";
export { ComparisonSchemaError, formatPath, parseComparison, safeParseComparison } from "./validate.js";
