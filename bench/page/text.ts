// Cell and label text for the baselines: the same words vertailu's table shows (its cellText),
// so every candidate renders the same text.
import { cellText, type TextContext } from "../../src/components/comparison-table/model.ts";
import { messagesFor } from "../../src/messages/index.ts";
import { resolveText } from "../../src/schema/text.ts";
import type { Comparison, Text } from "../../src/schema/types.ts";

interface Texts {
  title: string;
  optionNames: string[];
  label(text: Text | undefined): string;
  cells(parameter: Comparison["parameters"][number]): string[];
}

export function textsFor(data: Comparison, locale: string): Texts {
  const context: TextContext = {
    locale,
    defaultLocale: data.defaultLocale,
    messages: messagesFor(locale),
    types: data.types,
  };
  const label = (text: Text | undefined) => resolveText(text, locale, data.defaultLocale);
  return {
    title: label(data.title),
    optionNames: data.options.map((option) => label(option.name)),
    label,
    cells: (parameter) => data.options.map((option) => cellText(parameter.values[option.id], context)),
  };
}
