import {
  enCommon,
  enDecision,
  enElement,
  enExport,
  enMatrix,
  enProsCons,
  enTable,
  enWizard,
} from "../../src/messages/en.js";
import {
  fiCommon,
  fiDecision,
  fiElement,
  fiExport,
  fiMatrix,
  fiProsCons,
  fiTable,
  fiWizard,
} from "../../src/messages/fi.js";
import { ScrollBox } from "./scroll-box.js";
import "./docs.css";

/** The built-in strings by section, in the order the Languages page lists them. */
export const messageSections = {
  common: { title: "Every component", en: enCommon, fi: fiCommon },
  table: { title: "ComparisonTable", en: enTable, fi: fiTable },
  export: { title: "CSV export and the decision matrix's score table", en: enExport, fi: fiExport },
  prosCons: { title: "ProsConsPanel", en: enProsCons, fi: fiProsCons },
  decision: { title: "DecisionMatrix and DecisionWizard: a tie", en: enDecision, fi: fiDecision },
  matrix: { title: "DecisionMatrix", en: enMatrix, fi: fiMatrix },
  wizard: { title: "DecisionWizard", en: enWizard, fi: fiWizard },
  element: { title: "<vertailu-comparison>", en: enElement, fi: fiElement },
} as const;

/** Every key of one section with its English and Finnish text, read from the library's own catalogues. */
export function MessageTable({ section }: { section: keyof typeof messageSections }) {
  const { title, en, fi } = messageSections[section];
  const label = `Built-in strings: ${title}`;
  return (
    <ScrollBox label={label}>
      <table className="docs-table docs-messages">
        <caption>{label}</caption>
        <colgroup>
          <col />
          <col />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">key</th>
            <th scope="col">English</th>
            <th scope="col">Finnish</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(en).map(([key, english]) => (
            <tr key={key}>
              <th scope="row">
                <code>{key}</code>
              </th>
              <td lang="en">{english}</td>
              <td lang="fi">{(fi as Record<string, string>)[key]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
