import { bpoVsCallCenter } from "../src/data/bpo-vs-call-center.js";

/** Where the `{` at `open` is closed, skipping braces inside string literals; -1 when it is not. */
function closingBrace(code: string, open: number): number {
  let depth = 0;
  let quote = "";
  for (let index = open; index < code.length; index++) {
    const char = code[index];
    if (quote) {
      if (char === "\\") index++;
      else if (char === quote) quote = "";
    } else if (char === '"' || char === "'" || char === "`") quote = char;
    else if (char === "{") depth++;
    else if (char === "}" && --depth === 0) return index;
  }
  return -1;
}

/** Replaces each `name={…}` prop's value, braces and all, with `{replacement}`. */
function replaceProp(code: string, name: string, replacement: string): string {
  let out = code;
  let from = 0;
  for (;;) {
    const start = out.indexOf(` ${name}={`, from);
    if (start === -1) return out;
    const open = start + name.length + 2;
    const close = closingBrace(out, open);
    if (close === -1) return out;
    out = `${out.slice(0, open)}{${replacement}}${out.slice(close + 1)}`;
    from = open + replacement.length + 2;
  }
}

export interface SourceContext {
  id: string;
  args: Record<string, unknown>;
  globals?: Record<string, unknown>;
  storyGlobals?: Record<string, unknown>;
}

/**
 * The "Show code" snippet as a reader would write it: the comparison by name rather than its whole
 * JSON, without the id prefix the catalogue gives each story, and inside a VertailuProvider with the
 * theme, locale and direction the story is about.
 */
export function readableSource(code: string, context: SourceContext): string {
  const name = context.args.data === bpoVsCallCenter ? "bpoVsCallCenter" : "data";
  let out = replaceProp(code, "data", name);
  const prefix = context.id.split("--")[1];
  // On its own line when the snippet is long, else inline.
  if (prefix) out = out.replace(new RegExp(`\\n\\s*idPrefix="${prefix}"(?=\\n)| idPrefix="${prefix}"`), "");
  // The Actions panel's spies are the catalogue's, not part of the example: printed as
  // `() => {}` in development and as a minified `function AY(){}` in the built catalogue.
  const spy = String.raw`on[A-Z]\w*=\{(?:\(\) => \{\}|function ?[\w$]*\(\) ?\{\})\}`;
  out = out.replace(new RegExp(String.raw`\n\s*${spy}(?=\n)| ${spy}`, "g"), "");
  const pinned = context.storyGlobals ?? {};
  // Storybook may hand the snippet back for another pass: it is wrapped once.
  if (out.startsWith("<VertailuProvider")) return out;
  const attributes = (["theme", "locale", "dir"] as const)
    .filter((key) => typeof pinned[key] === "string")
    .map((key) => ` ${key}="${pinned[key]}"`)
    .join("");
  if (!attributes) return out;
  const indented = out
    .split("\n")
    .map((line) => (line ? `  ${line}` : line))
    .join("\n");
  return `<VertailuProvider${attributes}>\n${indented}\n</VertailuProvider>`;
}
