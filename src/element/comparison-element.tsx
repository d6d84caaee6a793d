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
import {
  builtInLanguage,
  catalogue,
  type MessageOverrides,
  type Messages,
  messagesFor,
  overridesOf,
} from "../messages/index.js";
import { quote } from "../schema/path.js";
import { textLanguage } from "../schema/text.js";
import type { Comparison, SchemaIssue } from "../schema/types.js";
import { lookalike } from "../schema/validate.js";
import type { Theme } from "../theme/context.js";
import { VertailuProvider } from "../theme/provider.js";
import { type LoadResult, loadComparison, loadMessages, readComparison, SCRIPT_PROBLEMS, SCRIPT_TAG } from "./load.js";
import { type CheckedMessages, type ComparisonElementMessages, checkMessages } from "./messages.js";
import { elementStyleSheet } from "./styles.js";

/** What `<vertailu-comparison view="…">` shows. */
export type ComparisonElementView = "table" | "pros-cons" | "matrix" | "wizard";

const views: readonly ComparisonElementView[] = ["table", "pros-cons", "matrix", "wizard"];
const elementMessages = catalogue<typeof enElement>([enElement], [fiElement]);
const themes: readonly Theme[] = ["light", "dark", "system"];

type State = { status: "loading" } | LoadResult;

/** One of the element's own words, and the language it is in. */
interface Word {
  text: string;
  lang: string | undefined;
}

interface ViewProps {
  state: State;
  /** The view attribute as written, trimmed ("table" when there is none). */
  view: string;
  /** The theme attribute as written, trimmed ("" when there is none). */
  theme: string;
  options: string[] | undefined;
  /** The options attribute as written. */
  optionsText: string;
  locale: string | undefined;
  /** The built-in language of the element's own words: the locale attribute's, else the page's. */
  pageLanguage: "fi" | "en";
  /** The heading-level attribute as written (null or "" when there is none). */
  headingLevel: string | null;
  /** Whether the host gave the element a `dir` of its own. */
  hostDir: boolean;
  /**
   * Whether the host gave the element data, which it does not take, and no src: React 19 makes
   * `<vertailu-comparison data={comparison}>` an attribute, a script sets `element.data`.
   */
  strayData: boolean;
  /** The strings of `messages-src`, for every component in the element, as a provider's. */
  fileMessages: MessageOverrides<Messages> | undefined;
  /** The `messages` property's strings, over the file's, as a component's own. */
  ownMessages: MessageOverrides<Messages> | undefined;
  /** What is wrong with `messages-src` or `messages`. */
  messageIssues: SchemaIssue[];
  /** The loading line and the error box's title. */
  loadingWord: Word;
  errorTitle: Word;
}

/** Languages written right to left, as a `lang` tag starts. */
const rightToLeft = /^(ar|arc|ckb|dv|fa|he|iw|ks|ps|sd|syr|ug|ur|yi)(-|$)/i;

/**
 * What is wrong with the options attribute (`written`, read as `options`) for the data: the
 * components' own words, an id in the wrong case or Unicode form told the id it looks like, and ids
 * that are all right but separated otherwise than by commas (a list in JSON, "a; b", "a b") told so
 * once, rather than as ids the data lacks.
 */
function optionIssues(data: Comparison, options: string[], written: string, fewest: number): SchemaIssue[] {
  const ids = data.options.map((option) => option.id);
  if (
    options.some((id) => !ids.includes(id)) &&
    written
      .split(/[^\p{L}\p{N}_.:-]+/u)
      .filter(Boolean)
      .every((word) => ids.includes(word))
  ) {
    return [
      {
        path: "options",
        message: `expected option ids separated by commas, such as ${quote(ids.slice(0, 2).join(","))}, got ${quote(written)}`,
      },
    ];
  }
  return checkRenderable(data, options, fewest, false).map((issue) => {
    const id = options.find((candidate) => issue.message === `unknown option id ${quote(candidate)}`);
    return id === undefined ? issue : { ...issue, message: issue.message + lookalike(id, ids) };
  });
}

function subset(data: Comparison, options: string[] | undefined): Comparison {
  if (!options) return data;
  const byId = new Map(data.options.map((option) => [option.id, option]));
  return { ...data, options: options.flatMap((id) => byId.get(id) ?? []) };
}

