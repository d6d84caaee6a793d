/** One line, with a space inside braces and after colons and commas: `{ "a": [1, 2] }`. */
function oneLine(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(oneLine).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${oneLine(item)}`);
    return entries.length === 0 ? "{}" : `{ ${entries.join(", ")} }`;
  }
  return JSON.stringify(value) ?? "null";
}

/** JSON with objects and arrays kept on one line when they fit in `width` columns, for reading. */
export function compactJson(value: unknown, width = 100, indent = "", offset = 0): string {
  const line = oneLine(value);
  if (value === null || typeof value !== "object" || indent.length + offset + line.length <= width) return line;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return `[\n${value.map((item) => inner + compactJson(item, width, inner)).join(",\n")}\n${indent}]`;
  }
  const entries = Object.entries(value).map(([key, item]) => {
    const label = `${JSON.stringify(key)}: `;
    return inner + label + compactJson(item, width, inner, label.length);
  });
  return `{\n${entries.join(",\n")}\n${indent}}`;
}
