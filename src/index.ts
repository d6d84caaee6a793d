export type { HeadingLevel } from "./internal/heading.js";
// The schema's exports one by one from their modules, not through the vertailu/schema entry, so
// the built main entry does not import that entry's file for nothing.
export { type DefinedComparison, defineComparison } from "./schema/define.js";
export { CELL_KINDS, formatPath } from "./schema/path.js";
export { effectiveLocale, LOCALE_PATTERN, localesOf, resolveText } from "./schema/text.js";
export type * from "./schema/types.js";
export { isSafeUrl, safeHref } from "./schema/url.js";
export type { SafeParseResult } from "./schema/validate.js";
export { ComparisonSchemaError, parseComparison, safeParseComparison } from "./schema/validate.js";

// The components last, after the schema: a bundle of everything then holds the validator's
// messages near the components' own data checks, within gzip's reach, and is about 30 B smaller.
// (This comment, standing apart, keeps Biome from sorting them back to the top.)

export * from "./components/comparison-table/index.js";
export * from "./components/decision-matrix/index.js";
export * from "./components/decision-wizard/index.js";
export * from "./components/pros-cons-panel/index.js";
export * from "./components/type-badge/index.js";
export type { MessageKey, MessageOverrides, Messages, WithPluralForms } from "./messages/index.js";
export { en as messagesEn, fi as messagesFi } from "./messages/index.js";
export type { Theme } from "./theme/context.js";
export type { VertailuProviderProps } from "./theme/provider.js";
export { VertailuProvider } from "./theme/provider.js";
