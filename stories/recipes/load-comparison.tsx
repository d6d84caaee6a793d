import { useEffect, useState } from "react";
import { type Comparison, ComparisonTable, type SchemaIssue, safeParseComparison } from "../../src/index.js";
import "./recipes.css";

type State =
  | { status: "loading" }
  | { status: "failed"; reason: string }
  | { status: "invalid"; issues: readonly SchemaIssue[] }
  | { status: "ready"; data: Comparison };

const strings = {
  fi: {
    loading: "Ladataan vertailua…",
    failed: "Vertailua ei voitu ladata",
    invalid: "Vertailun tiedoissa on virheitä",
    problems: (count: number) => (count === 1 ? "1 virhe" : `${count} virhettä`),
  },
  en: {
    loading: "Loading the comparison…",
    failed: "The comparison could not be loaded",
    invalid: "The comparison's data has errors",
    problems: (count: number) => (count === 1 ? "1 problem" : `${count} problems`),
  },
};

/** Fetches JSON, validates it with safeParseComparison and shows the table or what is wrong. */
async function loadComparison(url: string, signal: AbortSignal): Promise<State> {
  const response = await fetch(url, { signal });
  if (!response.ok) return { status: "failed", reason: `HTTP ${response.status}` };
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    return { status: "failed", reason: "not JSON" };
  }
  const result = safeParseComparison(json);
  return result.success ? { status: "ready", data: result.data } : { status: "invalid", issues: result.error.issues };
}

export interface RemoteComparisonProps {
  /** Where the comparison's JSON is, e.g. "./assets/bpo.json" (relative to the page). */
  src: string;
  locale?: string;
  /** The table's id prefix, when another table of the same comparison is on the page. */
  idPrefix?: string;
}

/** A comparison loaded at run time: a loading state, then the table or the list of problems. */
export function RemoteComparison({ src, locale = "fi", idPrefix }: RemoteComparisonProps) {
  const [state, setState] = useState<State>({ status: "loading" });
  const text = locale === "en" ? strings.en : strings.fi;

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: "loading" });
    loadComparison(new URL(src, document.baseURI).href, controller.signal).then(setState, (error: unknown) => {
      if (!controller.signal.aborted) setState({ status: "failed", reason: String(error) });
    });
    return () => controller.abort();
  }, [src]);

  if (state.status === "ready") return <ComparisonTable data={state.data} idPrefix={idPrefix} />;
  if (state.status === "loading") {
    return (
      <p role="status" className="recipe-loading">
        {text.loading}
      </p>
    );
  }
  return (
    <div role="alert" className="recipe-error">
      <p className="recipe-error__title">
        {state.status === "failed" ? (
          <>
            {/* The reason is the browser's or the loader's own words, in English. */}
            {text.failed} (<span lang="en">{state.reason}</span>)
          </>
        ) : (
          `${text.invalid}: ${text.problems(state.issues.length)}`
        )}
      </p>
      {state.status === "invalid" && (
        // The schema's messages are in English, whatever the page's language: marked so, they are read so.
        <ul lang="en">
          {state.issues.map((issue) => (
            <li key={`${issue.path}\u0000${issue.message}`}>
              <code>{issue.path || "(root)"}</code>: {issue.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
