import { type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { createRoot, type Root } from "react-dom/client";
import { ComparisonTable } from "../components/comparison-table/index.js";
import { DecisionMatrix } from "../components/decision-matrix/index.js";
import { DecisionWizard } from "../components/decision-wizard/index.js";
import { ProsConsPanel } from "../components/pros-cons-panel/index.js";
import { checkRenderable } from "../internal/check-data.js";
import { ErrorBox } from "../internal/error-box.js";
import { enElement } from "../messages/en.js";
import { fiElement } from "../messages/fi.js";
import { builtInLanguage, catalogue, messagesFor } from "../messages/index.js";
import { quote } from "../schema/path.js";
import { textLanguage } from "../schema/text.js";
import type { Comparison, SchemaIssue } from "../schema/types.js";
import type { Theme } from "../theme/context.js";
import { VertailuProvider } from "../theme/provider.js";
import { type LoadResult, loadComparison } from "./load.js";
import { elementStyleSheet } from "./styles.js";

/** What `<vertailu-comparison view="…">` shows. */
export type ComparisonElementView = "table" | "pros-cons" | "matrix" | "wizard";

const views: readonly ComparisonElementView[] = ["table", "pros-cons", "matrix", "wizard"];
const elementMessages = catalogue<typeof enElement>([enElement], [fiElement]);
const themes: readonly Theme[] = ["light", "dark", "system"];

type State = { status: "loading" } | LoadResult;

interface ViewProps {
  state: State;
  /** The view attribute as written, trimmed ("table" when there is none). */
  view: string;
  /** The theme attribute as written, trimmed ("" when there is none). */
  theme: string;
  options: string[] | undefined;
  locale: string | undefined;
  /** The built-in language of the element's own words: the locale attribute's, else the page's. */
  pageLanguage: "fi" | "en";
  /** The heading-level attribute as written (null or "" when there is none). */
  headingLevel: string | null;
  /** Whether the host gave the element a `dir` of its own. */
  hostDir: boolean;
}

/** Languages written right to left, as a `lang` tag starts. */
const rightToLeft = /^(ar|arc|ckb|dv|fa|he|iw|ks|ps|sd|syr|ug|ur|yi)(-|$)/i;

function subset(data: Comparison, options: string[] | undefined): Comparison {
  if (!options) return data;
  const byId = new Map(data.options.map((option) => [option.id, option]));
  return { ...data, options: options.flatMap((id) => byId.get(id) ?? []) };
}

function Content({ state, view, theme, options, pageLanguage, headingLevel }: ViewProps): ReactNode {
  // The decision widgets get the chosen options as their comparison; one object per choice, so
  // re-rendering for another attribute hands them the same data.
  const optionsKey = options?.join(",");
  const chosen = useMemo(
    () => (state.status === "ready" ? subset(state.data, optionsKey?.split(",")) : undefined),
    [state, optionsKey],
  );
  // The loading line is ElementView's.
  if (state.status === "loading") return null;
  // Read in any case ("Matrix"); a problem quotes the value as the page's editor wrote it.
  const shown = view.toLowerCase() as ComparisonElementView;
  // The element's own attributes first: behind a file's problems they could fall out of the first five.
  const issues: SchemaIssue[] = [];
  if (!views.includes(shown)) {
    issues.push({ path: "view", message: `unknown view ${quote(view)} (use ${views.join(", ")})` });
  }
  if (theme && !themes.includes(theme.toLowerCase() as Theme)) {
    issues.push({ path: "theme", message: `unknown theme ${quote(theme)} (use ${themes.join(", ")})` });
  }
  const level = Number(headingLevel);
  if (headingLevel && !(Number.isInteger(level) && level >= 2 && level <= 6)) {
    issues.push({ path: "heading-level", message: `expected a whole number from 2 to 6, got ${quote(headingLevel)}` });
  }
  if (state.status === "ready" && options) {
    // The components' own check names unknown ids; the element needs only that part (no parameters).
    issues.push(...checkRenderable(state.data, options, shown === "pros-cons" ? 1 : 2, false));
  }
  if (state.status === "error") issues.push(...state.issues);
  if (state.status === "error" || issues.length > 0) {
    // The title in the element's locale, else the page's language, as the loading line.
    // Marked so: on a page in another language (German, say) the English title is read as English.
    return (
      <ErrorBox
        component="vertailu-comparison"
        issues={issues}
        messages={messagesFor(pageLanguage)}
        lang={pageLanguage}
      />
    );
  }
  const { data } = state;
  // Checked above: 2–6, or none (the view's own).
  const viewLevel = (level || undefined) as 2 | 3 | 4 | 5 | 6 | undefined;
  switch (shown) {
    case "pros-cons":
      return <ProsConsPanel data={data} options={options} headingLevel={viewLevel} />;
    case "matrix":
      return <DecisionMatrix data={chosen ?? data} headingLevel={viewLevel} />;
    case "wizard":
      return <DecisionWizard data={chosen ?? data} headingLevel={viewLevel} />;
    default:
      return <ComparisonTable data={data} options={options} headingLevel={viewLevel} />;
  }
}

/**
 * The loading line: a status region there from the start, so its words are announced when they
 * come. They come only when loading takes a moment (400 ms), so a quick load shows nothing.
 */
function LoadingLine({ loading, pageLanguage }: { loading: boolean; pageLanguage: "fi" | "en" }) {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    setSlow(false);
    if (!loading) return;
    const timer = setTimeout(() => setSlow(true), 400);
    return () => clearTimeout(timer);
  }, [loading]);
  return (
    <p className="vertailu-element__loading" role="status" lang={pageLanguage} data-slot="loading">
      {loading && slow ? elementMessages[pageLanguage].elementLoading : null}
    </p>
  );
}

