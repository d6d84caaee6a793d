import { safeParse } from "valibot";
import { builtInTypes, isBuiltInType } from "./builtin-types.js";
import {
  buildDefinition,
  ID_PATTERN,
  missingDefaultMessage,
  namesOfUnknownField,
  RESERVED_KEYS,
  UNKNOWN_FIELD,
} from "./definition.js";
import { failureText } from "./failure-text.js";
import { listOf } from "./list.js";
import { formatIssue, formatPath, nearName, quote, reservedMessage } from "./path.js";
import { LOCALE_PATTERN } from "./text.js";
import type { Comparison, SchemaIssue } from "./types.js";

/** Thrown by `parseComparison`; `issues` lists every problem found, each with its path. */
export class ComparisonSchemaError extends Error {
  readonly issues: readonly SchemaIssue[];
  constructor(issues: readonly SchemaIssue[]) {
    const lines = issues.slice(0, 10).map((issue) => `  ${formatIssue(issue)}`);
    if (issues.length > 10) lines.push(`  …and ${issues.length - 10} more`);
    super(
      `Invalid comparison data (${issues.length} ${issues.length === 1 ? "problem" : "problems"}):\n${lines.join("\n")}`,
    );
    this.name = "ComparisonSchemaError";
    this.issues = issues;
  }
}

export type SafeParseResult = { success: true; data: Comparison } | { success: false; error: ComparisonSchemaError };

const definitions = new Map<string, ReturnType<typeof buildDefinition>>();
function definitionFor(defaultLocale: string | undefined) {
  const key = defaultLocale ?? "";
  let definition = definitions.get(key);
  if (!definition) {
    definition = buildDefinition({ defaultLocale, dispatch: true });
    if (definitions.size > 16) definitions.clear();
    definitions.set(key, definition);
  }
  return definition;
}

/** Validates unknown input and returns typed data, or a result listing every problem. Never throws. */
export function safeParseComparison(input: unknown): SafeParseResult {
  let issues: SchemaIssue[];
  try {
    issues = collectIssues(input);
  } catch (cause) {
    // Getters that throw, proxies and the like: report rather than crash.
    issues = [{ path: "", message: `could not read the data (${failureText(cause)})` }];
  }
  if (issues.length > 0) return { success: false, error: new ComparisonSchemaError(issues) };
  return { success: true, data: input as Comparison };
}

/** Validates unknown input and returns typed data; throws `ComparisonSchemaError` listing every problem. */
export function parseComparison(input: unknown): Comparison {
  const result = safeParseComparison(input);
  if (!result.success) throw result.error;
  return result.data;
}

function collectIssues(input: unknown): SchemaIssue[] {
  // A file's text, not yet read as JSON, is the usual string handed over.
  if (typeof input === "string") {
    return [
      { path: "", message: "expected a comparison (an object) but got a string: read JSON text with JSON.parse first" },
    ];
  }
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    // null, an array, or a number, boolean, undefined and the like: a string is told apart above.
    const got = input === null ? "null" : Array.isArray(input) ? "an array" : typeof input;
    return [{ path: "", message: `expected a comparison (an object) but got ${got}` }];
  }
  // data={fetch(url).then((r) => r.json())}: the data is still on its way.
  if (typeof (input as { then?: unknown }).then === "function") {
    return [{ path: "", message: "expected a comparison (an object) but got a promise: await it first" }];
  }
  const record = input as Record<string, unknown>;
  const defaultLocale =
    typeof record.defaultLocale === "string" && LOCALE_PATTERN.test(record.defaultLocale)
      ? record.defaultLocale
      : undefined;
  const result = safeParse(definitionFor(defaultLocale), input, { abortEarly: false, abortPipeEarly: true });
  let issues: SchemaIssue[] = [];
  const missingDefault = missingDefaultMessage(defaultLocale);
  // The locales that texts without the default locale's text are written in instead.
  const writtenIn = new Set<string>();
  for (const issue of result.issues ?? []) {
    const segments = (issue.path ?? []).map((item) => item.key as string | number);
    let message = withGiven(issue.message, issue.input);
    const names = issue.type === "never" ? namesOfUnknownField(issue.message) : undefined;
    if (names) {
      // A misspelt field is told the field it most likely meant ("recomended": "recommended").
      const field = String(segments.at(-1));
      const near = nearName(field, names);
      message = `${UNKNOWN_FIELD} ${quote(field)}${near ? ` (did you mean ${quote(near)}?)` : ""}`;
    }
    if (issue.message === missingDefault) {
      const locales = Object.keys(issue.input as object).map(quote);
      for (const locale of locales) writtenIn.add(locale);
      message = `${missingDefault} (it has ${locales.join(", ")})`;
    }
    issues.push({ path: formatPath(segments), message });
  }
  // Many texts without it are one mistake, most likely in defaultLocale itself ("en" for Finnish
  // texts, or "fi" for texts keyed "fi-FI"): said once, where it can be fixed, not once per text.
  const lacking = issues.filter((issue) => issue.message.startsWith(missingDefault));
  if (lacking.length > 3) {
    // In the place of the first of them; the others go.
    const at = issues.indexOf(lacking[0] as SchemaIssue);
    const summary = {
      path: "defaultLocale",
      message: `${lacking.length} texts have no "${defaultLocale}" text (they have ${[...writtenIn].join(", ")}): set defaultLocale to one of those, or add the texts; the first is at ${lacking[0]?.path}`,
    };
    issues = [...issues.slice(0, at), summary, ...issues.slice(at).filter((issue) => !lacking.includes(issue))];
  }
  crossReferenceIssues(record, issues);
  reservedKeyIssues(record, issues);
  return dedupe(issues);
}

