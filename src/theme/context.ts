import { createContext, useContext } from "react";
import type { Messages } from "../messages/index.js";

export type Theme = "light" | "dark" | "system";

export interface VertailuContextValue {
  locale: string | undefined;
  messages: Partial<Messages> | undefined;
  /** Where tooltips and other layers render, so the theme reaches them. */
  portalContainer: HTMLElement | null;
  /** False when a component is used without a VertailuProvider. */
  inProvider: boolean;
}

const fallback: VertailuContextValue = {
  locale: undefined,
  messages: undefined,
  portalContainer: null,
  inProvider: false,
};

export const VertailuContext = createContext<VertailuContextValue>(fallback);

export function useVertailuContext(): VertailuContextValue {
  return useContext(VertailuContext);
}
