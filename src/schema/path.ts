import type { SchemaIssue } from "./types.js";

/** Formats a path such as `parameters[2].values.call-center`. */
export function formatPath(segments: readonly (string | number)[]): string {
  let out = "";
  for (const segment of segments) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[^\s.[\]"'\\]+$/u.test(segment) && segment.length <= 100) out += out ? `.${segment}` : segment;
    else out += `[${quote(segment)}]`;
  }
  return out;
}

/**
 * A value from the data as it appears in a message: quoted, and cut at 100 characters so that a
 * pasted megabyte does not become a megabyte of error text.
 */
export function quote(value: string): string {
  return JSON.stringify(value.length > 100 ? `${value.slice(0, 100)}…` : value);
}

/** What is said of an id or a key every JavaScript object answers to ("__proto__", "constructor"). */
export function reservedMessage(key: string): string {
  return `${quote(key)} cannot be an id or a key: every JavaScript object has one`;
}

/**
 * The name in `names` that `typed` is most likely a slip for: the same but for letter case, or one
 * or two letters missing, added, changed or swapped (fewer in a short name: "ids" is no slip for "id").
 */
export function nearName(typed: string, names: readonly string[]): string | undefined {
  const reach = Math.min(2, Math.floor(typed.length / 4));
  // Lengths first: a pasted wall of text as a field name is measured against no name.
  return names.find(
    (name) =>
      name.toLowerCase() === typed.toLowerCase() ||
      (Math.abs(name.length - typed.length) <= reach && editDistance(name, typed) <= reach),
  );
}

/** The edit distance between two short strings: letters missing, added, changed or swapped. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => i || j));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min(
        (up[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** One issue as a line: `path: message`, or `(root): message` for the whole document. */
export function formatIssue(issue: SchemaIssue): string {
  return `${issue.path || "(root)"}: ${issue.message}`;
}

/** Every kind a cell value object may have. */
export const CELL_KINDS = ["text", "check", "number", "rating", "types", "list", "na", "unknown"] as const;
