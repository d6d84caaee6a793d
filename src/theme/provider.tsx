import { TooltipProvider } from "@radix-ui/react-tooltip";
import { cx } from "class-variance-authority";
import { forwardRef, type HTMLAttributes, useCallback, useEffect, useMemo, useRef } from "react";
import type { MessageOverrides, Messages } from "../messages/index.js";
import { quote } from "../schema/path.js";
import { type Theme, VertailuContext, type VertailuContextValue } from "./context.js";

export interface VertailuProviderProps extends HTMLAttributes<HTMLDivElement> {
  /** Colour theme; `system` follows the reader's prefers-color-scheme. @default "system" */
  theme?: Theme | undefined;
  /** Locale for data texts and built-in strings, e.g. "fi" or "en". Components fall back to the data's defaultLocale. */
  locale?: string | undefined;
  /** Overrides for built-in strings, merged over the locale's catalogue. */
  messages?: MessageOverrides<Messages> | undefined;
  /** Element that tooltips render into. @default the provider's own root element */
  portalContainer?: HTMLElement | null | undefined;
  /** Milliseconds a pointer rests before a tooltip opens. @default 300 */
  tooltipDelay?: number | undefined;
}

/**
 * Gives every vertailu component inside it a theme, a locale and its strings, and hosts their
 * tooltips. Renders one element carrying `data-vertailu-theme`.
 */
export const VertailuProvider = forwardRef<HTMLDivElement, VertailuProviderProps>(function VertailuProvider(
  { theme = "system", locale, messages, portalContainer, tooltipDelay = 300, className, children, ...rest },
  forwardedRef,
) {
  // A ref, not state: the root element's arrival renders nothing again (see portalContainer).
  const root = useRef<HTMLDivElement | null>(null);
  const ref = useCallback(
    (element: HTMLDivElement | null) => {
      root.current = element;
      if (typeof forwardedRef === "function") forwardedRef(element);
      else if (forwardedRef) forwardedRef.current = element;
    },
    [forwardedRef],
  );
  // A theme it does not know (a plain-JavaScript host's "blue" or "Dark") is the default, system,
  // and said once on the console, as the element says it in its error box.
  const known = theme === "light" || theme === "dark" ? theme : "system";
  useEffect(() => {
    if (known !== theme)
      console.error(
        `vertailu VertailuProvider: theme: unknown theme ${quote(String(theme))} (use light, dark, system)`,
      );
  }, [theme, known]);
  const value = useMemo<VertailuContextValue>(
    () => ({
      locale,
      messages,
      // A container that is no DOM node (a plain-JavaScript host's "#portal" selector, say) is
      // ignored: React would throw on it when a tooltip opens, taking the host page down.
      portalContainer: () => (portalContainer?.nodeType ? portalContainer : root.current),
      inProvider: true,
    }),
    [locale, messages, portalContainer],
  );
  return (
    <div
      ref={ref}
      // Only a locale written as text marks the language: a list or an object from a host's plain
      // JavaScript would make lang="fi-FI,fi,en" or "[object Object]".
      lang={typeof locale === "string" ? locale : undefined}
      {...rest}
      className={cx("vertailu-root", className)}
      data-vertailu-theme={known}
      data-slot="provider"
    >
      <VertailuContext.Provider value={value}>
        <TooltipProvider delayDuration={tooltipDelay}>{children}</TooltipProvider>
      </VertailuContext.Provider>
    </div>
  );
});
