/**
 * Builds the Schema page's field reference from `comparisonJsonSchema()`, the same definitions
 * `parseComparison` validates with, so the reference lists exactly the fields the library accepts.
 * Types, required flags and limits come from the JSON Schema; what each field means comes from
 * `meanings` below, and test/unit/docs-schema.test.ts fails when a field has none.
 *
 * Paths name where a field sits: `options[].name`, `parameters[].values{}.kind` ("[]" an array's
 * items, "{}" a record's values).
 */

import { ID_PATTERN } from "../../src/schema/definition.js";
import { LOCALE_PATTERN } from "../../src/schema/text.js";

export type JsonSchema = { readonly [key: string]: unknown };

export interface FieldDoc {
  name: string;
  /** Every path this row documents (a shape used in several places has one row for all). */
  paths: string[];
  type: string;
  /** Limits beyond the type: patterns, ranges, minimum counts. */
  limits: string[];
  required: boolean;
  meaning: string;
}

export interface SectionDoc {
  /** Stable key, also the anchor id on the page. */
  id: string;
  title: string;
  /** Where the object sits, e.g. `options[]`. */
  at: string[];
  fields: FieldDoc[];
}

const ID_PATTERN_SOURCE = ID_PATTERN.source;
const LOCALE_PATTERN_SOURCE = LOCALE_PATTERN.source;

/** Names of the object types, by the path of the first place they occur. */
const sectionNames: Record<string, string> = {
  "": "Comparison",
  "options[]": "Option",
  "options[].pros[]": "Weighted pro or con",
  "options[].cons[]": "Weighted pro or con",
  "parameters[]": "Parameter",
  "parameters[].values{}": "Cell object",
  "groups[]": "Group",
  "types[]": "TypeDefinition",
  "sources[]": "Source",
  "questions[]": "Question",
  "questions[].answers[]": "Answer",
};

/** What each object type is, by section id. */
export const intros: Record<string, string> = {
  comparison: "The whole document: what `parseComparison` returns and every component reads.",
  option: "Each entry of `options`: one thing being compared, a column of the table.",
  "weighted-pro-or-con": "An item of `pros` or `cons` that carries a weight. A bare Text is an item without one.",
  parameter: "Each entry of `parameters`: one aspect the options are compared on, a row of the table.",
  "cell-object":
    "A value in `Parameter.values` is a Text, or one of these objects. Every kind may carry these fields; the tables below add what each kind needs.",
  "kind-text": "Text, the same as a bare string or localized text.",
  "kind-check": "A yes, no or partial, shown with a shape and a word so colour is never the only signal.",
  "kind-number": "A number with an optional unit.",
  "kind-rating": "A score on a scale, e.g. 4 of 5.",
  "kind-types": "Types as TypeBadges, e.g. horizontal and vertical BPO.",
  "kind-list": "A short list of texts.",
  "kind-na":
    "Does not apply to this option; shown as “Not applicable”. Only the fields every cell may have (note, sources, score).",
  "kind-unknown":
    "Not known or not published; shown as “Unknown”. Only the fields every cell may have (note, sources, score).",
  group: "Each entry of `groups`: a heading over some rows.",
  typedefinition: "Each entry of `types`: a type options come in, shown as a TypeBadge.",
  source: "Each entry of `sources`: where a fact comes from.",
  question: "Each entry of `questions`: one step of the DecisionWizard.",
  answer: "Each entry of `Question.answers`.",
};

