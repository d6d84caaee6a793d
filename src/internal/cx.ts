/** Joins class names, skipping empty ones. */
export function cx(...names: (string | false | null | undefined)[]): string {
  let out = "";
  for (const name of names) if (name) out = out ? `${out} ${name}` : name;
  return out;
}
