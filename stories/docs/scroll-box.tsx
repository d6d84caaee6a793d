import type { ReactNode } from "react";
import "./docs.css";

/** A wide table's frame on a narrow screen: it scrolls sideways, and the keyboard can scroll it too. */
export function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it
    <section className="docs-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
