import { jsonProblem, NOT_UTF8, utf8Text } from "../schema/json-text.js";
import { quote } from "../schema/path.js";
import type { Comparison, SchemaIssue } from "../schema/types.js";
import { safeParseComparison } from "../schema/validate.js";
import { type CheckedMessages, checkMessages } from "./messages.js";

/** How long a request may take, answer and body together, before the element gives up on it. */
export const LOAD_TIMEOUT_SECONDS = 30;

export type LoadResult = { status: "ready"; data: Comparison } | { status: "error"; issues: SchemaIssue[] };

/** What the server gave for a URL, before the element reads it. */
type Answer = { bytes: ArrayBuffer } | { status: number } | { error: unknown } | { timeout: true };

interface Pending {
  answer: Promise<Answer>;
  /** How many elements wait for the answer. */
  waiting: number;
  request: AbortController;
}

/**
 * One request per URL while it is pending, however many elements on the page wait for it: the
 * browser would send them one after another (it waits for each answer to see whether the next may
 * come from its cache), and the fifth element would wait five times as long.
 */
const pending = new Map<string, Pending>();

function fetchOnce(url: URL): Pending {
  const known = pending.get(url.href);
  if (known) return known;
  const request = new AbortController();
  const entry: Pending = {
    answer: fetch(url, { signal: request.signal, headers: { accept: "application/json" } })
      .then(
        async (response): Promise<Answer> =>
          response.ok ? { bytes: await response.arrayBuffer() } : { status: response.status },
      )
      .catch((error: unknown): Answer => ({ error }))
      .finally(() => {
        if (pending.get(url.href) === entry) pending.delete(url.href);
      }),
    waiting: 0,
    request,
  };
  pending.set(url.href, entry);
  return entry;
}

/**
 * One element's wait for a shared answer: until it comes, `signal` aborts (a newer src, a
 * disconnect) or LOAD_TIMEOUT_SECONDS pass since this element asked, answer and body together (a
 * server that never answers would leave it loading for good). The request is given up when the
 * last element waiting for it has gone.
 */
function waitFor(shared: Pending, href: string, signal: AbortSignal): Promise<Answer> {
  shared.waiting++;
  return new Promise((resolve, reject) => {
    let waiting = true;
    const finish = (settle: () => void) => {
      if (!waiting) return;
      waiting = false;
      clearTimeout(timer);
      signal.removeEventListener("abort", aborted);
      if (--shared.waiting === 0 && pending.get(href) === shared) {
        pending.delete(href);
        shared.request.abort();
      }
      settle();
    };
    const aborted = () => finish(() => reject(signal.reason));
    const timer = setTimeout(() => finish(() => resolve({ timeout: true })), LOAD_TIMEOUT_SECONDS * 1000);
    if (signal.aborted) aborted();
    else signal.addEventListener("abort", aborted);
    shared.answer.then((answer) => finish(() => resolve(answer)));
  });
}

/**
 * Fetches the JSON at `src` (the value of `attribute`, which problems are said under), relative to
 * `base` (the element's document's base URL). Never throws but when `signal` aborts: a failed
 * request and a body that is not UTF-8 or not JSON each come back as an issue.
 */
async function loadJson(
  attribute: string,
  src: string,
  signal: AbortSignal,
  base: string,
): Promise<{ json: unknown } | { issues: SchemaIssue[] }> {
  const fail = (message: string) => ({ issues: [{ path: attribute, message }] });
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return fail(`${quote(src)} is not a URL`);
  }
  // Where a relative src led: the same src finds another file on a page one folder down.
  const target = url.href === src ? quote(src) : `${quote(src)} at ${url.href}`;
  const answer = await waitFor(fetchOnce(url), url.href, signal);
  if ("timeout" in answer) return fail(`no answer from ${target} in ${LOAD_TIMEOUT_SECONDS} s`);
  if ("status" in answer) return fail(`could not load ${target} (HTTP ${answer.status})`);
  if ("error" in answer) {
    const { error } = answer;
    // A network error is a bare "Failed to fetch" (Chromium), "NetworkError…" (Firefox) or "Load
    // failed" (Safari): the reason is on the console, where a page's script cannot read it. A URL
    // of another scheme fails so too, but a browser fetches none (javascript:, ftp:), and no file:
    // URL, where the relative src of a page opened from a disk leads; the server is not to blame.
    const { protocol } = url;
    const hint = !(error instanceof TypeError)
      ? ""
      : /^https?:$/.test(protocol)
        ? ": the browser's console says why; often the server cannot be reached, or the page's Content-Security-Policy or the server's CORS rules block the request"
        : `: a browser fetches no ${protocol} URL; give an http:// or https:// one${protocol === "file:" ? ", and open the page from a web server, not from a file" : ""}`;
    return fail(`could not load ${target} (${error instanceof Error ? error.message : String(error)}${hint})`);
  }
  // Read as `vertailu validate` reads files.
  const body = utf8Text(answer.bytes);
  if (body === undefined) return fail(`${quote(src)} is ${NOT_UTF8}`);
  try {
    return { json: JSON.parse(body) };
  } catch (error) {
    return fail(`${quote(src)} is not valid JSON: ${jsonProblem(error, body)}`);
  }
}

