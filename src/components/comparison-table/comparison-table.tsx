import { cx } from "class-variance-authority";
import {
  Children,
  forwardRef,
  type HTMLAttributes,
  isValidElement,
  type KeyboardEvent,
  memo,
  type ReactNode,
  type RefAttributes,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from "react";
import { checkRenderable, checkValues } from "../../internal/check-data.js";
import { ErrorBox } from "../../internal/error-box.js";
import { type HeadingLevel, titleOf } from "../../internal/heading.js";
import { followInPageLink } from "../../internal/in-page-link.js";
import { shownText } from "../../internal/shown-text.js";
import { useConsoleError } from "../../internal/use-console-error.js";
import { useControllableState } from "../../internal/use-controllable-state.js";
import { useStrings } from "../../internal/use-strings.js";
import { withBoundary } from "../../internal/with-boundary.js";
import { format, type MessageOverrides, plural } from "../../messages/index.js";
import { listOf } from "../../schema/list.js";
import { quote } from "../../schema/path.js";
import type { Comparison, Option, SchemaIssue, Text } from "../../schema/types.js";
import { safeHref } from "../../schema/url.js";
import { comparisonTableVariants } from "./comparison-table.variants.js";
import {
  type CellRenderer,
  domId,
  type IdPart,
  isRowHidden,
  type SharedTable,
  TableContext,
  type TableContextValue,
} from "./context.js";
import { type ExportMessages, tableMessages } from "./messages.js";
import { buildTableModel, idSafe, optionName, type RowModel, sectionKey, type TextContext, textOf } from "./model.js";
import { cellElement, nameProps, type ParameterRowProps, RowView } from "./parameter-row.js";

export interface ComparisonTableProps
  extends Omit<HTMLAttributes<HTMLDivElement>, "children">,
    RefAttributes<HTMLDivElement> {
  /** The comparison to show (ideally the result of `parseComparison`). */
  data: Comparison;
  /** `ParameterRow`s to show instead of every parameter: only those rows, in that order. */
  children?: ReactNode | undefined;
  /** Ids of the options to offer, in column order. @default every option, in data order */
  options?: readonly string[] | undefined;
  /** Locale of data texts and built-in strings. @default the provider's locale, else the data's defaultLocale */
  locale?: string | undefined;
  /** Overrides for built-in strings, the export's too (`downloadCsv`, `parameterColumn`). */
  messages?: MessageOverrides<ExportMessages> | undefined;
  /**
   * The table's caption: text, an element, or a text per locale as the data's are (`{ fi: "…", en: "…" }`),
   * shown in the table's locale. A caption you give replaces the title and the description under it.
   * @default the comparison's title
   */
  caption?: ReactNode | Text | undefined;
  /**
   * Id of the option to mark as recommended; `null` marks none, and so does an id not shown. An id
   * the data has no option for marks none and is named on the console.
   * @default the first option with `recommended: true`
   */
  highlightOption?: string | null | undefined;
  /** Hide rows whose values are the same for every shown option (controlled). */
  differencesOnly?: boolean | undefined;
  /** Initial differences-only state when uncontrolled. @default false */
  defaultDifferencesOnly?: boolean | undefined;
  /** Called when the reader turns differences-only on or off. */
  onDifferencesOnlyChange?: ((differencesOnly: boolean) => void) | undefined;
  /** Show the "Show differences only" switch. @default true */
  showDifferencesToggle?: boolean | undefined;
  /** `auto` stacks when the table's own container is narrower than `--vertailu-stack-below`. @default "auto" */
  layout?: "auto" | "table" | "stacked" | undefined;
  /**
   * Keep the header row in view while the table scrolls. The table then scrolls inside its own frame, at most
   * `--vertailu-table-max-block-size` tall (80vh), so the header sticks while the frame scrolls, not the page.
   * @default true
   */
  stickyHeader?: boolean | undefined;
  /** Keep the parameter column, the caption and the group labels in view while the table scrolls sideways. @default true */
  stickyFirstColumn?: boolean | undefined;
  /** Let the reader collapse and expand groups. @default false */
  collapsibleGroups?: boolean | undefined;
  /**
   * Ids of the options shown (controlled); the picker changes them. It is reader state (kept in a URL,
   * say), so ids not offered are passed over; with fewer than two left, the first two offered show.
   */
  visibleOptions?: readonly string[] | undefined;
  /** Initial shown options when uncontrolled. @default every offered option */
  defaultVisibleOptions?: readonly string[] | undefined;
  /** Called when the reader picks options to compare. */
  onVisibleOptionsChange?: ((optionIds: string[]) => void) | undefined;
  /** Show the option picker. @default true when more than three options are offered */
  showOptionPicker?: boolean | undefined;
  /**
   * Extra toolbar controls, such as `<CsvDownloadButton />`. Only the built-in `CsvDownloadButton` reads the
   * table's state; your own controls get no access to it, and drive the table through its controlled props
   * (`differencesOnly`, `visibleOptions`).
   */
  toolbar?: ReactNode | undefined;
  /** Cell spacing. @default comfortable */
  density?: "comfortable" | "compact" | undefined;
  /** Level of the table's headings: Notes, Sources, and the option sections of the stacked layout. @default 3 */
  headingLevel?: HeadingLevel | undefined;
  /**
   * Prefix for the ids of rows, notes and sources (row headers get `${idPrefix}-row-${parameterId}`). The prefix
   * and the ids are made safe for ids: any character other than a letter, a digit, `_`, `.`, `:` or `-` becomes
   * `-`, and each is cut to 100 characters.
   * @default the comparison's id
   */
  idPrefix?: string | undefined;
  /** Custom rendering for cells; return undefined to keep the built-in rendering. */
  renderCell?: CellRenderer | undefined;
}

type Heading = "h2" | "h3" | "h4" | "h5" | "h6";

function childParameterIds(children: ReactNode): string[] | undefined {
  if (children == null || children === false) return undefined;
  const found: string[] = [];
  Children.forEach(children, (child) => {
    // Any id a row names, as text: one that is no string (a plain-JavaScript host's parameter={5})
    // is then reported as unknown instead of leaving the row silently out.
    if (isValidElement<ParameterRowProps>(child) && child.props.parameter != null) {
      found.push(String(child.props.parameter));
    }
  });
  return found;
}

function localIssues(
  data: unknown,
  offered: readonly string[] | undefined,
  childIds: readonly string[] | undefined,
): SchemaIssue[] {
  const issues = checkRenderable(data, offered, 2, checkValues);
  if (issues.length > 0 || !childIds) return issues;
  // A host may give thousands of rows: each is looked up in a set.
  const known = new Set((data as Comparison).parameters.map((parameter) => parameter.id));
  for (const id of childIds) {
    if (!known.has(id))
      issues.push({ path: "parameters", message: `ParameterRow names unknown parameter ${quote(id)}` });
  }
  return issues;
}

const ComparisonTableView = forwardRef<HTMLDivElement, ComparisonTableProps>(function ComparisonTable(
  {
    data,
    children,
    options: offeredProp,
    locale: localeProp,
    messages: messagesProp,
    caption,
    highlightOption: highlightProp,
    differencesOnly: differencesProp,
    defaultDifferencesOnly = false,
    onDifferencesOnlyChange,
    showDifferencesToggle = true,
    layout = "auto",
    stickyHeader = true,
    stickyFirstColumn = true,
    // Read only as a condition, so undefined is its default, false.
    collapsibleGroups,
    visibleOptions: visibleProp,
    defaultVisibleOptions,
    onVisibleOptionsChange,
    showOptionPicker,
    toolbar,
    density,
    headingLevel = 3,
    idPrefix: idPrefixProp,
    renderCell,
    // `className` stays in `rest`: the box and the table's own class list below both take it from there.
    ...rest
  },
  ref,
) {
  const strings = useStrings(localeProp, messagesProp, data, tableMessages);
  // The children's ids. The memos below depend on their content (joined into one string), so a
  // re-render with the same rows keeps them.
  const childIds = childParameterIds(children);
  const childKey = childIds?.join("\u0000");
  // Checked once per data, options and rows, not on every render: a locale switch or a
  // differences-only toggle re-renders the table without changing any of them.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `childKey` stands for `childIds`' content
  const issues = useMemo(() => localIssues(data, offeredProp, childIds), [data, offeredProp, childKey]);
  const valid = issues.length === 0;
  // An option named twice is still one column (the data's own ids are checked to be unique).
  const offered = valid ? [...new Set(offeredProp ?? data.options.map((option) => option.id))] : [];
  const offeredKey = offered.join("\u0000");

  const [differencesOnly, setDifferencesOnly] = useControllableState(
    differencesProp,
    defaultDifferencesOnly,
    onDifferencesOnlyChange,
  );
  // The picker hands over a new array on every change, so the host gets one it may keep or change.
  const [visibleRaw, setVisible] = useControllableState<readonly string[]>(
    visibleProp,
    defaultVisibleOptions ?? offered,
    onVisibleOptionsChange as ((optionIds: readonly string[]) => void) | undefined,
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: `offeredKey` stands for `offered`'s content
  const shownIds = useMemo(() => {
    // A host's value that is no list (plain JavaScript) counts as every offered option.
    const chosen = new Set(Array.isArray(visibleRaw) ? visibleRaw : offered);
    const shown = offered.filter((id) => chosen.has(id));
    return shown.length >= 2 ? shown : offered.slice(0, 2);
  }, [visibleRaw, offeredKey]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const toggleGroup = useCallback(
    (id: string) =>
      setCollapsed((previous) => {
        const next = new Set(previous);
        // delete() tells whether the group was collapsed: then it opens, else it collapses.
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const generatedId = useId();
  const idPrefix = idSafe(idPrefixProp ?? (valid ? data.id : generatedId));
  // Two tables of one comparison would share every id (rows, notes, sources), and each one's names
  // and links would lead into the first: said, since nothing on the page shows it.
  useEffect(() => {
    if (document.querySelectorAll(`[id="${idPrefix}-${layout === "stacked" ? "stacked-" : ""}title"]`)[1])
      console.error(`vertailu ComparisonTable: idPrefix: "${idPrefix}" is taken: give each table its own`);
  }, [idPrefix, layout]);
  // Nor does a highlightOption the data lacks (a typo) show: it highlights nothing.
  useConsoleError(
    valid &&
      highlightProp != null &&
      !data.options.some((option) => option.id === highlightProp) &&
      `vertailu ComparisonTable: highlightOption: unknown option id ${quote(String(highlightProp))}`,
  );

  // Read with ?.: unchecked data may be no object. The text is used only once the data is valid.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `strings` is new each render; its parts are the dependencies
  const text = useMemo<TextContext>(
    () => ({ ...strings, defaultLocale: data?.defaultLocale, types: data?.types }),
    [strings.locale, strings.lang, strings.messages, data],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: `childKey` stands for `childIds`' content
  const model = useMemo(
    () => (valid ? buildTableModel(data, shownIds, text, childIds) : undefined),
    [valid, data, shownIds, text, childKey],
  );
  const shared = useMemo<SharedTable | undefined>(
    () =>
      // Built from valid data only: the option recommended is looked up there.
      model && {
        data,
        model,
        text,
        idPrefix,
        highlightOption:
          highlightProp === null ? undefined : (highlightProp ?? data.options.find((o) => o.recommended)?.id),
        renderCell,
      },
    [data, model, text, idPrefix, highlightProp, renderCell],
  );
  const context = useMemo<TableContextValue | undefined>(
    () => shared && { shared, differencesOnly, collapsed },
    [shared, differencesOnly, collapsed],
  );

  // No context without a model, and no model without valid data; the model's test tells the types so.
  if (!context || !model) {
    return <ErrorBox {...rest} boxRef={ref} component="ComparisonTable" issues={issues} messages={strings.messages} />;
  }

  const title = textOf(data.title, text);
  const description = shownText(data.description, text);
  const pickerShown = showOptionPicker ?? offered.length > 3;
  const shownCaption = titleOf(caption, text.locale, text.defaultLocale);

  return (
    <div
      ref={ref}
      lang={strings.lang}
      {...rest}
      className={cx(comparisonTableVariants({ density, layout }), rest.className)}
      data-slot="comparison-table"
      data-sticky-header={stickyHeader}
      data-sticky-column={stickyFirstColumn}
    >
      <TableContext.Provider value={context}>
        <div className="vertailu-comparison-table__inner">
          {pickerShown || showDifferencesToggle || toolbar ? (
            <div className="vertailu-comparison-table__toolbar" data-slot="toolbar">
              {showDifferencesToggle ? (
                <label className="vertailu-comparison-table__toggle">
                  <input
                    type="checkbox"
                    checked={differencesOnly}
                    onChange={(event) => setDifferencesOnly(event.currentTarget.checked)}
                    onKeyDown={keepFormUnsent}
                    data-slot="differences-toggle"
                  />
                  <span>{strings.messages.differencesOnly}</span>
                </label>
              ) : null}
              {pickerShown ? (
                <OptionPicker data={data} text={text} offered={offered} shown={shownIds} onChange={setVisible} />
              ) : null}
              {toolbar}
            </div>
          ) : null}
          <p className="vertailu-comparison-table__status" role="status" data-slot="status">
            {differencesOnly
              ? model.identicalCount > 0
                ? plural(strings.messages, "rowsHidden", model.identicalCount, text.locale)
                : strings.messages.noRowsHidden
              : ""}
          </p>
          <Views
            layout={layout}
            title={shownCaption ?? title}
            label={typeof shownCaption === "string" ? shownCaption : title}
            description={shownCaption === undefined ? description : ""}
            // Kept to h2–h6, whatever a plain-JavaScript host passes ("4", 9, "x").
            headingLevel={Math.min(6, Math.max(2, headingLevel | 0)) as ViewsProps["headingLevel"]}
            collapsibleGroups={collapsibleGroups}
            onToggleGroup={toggleGroup}
          >
            {children}
          </Views>
        </div>
      </TableContext.Provider>
    </div>
  );
});

interface ViewsProps {
  layout: "auto" | "table" | "stacked";
  title: ReactNode;
  label: string;
  description: ReactNode;
  headingLevel: HeadingLevel;
  collapsibleGroups: boolean | undefined;
  onToggleGroup: (id: string) => void;
  children: ReactNode;
}

/**
 * The table, the stacked layout, and the notes under them. In `auto` layout a container query
 * decides which one shows; the stacked one is only built once the query has shown it, so wide
 * tables never pay for it. Memoized, so a host re-render (a theme switch, say) passes the rows by.
 */
const Views = memo(function Views(props: ViewsProps) {
  // The other props are the views' own: each view and the notes take them all as they are, and
  // each one's type picks what it reads. The frame's children are the table, not the rows.
  const { layout } = props;
  const stackedRef = useRef<HTMLDivElement>(null);
  const [stackedShown, setStackedShown] = useState(layout === "stacked");
  // What last had focus in the views (see below).
  const lastFocus = useRef<Element | null>(null);
  useEffect(() => {
    if (layout !== "auto") {
      setStackedShown(layout === "stacked");
      return;
    }
    // The auto layout always renders both views' boxes in the table's inner box, so by now the ref
    // holds the stacked one, with that box as its parent and the scroll frame just before it.
    const element = stackedRef.current as HTMLDivElement;
    const container = element.parentElement as HTMLElement;
    if (typeof ResizeObserver === "undefined") return;
    // Read on the observer's reports (after layout), never synchronously on mount.
    const observer = new ResizeObserver(() => setStackedShown(getComputedStyle(element).display !== "none"));
    observer.observe(container);
    // The views themselves too: a changed --vertailu-stack-below flips the container query
    // without resizing the container, but the view that appears or hides changes size.
    observer.observe(element);
    observer.observe(element.previousElementSibling as Element);
    const track = (event: Event) => {
      lastFocus.current = event.target as Element;
    };
    container.addEventListener("focusin", track);
    return () => {
      observer.disconnect();
      container.removeEventListener("focusin", track);
    };
  }, [layout]);

  // A switch of layout under the reader's focus (a zoom to 400 %, a narrower window) hides the
  // focused element with its view, and focus falls to the page's body. It goes instead to the same
  // row in the view now shown (its row header, or its first term), else to the first row (WCAG 2.4.3).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each switch
  useEffect(() => {
    const last = lastFocus.current;
    const container = stackedRef.current?.parentElement;
    if (!container || last?.checkVisibility?.() !== false) return;
    // Lost: on the body already, or still on the hidden element (Chromium lets go of it a moment
    // later). Focus the reader took elsewhere on the page stays there.
    const root = container.getRootNode() as Document | ShadowRoot;
    if (document.activeElement !== document.body && root.activeElement !== last) return;
    // A row is its header in the table (its id) or its terms in the stacked layout (data-anchor).
    const rowOf = (element?: Element | null) => element && (element.id || element.getAttribute("data-anchor"));
    const rows = [...container.querySelectorAll<HTMLElement>("th[id],dt[data-anchor]")].filter((row) =>
      row.checkVisibility(),
    );
    // The focused element's row (a `tr`) or pair (a `div` around a term and its value): its header.
    const wanted = rowOf(last.closest("tr,div")?.querySelector("th[id],dt[data-anchor]"));
    (rows.find((row) => rowOf(row) === wanted) ?? rows[0])?.focus();
  }, [stackedShown]);

  return (
    <>
      {layout !== "stacked" && (
        <ScrollFrame {...props}>
          <TableMarkup {...props} />
        </ScrollFrame>
      )}
      {layout !== "table" && (
        <div ref={stackedRef} className="vertailu-comparison-table__stacked" data-slot="stacked">
          {stackedShown && <StackedView {...props} />}
        </div>
      )}
      <Footnotes {...props} refPart={stackedShown ? "sref" : "ref"} />
    </>
  );
});

// The views below render only inside ComparisonTable's provider, so their table context is always there.
const useSharedTable = () => useContext(TableContext) as TableContextValue;

type TableMarkupProps = Pick<ViewsProps, "title" | "description" | "collapsibleGroups" | "onToggleGroup" | "children">;

/**
 * The frame the table scrolls in. Its children (the table) come from `Views`, so a change of the
 * frame's own focusability does not render them again.
 */
function ScrollFrame({
  label,
  children,
}: {
  /** The caption as plain text, for the frame's name. */
  label: string;
  children: ReactNode;
}) {
  const { shared } = useSharedTable();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);

  useEffect(() => {
    // The frame is always rendered, so the ref holds it by now.
    const element = scrollRef.current as HTMLDivElement;
    if (typeof ResizeObserver === "undefined") return;
    // The observer reports once after the first layout and after every resize, so nothing here
    // forces a synchronous layout of a large table.
    const measure = () =>
      setScrolls(element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1);
    // Attributes, not state, so the sticky shadows follow scrolling without re-rendering rows;
    // toggleAttribute writes only when the answer changes, so scrolling on restyles nothing.
    const onScroll = () => {
      element.toggleAttribute("data-scrolled-block", element.scrollTop > 0);
      element.toggleAttribute("data-scrolled-inline", element.scrollLeft !== 0);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    // The frame always holds the table (see TableMarkup).
    observer.observe(element.firstElementChild as Element);
    element.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener("scroll", onScroll);
    };
  }, []);

  return (
    <div
      ref={scrollRef}
      className="vertailu-comparison-table__scroll"
      data-slot="scroll-area"
      // Focusable and named only while it scrolls, so keyboard users can scroll it and nobody
      // meets a pointless tab stop otherwise.
      {...(scrolls
        ? { tabIndex: 0, role: "region", "aria-label": format(shared.text.messages.scrollRegion, { title: label }) }
        : {})}
    >
      {children}
    </div>
  );
}

// Memoized: Views renders again when the stacked layout shows or hides, which leaves the table as it is.
const TableMarkup = memo(function TableMarkup({
  title,
  description,
  collapsibleGroups,
  onToggleGroup,
  children,
}: TableMarkupProps) {
  const table = useSharedTable();
  const { shared } = table;
  const { model, text, idPrefix } = shared;
  return (
    <table
      className="vertailu-comparison-table__table"
      data-slot="table"
      // Caps the column count the minimum width is computed from (see the CSS).
      data-columns={Math.min(model.options.length, 12)}
      // Named by the title and described by the description: the caption holds both, and a name
      // of both would be read in one breath each time the table is entered.
      aria-labelledby={`${idPrefix}-title`}
      aria-describedby={`${idPrefix}-description`}
    >
      {/* The parameter column's width; the options share the rest, with no col of their own. */}
      <colgroup>
        <col className="vertailu-comparison-table__first-column" />
      </colgroup>
      <caption className="vertailu-comparison-table__caption">
        <span className="vertailu-comparison-table__title" id={`${idPrefix}-title`}>
          {title}
        </span>
        {/* Always there, empty without a description (CSS hides it), as the table's description. */}
        <span className="vertailu-comparison-table__description" id={`${idPrefix}-description`}>
          {description}
        </span>
      </caption>
      <thead>
        <tr>
          <td className="vertailu-comparison-table__corner" />
          {model.options.map((option) => {
            const recommended = option.id === shared.highlightOption;
            return (
              <th
                key={option.id}
                scope="col"
                className="vertailu-comparison-table__column-header"
                // React writes a data attribute's true as "true"; undefined leaves the attribute out.
                data-highlighted={recommended || undefined}
              >
                <span className="vertailu-comparison-table__option-name">
                  {shownText(option.name, text, option.id)}
                </span>
                {recommended && (
                  <span className="vertailu-comparison-table__recommended" data-slot="recommended">
                    {text.messages.recommended}
                  </span>
                )}
              </th>
            );
          })}
        </tr>
      </thead>
      {children != null ? (
        <tbody>{children}</tbody>
      ) : (
        model.groups.map((group) => {
          const isCollapsed = group.id !== undefined && table.collapsed.has(group.id);
          const labelId = domId(idPrefix, "group", group.id ?? "");
          const groupLabel = <span id={labelId}>{group.label}</span>;
          return (
            <tbody
              key={group.id ?? ""}
              className="vertailu-comparison-table__group"
              data-slot="group"
              data-state={isCollapsed ? "collapsed" : "expanded"}
            >
              {group.id !== undefined && (
                <tr className="vertailu-comparison-table__group-row">
                  <th
                    scope="rowgroup"
                    colSpan={model.options.length + 1}
                    className="vertailu-comparison-table__group-header"
                    // Named by the label alone: a reader hears the group's name with its cells, not
                    // its description each time.
                    aria-labelledby={labelId}
                  >
                    {/* One box, kept in view at the frame's start while the table scrolls sideways. */}
                    <div className="vertailu-comparison-table__group-label">
                      {collapsibleGroups ? groupToggle(group.id, groupLabel, isCollapsed, onToggleGroup) : groupLabel}
                      {group.description ? (
                        <p className="vertailu-comparison-table__group-description">{group.description}</p>
                      ) : null}
                    </div>
                  </th>
                </tr>
              )}
              {group.rows.map((row) => (
                <RowView key={row.parameter.id} shared={shared} row={row} rowHidden={isRowHidden(row, table)} />
              ))}
            </tbody>
          );
        })
      )}
    </table>
  );
});

/**
 * Enter in one of the table's checkboxes sends no form the host put around the table: Chromium
 * sends a checkbox's form on Enter, and a page that is one big form (ASP.NET's) would post itself
 * back, losing the reader's place.
 */
function keepFormUnsent(event: KeyboardEvent) {
  if (event.key === "Enter") event.preventDefault();
}

/**
 * The button that opens and closes a group, in the table's group header and in each stacked section.
 * A plain function, not a component: it keeps no state, and calling it spares a props object.
 */
function groupToggle(id: string, label: ReactNode, collapsed: boolean, onToggle: (id: string) => void) {
  return (
    <button
      type="button"
      className="vertailu-comparison-table__group-button"
      aria-expanded={!collapsed}
      onClick={() => onToggle(id)}
    >
      <svg viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" className="vertailu-chevron">
        <path d="M6 4l4 4-4 4" />
      </svg>
      {label}
    </button>
  );
}

function StackedView({
  title,
  description,
  headingLevel,
  collapsibleGroups,
  onToggleGroup,
}: Pick<ViewsProps, "title" | "description" | "headingLevel" | "collapsibleGroups" | "onToggleGroup">) {
  const table = useSharedTable();
  const { shared } = table;
  const { text } = shared;
  const Heading = `h${headingLevel}` as Heading;
  const SubHeading = `h${Math.min(6, headingLevel + 1)}` as Heading;
  const titleId = `${shared.idPrefix}-stacked-title`;
  return (
    // Named by the title alone: a region's name is read out on the way in, the description after it.
    <section className="vertailu-comparison-table__stacked-view" aria-labelledby={titleId}>
      <p className="vertailu-comparison-table__caption">
        <span id={titleId} className="vertailu-comparison-table__title">
          {title}
        </span>
        {description ? <span className="vertailu-comparison-table__description">{description}</span> : null}
      </p>
      {shared.model.options.map((option) => {
        const recommended = option.id === shared.highlightOption;
        return (
          <section
            key={option.id}
            className="vertailu-comparison-table__option"
            data-highlighted={recommended || undefined}
            aria-label={optionName(option, text)}
          >
            <Heading className="vertailu-comparison-table__option-heading">
              {shownText(option.name, text, option.id)}
              {recommended && (
                <span className="vertailu-comparison-table__recommended">{text.messages.recommended}</span>
              )}
            </Heading>
            {shared.model.groups.map((group) => {
              const rows = group.rows.filter((row) => !isRowHidden(row, table, ""));
              if (rows.length === 0) return null;
              // Each section opens and closes its own groups: a button closes the list under it and
              // nothing else, so the sections below do not move.
              const key = sectionKey(option.id, group.id);
              const isCollapsed = table.collapsed.has(key);
              return (
                <div key={group.id ?? ""} className="vertailu-comparison-table__stacked-group">
                  {group.id !== undefined && (
                    <SubHeading className="vertailu-comparison-table__stacked-group-heading">
                      {collapsibleGroups ? groupToggle(key, group.label, isCollapsed, onToggleGroup) : group.label}
                    </SubHeading>
                  )}
                  {group.description ? (
                    <p className="vertailu-comparison-table__group-description">{group.description}</p>
                  ) : null}
                  <dl className="vertailu-comparison-table__list" hidden={isCollapsed}>
                    {rows.map((row) => (
                      <StackedPair key={row.parameter.id} shared={shared} option={option} row={row} />
                    ))}
                  </dl>
                </div>
              );
            })}
          </section>
        );
      })}
    </section>
  );
}

// Memoized like the table's rows: hiding or showing identical rows leaves the shown pairs alone.
const StackedPair = memo(function StackedPair({
  shared,
  option,
  row,
}: {
  shared: SharedTable;
  option: Option;
  row: RowModel;
}) {
  // Each section's own ids: `<prefix>-s-<option>-desc-<parameter>`, beside the table's `<prefix>-desc-<parameter>`.
  const section = `${shared.idPrefix}-s-${idSafe(option.id)}`;
  return (
    <div className="vertailu-comparison-table__pair">
      {/* Stands in for the row header, hidden in this layout, as the target of links to the row;
          named as the row header is (ARIA 1.2 names a term from its author: it is not among the
          roles that cannot be named, and axe allows it). The narrow layout keeps what the row
          header offers (WCAG 1.4.10). */}
      <dt
        data-anchor={domId(shared.idPrefix, "row", row.parameter.id)}
        {...nameProps(shared, section, row.parameter)}
      />
      {cellElement("dd", shared, option, row)}
    </div>
  );
});

function Footnotes({ refPart, headingLevel }: Pick<ViewsProps, "headingLevel"> & { refPart: IdPart }) {
  const table = useSharedTable();
  const { model, text, idPrefix } = table.shared;
  // Headings at the level of the stacked layout's option sections: parts of the comparison.
  const Heading = `h${headingLevel}` as Heading;
  const sources = listOf(table.shared.data.sources).filter(Boolean);
  if (model.footnotes.length === 0 && sources.length === 0) return null;
  return (
    <div className="vertailu-comparison-table__notes" data-slot="notes">
      {model.footnotes.length > 0 && (
        <>
          <Heading className="vertailu-comparison-table__notes-heading">{text.messages.notesHeading}</Heading>
          <ol className="vertailu-comparison-table__footnotes">
            {model.footnotes.map((note) => (
              <li
                key={note.number}
                id={domId(idPrefix, "note", note.number)}
                value={note.number}
                // Hidden with its cell: a row left out, or a group closed (in the stacked layout, in
                // the cell's own section), where the note's link back would lead nowhere.
                hidden={isRowHidden(note.row, table, refPart === "sref" ? note.section : undefined)}
                tabIndex={-1}
              >
                {note.text}{" "}
                <a
                  href={`#${domId(idPrefix, refPart, note.number)}`}
                  className="vertailu-comparison-table__back"
                  aria-label={`${text.messages.backToCell} (${format(text.messages.noteLink, { number: note.number })})`}
                  data-slot="note-back"
                  onClick={followInPageLink}
                >
                  ↩
                </a>
              </li>
            ))}
          </ol>
        </>
      )}
      {sources.length > 0 && (
        <>
          <Heading className="vertailu-comparison-table__notes-heading">{text.messages.sourcesHeading}</Heading>
          <ul className="vertailu-comparison-table__sources">
            {sources.map((source) => {
              const href = safeHref(source.url);
              const sourceTitle = shownText(source.title, text);
              return (
                <li key={source.id} id={domId(idPrefix, "source", source.id)}>
                  {href ? <a href={href}>{sourceTitle}</a> : sourceTitle}
                  {/* Unchecked data may hold anything here: only a date (text) is shown. */}
                  {typeof source.accessed === "string"
                    ? ` (${format(text.messages.accessed, { date: source.accessed })})`
                    : null}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}

function OptionPicker({
  data,
  text,
  offered,
  shown,
  onChange,
}: {
  data: Comparison;
  text: TextContext;
  offered: readonly string[];
  shown: readonly string[];
  onChange: (next: string[]) => void;
}) {
  const hintId = useId();
  const chosen = new Set(shown);
  return (
    <fieldset className="vertailu-comparison-table__picker" data-slot="option-picker" aria-describedby={hintId}>
      <legend>{text.messages.optionPicker}</legend>
      <span id={hintId} className="vertailu-comparison-table__hint">
        {text.messages.optionPickerHint}
      </span>
      <span className="vertailu-comparison-table__choices">
        {offered.map((id) => {
          // Offered ids are the data's own: the table checks them before it renders.
          const option = data.options.find((candidate) => candidate.id === id) as Option;
          const checked = chosen.has(id);
          // Two options is the least a comparison can show. aria-disabled, not disabled: the last two
          // stay in the Tab order, so a keyboard reader still finds which options are shown.
          const locked = checked && chosen.size <= 2;
          return (
            <label key={id} className="vertailu-comparison-table__choice">
              <input
                type="checkbox"
                checked={checked}
                aria-disabled={locked}
                onKeyDown={keepFormUnsent}
                onChange={(event) => {
                  const on = event.currentTarget.checked;
                  if (!locked) onChange(offered.filter((candidate) => (candidate === id ? on : chosen.has(candidate))));
                }}
              />
              <span>{shownText(option.shortName, text) || shownText(option.name, text, option.id)}</span>
              {/* A short name shows; the full one is heard too, so "O5" says which option it is. */}
              {option.shortName ? (
                <span className="vertailu-visually-hidden">{shownText(option.name, text, option.id)}</span>
              ) : null}
            </label>
          );
        })}
      </span>
    </fieldset>
  );
}

/**
 * A comparison as an accessible table: options in columns, parameters in rows, grouped; with
 * differences-only, a recommended column, notes and sources, and a stacked layout for narrow
 * containers. Give it `ParameterRow` children to show a chosen subset in a chosen order.
 */
export const ComparisonTable = withBoundary<HTMLDivElement, ComparisonTableProps>(
  "ComparisonTable",
  ComparisonTableView,
);
