import { useMemo } from "react";
import { type Catalogue, type MessageOverrides, type Messages, overridesOf, stringsFor } from "../messages/index.js";
import { effectiveLocale, languageOf, textLanguage } from "../schema/text.js";
import type { Comparison } from "../schema/types.js";
import { useVertailuContext } from "../theme/context.js";

/** What `useStrings` gives a component: its locale, its strings, and the `lang` of its data texts. */
export interface Strings<T> {
  /** The language the component is shown in: its words, and its numbers, lists and plurals. */
  locale: string;
  messages: T;
  lang: string | undefined;
}

/**
 * The locale a component shows and its built-in strings: the component's own `locale` prop,
 * else the provider's, else the data's defaultLocale; messages from the prop over the provider's,
 * over the component's catalogue.
 */
export function useStrings<T>(
  locale: string | undefined,
  messages: MessageOverrides<Messages> | undefined,
  data: Pick<Comparison, "defaultLocale" | "title"> | null | undefined,
  catalogue: Catalogue<T>,
): Strings<T> {
  const context = useVertailuContext();
  // An empty locale is no locale: it falls through like an absent one, for strings and data texts alike.
  const requested = locale || context.locale || undefined;
  // Object(): a plain-JavaScript host's data may be null or no object; then it says nothing.
  const resolved = effectiveLocale(Object(data), requested);
  const lang = textLanguage(Object(data), requested);
  // The built-in words are in the language the data is shown in: a comparison written only in
  // Finnish has Finnish words around it on an English page, so the whole component is in the one
  // language its `lang` says (WCAG 3.1.2). A host's strings given per locale follow it too.
  const shown = lang ?? resolved;
  // Keyed by content, not identity: `messages={{ yes: "Yep" }}` written inline is a new object on
  // every render of the host, and new strings would make a table render all its rows again.
  const overrides = overridesOf(shown, context.messages, messages);
  const key = JSON.stringify(overrides);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `overrides`' content
  const merged = useMemo(() => stringsFor(catalogue, shown, overrides), [catalogue, shown, key]);
  // Numbers, lists and plurals in the language shown, in the reader's region when it is that
  // language's: "en-GB" for English data read in "en-GB", "fi" for Finnish-only data on an "en" page.
  // formatLocale's rule, written out: a call costs the table's entry bytes it does not have. A plain-JavaScript
  // host's number as the locale is read as text; "fi_FI" as "fi-FI", as Intl reads no "_".
  return {
    locale: languageOf(resolved) === languageOf(shown) ? `${resolved}`.replaceAll("_", "-") : shown,
    messages: merged,
    lang,
  };
}
