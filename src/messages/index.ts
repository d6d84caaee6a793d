import { languageOf } from "../schema/text.js";
import { en, type MessageKey, type Messages, type Section } from "./en.js";
import { fi } from "./fi.js";

export type { MessageKey, Messages, Section };
export { en, fi };

/**
 * One component's strings in every locale. Each component names only the sections it shows, so
 * a bundle that imports one component carries only that component's strings.
 */
export interface Catalogue<T> {
  en: T;
  fi: T;
}

/** Builds a catalogue from sections; pure, so unused catalogues drop out of bundles. */
export function catalogue<T>(en: object[], fi: object[]): Catalogue<T> {
  return { en: Object.assign({}, ...en) as T, fi: Object.assign({}, ...fi) as T };
}

/** The built-in language a locale gets: Finnish for `fi`, `fi-FI`, `fi_FI` or `FI`, English for any other or none. */
export function builtInLanguage(locale: string | undefined): keyof Catalogue<unknown> {
  // No locale reads as the language "undefined": English too.
  return languageOf(locale) === "fi" ? "fi" : "en";
}

/**
 * A host's overrides of built-in strings: one set for every language, or a set per language
 * (`{ fi: { yes: "Joo" }, en: { yes: "Yep" } }`), of which a component takes the one for the
 * language it shows.
 */
export type MessageOverrides<T> = Partial<WithPluralForms<T>> | MessagesPerLanguage<WithPluralForms<T>>;

/**
 * A string counted (`rowsHidden_one`, `rowsHidden_other`) in the locale's other plural forms too:
 * Polish says "few" and "many", Arabic "zero" and "two" besides. The built-in strings have the
 * `_one` and `_other` forms Finnish and English use; a form a host leaves out falls back to `_other`.
 */
export type WithPluralForms<T> = T & {
  [K in keyof T as K extends `${infer Base}_one` ? `${Base}_${"zero" | "two" | "few" | "many"}` : never]?: string;
};

/**
 * Sets by language. Its keys are what `languageOf` gives, lower case, so that a misspelt key with a
 * capital in it (`showDiferencesOnly`) is no language either, and TypeScript names it ("does not
 * exist… Did you mean") rather than asking for a set under it. The strings' keys are listed as no
 * language, so that they are the names TypeScript suggests, and a key spelt right beside a typo
 * marks the object as one set for every language. Two-letter keys stay open to languages: `no` is
 * Norwegian's.
 */
type MessagesPerLanguage<T> = { readonly [K in keyof T as NotALanguage<K>]?: undefined } & {
  readonly [language: Lowercase<string>]: Partial<T> | undefined;
};

/** A key of three characters or more, which no two-letter language code is. */
type NotALanguage<K> = K extends `${infer _A}${infer _B}${infer _C}${string}` ? K : never;

/**
 * Layers of a host's string overrides (the provider's, then a component's), later over earlier,
 * for a component showing `locale`. In each layer the strings set for every language come first,
 * then the set under the locale's language (`fi` for `fi-FI`), as the built-in catalogues are
 * kept. Only text overrides: a key set to undefined, null, a number or a blank string leaves the
 * string of the layer below.
 */
export function overridesOf(locale: string | undefined, ...layers: unknown[]): Record<string, string> {
  const merged: Record<string, string> = {};
  // A layer that is no object (null, a text) has no set under the language either, and is passed over.
  for (const layer of layers)
    for (const set of [layer, (layer as Record<string, unknown> | null)?.[languageOf(locale) as string]])
      if (set && typeof set === "object")
        // A blank string (a translation file's key not yet translated) keeps the word below it.
        for (const [key, value] of Object.entries(set))
          if (typeof value === "string" && value.trim()) merged[key] = value;
  return merged;
}

/**
 * A catalogue's strings for a locale (by its language), English when the language has none, with
 * overrides on top: text only, as overridesOf leaves a host's (or a component's merged strings).
 */
export function stringsFor<T>(catalogue: Catalogue<T>, locale: string | undefined, overrides?: object): T {
  const base = catalogue[builtInLanguage(locale)];
  return overrides ? { ...base, ...overrides } : base;
}

/** Every built-in string for a locale. */
export function messagesFor(locale: string | undefined): Messages {
  return stringsFor({ en, fi }, locale);
}

/**
 * `cache`'s value for `key`, made by `make` the first time it is asked for. A cache of 64 entries
 * starts afresh: a page uses a few templates and locales, and one that makes new ones without end
 * does not keep them all.
 */
function cached<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    if (cache.size >= 64) cache.clear();
    cache.set(key, value);
  }
  return value;
}

// Templates split once into text and placeholder names: a table formats one per rating cell.
const templates = new Map<string, string[]>();

/** Fills `{name}` placeholders; an unknown name stays as it is. */
export function format(template: string, values: Record<string, string | number>): string {
  const parts = cached(templates, template, () => template.split(/\{(\w+)\}/));
  // Text at even places, placeholder names at odd ones.
  return parts
    .map((part, index) => (index % 2 === 0 ? part : Object.hasOwn(values, part) ? String(values[part]) : `{${part}}`))
    .join("");
}

/** Picks the form of a message the locale's plural rules name (else `_other`) and fills in `count`. */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}_one` ? Base : never }[MessageKey];

export function plural(
  messages: { [K in `${PluralKey}_${"zero" | "one" | "two" | "few" | "many" | "other"}`]?: string },
  key: PluralKey,
  count: number,
  locale: string | undefined,
  values?: Record<string, string | number>,
): string {
  // The locale's own form ("few", "many" in Polish), given by a host's strings, else the other.
  const template = messages[`${key}_${pluralRule(count, locale)}` as `${PluralKey}_few`] ?? messages[`${key}_other`];
  return format(template ?? "", { count: formatNumber(count, locale), ...values });
}

function pluralRule(count: number, locale: string | undefined): string {
  try {
    return new Intl.PluralRules(locale).select(count);
  } catch {
    return count === 1 ? "one" : "other";
  }
}

const numberFormats = new Map<string | undefined, Intl.NumberFormat | null>();

/** Formats a number for the locale; never throws on an odd locale tag. Formatters are reused. */
export function formatNumber(value: number, locale: string | undefined): string {
  const formatter = cached(numberFormats, locale, () => {
    try {
      return new Intl.NumberFormat(locale, {
        // Every digit a person writes (0.0004 is not "0", 1.23456 not 1.235), but not the noise of
        // binary fractions a host's arithmetic leaves (0.1 + 0.2 is 0.3).
        maximumSignificantDigits: 15,
      });
    } catch {
      // A locale tag it cannot read.
      return null;
    }
  });
  // -0 || 0 is 0: no sign on a zero, which the rows that compare it with 0 count as 0. (The cells'
  // check turns NaN away before it gets here.)
  return formatter ? formatter.format(value || 0) : String(value);
}

/** Joins items as the locale writes a list ("A, B and C"); never throws on an odd locale tag. */
export function formatList(items: readonly string[], locale: string | undefined): string {
  try {
    return new Intl.ListFormat(locale, { type: "conjunction" }).format(items);
  } catch {
    return items.join(", ");
  }
}
