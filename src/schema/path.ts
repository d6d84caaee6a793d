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

/** One issue as a line: `path: message`, or `(root): message` for the whole document. */
export function formatIssue(issue: SchemaIssue): string {
  return `${issue.path || "(root)"}: ${issue.message}`;
}

/** Every kind a cell value object may have. */
export const CELL_KINDS = ["text", "check", "number", "rating", "types", "list", "na", "unknown"] as const;
