import { TooltipProvider } from "@radix-ui/react-tooltip";
import { cx } from "class-variance-authority";
import { forwardRef, type HTMLAttributes, type RefAttributes, useEffect, useMemo, useRef } from "react";
import type { MessageOverrides, Messages } from "../messages/index.js";
import { quote } from "../schema/path.js";
import { type Theme, VertailuContext, type VertailuContextValue } from "./context.js";

export interface VertailuProviderProps extends HTMLAttributes<HTMLDivElement>, RefAttributes<HTMLDivElement> {
  /** Colour theme; `system` follows the reader's prefers-color-scheme. @default "system" */
  theme?: Theme | undefined;
  /**
   * Locale for data texts and built-in strings: a language tag such as "fi", "en" or "en-GB". Where the data has
   * no text in it (or it is no tag, such as "english"), components show the data's defaultLocale, without a warning.
   */
  locale?: string | undefined;
  /** Overrides for built-in strings, merged over the locale's catalogue. */
  messages?: MessageOverrides<Messages> | undefined;
  /** Element that tooltips render into. @default a layer inside the provider, drawn on the page's top layer */
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
  // Tooltips render into this layer. While it holds one it is shown as a popover, drawn on the
  // page's top layer, over everything and clipped by nothing: a host's drawer that slides in
  // (transform) and hides its overflow cuts no tooltip off. Shown again whenever one opens, so one
  // opened inside a dialog the host opened later is drawn above that dialog. Empty, it is hidden
  // (a host's ::backdrop or [popover] rules never show). Without popovers it is an ordinary box.
  const layer = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = layer.current as HTMLDivElement;
    // Only where it can be shown: a DOM without popovers that knows the attribute (jsdom, in a
    // host's tests) would hide the layer, and every tooltip in it.
    if ("showPopover" in element) element.popover = "manual";
    const raise = () => {
      try {
        element.hidePopover();
        if (element.firstChild) element.showPopover();
      } catch {}
    };
    const watch = new MutationObserver(raise);
    watch.observe(element, { childList: true });
    // In a shadow root, Radix does not see a scroll that moves the trigger away: the events of the
    // root's own boxes do not reach the window it listens on, and its check of what a scrolled box
    // holds stops at the root. Listening on each shadow root around the provider (and the page),
    // a scroll of a box that holds the open tooltip's trigger, or the host, closes it, as Radix
    // closes one outside; one open for keyboard focus stays. Radix's own event closes it, and the
    // one tooltip open on the page (one opening closes the others): with none open here, a
    // scroll closes nothing.
    const roots: Node[] = [];
    const hosts: Node[] = [];
    for (let root = element.getRootNode() as ShadowRoot; root.host; root = root.host.getRootNode() as ShadowRoot) {
      roots.push(root);
      hosts.push(root.host);
    }
    if (roots[0]) roots.push(document);
    const onScroll = ({ target }: Event) => {
      // Open, not on its way out: focus that moved on to another tooltip closes this one.
      const trigger = (roots[0] as ShadowRoot).querySelector('button[data-state$="-open"]');
      if (
        trigger &&
        !trigger.matches(":focus-visible") &&
        [trigger, ...hosts].some((node) => (target as Node).contains(node))
      )
        document.dispatchEvent(new CustomEvent("tooltip.open"));
    };
    for (const root of roots) root.addEventListener("scroll", onScroll, true);
    return () => {
      watch.disconnect();
      for (const root of roots) root.removeEventListener("scroll", onScroll, true);
    };
  }, []);
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
      portalContainer: () => (portalContainer?.nodeType ? portalContainer : layer.current),
      inProvider: true,
    }),
    [locale, messages, portalContainer],
  );
  return (
    <div
      ref={forwardedRef}
      // Only a locale written as text marks the language: a list or an object from a host's plain
      // JavaScript would make lang="fi-FI,fi,en" or "[object Object]".
      // "fi_FI" marks the language tag "fi-FI": a lang with "_" names no language.
      lang={typeof locale === "string" ? locale.replaceAll("_", "-") : undefined}
      {...rest}
      className={cx("vertailu-root", className)}
      data-vertailu-theme={known}
      data-slot="provider"
    >
      <VertailuContext.Provider value={value}>
        <TooltipProvider delayDuration={tooltipDelay}>{children}</TooltipProvider>
      </VertailuContext.Provider>
      <div ref={layer} data-slot="layer" />
    </div>
  );
});