/** What each field means, by section id and field name. */
export const meanings: Record<string, Record<string, string>> = {
  comparison: {
    $schema: "Path or URL of the JSON Schema, for editors. Ignored by the library.",
    schemaVersion: "Version of this format. Always 1.",
    id: "Identifies the comparison; the table's default id prefix for rows, notes and sources.",
    title: "The table's caption.",
    description: "One or two sentences about what is compared, shown under the table's caption.",
    defaultLocale: "The locale shown when none is asked for. Every localized text must have it; texts fall back to it.",
    options: "The things compared: the table's columns. At least two.",
    parameters: "What they are compared on: the table's rows. At least one.",
    groups: "Headings that gather parameters into groups (`Parameter.group`).",
    types: "Types an option comes in, shown as TypeBadges (`Option.types`, cells of kind `types`).",
    sources:
      "Where the facts come from: the table lists them under it. Cells may name theirs by id (`sources`); that is checked, but the built-in cells do not show it.",
    conclusion: "The author's summary. No component shows it; put it on your page (the intranet recipe does).",
    questions: "Questions for the DecisionWizard; each answer gives options points.",
  },
  option: {
    id: "Unique among options; the keys of `Parameter.values` and `Answer.effects`.",
    name: "The column header and the option's heading.",
    shortName: "A shorter name, used where room is tight (the table's option picker).",
    description: "A sentence or two about the option; ProsConsPanel shows it with `showDescription`.",
    types:
      "Ids of the types this option comes in: entries in `types`, or one of the four built-in type ids (`horizontal-bpo`, `vertical-bpo`, `inbound-call-center`, `outbound-call-center`).",
    pros: "Reasons for the option, for ProsConsPanel: texts, or `{ text, weight }` items.",
    cons: "Reasons against the option, likewise.",
    recommended:
      "Marks an option the author recommends. The table marks the first option marked, in words (its `highlightOption` prop can override); the pros and cons panel marks each.",
  },
  "weighted-pro-or-con": {
    text: "The pro or con.",
    weight: "How much it matters, 0–5; shown as a small bar with the number as text.",
  },
  parameter: {
    id: "Unique among parameters; row ids and `Answer.parameters` refer to it.",
    label: "The row header.",
    description: "Explains the parameter; the table offers it from an info button.",
    group: "Id of the entry in `groups` this row belongs to.",
    weight: "Its default weight in the DecisionMatrix, a whole number 0–5 (the sliders step by 1).",
    values: "One cell per option id: a text, or a cell object with a `kind`. Every option needs one.",
  },
  "cell-object": {
    kind: "Which kind of cell this is; the other fields depend on it (below).",
    note: "A footnote: the cell gets a numbered link to it under the table, and back.",
    sources: "Ids of entries in `sources` that back this value; checked, not shown by the built-in cells.",
    score: "A 0–10 score for this value in the DecisionMatrix.",
  },
  "kind-text": { text: "The text. A bare string or localized text in `values` is short for this cell." },
  "kind-check": { value: "Shown as a check and Yes, a cross and No, or a half circle and Partial." },
  "kind-number": {
    value: "The number, formatted for the locale.",
    unit: "Shown after the number, e.g. `€` or `h`.",
  },
  "kind-rating": {
    value: "The rating, from 0 to `max`.",
    max: "The top of the scale; shown as e.g. “4 of 5” with a bar.",
  },
  "kind-types": {
    types:
      "Ids of entries in `types`, or of the four built-in types (`horizontal-bpo`, `vertical-bpo`, `inbound-call-center`, `outbound-call-center`), shown as TypeBadges.",
  },
  "kind-list": { items: "Texts shown as a bulleted list." },
  group: {
    id: "Unique among groups; `Parameter.group` refers to it.",
    label: "The group's heading row.",
    description: "Explains the group: shown under its label, in the table's group row and in each stacked section.",
  },
  typedefinition: {
    id: "Unique among types; `Option.types` and `types` cells refer to it.",
    label: "The badge's text.",
    description: "Explains the type; the badge offers it in a tooltip.",
    family: "Badges of one family share a colour: `bpo`, `call-center`, or any other id (neutral colours).",
  },
  source: {
    id: "Unique among sources; cells cite it in `sources`.",
    title: "The source's name in the list under the table.",
    url: "A link to it: http, https, mailto or relative. Anything else is refused.",
    accessed: "When it was read, as an ISO date (2026-11-27).",
  },
  question: {
    id: "Unique among questions.",
    text: "The question.",
    help: "A hint shown under the question.",
    answers: "The choices, at least two.",
  },
  answer: {
    id: "Unique among the question's answers.",
    text: "The choice as the reader sees it.",
    effects: "Points this answer gives options, −10 to 10, by option id.",
    because: "Why it points that way; shown with the result.",
    parameters: "Ids of parameters this answer relates to; the result links to their rows.",
  },
};

