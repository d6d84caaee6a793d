import { issueList } from "../../internal/check-data.js";
import { resolveTextEntry } from "../../schema/text.js";
import type { Comparison, Option, SchemaIssue, Text } from "../../schema/types.js";

/** One pro or con, its text in the shown locale. */
export interface ResolvedItem {
  text: string;
  /** The language the text is written in, when it is not the panel's (an untranslated text). */
  lang: string | undefined;
  /** 0–5 when the data weighs the item. */
  weight: number | undefined;
}

/** One option as the panel shows it: every text resolved once, for the markup and the JSON-LD. */
export interface ResolvedOption {
  id: string;
  name: string;
  /** The language the name is written in, when it is not the panel's. */
  nameLang: string | undefined;
  description: string;
  descriptionLang: string | undefined;
  recommended: boolean;
  pros: ResolvedItem[];
  cons: ResolvedItem[];
}

const LISTS = ["pros", "cons"] as const;

/** A string, or a localized text with at least one string in it: something resolveText can show. */
function isText(value: unknown): boolean {
  if (typeof value === "string") return true;
  return value !== null && typeof value === "object" && Object.values(value).some((v) => typeof v === "string");
}

/**
 * What checkRenderable does not look at: the pros and cons of the shown options. Each list is
 * absent or an array; each item a text or `{ text, weight }` with a weight from 0 to 5.
 */
export function checkProsCons(data: Comparison, optionIds: readonly string[]): SchemaIssue[] {
  const { issues, add } = issueList();
  for (const id of optionIds) {
    const index = data.options.findIndex((option) => option.id === id);
    const option = data.options[index] as Partial<Record<(typeof LISTS)[number], unknown>> | undefined;
    for (const list of LISTS) {
      const items = option?.[list];
      if (items === undefined) continue;
      if (!Array.isArray(items)) {
        add(["options", index, list], `expected a list of ${list}`);
        continue;
      }
      // entries(), not forEach: a hole in the list is an item too, and reported.
      for (const [position, item] of (items as unknown[]).entries()) {
        const path = ["options", index, list, position];
        const weighted = item !== null && typeof item === "object" && "text" in item;
        if (Array.isArray(item) || !(weighted ? isText(item.text) : isText(item))) {
          add(path, "expected a text or { text, weight }");
          continue;
        }
        const weight = weighted && "weight" in item ? item.weight : undefined;
        if (weight === undefined) continue;
        // Not within 0–5 also catches NaN and the infinities.
        if (typeof weight !== "number" || !(weight >= 0 && weight <= 5)) {
          add([...path, "weight"], "expected a weight from 0 to 5");
        }
      }
    }
  }
  return issues;
}

/** How the panel looks its texts up: in `locale`, marked with their language when it is not `lang`. */
type Lookup = (text: Text | undefined) => [text: string, lang: string | undefined];

function resolveItems(items: Option["pros"], lookup: Lookup): ResolvedItem[] {
  return (items ?? []).map((item) => {
    // Locale keys are 2–3 letters, so "text" marks a weighted item; TypeScript cannot see that
    // through LocalizedText's index signature.
    const weighted =
      typeof item === "string" || !("text" in item) ? undefined : (item as { text: Text; weight?: unknown });
    const [text, lang] = lookup(weighted ? weighted.text : (item as Text));
    return { text, lang, weight: typeof weighted?.weight === "number" ? weighted.weight : undefined };
  });
}

/**
 * The shown options in the order asked for, their texts in `locale`. A text written in another
 * language than the panel's `lang` carries its own. Expects checked data.
 */
export function resolveOptions(
  data: Comparison,
  optionIds: readonly string[],
  locale: string,
  lang: string | undefined,
): ResolvedOption[] {
  const lookup: Lookup = (text) => {
    const [value, written] = resolveTextEntry(text, locale, data.defaultLocale);
    return [value, written === lang ? undefined : written];
  };
  const byId = new Map(data.options.map((option) => [option.id, option]));
  return optionIds.flatMap((id) => {
    const option = byId.get(id);
    if (!option) return [];
    const [name, nameLang] = lookup(option.name);
    const [description, descriptionLang] = lookup(option.description);
    return {
      id,
      name: name || id,
      nameLang: name ? nameLang : undefined,
      description,
      descriptionLang,
      recommended: option.recommended === true,
      pros: resolveItems(option.pros, lookup),
      cons: resolveItems(option.cons, lookup),
    };
  });
}
