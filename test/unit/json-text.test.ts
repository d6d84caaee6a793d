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
    expect(problem("{'a': 1,}")).toMatch(/^Expected property name or '}' in JSON at line 1, column 2$/);
    expect(problem('{"a": "b,]", "c" 1}')).not.toMatch(/comma/);
  });
});