function Content({
  state,
  view,
  theme,
  options,
  optionsText,
  strayData,
  headingLevel,
  ownMessages: messages,
  messageIssues,
  errorTitle,
}: ViewProps): ReactNode {
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
  if (strayData) {
    issues.push({
      path: "data",
      message: `the element takes no data: it loads the comparison from src, the URL of its JSON, or reads it from a ${SCRIPT_TAG} inside it (in React, give the data to the components instead)`,
    });
  }
  issues.push(...messageIssues);
  if (state.status === "ready" && options) {
    issues.push(...optionIssues(state.data, options, optionsText, shown === "pros-cons" ? 1 : 2));
  }
  if (state.status === "error") issues.push(...state.issues);
  if (state.status === "error" || issues.length > 0) {
    // The title in the element's locale, else the page's language, as the loading line.
    // Marked so: on a page in another language (German, say) the English title is read as English.
    return (
      <ErrorBox
        component="vertailu-comparison"
        issues={issues}
        messages={{ errorTitle: errorTitle.text }}
        lang={errorTitle.lang}
      />
    );
  }
  const { data } = state;
  // Checked above: 2–6, or none (the view's own).
  const viewLevel = (level || undefined) as 2 | 3 | 4 | 5 | 6 | undefined;
  switch (shown) {
    case "pros-cons":
      return <ProsConsPanel data={data} options={options} headingLevel={viewLevel} messages={messages} />;
    case "matrix":
      return <DecisionMatrix data={chosen ?? data} headingLevel={viewLevel} messages={messages} />;
    case "wizard":
      return <DecisionWizard data={chosen ?? data} headingLevel={viewLevel} messages={messages} />;
    default:
      return <ComparisonTable data={data} options={options} headingLevel={viewLevel} messages={messages} />;
  }
}

/**
 * The loading line: a status region there from the start, so its words are announced when they
 * come. They come only when loading takes a moment (400 ms), so a quick load shows nothing.
 */
