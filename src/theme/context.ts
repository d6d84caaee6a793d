import { createContext, useContext } from "react";
import type { MessageOverrides, Messages } from "../messages/index.js";

export type Theme = "light" | "dark" | "system";

export interface VertailuContextValue {
  locale?: string | undefined;
  messages?: MessageOverrides<Messages> | undefined;
  /**
   * Where tooltips and other layers render, so the theme reaches them; asked for as a tooltip
   * renders, by then the root element is there. A function, so the provider's value stays the same when its root element mounts: a new value
   * then would make React search the whole tree below for its readers, a 10,000-cell table too.
   * Without a provider: none, and tooltips render into the body.
   */
  portalContainer?: (() => HTMLElement | null) | undefined;
  /** True inside a VertailuProvider; absent (falsy) when a component is used without one. */
  inProvider?: true | undefined;
}

// Without a provider: no locale, messages or layer of its own, and no inProvider.
const fallback: VertailuContextValue = {};

export const VertailuContext = createContext<VertailuContextValue>(fallback);

export function useVertailuContext(): VertailuContextValue {
  return useContext(VertailuContext);
}
