import { quote } from "../schema/path.js";
import type { Comparison, SchemaIssue } from "../schema/types.js";
import { safeParseComparison } from "../schema/validate.js";

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
  try {
    const response = await fetch(url, { signal, headers: { accept: "application/json" } });
    if (!response.ok) return fail(`could not load ${quote(src)} (HTTP ${response.status})`);
    body = await response.text();
  } catch (error) {
    if (signal.aborted) throw error;
    return fail(`could not load ${quote(src)} (${reason(error)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return fail(`${quote(src)} is not valid JSON (${reason(error)})`);
  }
  const parsed = safeParseComparison(json);
  return parsed.success
    ? { status: "ready", data: parsed.data }
    : { status: "error", issues: [...parsed.error.issues] };
}
