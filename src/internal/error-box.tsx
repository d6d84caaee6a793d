import { cx } from "class-variance-authority";
import { Component, type HTMLAttributes, type ReactNode, type Ref } from "react";
import { enCommon } from "../messages/en.js";
import type { Messages } from "../messages/index.js";
import { failureText } from "../schema/failure-text.js";
import { formatIssue } from "../schema/path.js";
import type { SchemaIssue } from "../schema/types.js";
import { useConsoleError } from "./use-console-error.js";

export interface ErrorBoxProps extends HTMLAttributes<HTMLDivElement> {
  /** Which component could not render, e.g. "ComparisonTable". */
  component: string;
  issues: readonly SchemaIssue[];
  messages?: Pick<Messages, "errorTitle"> | undefined;
  /** Log the problem with console.error (once). Off where React has reported it already. @default true */
  log?: boolean | undefined;
  /** The box's element, for the ref of the component it stands in for. */
  boxRef?: Ref<HTMLElement> | undefined;
}

/**
 * What of a component's props still applies to the error box in its place: where it sits and what
 * names it (class, style, id, data-* and aria-* attributes). Its handlers and the rest are the
 * widget's own.
 */
export function placementProps(
  props: Pick<HTMLAttributes<HTMLElement>, "className" | "style" | "id">,
): HTMLAttributes<HTMLDivElement> {
  const placement: Record<string, unknown> = { className: props.className, style: props.style, id: props.id };
  for (const key of Object.keys(props)) {
    if (/^(data|aria)-/.test(key)) placement[key] = (props as Record<string, unknown>)[key];
  }
  return placement;
}

/**
 * The inline error a component shows in its own place instead of throwing into the host page: the
 * first five problems, and how many more there are (data with thousands of them is not a page of
 * them); the console gets them all.
 */
export function ErrorBox({
  component,
  issues: all,
  messages = enCommon,
  log = true,
  boxRef,
  // `className` stays in `rest`: the class list below adds it to the box's own.
  ...rest
}: ErrorBoxProps) {
  const issues = all.slice(0, 5);
  if (all.length > 5) issues.push({ path: "", message: `…and ${all.length - 5} more` });
  // The console hears every problem.
  useConsoleError(log && `vertailu ${component}: ${all.map(formatIssue).join("; ")}`);
  return (
    <div
      ref={boxRef as Ref<HTMLDivElement>}
      role="alert"
      {...rest}
      className={cx("vertailu-error", rest.className)}
      data-slot="error"
    >
      <p className="vertailu-error__title">
        {messages.errorTitle} <span className="vertailu-error__component">({component})</span>
      </p>
      {/* The problems are in English, whatever the title's language: marked so, they are read so. */}
      <ul className="vertailu-error__list" lang="en">
        {issues.map((issue, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: issues have no identity beyond their place
          <li key={index}>
            {issue.path ? <code className="vertailu-error__path">{issue.path}</code> : null}
            {issue.path ? ": " : null}
            {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface BoundaryProps {
  /** The component named in the error box; without one, what failed is left out and no box shown. */
  component?: string;
  children: ReactNode;
}

/** Catches what a component (or a host's custom renderer inside it) throws while rendering. */
export class ErrorBoundary extends Component<BoundaryProps, { failure?: string }> {
  override state: { failure?: string } = {};

  static getDerivedStateFromError(error: unknown) {
    return { failure: failureText(error) };
  }

  // New props (the host re-rendered, perhaps with the mistake fixed) get one more try.
  override componentDidUpdate(previous: BoundaryProps) {
    if (this.state.failure !== undefined && previous.children !== this.props.children) {
      this.setState({ failure: undefined });
    }
  }

  override render() {
    const { failure } = this.state;
    // The box's title is the English default (the crash may have come before any locale was
    // known), so the whole box is marked English. React reports an error a boundary catches by
    // itself, so the box does not log it again.
    return failure === undefined
      ? this.props.children
      : this.props.component && (
          <ErrorBox
            lang="en"
            component={this.props.component}
            issues={[{ path: "", message: `rendering failed: ${failure}` }]}
            log={false}
          />
        );
  }
}