function LoadingLine({ loading, word }: { loading: boolean; word: Word }) {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    setSlow(false);
    if (!loading) return;
    const timer = setTimeout(() => setSlow(true), 400);
    return () => clearTimeout(timer);
  }, [loading]);
  return (
    <p className="vertailu-element__loading" role="status" lang={word.lang} data-slot="loading">
      {loading && slow ? word.text : null}
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
      messages={props.fileMessages}
      part="root"
      // The comparison's own direction, from the language it is shown in: an English comparison
      // stays left to right on an Arabic page, and an Arabic one reads right to left on an English
      // page. A dir the host gives the element itself wins.
      dir={props.hostDir ? undefined : rightToLeft.test(language ?? props.pageLanguage) ? "rtl" : "ltr"}
    >
      <LoadingLine loading={state.status === "loading"} word={props.loadingWord} />
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

/** The attributes that are also string properties of the element, by property name. */
const REFLECTED = {
  src: "src",
  locale: "locale",
  theme: "theme",
  options: "options",
  view: "view",
  messagesSrc: "messages-src",
} as const;

/** What the element shows while a file loads: nothing of its own yet. */
const loading = { status: "loading" } as const;

/**
 * `<vertailu-comparison src="/bpo.json" view="table" locale="fi" theme="system" options="a,b">`:
 * fetches a comparison (or reads it from a `<script type="application/json">` inside the element),
 * validates it and shows one vertailu view inside its own shadow root.
 */
export class VertailuComparisonElement extends Base {
  static readonly observedAttributes = [
    "src",
    "locale",
    "theme",
    "options",
    "view",
    "heading-level",
    "dir",
    "messages-src",
    // Taken by no one: observed so that the error box can say so.
    "data",
  ];

  #root: Root | null = null;
  #state: State = loading;
  #loadedSrc: string | null = null;
  /** The content of the JSON script last read: undefined when there was none. */
  #loadedScript: string | undefined;
  /** Whether the element waits for the page to be parsed, which may still bring its JSON script. */
  #awaitingParse = false;
  /** Sees the element's JSON script come, change (its text, src or type) or go. */
  #observer: MutationObserver | null = null;
  #request: AbortController | null = null;
  /** The `messages-src` file's strings: none without the attribute. */
  #fileMessages: typeof loading | CheckedMessages | undefined;
  #loadedMessagesSrc: string | null = null;
  #messagesRequest: AbortController | null = null;
  #messages: ComparisonElementMessages | undefined;
  #ownMessages: CheckedMessages | undefined;
  /** The `messages` property's content as text: a host that sets the same strings again changes nothing. */
  #messagesKey: string | undefined;

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
  /**
   * The `messages-src` attribute: the URL of a JSON file of built-in strings to override, flat or a
   * set per language, fetched as `src` is ("" for none).
   */
  declare messagesSrc: string;

  /** The `heading-level` attribute as a number; null or undefined removes it. */
  get headingLevel(): number | undefined {
    return Number(this.getAttribute("heading-level")) || undefined;
  }
  set headingLevel(value: number | null | undefined) {
    if (value == null) this.removeAttribute("heading-level");
    else this.setAttribute("heading-level", String(value));
  }

  /**
   * Built-in strings to override, as the components' `messages` prop takes them (flat, or a set per
   * language); over the `messages-src` file's. Checked as that file is; null or undefined removes them.
   */
  get messages(): ComparisonElementMessages | undefined {
    return this.#messages;
  }
  set messages(value: ComparisonElementMessages | null | undefined) {
    let key: string | undefined;
    try {
      key = JSON.stringify(value);
    } catch {
      // Not JSON (it holds itself, say): checked as it is.
    }
    this.#messages = value ?? undefined;
    if (key !== undefined && key === this.#messagesKey) return;
    this.#messagesKey = key;
    this.#ownMessages = value == null ? undefined : checkMessages(value, "messages");
    warnUnused("messages", this.#ownMessages);
    if (this.#root) this.#render();
  }

  connectedCallback(): void {
    // A property set on the element before this class defined it is an own property that hides
    // the accessor: set it again through the accessor, so it becomes the attribute it should be.
    for (const name of [...Object.keys(REFLECTED), "headingLevel", "messages"]) {
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
    // The JSON script inside the element: the parser may not have reached it yet, and a page's
    // script may change it later.
    this.#observer ??= new MutationObserver(() => this.#contentChanged());
    this.#observer.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ["src", "type"],
    });
    const page = this.ownerDocument;
    if (page.readyState === "loading") {
      page.addEventListener("DOMContentLoaded", () => this.#contentChanged(), { once: true });
    }
    if (this.#loadedSrc !== this.src || this.#loadedScript !== this.#script()) this.#load();
    if (this.#loadedMessagesSrc !== this.messagesSrc) this.#loadMessages();
    this.#render();
  }

  disconnectedCallback(): void {
    // Deferred, so an element that is only moved keeps its tree, and React is never unmounted
    // from inside its own rendering (a host React app removing the element).
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.#observer?.disconnect();
      this.#request?.abort();
      this.#request = null;
      this.#loadedSrc = null;
      this.#messagesRequest?.abort();
      this.#messagesRequest = null;
      this.#loadedMessagesSrc = null;
      this.#root?.unmount();
      this.#root = null;
    });
  }

  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    if (oldValue === newValue || !this.#root) return;
    if (name === "src") this.#load();
    if (name === "messages-src") this.#loadMessages();
    this.#render();
  }

  /**
   * Loads `src` with `load` after aborting `previous`, this element's last request of that kind; hands
   * the result to `done` and renders, unless a newer request or a disconnect took over.
   */
  #fetch<T>(
    previous: AbortController | null,
    load: (src: string, signal: AbortSignal, base: string) => Promise<T>,
    src: string,
    done: (result: T) => void,
  ): AbortController {
    previous?.abort();
    const request = new AbortController();
    load(src, request.signal, this.baseURI).then(
      (result) => {
        if (request.signal.aborted) return;
        done(result);
        this.#render();
      },
      () => {
        // Aborted: a newer request or a disconnect took over.
      },
    );
    return request;
  }

  /**
   * The content of the element's JSON script (its `script` child of type application/json), if it
   * has one; the problem in its place when it has more than one, or one whose src a page expects loaded.
   */
  #script(): string | undefined {
    const [script, another] = this.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/json" i]');
    return another ? SCRIPT_PROBLEMS[0] : script?.hasAttribute("src") ? SCRIPT_PROBLEMS[1] : script?.text;
  }

  /** Reads the JSON script again when it has changed, or when the page parsed to its end brought none. */
  #contentChanged(): void {
    // Half a script, as the parser may hand it over, is read once the page is parsed.
    if (!this.#root || this.ownerDocument.readyState === "loading") return;
    if (this.#awaitingParse || this.#loadedScript !== this.#script()) {
      this.#load();
      this.#render();
    }
  }

  #load(): void {
    const src = this.src;
    const script = this.#script();
    this.#loadedSrc = src;
    this.#loadedScript = script;
    // Without a src, nothing is read while the page is still parsed: the script may not be there
    // yet, or only in part (embed.js run async, mid-page); the page's end reads it whole.
    this.#awaitingParse = src.trim() === "" && this.ownerDocument.readyState === "loading";
    this.#state = loading;
    if (script === undefined && !this.#awaitingParse) {
      this.#request = this.#fetch(this.#request, loadComparison, src, (result) => {
        this.#state = result;
      });
      return;
    }
    // No request: the comparison is the script's, or waits for the page's end.
    this.#request?.abort();
    this.#request = null;
    if (script !== undefined && !this.#awaitingParse) {
      this.#state = src.trim()
        ? {
            status: "error",
            issues: [
              {
                path: "src",
                message: `a src and a ${SCRIPT_TAG} inside the element: give the comparison one way, not both`,
              },
            ],
          }
        : readComparison(script);
    }
  }

  #loadMessages(): void {
    const src = this.messagesSrc;
    this.#loadedMessagesSrc = src;
    // An empty messages-src is none, as an empty options is every option.
    if (src.trim() === "") {
      this.#messagesRequest?.abort();
      this.#messagesRequest = null;
      this.#fileMessages = undefined;
      return;
    }
    this.#fileMessages = loading;
    this.#messagesRequest = this.#fetch(this.#messagesRequest, loadMessages, src, (result) => {
      this.#fileMessages = result;
      warnUnused("messages-src", result);
    });
  }

  #render(): void {
    // Values as a page editor types them: " dark", "Matrix", "en ".
    const attribute = (name: string) => this.getAttribute(name)?.trim() ?? "";
    // "fi_FI", as Java or a server writes a locale, is the language tag "fi-FI": a lang attribute
    // with "_" names no language, and Intl reads none.
    const locale = attribute("locale").replaceAll("_", "-") || undefined;
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
    const file = this.#fileMessages && "issues" in this.#fileMessages ? this.#fileMessages : undefined;
    const own = this.#ownMessages;
    // The element's own words in its locale, else the page's language: a host's string for that
    // language (or for every language) marked with it, else the built-in one, Finnish or English.
    const wordsLocale = locale ?? pageLanguageOf(this);
    const pageLanguage = builtInLanguage(wordsLocale);
    const words = overridesOf(wordsLocale, file?.messages, own?.messages);
    const word = (key: "elementLoading" | "errorTitle", builtIn: string): Word => {
      const text = words[key];
      // "sv_FI", as Java or a server's locale is written, is "sv-FI" as a language tag: a lang
      // attribute with "_" names no language, and screen readers keep the page's voice.
      return text === undefined
        ? { text: builtIn, lang: pageLanguage }
        : { text, lang: wordsLocale?.replaceAll("_", "-") };
    };
    this.#root?.render(
      <ElementView
        // What has focus in the element now: if this render takes it away, the view moves focus on.
        focused={this.shadowRoot?.activeElement ?? null}
        // The view waits for the strings it is to show, as for its data.
        state={this.#fileMessages === loading ? loading : this.#state}
        theme={attribute("theme")}
        locale={locale}
        pageLanguage={pageLanguage}
        view={attribute("view") || "table"}
        options={options && options.length > 0 ? options : undefined}
        optionsText={optionsAttribute ?? ""}
        headingLevel={this.getAttribute("heading-level")}
        hostDir={this.hasAttribute("dir")}
        strayData={
          (this.hasAttribute("data") || Object.hasOwn(this, "data")) &&
          !this.src.trim() &&
          this.#loadedScript === undefined
        }
        fileMessages={file?.messages as MessageOverrides<Messages> | undefined}
        ownMessages={own?.messages as MessageOverrides<Messages> | undefined}
        messageIssues={[...(file?.issues ?? []), ...(own?.issues ?? [])]}
        loadingWord={word("elementLoading", elementMessages[pageLanguage].elementLoading)}
        errorTitle={word("errorTitle", messagesFor(pageLanguage).errorTitle)}
      />,
    );
  }
}

/** Says on the console which of a host's strings change nothing: a typo would otherwise go unseen. */
function warnUnused(attribute: string, checked: CheckedMessages | undefined): void {
  if (checked?.unused.length)
    console.warn(`vertailu vertailu-comparison: ${checked.unused.map((line) => `${attribute}: ${line}`).join("; ")}`);
}

// The attributes a host may also set as properties: `element.view = "matrix"` sets the attribute,
// and the element renders again as for setAttribute.
for (const [property, name] of Object.entries(REFLECTED)) {
  Object.defineProperty(VertailuComparisonElement.prototype, property, {
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
