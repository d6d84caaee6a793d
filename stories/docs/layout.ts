import { waitFor, within } from "storybook/test";

/**
 * The layout a `ComparisonTable` in `auto` layout shows at the reader's width: stacked while its
 * container is narrower than --vertailu-stack-below (a phone, or a sidebar), a table otherwise.
 * The test command runs every story at 1,200 px and again at 320 px, so a play function that
 * looks for a table's parts asks first which layout it should find. `root` is the table's own
 * element, or holds one.
 */
export function tableLayout(root: HTMLElement): "table" | "stacked" {
  const selector = '[data-slot="comparison-table"]';
  const table = root.closest<HTMLElement>(selector) ?? root.querySelector<HTMLElement>(selector);
  if (!table) throw new Error("no ComparisonTable here");
  // The table's outer element carries the threshold as its font size (a tenth of it), which is
  // what its container query measures against: read back in px, whatever unit a theme gave it.
  const threshold = Number.parseFloat(getComputedStyle(table).fontSize) * 10;
  return table.clientWidth < threshold ? "stacked" : "table";
}

/**
 * The view shown: the table, or the stacked view, a region named by the table's title as the table
 * is by its caption. The stacked view is built once its container query shows it, so wait for it.
 */
export async function findView(root: HTMLElement): Promise<HTMLElement> {
  if (tableLayout(root) === "table") return within(root).getByRole("table");
  return waitFor(() => {
    const view = root.querySelector<HTMLElement>('[data-slot="stacked"] > section');
    if (!view) throw new Error("the stacked view is not there");
    return view;
  });
}

/** The options shown: the table's column headers, or, stacked, each option's section (a region). */
export async function findOptionHeaders(root: HTMLElement): Promise<HTMLElement[]> {
  const view = within(await findView(root));
  return view.getAllByRole(tableLayout(root) === "table" ? "columnheader" : "region");
}

/** One option's header: its column header in the table, or its section when stacked. */
export async function findOptionHeader(root: HTMLElement, name: string | RegExp): Promise<HTMLElement> {
  const view = within(await findView(root));
  return view.getByRole(tableLayout(root) === "table" ? "columnheader" : "region", { name });
}

/**
 * The parameters shown, in order: the table's row headers, or, stacked, the terms of the first
 * option's section (each section lists the same parameters).
 */
export async function findParameterHeaders(root: HTMLElement): Promise<HTMLElement[]> {
  if (tableLayout(root) === "table") return within(await findView(root)).getAllByRole("rowheader");
  const [first] = await findOptionHeaders(root);
  return within(first as HTMLElement).getAllByRole("term");
}
