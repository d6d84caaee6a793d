import { toJsonSchema } from "@valibot/to-json-schema";
import { buildDefinition } from "./definition.js";

/** The JSON Schema (2020-12) of a Comparison, from the same definitions parseComparison uses.
 * Cross-reference rules (unique ids, complete rows) are beyond JSON Schema and are not in it. */
export function comparisonJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(buildDefinition({ dispatch: false }), {
    target: "draft-2020-12",
    errorMode: "ignore",
  }) as Record<string, unknown>;
  return {
    ...schema,
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://unpkg.com/vertailu/dist/schema.json",
    title: "vertailu Comparison",
    description:
      "Data for vertailu's comparison tables and decision widgets. Validate fully with `npx vertailu validate`.",
  };
}
