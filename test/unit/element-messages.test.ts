// What <vertailu-comparison> makes of a host's messages (its messages-src file, its messages
// property): the strings it reads, the problems it shows, and the keys that change nothing.
import { describe, expect, it } from "vitest";
import { checkMessages } from "../../src/element/messages.js";

const file = '"/i18n/sv.json"';

describe("the element's messages", () => {
  it("reads strings for every language and sets per language, and keeps its own loading line", () => {
    expect(
      checkMessages(
        { differencesOnly: "Only what differs", sv: { yes: "Ja", elementLoading: "Jämförelsen laddas…" }, no: "Nope" },
        "messages-src",
        file,
      ),
    ).toEqual({
      messages: {
        differencesOnly: "Only what differs",
        sv: { yes: "Ja", elementLoading: "Jämförelsen laddas…" },
        no: "Nope",
      },
      issues: [],
      unused: [],
    });
  });

  it("reads a counted string's other plural forms, as Polish needs, and names a form no string has", () => {
    const checked = checkMessages(
      { pl: { rowsHidden_few: "{count} identyczne wiersze ukryte", rowsHidden_many: "{count} wierszy" }, yes_few: "x" },
      "messages",
    );
    expect(checked.messages).toEqual({
      pl: { rowsHidden_few: "{count} identyczne wiersze ukryte", rowsHidden_many: "{count} wierszy" },
    });
    expect(checked.unused).toEqual(["yes_few: unknown message key, not used"]);
  });

  it('reads an object under "no" as the Norwegian set, and a string under it as the word "No"', () => {
    expect(checkMessages({ no: { yes: "Ja" } }, "messages").messages).toEqual({ no: { yes: "Ja" } });
    expect(checkMessages({ no: "Nei" }, "messages").messages).toEqual({ no: "Nei" });
  });

  it.each([
    [
      "a list",
      ["Ja"],
      '"/i18n/sv.json": expected an object of messages, such as { "sv": { "differencesOnly": "Visa bara skillnader" } }, got a list',
    ],
    [
      "a string",
      "Ja",
      '"/i18n/sv.json": expected an object of messages, such as { "sv": { "differencesOnly": "Visa bara skillnader" } }, got "Ja"',
    ],
    [
      "null",
      null,
      '"/i18n/sv.json": expected an object of messages, such as { "sv": { "differencesOnly": "Visa bara skillnader" } }, got null',
    ],
    [
      "a number in a set",
      { sv: { differencesOnly: 42 } },
      'sv.differencesOnly in "/i18n/sv.json": expected a string, got 42',
    ],
    ["null in a set", { sv: { yes: null } }, 'sv.yes in "/i18n/sv.json": expected a string, got null'],
    [
      "an object in a set",
      { sv: { yes: { text: "Ja" } } },
      'sv.yes in "/i18n/sv.json": expected a string, got an object',
    ],
    ["true for every language", { yes: true }, 'yes in "/i18n/sv.json": expected a string, got true'],
    [
      "an object under a key",
      { recommended: { sv: "Rekommenderas" } },
      'recommended in "/i18n/sv.json": expected a string, got an object',
    ],
    [
      "a list for a language",
      { sv: ["Ja"] },
      'sv in "/i18n/sv.json": expected an object of messages for the language "sv", got a list',
    ],
  ])("names the path of %s, where a string goes", (_, value, message) => {
    const checked = checkMessages(value, "messages-src", file);
    expect(checked.issues).toEqual([{ path: "messages-src", message }]);
  });

  it("names the path alone for the messages property, which has no file", () => {
    expect(checkMessages({ sv: { differencesOnly: 42 } }, "messages").issues).toEqual([
      { path: "messages", message: "sv.differencesOnly: expected a string, got 42" },
    ]);
    expect(checkMessages([], "messages").issues[0]?.message).toMatch(/^expected an object of messages/);
  });

  it("names a Map, which holds its strings where an object's keys are not, rather than read it as no strings", () => {
    const map = new Map([["differencesOnly", "Visa bara skillnader"]]);
    expect(checkMessages(map, "messages").issues).toEqual([
      {
        path: "messages",
        message:
          'expected an object of messages, such as { "sv": { "differencesOnly": "Visa bara skillnader" } }, got a Map',
      },
    ]);
    expect(checkMessages({ sv: map }, "messages").issues).toEqual([
      { path: "messages", message: 'sv: expected an object of messages for the language "sv", got a Map' },
    ]);
    expect(checkMessages({ yes: new Date(0) }, "messages").issues).toEqual([
      { path: "messages", message: "yes: expected a string, got a Date" },
    ]);
  });

  it("says an object that throws when read could not be read, uses none of it, and does not throw", () => {
    const value = {
      yes: "Ja",
      get sv() {
        throw new Error("not loaded yet");
      },
    };
    expect(checkMessages(value, "messages")).toEqual({
      messages: {},
      issues: [{ path: "messages", message: "could not be read: not loaded yet" }],
      unused: [],
    });
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw "no keys";
        },
      },
    );
    expect(checkMessages({ sv: proxy }, "messages", file).issues).toEqual([
      { path: "messages", message: '"/i18n/sv.json": could not be read: no keys' },
    ]);
  });

  it("leaves out keys it does not know, and sets under a locale rather than a language, naming each", () => {
    const checked = checkMessages(
      {
        sv: { diferencesOnly: "Visa bara skillnader", yes: "Ja" },
        "sv-FI": { yes: "Ja" },
        SV: {},
        swedish: {},
        footer: "x",
      },
      "messages-src",
      file,
    );
    expect(checked.messages).toEqual({ sv: { yes: "Ja" } });
    expect(checked.issues).toEqual([]);
    expect(checked.unused).toEqual([
      'sv.diferencesOnly in "/i18n/sv.json": unknown message key, not used (did you mean "differencesOnly"?)',
      'sv-FI in "/i18n/sv.json": not used: a set per language goes under the language alone, in lower case ("sv")',
      'SV in "/i18n/sv.json": not used: a set per language goes under the language alone, in lower case ("sv")',
      'swedish in "/i18n/sv.json": not used: a set per language goes under the language alone, in lower case',
      'footer in "/i18n/sv.json": unknown message key, not used',
    ]);
  });

  it("passes over keys a host's JavaScript left undefined, and never takes a key every object has", () => {
    const checked = checkMessages(JSON.parse('{ "__proto__": { "yes": "Ja" }, "sv": { "yes": "Ja" } }'), "messages");
    expect(checked.issues).toEqual([]);
    expect(checked.messages).toEqual({ sv: { yes: "Ja" } });
    expect(Object.getPrototypeOf(checked.messages)).toBe(Object.prototype);
    expect(checkMessages({ sv: { yes: undefined }, no: undefined }, "messages")).toEqual({
      messages: { sv: {} },
      issues: [],
      unused: [],
    });
    expect(checked.unused).toEqual([
      "__proto__: not used: a set per language goes under the language alone, in lower case",
    ]);
  });

  it("names the first 20 keys it does not know and counts the rest, for an app's whole translation file", () => {
    // An intranet app's own file of thousands of strings, pointed at as it is.
    const sets: Record<string, Record<string, string>> = {};
    for (const language of ["sv", "fi", "en", "de", "fr", "da", "no", "et", "pl", "nl"])
      sets[language] = {
        ...Object.fromEntries(Array.from({ length: 2000 }, (_, index) => [`rowsHiden${index}`, "x"])),
        yes: "Ja",
      };
    // Each key's "did you mean" is measured against every known key: only the 20 named get one.
    const checked = checkMessages(sets, "messages-src", file);
    expect(checked.messages.sv).toEqual({ yes: "Ja" });
    expect(checked.unused).toHaveLength(21);
    expect(checked.unused[0]).toBe('sv.rowsHiden0 in "/i18n/sv.json": unknown message key, not used');
    expect(checked.unused.at(-1)).toBe("…and 19980 more not used");
  });

  it("keeps the built-in words for an empty string, as a translation tool leaves a key not yet translated", () => {
    const checked = checkMessages(
      { differencesOnly: "", sv: { yes: "Ja", no: " ", errorTitle: "" } },
      "messages-src",
      file,
    );
    // An empty label would leave the switch without a name, an empty title the error box without one.
    expect(checked.messages).toEqual({ sv: { yes: "Ja" } });
    expect(checked.issues).toEqual([]);
    expect(checked.unused).toEqual([
      'differencesOnly in "/i18n/sv.json": an empty string, not used: the built-in words stay',
      'sv.no in "/i18n/sv.json": an empty string, not used: the built-in words stay',
      'sv.errorTitle in "/i18n/sv.json": an empty string, not used: the built-in words stay',
    ]);
  });

  it("says every problem, not only the first", () => {
    const checked = checkMessages({ sv: { yes: 1, no: 2 }, fi: { yes: 3 } }, "messages");
    expect(checked.issues.map((issue) => issue.message)).toEqual([
      "sv.yes: expected a string, got 1",
      "sv.no: expected a string, got 2",
      "fi.yes: expected a string, got 3",
    ]);
  });
});