const slug = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

const isObject = (value: unknown): value is JsonSchema =>
  value !== null && typeof value === "object" && !Array.isArray(value);
const asList = (value: unknown): JsonSchema[] => (Array.isArray(value) ? value.filter(isObject) : []);
const join = (path: string, name: string) => (path ? `${path}.${name}` : name);

/** A Text: a string, or an object of strings by locale tag. */
function isText(node: JsonSchema): boolean {
  const alternatives = asList(node.anyOf);
  if (alternatives.length !== 2) return false;
  const [plain, localized] = alternatives;
  return plain?.type === "string" && localized?.type === "object" && isObject(localized.propertyNames);
}

/** The object variants of a cell, told apart by `kind`. */
function cellVariants(node: JsonSchema): JsonSchema[] | undefined {
  const variants = asList(node.oneOf);
  const allKinded = variants.every((variant) => {
    const properties = variant.properties;
    return isObject(properties) && isObject(properties.kind) && typeof properties.kind.const === "string";
  });
  return variants.length > 0 && allKinded ? variants : undefined;
}

function limitsOf(node: JsonSchema): string[] {
  const limits: string[] = [];
  // Ids and locale tags are explained once, above the tables.
  if (typeof node.pattern === "string" && node.pattern !== ID_PATTERN_SOURCE && node.pattern !== LOCALE_PATTERN_SOURCE)
    limits.push(`matches ${node.pattern}`);
  if (node.format === "date") limits.push("ISO date");
  const min = node.minimum;
  const max = node.maximum;
  if (typeof min === "number" && typeof max === "number") limits.push(`${min} to ${max}`);
  else if (typeof min === "number") limits.push(`at least ${min}`);
  else if (typeof max === "number") limits.push(`at most ${max}`);
  if (typeof node.minItems === "number")
    limits.push(`at least ${node.minItems} ${node.minItems === 1 ? "item" : "items"}`);
  if (isObject(node.additionalProperties))
    limits.push(...limitsOf(node.additionalProperties).map((limit) => `each ${limit}`));
  return limits;
}