function ElementView({ focused, ...props }: ViewProps & { focused: Element | null }) {
  const frame = useRef<HTMLDivElement>(null);
  const { state, locale } = props;
  const theme = props.theme.toLowerCase() as Theme;
  const language = state.status === "ready" ? textLanguage(state.data, locale) : undefined;
  // The host changed the view or the file while the reader was in it: what had focus is gone, and
  // focus would fall to the page's body. It goes to the element's frame instead (WCAG 2.4.3).
  // Focusable only for that: a click on its text does not focus it otherwise.
  useEffect(() => {
    const target = frame.current;
    if (!target || !focused || focused.isConnected) return;
    target.tabIndex = -1;
    target.addEventListener("blur", () => target.removeAttribute("tabindex"), { once: true });
    target.focus({ preventScroll: true });
  }, [focused]);
  return (
    <VertailuProvider
      ref={frame}
      // A wrong theme is shown in the error box, in the system's theme.
      theme={themes.includes(theme) ? theme : "system"}
      locale={locale}
      part="root"
      // The comparison's own direction, from the language it is shown in: an English comparison
      // stays left to right on an Arabic page, and an Arabic one reads right to left on an English
      // page. A dir the host gives the element itself wins.
      dir={props.hostDir ? undefined : rightToLeft.test(language ?? props.pageLanguage) ? "rtl" : "ltr"}
    >
      <LoadingLine loading={state.status === "loading"} pageLanguage={props.pageLanguage} />
      <Content {...props} />
    </VertailuProvider>
  );
}

/** The language of the page around `element`, through the shadow roots of other components it is in. */
function pageLanguageOf(element: Element): string | undefined {
  for (let node: Element | undefined = element; node; ) {
    const marked = node.closest("[lang]");
    if (marked) return marked.getAttribute("lang") ?? undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : undefined;
  }
  return undefined;
}

// Server-side imports of this module define nothing, but must not fail on a missing HTMLElement.
const Base: typeof HTMLElement = typeof HTMLElement === "undefined" ? (class {} as typeof HTMLElement) : HTMLElement;

/** The attributes that are also string properties of the element. */
const REFLECTED = ["src", "locale", "theme", "options", "view"] as const;

/**
 * `<vertailu-comparison src="/bpo.json" view="table" locale="fi" theme="system" options="a,b">`:
 * fetches a comparison, validates it and shows one vertailu view inside its own shadow root.
 */
export class VertailuComparisonElement extends Base {
  static readonly observedAttributes = ["src", "locale", "theme", "options", "view", "heading-level", "dir"];

  #root: Root | null = null;
  #state: State = { status: "loading" };
  #loadedSrc: string | null = null;
  #request: AbortController | null = null;

  /** The `src` attribute as written: the URL of the comparison's JSON, fetched relative to the page's base URL. */
  declare src: string;
  /** The `locale` attribute ("" when there is none). */
  declare locale: string;
  /**
   * The `theme` attribute: "light", "dark" or "system" ("" shows "system"; any other value, the
   * error box). Typed as any text, since it reads back what the attribute says.
   */
  declare theme: Theme | (string & {});
  /** The `options` attribute: option ids, comma-separated ("" shows every option). */
  declare options: string;
  /**
   * The `view` attribute: "table", "pros-cons", "matrix" or "wizard" ("" shows the table; any
   * other value, the error box). Typed as any text, since it reads back what the attribute says.
   */
  declare view: ComparisonElementView | (string & {});

