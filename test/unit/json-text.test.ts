// What an editor reads when a comparison file is not JSON: the CLI and the custom element say it
// with jsonProblem, whatever engine parsed the text.
import { describe, expect, it } from "vitest";
import { jsonProblem } from "../../src/schema/json-text.js";

/** The problem JSON.parse finds in `text`, as jsonProblem says it. */
function problem(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return jsonProblem(error, text);
  }
  throw new Error(`${text} is JSON`);
}

describe("jsonProblem", () => {
  it.each([
    ["a comma after an object's last entry", '{\n  "a": 1,\n}', 'a comma before "}" at line 2, column 9: remove it'],
    ["a comma after a list's last item", '{"a": [1, 2,\n  ]}', 'a comma before "]" at line 1, column 12: remove it'],
    [
      "a typographic quote",
      "{\u201ca\u201d: 1}",
      "a typographic quote \u201c at line 1, column 2: write straight quotes",
    ],
    ["an empty file", "  \n", "the file is empty"],
    ["a web page", "<!DOCTYPE html><p>Sign in</p>", "it is a web page (HTML); check the address"],
    ["a file cut short", '{\n  "id": "x",\n  "title": ', "it ends too soon, at line 3, column 12: a closing bracket"],
    // What Python writes for a float that is no number, and what JavaScript has besides: no parser
    // but Firefox's says where they are.
    ["NaN", '{\n  "value": NaN\n}', "the word NaN at line 2, column 12: JSON has no NaN, Infinity or undefined"],
    ["-Infinity", '{"value": -Infinity}', "the word Infinity at line 1, column 12: JSON has no NaN"],
    ["undefined", '{"note": undefined}', "the word undefined at line 1, column 10: JSON has no NaN"],
    // Python's own words, as str() of a dict writes them.
    ["True", '{"recommended": True}', "the word True at line 1, column 17: JSON writes it true"],
    ["None", '{"note": None}', "the word None at line 1, column 10: JSON writes it null"],
    [
      "a name without quotes",
      '{\n  id: "x"\n}',
      'the word id at line 2, column 3: put names and texts in double quotes (")',
    ],
    [
      "a text without quotes",
      '{"kind": text}',
      'the word text at line 1, column 10: put names and texts in double quotes (")',
    ],
    // A literal cut short or with two letters swapped: V8 names only the character after it.
    ["a cut-off true", '{"recommended": tru}', "the word tru at line 1, column 17: did you mean true?"],
    ["a cut-off false before a space", '{"a": fals }', "the word fals at line 1, column 7: did you mean false?"],
    ["a cut-off null before a comma", '{"a": nul, "b": 1}', "the word nul at line 1, column 7: did you mean null?"],
    ["a misspelt true", '{"a": ture}', "the word ture at line 1, column 7: did you mean true?"],
    ["a misspelt false", '{"a": flase}', "the word flase at line 1, column 7: did you mean false?"],
    [
      "an extra closing brace",
      '{\n  "a": true\n}}',
      'more text after the end of the JSON at line 3, column 2: a comparison file is one object; remove what follows its closing "}"',
    ],
    ["a second object", '{"a": 1}\n{"b": 2}', "more text after the end of the JSON at line 2, column 1"],
    ["text pasted after the object", '{"a": 1} garbage', "more text after the end of the JSON at line 1, column 10"],
    ["a name in single quotes", "{'id': \"x\"}", "a single quote ' at line 1, column 2: write double quotes (\")"],
    ["a text in single quotes", "{\"id\": 'x'}", "a single quote ' at line 1, column 8: write double quotes (\")"],
    ["a comment", '{\n  "id": "x" // the id\n}', "a comment at line 2, column 13: remove it (JSON allows no comments)"],
    ["a block comment", '/* data */ {"id": "x"}', "a comment at line 1, column 1: remove it"],
  ])("names %s and where it is", (_name, text, expected) => {
    expect(problem(text)).toMatch(new RegExp(`^${expected.replace(/[()[\]{}]/g, "\\$&")}`));
  });

  it("gives any other parser message with a line and a column instead of a position", () => {
    const message = problem('{\n  "schemaVersion": 1,\n  "id" "x"\n}');
    expect(message).toMatch(/ at line 3, column 8$/);
    expect(message).not.toMatch(/position/);
  });

  it("turns a position into a line and a column in either engine's wording", () => {
    const text = '{\n  "a" 1\n}';
    expect(jsonProblem(new SyntaxError("Expected ':' after property name in JSON at position 8"), text)).toBe(
      "Expected ':' after property name in JSON at line 2, column 7",
    );
    expect(
      jsonProblem(new SyntaxError("Expected ':' after property name in JSON at position 8 (line 2 column 7)"), text),
    ).toBe("Expected ':' after property name in JSON at line 2, column 7");
    // An engine that names no position keeps its own words.
    expect(jsonProblem(new SyntaxError("JSON Parse error: Expected ':'"), text)).toBe("JSON Parse error: Expected ':'");
  });

  it("names the parser's error when it comes before a trailing comma, and ignores one inside a text", () => {
    expect(problem('{"a" 1,}')).toMatch(/^Expected ':' after property name in JSON at line 1, column 6$/);
    expect(problem('{"a": "b,]", "c" 1}')).not.toMatch(/comma/);
  });

  it("reads numbers, true, false and null as JSON, and words inside texts as text", () => {
    // An exponent's "e" is no word; a word in a text is no slip; the parser's error after them is named.
    expect(problem('{"a": [1e5, 2.5E-3, true, false, null], "b": "NaN and None", "c" 1}')).toMatch(
      /^(?!the word).* in JSON at line 1, column 66$/,
    );
  });

  it("does not take a word for a cut-off literal when it is no part of one", () => {
    expect(problem('{"kind": text}')).not.toMatch(/did you mean/);
    expect(problem('{"a": t}')).not.toMatch(/did you mean/);
    expect(problem('{"a": nulls}')).not.toMatch(/did you mean/);
  });

  it("names a word only where the parser stopped at it, not a later one past the real mistake", () => {
    // ".5" stops V8, which says only "Unexpected token '.'": the word x after it is not the mistake.
    expect(problem('{"a": .5, "b": x}')).not.toMatch(/the word x/);
  });
});
