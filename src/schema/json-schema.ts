import { toJsonSchema } from "@valibot/to-json-schema";
import { buildDefinition } from "./definition.js";

/** The JSON Schema (2020-12) of a Comparison, from the same definitions parseComparison uses.
 * Cross-reference rules (unique ids, complete rows) are beyond JSON Schema and are not in it. */
export function comparisonJsonSchema(): Record<string, unknown> {
  const schema = closeObjects(
    toJsonSchema(buildDefinition({ dispatch: false }), {
      target: "draft-2020-12",
      errorMode: "ignore",
    }),
  ) as Record<string, unknown>;
  return {
    ...schema,
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://unpkg.com/vertailu/dist/schema.json",
    title: "vertailu Comparison",
    description:
      "Data for vertailu's comparison tables and decision widgets. Validate fully with `npx vertailu validate`.",
  };
}

/**
 * The definitions allow no field they do not name as a rest that must not be (`{ "not": {} }`);
 * written `false`, the same rule, editors say "property is not allowed" of a misspelt field.
 */
function closeObjects(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(closeObjects);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => {
      const never =
        key === "additionalProperties" &&
        inner !== null &&
        typeof inner === "object" &&
        JSON.stringify(inner) === '{"not":{}}';
      return [key, never ? false : closeObjects(inner)];
    }),
  );
}
