export type { ProsConsMessages } from "./messages.js";
export type { ProsConsPanelProps } from "./pros-cons-panel.js";
export { ProsConsPanel } from "./pros-cons-panel.js";
export type { ProsConsPanelVariant } from "./pros-cons-panel.variants.js";
export { prosConsPanelVariants } from "./pros-cons-panel.variants.js";
