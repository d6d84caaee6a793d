import type { ResolvedItem, ResolvedOption } from "./pros-cons-data.js";

/** The characters that could end or confuse a `<script>` element's text, as JSON escapes. */
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/**
 * JSON for the text of a `<script type="application/ld+json">`. JSON.stringify leaves `<`, `>`
 * and `&` as they are, so content holding `</script>` or `<!--` could end the element early;
 * escaped as `\u003c` and so on, they parse back to the same text. U+2028 and U+2029 are escaped
 * too, for consumers that read the JSON as JavaScript.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(
    UNSAFE_IN_SCRIPT,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** The items as an ItemList; undefined, which JSON leaves out, for none. */
function itemList(items: readonly ResolvedItem[]) {
  return items.length > 0
    ? {
        "@type": "ItemList",
        itemListElement: items.map((item, index) => ({ "@type": "ListItem", position: index + 1, name: item.text })),
      }
    : undefined;
}

/**
 * schema.org pros and cons markup: one Product per option, its pros as `positiveNotes` and its
 * cons as `negativeNotes` (ordered ItemLists of ListItems). Always a `@graph`, so consumers read
 * one shape whether one option is shown or several. An option without pros or cons has no such field
 * in the JSON.
 */
export function prosConsJsonLd(options: readonly ResolvedOption[]) {
  return {
    "@context": "https://schema.org",
    "@graph": options.map((option) => ({
      "@type": "Product",
      name: option.name,
      positiveNotes: itemList(option.pros),
      negativeNotes: itemList(option.cons),
    })),
  };
}