/** The tag of the script that holds a comparison's JSON inside the element, as its problems name it. */
export const SCRIPT_TAG = '<script type="application/json">';

/**
 * What the element reads instead of its script's content when it has more than one JSON script,
 * or one with a src: the problem itself, which readComparison shows (no JSON reads so).
 */
export const SCRIPT_PROBLEMS = [
  `more than one ${SCRIPT_TAG}: keep one`,
  "a script's src is not loaded: give that URL as the element's src",
] as const;

/**
 * Fetches and validates the comparison at `src`, relative to `base` (the element's document's
 * base URL). Never throws but when `signal` aborts: a failed request, a body that is not JSON and
 * data that does not validate each come back as issues with a path.
 */
export async function loadComparison(src: string, signal: AbortSignal, base: string): Promise<LoadResult> {
  if (src.trim() === "") {
    return {
      status: "error",
      issues: [
        {
          path: "src",
          message: `no src: give the URL of a comparison's JSON, or the JSON itself in a ${SCRIPT_TAG} inside the element`,
        },
      ],
    };
  }
  const loaded = await loadJson("src", src, signal, base);
  return "issues" in loaded ? { status: "error", issues: loaded.issues } : checkedComparison(loaded.json);
}

/**
 * Reads the comparison in the element's own JSON script (`text`, the script's content), as
 * loadComparison reads a file: JSON that is not JSON or does not validate comes back as issues.
 */
export function readComparison(text: string): LoadResult {
  const fail = (message: string): LoadResult => ({ status: "error", issues: [{ path: "script", message }] });
  if ((SCRIPT_PROBLEMS as readonly string[]).includes(text)) return fail(text);
  if (text.trim() === "") return fail("the script is empty: put the comparison's JSON in it");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // Lines and columns count from the script's first line, the one its tag is on.
    return fail(`not valid JSON: ${jsonProblem(error, text)}`);
  }
  return checkedComparison(json);
}

/** A comparison read from JSON, checked with safeParseComparison: the data, or its issues. */
function checkedComparison(json: unknown): LoadResult {
  // An old script on the page (MooTools, Prototype.js) that adds to every object stops the
  // validator itself, with words of its own: said here in the page's terms.
  const added = Object.keys(Object.prototype);
  if (added.length > 0) {
    return {
      status: "error",
      issues: [
        {
          path: "",
          message: `a script on this page has added ${added.map(quote).join(", ")} to every object (Object.prototype), which stops the data from being checked`,
        },
      ],
    };
  }
  const parsed = safeParseComparison(json);
  return parsed.success
    ? { status: "ready", data: parsed.data }
    : { status: "error", issues: [...parsed.error.issues] };
}

/**
 * Fetches and checks the messages at `src` (the `messages-src` attribute), as loadComparison
 * fetches a comparison: the same shared request, time-out and problems, said under `messages-src`.
 */
export async function loadMessages(src: string, signal: AbortSignal, base: string): Promise<CheckedMessages> {
  const loaded = await loadJson("messages-src", src, signal, base);
  return "issues" in loaded
    ? { messages: {}, issues: loaded.issues, unused: [] }
    : checkMessages(loaded.json, "messages-src", quote(src));
}
