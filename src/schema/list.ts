/** A list from unchecked data, or an empty one for anything else. */
export function listOf<T>(value: readonly T[] | undefined): readonly T[];
export function listOf(value: unknown): readonly unknown[];
export function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}
