// @vitest-environment node
// embed.js is built plain ASCII (a page with no charset reads a script as windows-1252), and every
// text in it means what it meant before: the build stops rather than change one.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, type Rolldown } from "vite";
import { describe, expect, it } from "vitest";
import { asciiOnly } from "../../scripts/ascii-only.mjs";

const folder = mkdtempSync(join(tmpdir(), "vertailu-ascii-"));

/** The one script Vite builds from `source`, minified, with the embed build's plugin. */
async function built(source: string): Promise<string> {
  const entry = join(folder, `entry-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(entry, source);
  const output = (await build({
    configFile: false,
    logLevel: "silent",
    plugins: [asciiOnly()],
    build: { write: false, minify: true, lib: { entry, formats: ["iife"], name: "built" } },
  })) as Rolldown.RolldownOutput[];
  const chunk = output[0]?.output.find((file) => file.type === "chunk");
  if (!chunk) throw new Error("no chunk");
  return chunk.code;
}

/** What the built script defines, run as a page would run it. */
const evaluate = (code: string) => new Function(`${code}; return built;`)() as Record<string, unknown>;

describe("the embed build's ASCII-only output", () => {
  it("writes Finnish words, astral characters and regular expressions in ASCII, meaning the same", async () => {
    const code = await built(
      [
        'export const words = "Näytä vain erot — €";',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: source text for the bundler
        "export const template = `${words}: ${1 + 1} kpl…`;",
        'export const smile = "😀";',
        'export const matches = /^[😀-🙏]ä$/u.test("🙂ä");',
      ].join("\n"),
    );
    expect(code).toMatch(/^[\0-\x7f]*$/);
    expect({ ...evaluate(code) }).toEqual({
      words: "Näytä vain erot — €",
      template: "Näytä vain erot — €: 2 kpl…",
      smile: "😀",
      matches: true,
    });
  });

  it("stops the build rather than change the raw text of a tagged template, which an escape would", async () => {
    await expect(built("export const raw = String.raw`Näytä\\n`;")).rejects.toThrow(/not plain ASCII/);
  });
});
