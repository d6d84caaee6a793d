export * from "./components/pros-cons-panel/index.js";
export * from "./components/type-badge/index.js";
export type { MessageKey, Messages } from "./messages/index.js";
export { en as messagesEn, fi as messagesFi } from "./messages/index.js";
export * from "./schema/index.js";
export type { Theme } from "./theme/context.js";
export type { VertailuProviderProps } from "./theme/provider.js";
export { VertailuProvider } from "./theme/provider.js";
