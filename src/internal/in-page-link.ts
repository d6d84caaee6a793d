import type { MouseEvent } from "react";

/**
 * Follows a `#id` link inside the component's own root, moving focus to the target. Native
 * fragment navigation fails inside a shadow root and on pages with a <base> element, and it
 * leaves focus behind; this works in all three cases. Without JavaScript the href still works.
 */
export function followInPageLink(event: MouseEvent<HTMLAnchorElement>): void {
  const id = event.currentTarget.getAttribute("href")?.slice(1);
  const root = event.currentTarget.getRootNode() as Document | ShadowRoot;
  const target = id && typeof root.getElementById === "function" ? root.getElementById(id) : null;
  if (!target) return;
  event.preventDefault();
  target.focus({ preventScroll: true });
  target.scrollIntoView?.({ block: "nearest", inline: "nearest" });
}
