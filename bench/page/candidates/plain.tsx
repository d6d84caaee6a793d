// The floor for any React table: a native table with a header row and one row per parameter,
// cells as plain text. Differences-only re-renders with the rows whose texts differ.
import type { ReactElement } from "react";
import type { Comparison } from "../../../src/schema/types.ts";
import type { TableState } from "../data.ts";
import type { Candidate } from "../harness.tsx";
import { textsFor } from "../text.ts";

function PlainTable({ data, locale, differencesOnly }: { data: Comparison } & TableState) {
  const texts = textsFor(data, locale);
  const rows: ReactElement[] = [];
  for (const parameter of data.parameters) {
    const cells = texts.cells(parameter);
    if (differencesOnly && cells.every((cell) => cell === cells[0])) continue;
    rows.push(
      <tr key={parameter.id}>
        <th scope="row">{texts.label(parameter.label)}</th>
        {cells.map((cell, index) => (
          <td key={data.options[index]?.id}>{cell}</td>
        ))}
      </tr>,
    );
  }
  return (
    <table data-differences={differencesOnly ? "on" : "off"}>
      <caption>{texts.title}</caption>
      <thead>
        <tr>
          <td />
          {data.options.map((option, index) => (
            <th key={option.id} scope="col">
              {texts.optionNames[index]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{rows}</tbody>
    </table>
  );
}

export const plain: Candidate = {
  render: (data, state) => <PlainTable data={data} {...state} />,
  differences: true,
  differencesShown: (container) => container.querySelector("table")?.dataset.differences === "on",
};