/**
 * Every key named like one of Object's own (`constructor`, `prototype`, `__proto__`), wherever it
 * is: valibot passes over them, so a cell under option id "constructor" would go unchecked. Walked
 * with a stack of its own, so deeply nested input cannot overflow the call stack.
 */
function reservedKeyIssues(root: Loose, issues: SchemaIssue[]): void {
  // Each entry links to its parent's, so the path is spelled out only for a key that is reported.
  type Place = { value: unknown; key: string | number; parent: Place | undefined };
  const pathOf = (place: Place | undefined): (string | number)[] => {
    const segments: (string | number)[] = [];
    for (let at = place; at?.parent; at = at.parent) segments.unshift(at.key);
    return segments;
  };
  const seen = new Set<object>();
  const stack: Place[] = [{ value: root, key: "", parent: undefined }];
  for (let place = stack.pop(); place; place = stack.pop()) {
    const { value } = place;
    if (value === null || typeof value !== "object" || seen.has(value)) continue;
    seen.add(value);
    for (const key of Object.keys(value)) {
      const child: Place = {
        value: (value as Loose)[key],
        key: Array.isArray(value) ? Number(key) : key,
        parent: place,
      };
      if (RESERVED_KEYS.has(key)) issues.push({ path: formatPath(pathOf(child)), message: reservedMessage(key) });
      else stack.push(child);
    }
  }
}

function dedupe(issues: SchemaIssue[]): SchemaIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A message with what the data held, when that is a single value the message does not already
 * quote: `, got "24"` after "expected a value (a number)" tells an editor what to change. Lists and
 * objects are left out: their paths say enough.
 */
function withGiven(message: string, value: unknown): string {
  if (typeof value === "string") {
    if (message.includes(quote(value))) return message;
    // "1.1" where a number goes: the quotes are the mistake. A number written as people write
    // them ("1200,5" or "1 200,5" in Finnish, "1,200" in English) has its marks wrong too.
    const fix = !message.includes("(a number)")
      ? ""
      : value.trim() !== "" && Number.isFinite(Number(value))
        ? ": write the number without quotes"
        : /^\s*-?(\d+|\d{1,3}([\s,.]\d{3})+)([.,]\d+)?\s*$/.test(value)
          ? ": write the number without quotes, with a decimal point only (1200.5)"
          : "";
    return `${message}, got ${quote(value)}${fix}`;
  }
  // Said once: valibot's own type messages end with the value ("…but received 5").
  return (typeof value === "number" || typeof value === "boolean" || value === null) && !message.endsWith(` ${value}`)
    ? `${message}, got ${value}`
    : message;
}

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose =>
  value !== null && typeof value === "object" && !Array.isArray(value);
const idOf = (value: unknown): string | undefined =>
  isObject(value) && typeof value.id === "string" ? value.id : undefined;

/** A list's ids: whether a reference to one is an error, and how such a reference is named in it. */
interface IdSet {
  ids: Iterable<string>;
  unknown: (ref: string) => boolean;
  /** The reference, quoted, with a hint when a listed id looks the same (see lookalike). */
  named: (ref: string) => string;
}

function idSet(ids: Iterable<string>, unknown: (ref: string) => boolean): IdSet {
  return { ids, unknown, named: (ref) => `${quote(ref)}${lookalike(ref, ids)}` };
}

/**
 * What to add to "unknown … id" when a listed id differs from `ref` only in letter case, or only in
 * how its letters are encoded (Å as one character or as A and a ring: text pasted from elsewhere).
 */
export function lookalike(ref: string, listed: Iterable<string>): string {
  for (const id of listed) {
    if (id.normalize("NFC") === ref.normalize("NFC")) {
      return ` (it looks like ${quote(id)}, but its letters are encoded differently: save both in the same Unicode form, NFC)`;
    }
    if (id.toLowerCase() === ref.toLowerCase()) return ` (did you mean ${quote(id)}? Ids are case-sensitive)`;
  }
  return "";
}

