import { useMemo } from "react";
import { type Catalogue, type Messages, stringsFor } from "../messages/index.js";
import { effectiveLocale } from "../schema/text.js";
import type { Comparison } from "../schema/types.js";
import { useVertailuContext } from "../theme/context.js";

/**
 * The locale a component shows and its built-in strings: the component's own `locale` prop,
 * else the provider's, else the data's defaultLocale; messages from the prop over the provider's,
 * over the component's catalogue.
 */
export function useStrings<T>(
  locale: string | undefined,
  messages: Partial<Messages> | undefined,
  data: Pick<Comparison, "defaultLocale" | "title"> | null | undefined,
  catalogue: Catalogue<T>,
): { locale: string; messages: T } {
  const context = useVertailuContext();
  const requested = locale ?? context.locale;
  const resolved =
    requested ?? (data && typeof data === "object" ? effectiveLocale(data, undefined) : undefined) ?? "en";
  const providerMessages = context.messages;
  const merged = useMemo(
    () =>
      stringsFor(catalogue, resolved, providerMessages || messages ? { ...providerMessages, ...messages } : undefined),
    [catalogue, resolved, providerMessages, messages],
  );
  return { locale: resolved, messages: merged };
}
