/** A list from unchecked data, or an empty one for anything else. */
export function listOf<T>(value: readonly T[] | undefined): readonly T[];
export function listOf(value: unknown): readonly unknown[];
export function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A record's own entry for `key` (never one its prototype answers to), or undefined. */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