/**
 * Checks the shape alone cannot: unique ids, complete rows, and references that resolve.
 * References are checked only against a list whose every entry has its own id: when an entry's
 * id is missing or repeated, "unknown id" on each of its references would bury the one real error.
 */
function crossReferenceIssues(root: Loose, issues: SchemaIssue[]): void {
  const add = (segments: (string | number)[], message: string) => issues.push({ path: formatPath(segments), message });
  /**
   * The list's ids, and whether a reference to an id is an error: only when the list is whole
   * (a list, every entry with an id of its own) and has no such id. An optional list left out is
   * whole and empty; a required one left out is reported as missing, and nothing is said to
   * refer to an id it lacks.
   */
  const ids = (field: string, required?: boolean): IdSet => {
    const seen = new Set<string>();
    const value = root[field];
    let complete = Array.isArray(value) || (value === undefined && !required);
    listOf(value).forEach((item, index) => {
      const id = idOf(item);
      // An id the pattern rejects is reported by the shape check; nothing can refer to it.
      if (id === undefined || !ID_PATTERN.test(id) || RESERVED_KEYS.has(id)) {
        complete = false;
        return;
      }
      if (seen.has(id)) {
        add([field, index, "id"], `duplicate id ${quote(id)} in ${field}`);
        complete = false;
      }
      seen.add(id);
    });
    // A reserved key is reported where it stands (reservedKeyIssues), not also as an unknown id.
    return idSet(seen, (ref) => complete && !seen.has(ref) && !RESERVED_KEYS.has(ref));
  };
  const optionIds = ids("options", true);
  const parameterIds = ids("parameters", true);
  const groupIds = ids("groups");
  const declaredTypes = ids("types");
  // The four built-in types need no entry in `types`: badges and cells know them without data.
  const typeIds = idSet(
    [...declaredTypes.ids, ...Object.keys(builtInTypes)],
    (ref) => declaredTypes.unknown(ref) && !isBuiltInType(ref),
  );
  const sourceIds = ids("sources");
  ids("questions");

  const checkRefs = (segments: (string | number)[], value: unknown, known: IdSet, what: string) => {
    const seen = new Set<unknown>();
    listOf(value).forEach((ref, index) => {
      if (typeof ref === "string" && known.unknown(ref)) {
        add([...segments, index], `unknown ${what} id ${known.named(ref)}`);
      }
      // Shown once each (badges, source links, React keys): a repeat is a slip in the data.
      else if (seen.has(ref)) add([...segments, index], `${what} id ${quote(String(ref))} is listed twice`);
      seen.add(ref);
    });
  };

  listOf(root.options).forEach((option, index) => {
    if (isObject(option)) checkRefs(["options", index, "types"], option.types, typeIds, "type");
  });

  listOf(root.parameters).forEach((parameter, index) => {
    if (!isObject(parameter)) return;
    if (typeof parameter.group === "string" && groupIds.unknown(parameter.group)) {
      add(["parameters", index, "group"], `unknown group id ${groupIds.named(parameter.group)}`);
    }
    const values = parameter.values;
    if (!isObject(values)) return;
    for (const optionId of optionIds.ids) {
      if (!Object.hasOwn(values, optionId)) {
        add(
          ["parameters", index, "values", optionId],
          `missing the value for option ${quote(optionId)} (use { "kind": "unknown" } when it is not known)`,
        );
      }
    }
    for (const [key, cell] of Object.entries(values)) {
      const at = ["parameters", index, "values", key];
      if (optionIds.unknown(key)) add(at, `value for unknown option id ${optionIds.named(key)}`);
      if (!isObject(cell)) continue;
      checkRefs([...at, "sources"], cell.sources, sourceIds, "source");
      if (cell.kind === "types") checkRefs([...at, "types"], cell.types, typeIds, "type");
      if (cell.kind === "rating" && typeof cell.value === "number" && typeof cell.max === "number") {
        if (cell.value < 0 || cell.value > cell.max)
          add([...at, "value"], `a rating must be between 0 and max (${cell.max}), got ${cell.value}`);
      }
    }
  });

  listOf(root.questions).forEach((question, questionIndex) => {
    if (!isObject(question)) return;
    const answerIds = new Set<string>();
    listOf(question.answers).forEach((answer, answerIndex) => {
      if (!isObject(answer)) return;
      const at = ["questions", questionIndex, "answers", answerIndex];
      const id = idOf(answer);
      if (id !== undefined) {
        if (answerIds.has(id)) add([...at, "id"], `duplicate id ${quote(id)} in answers`);
        answerIds.add(id);
      }
      if (isObject(answer.effects)) {
        for (const key of Object.keys(answer.effects)) {
          if (optionIds.unknown(key)) {
            add([...at, "effects", key], `effect on unknown option id ${optionIds.named(key)}`);
          }
        }
      }
      checkRefs([...at, "parameters"], answer.parameters, parameterIds, "parameter");
    });
  });
}
