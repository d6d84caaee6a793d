import type { ReactNode } from "react";
import { resolveTextEntry } from "../schema/text.js";
import type { Text } from "../schema/types.js";

/** Where a component shows its data texts: the locale it looks them up in, and its element's `lang`. */
export interface TextPlace {
  locale: string;
  defaultLocale: string | undefined;
  lang: string | undefined;
}

/**
 * A data text where a component shows it. A text the data has not translated into the component's
 * language falls back to another one; it comes in a span with the `lang` it is written in
 * (WCAG 3.1.2), so a screen reader reads it in its own voice. `fallback` (an id) when there is no
 * text at all.
 */
export function shownText(text: Text | undefined, place: TextPlace, fallback?: string): ReactNode {
  const [value, written] = resolveTextEntry(text, place.locale, place.defaultLocale);
  return value && written && written !== place.lang ? <span lang={written}>{value}</span> : value || fallback;
}
