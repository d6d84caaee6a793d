import type { Comparison } from "../../src/index.js";

/**
 * The test fixtures' plain words, in both languages. A plain string is the same in every locale,
 * so the tests' English "Check" would be read as Finnish on a Finnish story: the catalogue shows
 * its examples written per locale, as a reader's data would be.
 */
const pairs: readonly [fi: string, en: string][] = [
  ["Teksti", "Text"],
  ["Tarkistus", "Check"],
  ["Luku", "Number"],
  ["Arvosana", "Rating"],
  ["Tyypit", "Types"],
  ["Luettelo", "List"],
  ["Sama", "Same"],
  ["pelkkä", "plain"],
  ["yksi", "one"],
  ["kaksi", "two"],
  ["Tyyppi yksi", "Type one"],
  ["Lähde", "Source"],
  ["Ei julkaistu", "Not published"],
  ["Alfa", "Alpha"],
  ["Nopea", "Fast"],
  ["Kallis", "Costly"],
  ["Kumpi?", "Which?"],
  // The generated comparisons' list items, written in Finnish.
  ["nopea", "fast"],
  ["luotettava", "reliable"],
  ["edullinen", "affordable"],
  ["joustava", "flexible"],
  ["turvallinen", "secure"],
  ["laaja", "broad"],
  ["paikallinen", "local"],
  ["kansainvälinen", "international"],
];
const byWord = new Map(pairs.flatMap(([fi, en]) => [[fi, { fi, en }] as const, [en, { fi, en }] as const]));

/** A comparison whose plain words above are written per locale; every other value is left as it is. */
export function bilingual(comparison: Comparison): Comparison {
  const visit = (value: unknown): unknown => {
    if (typeof value === "string") return byWord.get(value) ?? value;
    if (Array.isArray(value)) return value.map(visit);
    // A text already written per locale stays as it is.
    if (value === null || typeof value !== "object" || "fi" in value) return value;
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, visit(inner)]));
  };
  return visit(comparison) as Comparison;
}
