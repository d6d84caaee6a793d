import type { ReactNode } from "react";
import { resolveText } from "../schema/text.js";
import type { Text } from "../schema/types.js";

/**
 * The heading levels a component's `headingLevel` takes: h2 to h6, as the page's h1 is the host's.
 * (ProsConsPanel takes 1 as well.)
 */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** A heading level kept within 2–6, whatever a plain-JavaScript host passes ("4", 1, 9, "x"). */
export function headingLevelOf(level: unknown): number {
  return Math.min(6, Math.max(2, (level as number) | 0));
}

/**
 * A host's title or caption prop as shown: text or an element as it is, or a text written per locale
 * as the data's texts are (`{ fi: "…", en: "…" }`) in the component's locale. A per-locale text with
 * nothing to show (any other object a plain-JavaScript host hands over too) gives undefined, so the
 * component's own title shows; so does a blank one ("" or spaces, as a form or CMS field left blank
 * gives), so that the table or widget keeps a name.
 */
export function titleOf(title: ReactNode | Text, locale: string, defaultLocale: string | undefined): ReactNode {
  // Elements, portals and lazy nodes carry $$typeof; an array is a list of nodes.
  if (title && typeof title === "object" && !("$$typeof" in title) && !Array.isArray(title))
    title = resolveText(title as Text, locale, defaultLocale);
  return ((typeof title === "string" ? title.trim() && title : title) || undefined) as ReactNode;
}
