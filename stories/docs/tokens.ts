/**
 * Reads the design tokens out of the shipped tokens.css, so the Theming page lists exactly what
 * the library declares. No React here: the unit test uses it directly.
 */

export interface Token {
  /** The custom property, e.g. `--vertailu-color-accent`. */
  name: string;
  /** The comment heading the token sits under in tokens.css, e.g. "Brand and meaning". */
  group: string;
  /** What the heading comment says after its colon, e.g. "a 2 px accent ring with a 2 px offset, never removed". */
  groupNote?: string;
  /** A longer comment right above the token, explaining it. */
  note?: string;
  /** The declared value as written. */
  value: string;
  /** The value in the light theme: `light-dark()` resolved to its first argument. */
  light: string;
  /** The value in the dark theme: `light-dark()` resolved to its second argument. */
  dark: string;
  /** True when the value differs between the themes. */
  themed: boolean;
  /** The value under `forced-colors: active`, when tokens.css overrides it there. */
  forcedColors?: string;
  /** The value under `prefers-reduced-motion: reduce`, when tokens.css overrides it there. */
  reducedMotion?: string;
}

const DECLARATION = /(--vertailu-[a-z0-9-]+)\s*:\s*([^;]+);/g;

/** Replaces every `light-dark(a, b)` in a value with a (light) or b (dark), nesting included. */
export function resolveLightDark(value: string, scheme: "light" | "dark"): string {
  let out = "";
  let index = 0;
  for (;;) {
    const start = value.indexOf("light-dark(", index);
    if (start === -1) return out + value.slice(index);
    out += value.slice(index, start);
    const open = start + "light-dark(".length;
    let depth = 1;
    let comma = -1;
    let end = open;
    for (; end < value.length && depth > 0; end++) {
      const char = value[end];
      if (char === "(") depth++;
      else if (char === ")") depth--;
      else if (char === "," && depth === 1 && comma === -1) comma = end;
    }
    if (depth > 0 || comma === -1) return out + value.slice(start);
    const [light, dark] = [value.slice(open, comma), value.slice(comma + 1, end - 1)];
    out += resolveLightDark((scheme === "light" ? light : dark).trim(), scheme);
    index = end;
  }
}

/** The body of the first `{ … }` block after `from`, and where it ends. */
function blockAt(css: string, from: number): { body: string; end: number } | undefined {
  const open = css.indexOf("{", from);
  if (open === -1) return undefined;
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === "{") depth++;
    else if (css[i] === "}") {
      depth--;
      if (depth === 0) return { body: css.slice(open + 1, i), end: i + 1 };
    }
  }
  return undefined;
}

function declarations(body: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of body.matchAll(DECLARATION)) {
    const [, name, value] = match;
    // The reader's settings are important in tokens.css; the table shows the value.
    if (name && value) found.set(name, value.replace(/!important\s*$/, "").trim());
  }
  return found;
}

/** Overrides declared inside `@media (<feature>) { … }`. */
function mediaOverrides(css: string, feature: string): Map<string, string> {
  const at = css.indexOf(`@media (${feature}`);
  if (at === -1) return new Map();
  return declarations(blockAt(css, at)?.body ?? "");
}

/** Every `--vertailu-*` token in tokens.css, in source order, with its group and per-theme values. */
export function parseTokens(css: string): Token[] {
  const withoutMedia = css.replace(/@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, "");
  const forced = mediaOverrides(css, "forced-colors");
  const motion = mediaOverrides(css, "prefers-reduced-motion");
  const tokens: Token[] = [];
  const seen = new Set<string>();
  let from = 0;
  for (;;) {
    const block = blockAt(withoutMedia, from);
    if (!block) break;
    from = block.end;
    let group = "";
    let groupNote = "";
    let note = "";
    // Walk comments and declarations in order, so each token takes the comment above it as its group.
    for (const match of block.body.matchAll(/\/\*([\s\S]*?)\*\/|(--vertailu-[a-z0-9-]+)\s*:\s*([^;]+);/g)) {
      const [, comment, name, raw] = match;
      if (comment !== undefined) {
        const text = comment.replace(/\s+/g, " ").trim();
        const colon = text.indexOf(":");
        // A short comment, or a short title and a colon, heads a group ("Focus: a 2 px ring…"); a
        // longer sentence explains the next token, a colon in it included.
        if (colon !== -1 && colon <= 40)
          [group, groupNote] = [text.slice(0, colon).trim(), text.slice(colon + 1).trim()];
        else if (text.length <= 40) [group, groupNote] = [text, ""];
        else note = text;
        continue;
      }
      if (!name || !raw || seen.has(name)) continue;
      seen.add(name);
      const value = raw.trim();
      const light = resolveLightDark(value, "light");
      const dark = resolveLightDark(value, "dark");
      const token: Token = { name, group, value, light, dark, themed: light !== dark };
      if (groupNote) token.groupNote = groupNote;
      if (note) token.note = note;
      note = "";
      const forcedValue = forced.get(name);
      if (forcedValue !== undefined) token.forcedColors = forcedValue;
      const motionValue = motion.get(name);
      if (motionValue !== undefined) token.reducedMotion = motionValue;
      tokens.push(token);
    }
  }
  return tokens;
}

/** What a swatch can show for a token: a colour, a shadow, or nothing. */
export function sampleKind(token: Pick<Token, "name">): "color" | "shadow" | undefined {
  if (/-color-|-color$/.test(token.name)) return "color";
  if (/-shadow-/.test(token.name)) return "shadow";
  return undefined;
}

/** Follows `var(--vertailu-…)` references through the token list, for swatches. */
export function resolveReferences(value: string, tokens: readonly Token[], scheme: "light" | "dark"): string {
  return value.replace(/var\((--vertailu-[a-z0-9-]+)\)/g, (whole, name: string) => {
    const target = tokens.find((token) => token.name === name);
    return target ? resolveReferences(scheme === "light" ? target.light : target.dark, tokens, scheme) : whole;
  });
}
