import { en, enElement } from "../messages/en.js";
import type { MessageOverrides, Messages } from "../messages/index.js";
import { formatPath, nearName, quote } from "../schema/path.js";
import { languageOf } from "../schema/text.js";
import type { SchemaIssue } from "../schema/types.js";

/** The strings `<vertailu-comparison>` shows: every component's, and its own loading line. */
export type ElementMessages = Messages & { [K in keyof typeof enElement]: string };

/**
 * What the element's `messages` property and `messages-src` file take: one set of strings for every
 * language, or a set per language (`{ "sv": { "differencesOnly": "Visa bara skillnader" } }`), as the
 * components' `messages` prop takes them.
 */
export type ComparisonElementMessages = MessageOverrides<ElementMessages>;

/** A host's messages as the element uses them: the strings it reads, the problems and the keys it does not. */
export interface CheckedMessages {
  /** Only what is read: known keys with strings, and sets under a language. */
  messages: Record<string, string | Record<string, string>>;
  /** Anything but a string where a string goes: the element shows these in its error box. */
  issues: SchemaIssue[];
  /** Keys that change nothing (a typo, a key of another version, a set under "sv-FI"): said on the console. */
  unused: string[];
}

const builtIn = [...Object.keys(en), ...Object.keys(enElement)];
// A counted string's other plural forms (`rowsHidden_few` beside `rowsHidden_one`), for languages that have them.
const keys: readonly string[] = builtIn.flatMap((key) =>
  key.endsWith("_one") ? [key, ...["zero", "two", "few", "many"].map((form) => key.replace(/one$/, form))] : [key],
);
const known = new Set(keys);
/**
 * How many keys that change nothing are named, each with the key it most likely meant; the rest
 * are counted. An app's whole translation file, pointed at as it is, has thousands: naming each
 * would measure each against every known key (seconds, with the page frozen) for a console line
 * no one reads.
 */
const UNUSED_NAMED = 20;
/** A set per language is read under the locale's language in lower case: "sv" for "sv-FI". */
const language = /^[a-z]{2,3}$/;

/** What kind of object a value is, as JavaScript tags it: "Object" for a plain one (from any window), "Map", "Array". */
const kind = (value: unknown) => Object.prototype.toString.call(value).slice(8, -1);

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value && typeof value === "object") return kind(value) === "Object" ? "an object" : `a ${kind(value)}`;
  return typeof value === "string" ? quote(value) : String(value);
}

/**
 * An empty string (or only spaces) is what a translation tool writes for a key not yet translated:
 * taken, it would leave the switch without a label and the error box without a title.
 */
const blank = (text: string) => text.trim() === "";
const EMPTY = "an empty string, not used: the built-in words stay";

function unknownKey(key: string): string {
  const near = nearName(key, keys);
  return `unknown message key, not used${near ? ` (did you mean ${quote(near)}?)` : ""}`;
}

/**
 * Checks a host's messages, as the element takes them from `attribute` ("messages-src", whose file
 * is `file`, or the "messages" property). Never throws: whatever the value, it says what is wrong
 * with it and where, as `sv.differencesOnly in "/i18n/sv.json": expected a string, got 42`.
 */
export function checkMessages(value: unknown, attribute: string, file?: string): CheckedMessages {
  const checked: CheckedMessages = { messages: {}, issues: [], unused: [] };
  const at = (path: string[]) =>
    path.length === 0 ? (file ?? "") : file ? `${formatPath(path)} in ${file}` : formatPath(path);
  const issue = (path: string[], message: string) => {
    const where = at(path);
    checked.issues.push({ path: attribute, message: where ? `${where}: ${message}` : message });
  };
  let unnamed = 0;
  const unused = (path: string[], why: () => string) => {
    if (checked.unused.length < UNUSED_NAMED) checked.unused.push(`${at(path)}: ${why()}`);
    else unnamed++;
  };
  // A plain object only: a Map's entries are no own keys, and would be read as no strings at all.
  const isSet = (entry: unknown): entry is object => kind(entry) === "Object";
  if (!isSet(value)) {
    issue(
      [],
      `expected an object of messages, such as { "sv": { "differencesOnly": "Visa bara skillnader" } }, got ${describe(value)}`,
    );
    return checked;
  }
  // A host's object may be a proxy or have a getter that throws: reading it must not throw into the
  // host's assignment, and half of it is not used.
  try {
    for (const [key, entry] of Object.entries(value)) {
      // A property set from a host's JavaScript may leave a key undefined, as the components' prop may.
      if (entry === undefined) continue;
      if (typeof entry === "string") {
        if (!known.has(key)) unused([key], () => unknownKey(key));
        else if (blank(entry)) unused([key], () => EMPTY);
        else checked.messages[key] = entry;
      } else if (isSet(entry) && language.test(key)) {
        const set: Record<string, string> = {};
        for (const [name, text] of Object.entries(entry)) {
          if (text === undefined) continue;
          if (typeof text !== "string") issue([key, name], `expected a string, got ${describe(text)}`);
          else if (!known.has(name)) unused([key, name], () => unknownKey(name));
          else if (blank(text)) unused([key, name], () => EMPTY);
          else set[name] = text;
        }
        checked.messages[key] = set;
      } else if (isSet(entry) && !known.has(key)) {
        // "sv-FI" or "SV": the components look for "sv", and would never read it.
        const tag = languageOf(key) ?? "";
        unused(
          [key],
          () =>
            `not used: a set per language goes under the language alone, in lower case${language.test(tag) ? ` (${quote(tag)})` : ""}`,
        );
      } else {
        issue(
          [key],
          known.has(key) || !language.test(key)
            ? `expected a string, got ${describe(entry)}`
            : `expected an object of messages for the language ${quote(key)}, got ${describe(entry)}`,
        );
      }
    }
  } catch (error) {
    checked.messages = {};
    checked.unused = [];
    issue([], `could not be read: ${error instanceof Error ? error.message : String(error)}`);
    return checked;
  }
  if (unnamed > 0) checked.unused.push(`…and ${unnamed} more not used`);
  return checked;
}
