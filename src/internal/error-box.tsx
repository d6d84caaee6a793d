import { Component, type ErrorInfo, type HTMLAttributes, type ReactNode, useEffect } from "react";
import { format, type Messages, messagesFor } from "../messages/index.js";
import type { SchemaIssue } from "../schema/types.js";
import { cx } from "./cx.js";

export interface ErrorBoxProps extends HTMLAttributes<HTMLDivElement> {
  /** Which component could not render, e.g. "ComparisonTable". */
  component: string;
  issues: readonly SchemaIssue[];
  messages?: Messages;
}

/** The inline error a component shows in its own place instead of throwing into the host page. */
export function ErrorBox({ component, issues, messages = messagesFor(undefined), className, ...rest }: ErrorBoxProps) {
  const summary = issues.map((issue) => `${issue.path || "(root)"}: ${issue.message}`).join("; ");
  useEffect(() => {
    console.error(`vertailu ${component}: ${summary}`);
  }, [component, summary]);
  return (
    <div role="alert" {...rest} className={cx("vertailu-error", className)} data-slot="error">
      <p className="vertailu-error__title">
        {messages.errorTitle} <span className="vertailu-error__component">({component})</span>
      </p>
      <ul className="vertailu-error__list">
        {issues.map((issue, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: issues have no identity beyond their place
          <li key={index}>
            {issue.path ? (
              <code className="vertailu-error__path">{format(messages.errorAt, { path: issue.path })}</code>
            ) : null}
            {issue.path ? ": " : null}
            {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface BoundaryProps {
  component: string;
  children: ReactNode;
}

/** Catches what a component (or a host's custom renderer inside it) throws while rendering. */
export class ErrorBoundary extends Component<BoundaryProps, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo) {
    // ErrorBox logs the problem once; React's own report of the caught error is left to React.
  }

  override render() {
    const { error } = this.state;
    if (error) {
      return (
        <ErrorBox
          component={this.props.component}
          issues={[{ path: "", message: `rendering failed: ${error.message}` }]}
        />
      );
    }
    return this.props.children;
  }
}
