import type { MouseEvent } from "react";

/**
 * Where a link to a table row leads: the element with that id when it is rendered, else the
 * first rendered element that stands in for it (`data-anchor="<id>"`: the stacked layout's
 * parameter names stand in for the row headers it hides), else whatever exists. Null when nothing does.
 */
export function rowTarget(root: Document | ShadowRoot, id: string): HTMLElement | null {
  let found = root.getElementById(id);
  if (found?.getClientRects().length) return found;
  for (const element of root.querySelectorAll<HTMLElement>("[data-anchor]")) {
    if (element.dataset.anchor !== id) continue;
    if (element.getClientRects().length) return element;
    found ??= element;
  }
  return found;
}

/**
 * Follows a `#id` link inside the component's own root, moving focus to the target (found by
 * `find`, by id unless told otherwise). Native fragment navigation fails inside a shadow root and
 * on pages with a <base> element, and it leaves focus behind; this works in all three cases.
 * Without JavaScript the href still works.
 */
export function followInPageLink(
  event: MouseEvent<HTMLAnchorElement>,
  find: (root: Document | ShadowRoot, id: string) => HTMLElement | null = (root, id) => root.getElementById(id),
): void {
  const id = event.currentTarget.getAttribute("href")?.slice(1);
  // A link that can be clicked is in a document or a shadow root.
  const root = event.currentTarget.getRootNode() as Document | ShadowRoot;
  const target = id ? find(root, id) : null;
  if (!target) return;
  event.preventDefault();
  target.focus({ preventScroll: true });
  target.scrollIntoView?.({ block: "nearest", inline: "nearest" });
}

/** Moves focus to a target found after a render, as followInPageLink does at once. */
function moveTo(target: HTMLElement | null): void {
  target?.focus({ preventScroll: true });
  target?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
}

/**
 * Follows a link to a table row (see `rowTarget`). A row in a closed group is opened first: the
 * group's toggle is the closed button beside the hidden part that holds the row (the table's group
 * body, or a stacked section's list), and focus moves once the table has shown the row.
 */
export function followRowLink(event: MouseEvent<HTMLAnchorElement>): void {
  const id = event.currentTarget.getAttribute("href")?.slice(1) ?? "";
  const root = event.currentTarget.getRootNode() as Document | ShadowRoot;
  const toggle = rowTarget(root, id)
    ?.closest("[hidden]")
    ?.parentElement?.querySelector<HTMLElement>('[aria-expanded="false"]');
  if (toggle) {
    event.preventDefault();
    toggle.click();
    // The table shows the row when it has rendered the click.
    setTimeout(() => moveTo(rowTarget(root, id)));
  } else followInPageLink(event, rowTarget);
}
