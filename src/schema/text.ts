import { ownEntry } from "./list.js";
import type { Comparison, Text } from "./types.js";

/** A locale tag such as `fi`, `en` or `en-GB`. */
export const LOCALE_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/**
 * The one text lookup rule: the requested locale (or its language, `fi` for `fi-FI`),
 * else the data's default locale, else the first locale present.
 * Never throws: anything that is not a text gives "".
 */
export function resolveText(text: Text | undefined | null, locale?: string, defaultLocale?: string): string {
  return resolveTextEntry(text, locale, defaultLocale)[0];
}

/**
 * `text` with every direction embedding, override or isolate it may leave open closed at its end,
 * for a text of the data shown inside a sentence of the library's: an unclosed right-to-left
 * override (U+202E) in an option's name would otherwise show "BPO leads with 80/100." as
 * "BPO.001/08 htiw sdael". A PDF (U+202C) and a PDI (U+2069) for each control: each pair closes at
 * least the innermost one still open, and a closer with nothing left to close does nothing.
 */
export function closeDirections(text: string): string {
  return text + "\u202c\u2069".repeat(text.split(/[\u202a-\u202e\u2066-\u2068]/).length - 1);
}

/**
 * resolveText's text and the locale it is written in: the key it was found under, undefined for a
 * plain string (its language is the data's) or no text at all.
 */
export function resolveTextEntry(
  text: Text | undefined | null,
  locale?: string,
  defaultLocale?: string,
): [text: string, locale?: string] {
  if (typeof text === "string") return [text];
  // A React element where a text belongs is no text: its `type` ("strong") is no word to show.
  if (text !== null && typeof text === "object" && !("$$typeof" in text)) {
    for (const key of localeChain(locale, defaultLocale)) {
      const value = ownEntry(text, key);
      if (typeof value === "string") return [value, key];
    }
    for (const key of Object.keys(text)) {
      const value = text[key];
      if (typeof value === "string") return [value, key];
    }
  }
  return [""];
}

// The last chain asked for, and what for: a table asks for the same one for each of its texts.
// The chain of no locale at all is empty, so the first call's arguments may match these.
let lastChain: readonly string[] = [];
let lastLocale: string | undefined;
let lastDefaultLocale: string | undefined;

/**
 * A locale tag's language, in lower case, "_" read as "-": "EN" and "fi_FI" are en and fi.
 * String(): a host's JavaScript may hand over a list (navigator.languages) or a number.
 */
export function languageOf(tag: unknown): string | undefined {
  return String(tag).split(/[-_]/)[0]?.toLowerCase();
}

function localeChain(locale: string | undefined, defaultLocale: string | undefined): readonly string[] {
  if (lastLocale === locale && lastDefaultLocale === defaultLocale) return lastChain;
  const chain: string[] = [];
  for (const tag of [locale, defaultLocale]) {
    if (!tag) continue;
    chain.push(tag);
    const language = languageOf(tag);
    if (language && language !== tag) chain.push(language);
  }
  lastLocale = locale;
  lastDefaultLocale = defaultLocale;
  lastChain = chain;
  return chain;
}

/**
 * The language a comparison's texts show in for a requested locale, for a component's `lang`: the
 * locale its title resolves to by the lookup rule above (so a Finnish page is read in Finnish on an
 * English host). Undefined when the data does not say.
 */
export function textLanguage(
  comparison: Pick<Comparison, "defaultLocale" | "title">,
  locale: string | undefined,
): string | undefined {
  const title = comparison.title;
  if (title === null || typeof title !== "object") return comparison.defaultLocale || locale;
  return (
    localeChain(locale, comparison.defaultLocale).find((tag) => Object.hasOwn(title, tag)) ?? Object.keys(title)[0]
  );
}

/**
 * The locale a component formats numbers, lists and plurals in: the language its texts show in
 * (`textLanguage`), in the reader's own region when that is a region of the same language: "en-GB"
 * for English data read in "en-GB", "fi" for Finnish-only data on an "en" page.
 */
export function formatLocale(language: string, locale: string): string {
  // By language subtag: "fil" (Filipino) begins with "fi" but is no region of Finnish. "fi_FI" is
  // read as "fi-FI", as Intl reads no "_".
  return languageOf(locale) === languageOf(language) ? `${locale}`.replaceAll("_", "-") : language;
}

/** The locale a component shows when it is given none: the data's default, else its title's first, else English. */
export function effectiveLocale(comparison: Pick<Comparison, "defaultLocale" | "title">, locale?: string): string {
  return (
    locale ||
    comparison.defaultLocale ||
    (typeof comparison.title === "object" && comparison.title && Object.keys(comparison.title)[0]) ||
    "en"
  );
}

/** Every locale that some text in the comparison is written in, the default first. */
export function localesOf(comparison: Comparison): string[] {
  const found = new Set<string>();
  if (comparison.defaultLocale) found.add(comparison.defaultLocale);
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (value === null || typeof value !== "object") return;
    // A text record's keys are all locales; any other object is walked into.
    if (isTextRecord(value)) {
      for (const key of Object.keys(value)) found.add(key);
      return;
    }
    for (const inner of Object.values(value)) visit(inner);
  };
  visit(comparison);
  return [...found];
}

function isTextRecord(value: object): boolean {
  return Object.entries(value).every(([key, inner]) => typeof inner === "string" && LOCALE_PATTERN.test(key));
}
