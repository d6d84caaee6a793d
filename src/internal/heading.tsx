import type { HTMLAttributes, Ref } from "react";

/** A heading level kept within 2–6, whatever a plain-JavaScript host passes ("4", 1, 9, "x"). */
export function headingLevelOf(level: unknown): number {
  return Math.min(6, Math.max(2, (level as number) | 0));
}

/** A heading at `level` (kept within h2–h6); `headingRef` reaches the element (to move focus to it). */
export function Heading({
  level,
  headingRef,
  ...props
}: { level: number; headingRef?: Ref<HTMLHeadingElement> } & HTMLAttributes<HTMLHeadingElement>) {
  const Tag = `h${headingLevelOf(level)}` as "h2";
  return <Tag ref={headingRef} {...props} />;
}
