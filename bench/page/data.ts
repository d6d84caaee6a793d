import type { Comparison } from "../../src/schema/types.ts";
import { generateComparison } from "../../test/fixtures/generate.ts";

export type Locale = "fi" | "en";

/** What the driver changes between renders. */
export interface TableState {
  locale: Locale;
  differencesOnly: boolean;
}

const cache = new Map<string, Comparison>();

/** The generated comparison for a size such as "10x1000" (options × parameters; seeded, so the same everywhere). */
export function dataFor(size: string): Comparison {
  let data = cache.get(size);
  if (!data) {
    const [options, parameters] = size.split("x").map(Number);
    data = generateComparison({ options: options ?? 2, parameters: parameters ?? 1 });
    cache.set(size, data);
  }
  return data;
}
