import { ownEntry } from "../../schema/list.js";
import { clampWeight, type Weights, weightIn } from "./scoring.js";

/**
 * Weights in a URL, so a reader can share the weighting they chose.
 *
 * Format: `<version>.<id>:<weight>,<id>:<weight>…`, e.g. `?vw=1.scope:3,confidentiality:5`.
 * - The version is `1`. Any other version, a missing version, or a value longer than
 *   `MAX_WEIGHTS_PARAM_LENGTH` characters is ignored whole.
 * - Only weights that differ from the data's defaults are written; a parameter not named keeps its
 *   default, and when nothing differs the query parameter is removed.
 * - An id is split from its weight at the last `:`, since ids may themselves hold `:` and `.`.
 * - Entries are checked one by one and a bad entry is ignored on its own: a weight that is not a
 *   single digit 0–5 (huge, negative, fractional, `NaN`, `1e3`), an id the comparison does not
 *   have (which covers injection strings), or an id seen before (the first one wins).
 */
export const WEIGHTS_URL_VERSION = 1;
/** Longer values are not read at all. */
export const MAX_WEIGHTS_PARAM_LENGTH = 2000;

const WEIGHT_DIGIT = /^[0-5]$/;
const VERSIONED = /^(\d{1,6})\.(.*)$/s;

/** The weights a URL value sets, for known parameter ids only (see the format above). Never throws. */
export function parseWeightsParam(raw: unknown, parameterIds: readonly string[]): Record<string, number> {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > MAX_WEIGHTS_PARAM_LENGTH) return {};
  const match = VERSIONED.exec(raw);
  if (!match || Number(match[1]) !== WEIGHTS_URL_VERSION) return {};
  const known = new Set(parameterIds);
  const found = new Map<string, number>();
  for (const entry of (match[2] ?? "").split(",")) {
    const colon = entry.lastIndexOf(":");
    if (colon <= 0) continue;
    const id = entry.slice(0, colon);
    const weight = entry.slice(colon + 1);
    if (!known.has(id) || found.has(id) || !WEIGHT_DIGIT.test(weight)) continue;
    found.set(id, Number(weight));
  }
  // fromEntries defines own properties, so no id can reach the object's prototype.
  return Object.fromEntries(found);
}

/** The URL value for these weights: only those that differ from `defaults`; "" when none do. */
export function serializeWeightsParam(weights: Weights, defaults: Weights, parameterIds: readonly string[]): string {
  const entries: string[] = [];
  for (const id of parameterIds) {
    const fallback = weightIn(defaults, id);
    const weight = clampWeight(ownEntry(weights, id));
    if (weight === undefined) continue;
    const whole = Math.round(weight);
    if (whole !== Math.round(fallback)) entries.push(`${id}:${whole}`);
  }
  return entries.length > 0 ? `${WEIGHTS_URL_VERSION}.${entries.join(",")}` : "";
}

/** The raw value of `key` in a query string (with or without its `?`), or undefined. Never throws. */
export function readSearchParam(search: string, key: string): string | undefined {
  try {
    return new URLSearchParams(search).get(key) ?? undefined;
  } catch {
    return undefined;
  }
}

// ":" and "," are allowed as they are in a query; keeping them readable keeps shared links short.
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ":").replace(/%2C/gi, ",");
}

function decodeKey(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, " "));
  } catch {
    return part;
  }
}

/**
 * A query string with `key` set to `value` (or removed when `value` is empty), every other
 * parameter left exactly as it was. Returns "" or a string starting with "?".
 */
export function withSearchParam(search: string, key: string, value: string): string {
  const body = search.startsWith("?") ? search.slice(1) : search;
  const kept = body.split("&").filter((part) => part !== "" && decodeKey(part.split("=")[0] ?? "") !== key);
  if (value !== "") kept.push(`${encodeURIComponent(key)}=${encodeValue(value)}`);
  return kept.length > 0 ? `?${kept.join("&")}` : "";
}
