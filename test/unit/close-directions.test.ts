import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closeDirections } from "../../src/schema/text.js";
import { seed } from "../fixtures/mutations.js";

const LRE = "\u202a";
const RLE = "\u202b";
const PDF = "\u202c";
const LRO = "\u202d";
const RLO = "\u202e";
const LRI = "\u2066";
const RLI = "\u2067";
const FSI = "\u2068";
const PDI = "\u2069";

/**
 * What Unicode's bidirectional algorithm (UAX #9, rules X2 to X6a) leaves open at the end of
 * `text`: "e" for an embedding or override, "i" for an isolate, innermost last. A PDF closes an
 * embedding opened inside the innermost open isolate, and nothing else; a PDI closes its isolate
 * and whatever was opened inside it, and with no isolate open it closes nothing.
 */
function leftOpen(text: string): string {
  let open = "";
  for (const character of text) {
    if ([LRE, RLE, LRO, RLO].includes(character)) open += "e";
    else if ([LRI, RLI, FSI].includes(character)) open += "i";
    else if (character === PDF && open.endsWith("e")) open = open.slice(0, -1);
    else if (character === PDI && open.includes("i")) open = open.slice(0, open.lastIndexOf("i"));
  }
  return open;
}

describe("closeDirections closes what a text of the data leaves open", () => {
  it("leaves a text without direction controls as it is", () => {
    expect(closeDirections("BPO")).toBe("BPO");
    expect(closeDirections("")).toBe("");
    expect(closeDirections("مركز الاتصال")).toBe("مركز الاتصال");
  });

  it("closes an open right-to-left override, and an isolate and the override inside it", () => {
    expect(leftOpen(`BPO${RLO}`)).toBe("e");
    expect(leftOpen(closeDirections(`BPO${RLO}`))).toBe("");
    expect(leftOpen(closeDirections(`${RLI}a${RLO}b`))).toBe("");
    expect(leftOpen(closeDirections(`${RLO}${RLO}${RLO}x`))).toBe("");
  });

  it("only adds closers after the text, which change nothing in a text that closes what it opens", () => {
    const closed = `${RLI}שלום${PDI} ${RLE}x${PDF}`;
    expect(closeDirections(closed).startsWith(closed)).toBe(true);
    expect(leftOpen(closeDirections(closed))).toBe("");
  });

  it("leaves nothing open, whatever controls a text has and in whatever order", () => {
    const character = fc.constantFrom("a", "ש", " ", LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI);
    fc.assert(
      fc.property(fc.array(character, { maxLength: 30 }), (characters) => {
        const text = characters.join("");
        const closed = closeDirections(text);
        expect(closed.startsWith(text)).toBe(true);
        expect(leftOpen(closed)).toBe("");
      }),
      { numRuns: 2000, seed },
    );
  });
});
