import { formatPath, quote } from "./path.js";
import type { CellValue, Comparison, ProConItem, SchemaIssue, Text } from "./types.js";

type Path = (string | number)[];

/**
 * What a translator has left to do: every text of a valid comparison that is written per locale but
 * has no text in one of `locales`, and every text in a locale that is not one of them (a typo such as
 * `eng`, or a language left over). A plain string is the same in every locale and passes; so does a
 * text whose locale is a regional form of one asked for (`fi-FI` for `fi`) when `fi` itself is there.
 * Issues come in a fixed order: the title and description, then the options, parameters, groups,
 * types, sources, conclusion and questions, each list in its order.
 */
export function checkTranslations(comparison: Comparison, locales: readonly string[]): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const wanted = [...new Set(locales)];
  const text = (value: Text | undefined, path: Path) => {
    if (value === undefined || typeof value === "string") return;
    const has = Object.keys(value);
    const missing = wanted.filter((locale) => !Object.hasOwn(value, locale));
    if (missing.length > 0) {
      issues.push({
        path: formatPath(path),
        message: `no ${missing.map(quote).join(" or ")} text (it has ${has.map(quote).join(", ")})`,
      });
    }
    for (const locale of has) {
      const language = locale.split("-")[0] ?? locale;
      if (!wanted.includes(locale) && !wanted.includes(language)) {
        issues.push({
          path: formatPath([...path, locale]),
          message: `a text in ${quote(locale)}, which is none of the locales checked (${wanted.join(", ")})`,
        });
      }
    }
  };
  const described = (entry: { description?: Text | undefined }, path: Path) =>
    text(entry.description, [...path, "description"]);
  const reasons = (items: readonly ProConItem[] | undefined, path: Path) => {
    for (const [index, item] of (items ?? []).entries()) {
      text(typeof item === "object" && "text" in item ? item.text : (item as Text), [...path, index]);
    }
  };
  const cell = (value: CellValue, path: Path) => {
    if (typeof value === "string" || !("kind" in value)) return text(value as Text, path);
    if (value.kind === "text") text(value.text, [...path, "text"]);
    if (value.kind === "number") text(value.unit, [...path, "unit"]);
    if (value.kind === "list") for (const [index, item] of value.items.entries()) text(item, [...path, "items", index]);
    text(value.note, [...path, "note"]);
  };

  text(comparison.title, ["title"]);
  described(comparison, []);
  for (const [index, option] of comparison.options.entries()) {
    const path = ["options", index];
    text(option.name, [...path, "name"]);
    text(option.shortName, [...path, "shortName"]);
    described(option, path);
    reasons(option.pros, [...path, "pros"]);
    reasons(option.cons, [...path, "cons"]);
  }
  for (const [index, parameter] of comparison.parameters.entries()) {
    const path = ["parameters", index];
    text(parameter.label, [...path, "label"]);
    described(parameter, path);
    for (const [optionId, value] of Object.entries(parameter.values)) cell(value, [...path, "values", optionId]);
  }
  for (const [index, group] of (comparison.groups ?? []).entries()) {
    text(group.label, ["groups", index, "label"]);
    described(group, ["groups", index]);
  }
  for (const [index, type] of (comparison.types ?? []).entries()) {
    text(type.label, ["types", index, "label"]);
    described(type, ["types", index]);
  }
  for (const [index, source] of (comparison.sources ?? []).entries()) text(source.title, ["sources", index, "title"]);
  text(comparison.conclusion, ["conclusion"]);
  for (const [index, question] of (comparison.questions ?? []).entries()) {
    const path = ["questions", index];
    text(question.text, [...path, "text"]);
    text(question.help, [...path, "help"]);
    for (const [answerIndex, answer] of question.answers.entries()) {
      text(answer.text, [...path, "answers", answerIndex, "text"]);
      text(answer.because, [...path, "answers", answerIndex, "because"]);
    }
  }
  return issues;
}
