import { nearName } from "./path.js";

/**
 * What is wrong with a text that JSON.parse refused, said so that an editor who writes comparison
 * files by hand can find and fix it, whatever browser or Node version parsed it: a web page where
 * JSON was expected, an empty file, a comma after the last entry (JavaScript allows it, JSON does
 * not), typographic or single quotes, a comment, a word JSON lacks (NaN from Python or JavaScript,
 * None, a name without its quotes), a file cut short; else the parser's own words, with its "at
 * position 812" given as a line and a column. Each with its line and column, also where the
 * parser names none (V8 says only "Unexpected token 'N'" for a NaN).
 */
export function jsonProblem(error: unknown, text: string): string {
  if (text.trim() === "") return "the file is empty";
  if (/^\s*</.test(text)) {
    return "it is a web page (HTML); check the address, and whether the server asks to sign in first";
  }
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message)?.[1];
  // The object ended and more follows: an extra closing bracket, a second object, a pasted line.
  // Whatever follows is not the mistake's kind (a "word without quotes"), only its place.
  if (position !== undefined && /after JSON/.test(message)) {
    return `more text after the end of the JSON ${lineAndColumn(text, Number(position))}: a comparison file is one object; remove what follows its closing "}", or check that no "}" closes it too soon`;
  }
  // A slip is named when it comes no later than where the parser stopped, when it says where; when
  // it says only which character stopped it ("Unexpected token 'N'", as V8 does for NaN), when that
  // character is part of it or comes right after it (V8 stops at the "}" after a cut-off "tru"): a
  // slip past the parser's mistake is not the mistake.
  const slip = firstSlip(text);
  const token = /^Unexpected token '(.)'/.exec(message)?.[1];
  if (
    slip &&
    (position === undefined ? !token || text.slice(slip.at, slip.end + 1).includes(token) : slip.at <= Number(position))
  ) {
    return `${slip.what} ${lineAndColumn(text, slip.at)}: ${slip.fix}`;
  }
  if (/end of (JSON )?(input|data)|EOF/i.test(message)) {
    return `it ends too soon, ${lineAndColumn(text, text.length)}: a closing bracket or quote is missing`;
  }
  // Chromium adds "(line 2 column 1)" to the position itself; Node 20 does not.
  return message.replace(/at position (\d+)(?: \(line \d+ column \d+\))?/, (_, at: string) =>
    lineAndColumn(text, Number(at)),
  );
}

function lineAndColumn(text: string, offset: number): string {
  const lines = text.slice(0, offset).split("\n");
  return `at line ${lines.length}, column ${(lines.at(-1)?.length ?? 0) + 1}`;
}

/** The words JSON has. */
const LITERALS = ["true", "false", "null"];

/**
 * The first of the common slips outside a string: a comma with only white space before a closing
 * bracket, a typographic or single quote where JSON needs a straight double one, a comment, or a
 * word JSON does not have (Python's True and None, JavaScript's NaN and undefined, a name or a text
 * without its quotes).
 */
function firstSlip(text: string): { what: string; at: number; end: number; fix: string } | undefined {
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (inString) {
      if (character === "\\") index++;
      else if (character === '"') inString = false;
    } else if (character === '"') {
      inString = true;
    } else if (/[A-Za-z_$]/.test(character ?? "") && !/[\w.$]/.test(text[index - 1] ?? "")) {
      const word = /^[\w$]+/.exec(text.slice(index))?.[0] ?? "";
      const json = /^(true|false|null)$/i.test(word) ? word.toLowerCase() : word === "None" ? "null" : undefined;
      // A literal cut short ("tru", "nul") or, at its own length, misspelt ("ture", "flase"), as a
      // hand types it; a longer word ("nulls") is a name without quotes.
      const meant = json
        ? undefined
        : (LITERALS.find((literal) => word.length > 1 && literal.startsWith(word.toLowerCase())) ??
          nearName(
            word,
            LITERALS.filter((literal) => literal.length === word.length),
          ));
      if (json !== word)
        return {
          what: `the word ${word}`,
          at: index,
          end: index + word.length,
          fix: json
            ? `JSON writes it ${json}`
            : meant
              ? `did you mean ${meant}? JSON writes true, false and null in full, in small letters`
              : /^(NaN|Infinity|undefined)$/.test(word)
                ? "JSON has no NaN, Infinity or undefined: write a number, or leave the field out"
                : 'put names and texts in double quotes (")',
        };
      index += word.length - 1;
    } else if (character === "/" && /[/*]/.test(text[index + 1] ?? "")) {
      return { what: "a comment", at: index, end: index + 2, fix: "remove it (JSON allows no comments)" };
    } else if (character === "'") {
      return {
        what: "a single quote '",
        at: index,
        end: index + 1,
        fix: 'write double quotes (") around names and texts',
      };
    } else if (character === ",") {
      const close = /^\s*([}\]])/.exec(text.slice(index + 1));
      if (close)
        return {
          what: `a comma before "${close[1]}"`,
          at: index,
          end: index + 1 + close[0].length,
          fix: "remove it (JSON allows no comma after the last entry)",
        };
    } else if (character && "\u201c\u201d\u2018\u2019".includes(character)) {
      return {
        what: `a typographic quote ${character}`,
        at: index,
        end: index + 1,
        fix: 'write straight quotes (") around names and texts',
      };
    }
  }
  return undefined;
}

/** What is said of a file whose bytes are not UTF-8 text. */
export const NOT_UTF8 = "not UTF-8 text (save the file as UTF-8)";

/**
 * A file's bytes as text, read strictly as UTF-8 (a byte-order mark, which editors on Windows often
 * write and JSON.parse rejects, dropped); undefined when they are not UTF-8. A file in another
 * encoding (Windows-1252, UTF-16) would otherwise show its letters replaced, and could still pass.
 */
export function utf8Text(bytes: AllowSharedBufferSource): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
