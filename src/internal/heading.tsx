import type { HTMLAttributes, Ref } from "react";

/**
 * A heading at `level`, kept within h2–h6 whatever a plain-JavaScript host passes ("4", 9, "x");
 * `headingRef` reaches the element (to move focus to it).
 */
export function Heading({
  level,
  headingRef,
  ...props
}: { level: number; headingRef?: Ref<HTMLHeadingElement> } & HTMLAttributes<HTMLHeadingElement>) {
  const Tag = `h${Math.min(6, Math.max(2, level | 0))}` as "h2";
  return <Tag ref={headingRef} {...props} />;
}