  /** The `heading-level` attribute as a number; null or undefined removes it. */
  get headingLevel(): number | undefined {
    return Number(this.getAttribute("heading-level")) || undefined;
  }
  set headingLevel(value: number | null | undefined) {
    if (value == null) this.removeAttribute("heading-level");
    else this.setAttribute("heading-level", String(value));
  }

  connectedCallback(): void {
    // A property set on the element before this class defined it is an own property that hides
    // the accessor: set it again through the accessor, so it becomes the attribute it should be.
    for (const name of [...REFLECTED, "headingLevel"] as const) {
      if (Object.hasOwn(this, name)) {
        const value = (this as Record<string, unknown>)[name];
        Reflect.deleteProperty(this, name);
        (this as Record<string, unknown>)[name] = value;
      }
    }
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    // Checked on every connect: an element moved into another document (an iframe's) has lost its
    // sheet and needs that document's. A host's own sheets on the open root stay, after it.
    const sheet = elementStyleSheet(this.ownerDocument);
    if (sheet && !shadow.adoptedStyleSheets.includes(sheet)) {
      shadow.adoptedStyleSheets = [sheet, ...shadow.adoptedStyleSheets];
    }
    this.#root ??= createRoot(shadow);
    if (this.#loadedSrc !== this.src) this.#load();
    this.#render();
  }

  disconnectedCallback(): void {
    // Deferred, so an element that is only moved keeps its tree, and React is never unmounted
    // from inside its own rendering (a host React app removing the element).
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.#request?.abort();
      this.#request = null;
      this.#loadedSrc = null;
      this.#root?.unmount();
      this.#root = null;
    });
  }

  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    if (oldValue === newValue || !this.#root) return;
    if (name === "src") this.#load();
    this.#render();
  }

  #load(): void {
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    const src = this.src;
    this.#loadedSrc = src;
    this.#state = { status: "loading" };
    loadComparison(src, request.signal, this.baseURI).then(
      (result) => {
        if (request.signal.aborted) return;
        this.#state = result;
        this.#render();
      },
      () => {
        // Aborted: a newer src or a disconnect took over.
      },
    );
  }

  #render(): void {
    // Values as a page editor types them: " dark", "Matrix", "en ".
    const attribute = (name: string) => this.getAttribute(name)?.trim() ?? "";
    const locale = attribute("locale") || undefined;
    const optionsAttribute = this.getAttribute("options");
    // "a,b,a" shows a and b: an option is one column, however often it is named.
    const options = optionsAttribute && [
      ...new Set(
        optionsAttribute
          .split(",")
          .map((id) => id.trim())
          .filter((id) => id !== ""),
      ),
    ];
    this.#root?.render(
      <ElementView
        // What has focus in the element now: if this render takes it away, the view moves focus on.
        focused={this.shadowRoot?.activeElement ?? null}
        state={this.#state}
        theme={attribute("theme")}
        locale={locale}
        pageLanguage={builtInLanguage(locale ?? pageLanguageOf(this))}
        view={attribute("view") || "table"}
        options={options && options.length > 0 ? options : undefined}
        headingLevel={this.getAttribute("heading-level")}
        hostDir={this.hasAttribute("dir")}
      />,
    );
  }
}

// The attributes a host may also set as properties: `element.view = "matrix"` sets the attribute,
// and the element renders again as for setAttribute.
for (const name of REFLECTED) {
  Object.defineProperty(VertailuComparisonElement.prototype, name, {
    configurable: true,
    get(this: HTMLElement) {
      return this.getAttribute(name) ?? "";
    },
    // null or undefined removes the attribute: React 19 sets a custom element's props as properties,
    // and a prop the host stops passing must not become the text "undefined".
    set(this: HTMLElement, value: unknown) {
      if (value == null) this.removeAttribute(name);
      else this.setAttribute(name, String(value));
    },
  });
}

/** Registers `<vertailu-comparison>` (or `name`) unless that name is taken. Does nothing on the server. */
export function defineComparisonElement(name = "vertailu-comparison"): void {
  if (typeof customElements === "undefined" || customElements.get(name)) return;
  customElements.define(
    name,
    name === "vertailu-comparison" ? VertailuComparisonElement : class extends VertailuComparisonElement {},
  );
}
