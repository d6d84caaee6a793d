// The Schema page's field reference is generated from comparisonJsonSchema(); every field of the
// JSON Schema, top-level and nested, must appear in it with a meaning.
import { render } from "@testing-library/react";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { comparisonJsonSchema } from "../../src/schema/json-schema.js";
import { intros, meanings, schemaFieldPaths, schemaReference } from "../../stories/docs/schema-model.js";
import { SchemaReference } from "../../stories/docs/schema-reference.js";

type Node = Record<string, unknown>;

/** Every field path in the JSON Schema, walked independently of the reference's own code. */
function walk(node: unknown, at: string, out: Set<string>): Set<string> {
  if (node === null || typeof node !== "object" || Array.isArray(node)) return out;
  const schema = node as Node;
  for (const [name, child] of Object.entries((schema.properties as Node | undefined) ?? {})) {
    const path = at ? `${at}.${name}` : name;
    out.add(path);
    walk(child, path, out);
  }
  walk(schema.items, `${at}[]`, out);
  walk(schema.additionalProperties, `${at}{}`, out);
  for (const key of ["anyOf", "oneOf", "allOf"]) {
    for (const alternative of (schema[key] as unknown[] | undefined) ?? []) walk(alternative, at, out);
  }
  return out;
}

const schema = comparisonJsonSchema();
const paths = [...walk(schema, "", new Set())];

describe("the Schema page's field reference", () => {
  it("walks a schema with top-level and nested fields", () => {
    expect(paths).toEqual(expect.arrayContaining(["options", "options[].recommended", "parameters[].values{}.kind"]));
    expect(paths).toEqual(expect.arrayContaining(["options[].pros[].weight", "questions[].answers[].effects"]));
    expect([...schemaFieldPaths(schema)].sort()).toEqual([...paths].sort());
  });

  it("renders a row for every field of the JSON Schema", () => {
    const { container } = render(createElement(SchemaReference));
    const rendered = new Set(
      [...container.querySelectorAll("tr[data-path]")].flatMap(
        (row) => row.getAttribute("data-path")?.split(" ") ?? [],
      ),
    );
    const missing = paths.filter((path) => !rendered.has(path));
    expect(missing).toEqual([]);
    for (const row of container.querySelectorAll("tr[data-path]")) {
      const name = row.getAttribute("data-path")?.split(" ")[0]?.split(".").pop();
      expect(row.querySelector("th")).toHaveTextContent(name ?? "");
    }
  });

  it("gives every field a meaning and every object type an introduction", () => {
    for (const section of schemaReference(schema)) {
      expect(intros[section.id], `intro of ${section.id}`).toBeTruthy();
      for (const field of section.fields) expect(field.meaning, `meaning of ${field.paths[0]}`).not.toBe("");
    }
  });

  it("has no meanings left over for fields the schema no longer has", () => {
    const sections = schemaReference(schema);
    for (const [id, fields] of Object.entries(meanings)) {
      const section = sections.find((candidate) => candidate.id === id);
      expect(section, `section ${id}`).toBeDefined();
      for (const name of Object.keys(fields)) {
        expect(
          section?.fields.map((field) => field.name),
          `${id}.${name}`,
        ).toContain(name);
      }
    }
  });

  it("marks required fields from the schema's required lists", () => {
    const root = schemaReference(schema).find((section) => section.id === "comparison");
    const required = root?.fields.filter((field) => field.required).map((field) => field.name);
    expect(required?.sort()).toEqual([...((schema.required as string[]) ?? [])].sort());
  });

  it("shows one table per cell kind", () => {
    const kinds = schemaReference(schema)
      .filter((section) => section.id.startsWith("kind-"))
      .map((section) => section.id);
    expect(kinds).toEqual([
      "kind-text",
      "kind-check",
      "kind-number",
      "kind-rating",
      "kind-types",
      "kind-list",
      "kind-na",
      "kind-unknown",
    ]);
  });

  it("links each object type to its table on the same page, in the catalogue's frame", () => {
    const { container } = render(createElement(SchemaReference));
    const links = [...container.querySelectorAll<HTMLAnchorElement>("a[href^='#']")];
    expect(links.map((link) => link.textContent)).toEqual(expect.arrayContaining(["Option", "Weighted pro or con"]));
    for (const link of links) {
      expect(container.querySelector(link.getAttribute("href") as string)).not.toBeNull();
      // The docs frame's <base target="_parent"> would otherwise open the link in the whole window,
      // leaving the catalogue for its bare docs frame.
      expect(link).toHaveAttribute("target", "_self");
    }
  });
});
