import { Fragment, type ReactNode } from "react";
import { comparisonJsonSchema } from "../../src/schema/json-schema.js";
import { InlineCode } from "./inline-code.js";
import { intros, type SectionDoc, schemaReference } from "./schema-model.js";
import { ScrollBox } from "./scroll-box.js";
import "./docs.css";

/** A type such as `(Text | Weighted pro or con)[]`, with each object type linked to its table. */
function TypeText({ type, sections }: { type: string; sections: readonly SectionDoc[] }) {
  const titles = sections.filter((section) => !section.id.startsWith("kind-")).map((section) => section.title);
  const pattern = new RegExp(`(${titles.map((title) => title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`);
  return (
    <code>
      {type.split(pattern).map((part, index) => {
        const target = sections.find((section) => section.title === part && !section.id.startsWith("kind-"));
        return target ? (
          // The catalogue's docs frame has <base target="_parent">, which would open the link in the whole
          // window, out of the catalogue; _self keeps it a jump within the page.
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string never reorder
          <a key={index} href={`#schema-${target.id}`} target="_self">
            {part}
          </a>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string never reorder
          <Fragment key={index}>{part}</Fragment>
        );
      })}
    </code>
  );
}

function SectionTable({ section, sections }: { section: SectionDoc; sections: readonly SectionDoc[] }): ReactNode {
  if (section.fields.length === 0) return null;
  return (
    <ScrollBox label={`Fields of ${section.title}`}>
      <table className="docs-table docs-schema-table">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Type</th>
            <th scope="col">Required</th>
            <th scope="col">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {section.fields.map((field) => (
            <tr key={field.name} data-path={field.paths.join(" ")}>
              <th scope="row">
                <code>{field.name}</code>
              </th>
              <td>
                <TypeText type={field.type} sections={sections} />
                {field.limits.length > 0 && <div className="docs-muted">{field.limits.join("; ")}</div>}
              </td>
              <td>{field.required ? "required" : "optional"}</td>
              <td>
                <InlineCode text={field.meaning} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

/**
 * Every object type of a Comparison and its fields, generated from `comparisonJsonSchema()`:
 * the field list cannot fall behind the validator.
 */
export function SchemaReference({ schema = comparisonJsonSchema() }: { schema?: Record<string, unknown> }) {
  const sections = schemaReference(schema);
  return (
    <div className="docs-schema">
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`schema-${section.id}`} className="docs-schema-section">
          <h3 id={`schema-${section.id}`}>
            {section.id.startsWith("kind-") ? <code>{section.title}</code> : section.title}
          </h3>
          <p>
            <InlineCode text={intros[section.id] ?? ""} />
            {section.at[0] && !section.id.startsWith("kind-") ? (
              <>
                {" "}
                Path:{" "}
                {section.at.map((at, index) => (
                  <Fragment key={at}>
                    {index > 0 && ", "}
                    <code>{at}</code>
                  </Fragment>
                ))}
                .
              </>
            ) : null}
          </p>
          <SectionTable section={section} sections={sections} />
        </section>
      ))}
    </div>
  );
}
