import { listOf, ownEntry } from "../schema/list.js";
import { CELL_KINDS, formatPath, quote, reservedMessage } from "../schema/path.js";
import type { Comparison, SchemaIssue } from "../schema/types.js";

/** Adds an issue at a path of segments, which it formats. */
type Add = (path: (string | number)[], message: string) => void;

/**
 * An issue list (`issues`, else a new one) whose `add` formats the path. It keeps every issue: the
 * error box shows the first few and says how many more there are.
 */
export function issueList(issues: SchemaIssue[] = []): { issues: SchemaIssue[]; add: Add } {
  const add: Add = (path, message) => {
    issues.push({ path: formatPath(path), message });
  };
  return { issues, add };
}

/**
 * The decision widgets keep scores, weights and answers in plain objects keyed by the ids of the
 * options, parameters and questions, where "__proto__" would set the object's prototype instead of
 * a key. parseComparison refuses it; this is for data that skipped it.
 */
export function checkObjectKeys(comparison: Comparison): SchemaIssue[] {
  const { issues, add } = issueList();
  for (const name of ["options", "parameters", "questions"] as const) {
    for (const [index, entry] of (listOf(comparison[name]) as readonly ({ id?: unknown } | null)[]).entries()) {
      if (entry?.id === "__proto__") add([name, index, "id"], reservedMessage("__proto__"));
    }
  }
  return issues;
}

/**
 * The cheap, local checks a component makes before rendering data it was handed: enough to
 * render without throwing and to say what is wrong where. Full validation is parseComparison's.
 * `optionIds` are the options the component will show (default: all); `minShown` the fewest it
 * can show (a table compares; a panel may show one). `values` says what of the parameters it
 * needs: `false` none (a panel shows options only), left out their list and ids (the wizard and
 * the matrix name them), `checkValues` their cells too, each shown option's (the table shows them).
 * A component that does not show cells carries no code to check them.
 */
export function checkRenderable(
  data: unknown,
  optionIds?: readonly string[],
  minShown = 2,
  values?: false | typeof checkValues,
): SchemaIssue[] {
  const { issues, add } = issueList();
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    add([], "expected a comparison object");
    return issues;
  }
  const comparison = data as Partial<Comparison>;
  // The data's options, or the host's list of the ones to show (a bare "bpo" is not a list).
  if (!Array.isArray(comparison.options) || (optionIds != null && !Array.isArray(optionIds))) {
    add(["options"], "expected a list of options");
    return issues;
  }
  if (comparison.options.length < 2) add(["options"], "a comparison needs at least 2 options");
  const known = new Set<string>();
  // entries(), not forEach: a hole in unchecked data's list is an entry too, and reported.
  for (const [index, option] of comparison.options.entries()) {
    // Optional chaining reads no id from null; a string or a number has no id of its own.
    if (typeof option?.id !== "string") {
      add(["options", index], "expected an option with an id");
    } else if (known.has(option.id)) {
      // Columns, cells and React keys are found by id: a repeated one shows one option's data twice.
      add(["options", index, "id"], `duplicate id ${quote(option.id)} in options`);
    } else known.add(option.id);
  }
  const shown = optionIds ?? [...known];
  for (const id of shown) {
    if (!known.has(id)) add(["options"], `unknown option id ${quote(String(id))}`);
  }
  // Counted once each: options={["bpo", "bpo"]} is one option, not a comparison.
  if (optionIds && new Set(optionIds).size < minShown) {
    add(["options"], minShown === 1 ? "choose at least 1 option" : `choose at least ${minShown} options to compare`);
  }
  if (values === false) return issues;
  if (!Array.isArray(comparison.parameters)) {
    add(["parameters"], "expected a list of parameters");
    return issues;
  }
  const parameterIds = new Set<string>();
  for (const [index, parameter] of comparison.parameters.entries()) {
    if (typeof parameter?.id !== "string") {
      add(["parameters", index], "expected a parameter with an id");
      continue;
    }
    if (parameterIds.has(parameter.id))
      add(["parameters", index, "id"], `duplicate id ${quote(parameter.id)} in parameters`);
    parameterIds.add(parameter.id);
    values?.(parameter.values, index, shown, known, add);
  }
  return issues;
}

/** The cells of parameter `index`, one under each of the `shown` options (ids the data has). */
export function checkValues(
  values: unknown,
  index: number,
  shown: readonly string[],
  known: ReadonlySet<string>,
  add: Add,
): void {
  if (values === null || typeof values !== "object") {
    add(["parameters", index, "values"], "expected values by option id");
    return;
  }
  for (const id of shown) {
    if (!known.has(id)) continue;
    const cell = ownEntry(values as Record<string, unknown>, id);
    if (cell === undefined || cell === null) {
      add(["parameters", index, "values", id], `no value for option ${quote(id)}`);
    } else if (typeof cell === "object" && "kind" in cell) {
      if (!(CELL_KINDS as readonly string[]).includes(String(cell.kind))) {
        add(["parameters", index, "values", id, "kind"], `unknown cell kind ${quote(String(cell.kind))}`);
      } else {
        // A number is shown as the number it spells ("1200" as 1,200); "1200,5", "4/5" or none reads NaN.
        for (const field of cell.kind === "number" ? ["value"] : cell.kind === "rating" ? ["value", "max"] : []) {
          // biome-ignore lint/suspicious/noGlobalIsFinite: the text's number, as the cell shows it
          if (!isFinite(String((cell as Record<string, unknown>)[field]) as never))
            add(["parameters", index, "values", id, field], "expected a number");
        }
      }
    } else if (
      typeof cell === "object" ? Object.values(cell).some((text) => typeof text !== "string") : typeof cell !== "string"
    ) {
      // An object without a kind is a text by locale: { "value": 1200.5, "unit": "€" } lacks its kind.
      add(["parameters", index, "values", id], "expected a text, or a cell with a kind");
    }
  }
}
