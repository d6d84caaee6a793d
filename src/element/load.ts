import { jsonProblem } from "../schema/json-text.js";
import { quote } from "../schema/path.js";
import type { Comparison, SchemaIssue } from "../schema/types.js";
import { safeParseComparison } from "../schema/validate.js";

/** How long a request may take, answer and body together, before the element gives up on it. */
export const LOAD_TIMEOUT_SECONDS = 30;

export type LoadResult = { status: "ready"; data: Comparison } | { status: "error"; issues: SchemaIssue[] };

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Fetches and validates the comparison at `src`. Never throws: a failed request, a body that is
 * not JSON and data that does not validate each come back as issues with a path.
 */
export async function loadComparison(src: string, signal: AbortSignal): Promise<LoadResult> {
  const fail = (message: string): LoadResult => ({ status: "error", issues: [{ path: "src", message }] });
  if (src.trim() === "") return fail("no src: give the URL of a comparison's JSON");
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    return fail(`${quote(src)} is not a URL`);
  }
  let body: string;
  // A server that never answers would leave the element loading for good: the request is given up
  // after LOAD_TIMEOUT_SECONDS, or at once when a newer src or a disconnect aborts `signal`.
  const request = new AbortController();
  const stop = () => request.abort();
  const timer = setTimeout(stop, LOAD_TIMEOUT_SECONDS * 1000);
  signal.addEventListener("abort", stop);
  try {
    const response = await fetch(url, { signal: request.signal, headers: { accept: "application/json" } });
    if (!response.ok) return fail(`could not load ${quote(src)} (HTTP ${response.status})`);
    body = await response.text();
  } catch (error) {
    if (signal.aborted) throw error;
    if (request.signal.aborted) return fail(`no answer from ${quote(src)} in ${LOAD_TIMEOUT_SECONDS} s`);
    return fail(`could not load ${quote(src)} (${reason(error)})`);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener("abort", stop);
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return fail(`${quote(src)} is not valid JSON: ${jsonProblem(error, body)}`);
  }
  const parsed = safeParseComparison(json);
  return parsed.success
    ? { status: "ready", data: parsed.data }
    : { status: "error", issues: [...parsed.error.issues] };
}
