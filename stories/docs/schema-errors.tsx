import type { SchemaIssue } from "../../src/index.js";
import "./docs.css";

/** A validation result as a host page might show it: a count, then one line per problem. */
export function IssueList({ issues, title }: { issues: readonly SchemaIssue[]; title: string }) {
  return (
    // The documentation's words are English in every locale the catalogue shows.
    <div role="alert" className="docs-issues" lang="en">
      <p className="docs-issues__title">
        {title} ({issues.length} {issues.length === 1 ? "problem" : "problems"})
      </p>
      <ul>
        {issues.map((issue) => (
          <li key={`${issue.path}\u0000${issue.message}`}>
            <code>{issue.path || "(root)"}</code>: {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
