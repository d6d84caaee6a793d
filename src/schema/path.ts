/** Formats a path such as `parameters[2].values.call-center`. */
export function formatPath(segments: readonly (string | number)[]): string {
  let out = "";
  for (const segment of segments) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[^\s.[\]"'\\]+$/u.test(segment) && segment.length <= 100) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment.length > 100 ? `${segment.slice(0, 100)}…` : segment)}]`;
  }
  return out;
}

/** Every kind a cell value object may have. */
export const CELL_KINDS = ["text", "check", "number", "rating", "types", "list", "na", "unknown"] as const;