/** Builds the reference: one section per object type, in the order they first occur. */
export function schemaReference(schema: JsonSchema): SectionDoc[] {
  const sections = new Map<string, SectionDoc>();

  const addSection = (title: string, at: string, id = slug(title)): SectionDoc => {
    const existing = sections.get(id);
    if (existing) {
      if (!existing.at.includes(at)) existing.at.push(at);
      return existing;
    }
    const section: SectionDoc = { id, title, at: [at], fields: [] };
    sections.set(id, section);
    return section;
  };

  const addField = (section: SectionDoc, field: Omit<FieldDoc, "meaning">) => {
    const existing = section.fields.find((candidate) => candidate.name === field.name);
    if (existing) {
      for (const path of field.paths) if (!existing.paths.includes(path)) existing.paths.push(path);
      return;
    }
    section.fields.push({ ...field, meaning: meanings[section.id]?.[field.name] ?? "" });
  };

  const describeObject = (node: JsonSchema, path: string, section: SectionDoc, skip: readonly string[] = []) => {
    const properties = isObject(node.properties) ? node.properties : {};
    const required = Array.isArray(node.required) ? node.required : [];
    for (const [name, child] of Object.entries(properties)) {
      if (!isObject(child) || skip.includes(name)) continue;
      const fieldPath = join(path, name);
      addField(section, {
        name,
        paths: [fieldPath],
        type: typeOf(child, fieldPath),
        limits: limitsOf(child),
        required: required.includes(name),
      });
    }
  };

  const describeCells = (variants: JsonSchema[], path: string): string => {
    const title = sectionNames[path] ?? "Cell object";
    const common = addSection(title, path);
    const first = variants[0] ?? {};
    const shared = namesOf(first).filter(
      (name) => name !== "kind" && variants.every((variant) => namesOf(variant).includes(name)),
    );
    addField(common, {
      name: "kind",
      paths: [join(path, "kind")],
      type: variants.map((variant) => JSON.stringify(kindOf(variant))).join(" | "),
      limits: [],
      required: true,
    });
    describeObject(
      first,
      path,
      common,
      namesOf(first).filter((name) => !shared.includes(name)),
    );
    for (const variant of variants) {
      const kind = kindOf(variant);
      describeObject(variant, path, addSection(`kind: "${kind}"`, path, `kind-${slug(kind)}`), ["kind", ...shared]);
    }
    return title;
  };

  const typeOf = (node: JsonSchema, path: string): string => {
    if (node.const !== undefined) return JSON.stringify(node.const);
    if (Array.isArray(node.enum)) return node.enum.map((value) => JSON.stringify(value)).join(" | ");
    if (isText(node)) return "Text";
    const cells = cellVariants(node);
    if (cells) return describeCells(cells, path);
    const alternatives = asList(node.anyOf ?? node.oneOf);
    if (alternatives.length > 0) return alternatives.map((alternative) => typeOf(alternative, path)).join(" | ");
    if (node.type === "array") {
      const items = typeOf(isObject(node.items) ? node.items : {}, `${path}[]`);
      return items.includes(" | ") ? `(${items})[]` : `${items}[]`;
    }
    if (node.type === "object" && isObject(node.properties)) {
      const title = sectionNames[path] ?? path;
      describeObject(node, path, addSection(title, path));
      return title;
    }
    if (node.type === "object" && isObject(node.additionalProperties)) {
      const key = /(values|effects)$/.test(path) ? "option id" : "key";
      return `{ [${key}]: ${typeOf(node.additionalProperties, `${path}{}`)} }`;
    }
    if (node.type === "string" && node.pattern === ID_PATTERN_SOURCE) return "id";
    if (node.type === "string" && node.pattern === LOCALE_PATTERN_SOURCE) return "locale";
    if (typeof node.type === "string") return node.type;
    return "any";
  };

  const root = addSection(sectionNames[""] ?? "Comparison", "");
  describeObject(schema, "", root);
  return [...sections.values()];
}

function kindOf(variant: JsonSchema): string {
  const properties = isObject(variant.properties) ? variant.properties : {};
  const kind = isObject(properties.kind) ? properties.kind.const : undefined;
  return String(kind);
}

function namesOf(node: JsonSchema): string[] {
  return Object.keys(isObject(node.properties) ? node.properties : {});
}

/**
 * Every field path in a JSON Schema, walked plainly: objects' properties, arrays' items, records'
 * values and every alternative. The unit test compares this with the rendered reference.
 */
export function schemaFieldPaths(node: unknown, path = ""): Set<string> {
  const found = new Set<string>();
  const visit = (current: unknown, at: string) => {
    if (!isObject(current)) return;
    if (isObject(current.properties)) {
      for (const [name, child] of Object.entries(current.properties)) {
        found.add(join(at, name));
        visit(child, join(at, name));
      }
    }
    if (isObject(current.items)) visit(current.items, `${at}[]`);
    if (isObject(current.additionalProperties)) visit(current.additionalProperties, `${at}{}`);
    for (const key of ["anyOf", "oneOf", "allOf"])
      for (const alternative of asList(current[key])) visit(alternative, at);
  };
  visit(node, path);
  return found;
}
