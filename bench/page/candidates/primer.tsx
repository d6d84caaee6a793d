// @primer/react-brand's ComparisonTable (the 0.73 line has no FeatureComparisonTable) in its
// ThemeProvider, fed the same cell texts. It has no differences-only mode.
import { ComparisonTable, ThemeProvider } from "@primer/react-brand";
import type { Candidate } from "../harness.tsx";
import { textsFor } from "../text.ts";

export const primer: Candidate = {
  render(data, { locale }) {
    const texts = textsFor(data, locale);
    return (
      <ThemeProvider colorMode="light">
        <ComparisonTable heading={texts.title}>
          <ComparisonTable.Row header>
            <ComparisonTable.Cell />
            {texts.optionNames.map((name, index) => (
              <ComparisonTable.Cell key={data.options[index]?.id}>{name}</ComparisonTable.Cell>
            ))}
          </ComparisonTable.Row>
          {data.parameters.map((parameter) => (
            <ComparisonTable.Row key={parameter.id}>
              <ComparisonTable.Cell>{texts.label(parameter.label)}</ComparisonTable.Cell>
              {texts.cells(parameter).map((cell, index) => (
                <ComparisonTable.Cell key={data.options[index]?.id}>{cell}</ComparisonTable.Cell>
              ))}
            </ComparisonTable.Row>
          ))}
        </ComparisonTable>
      </ThemeProvider>
    );
  },
  differences: false,
};
