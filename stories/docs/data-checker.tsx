import { type FormEvent, useId, useRef, useState } from "react";
import {
  type Comparison,
  ComparisonTable,
  DecisionMatrix,
  DecisionWizard,
  LOCALE_PATTERN,
  localesOf,
  ProsConsPanel,
  type SchemaIssue,
  safeParseComparison,
} from "../../src/index.js";
import { jsonProblem, NOT_UTF8, utf8Text } from "../../src/schema/json-text.js";
import { checkTranslations } from "../../src/schema/translations.js";
import { IssueList } from "./schema-errors.js";
import "./docs.css";

/** What a check found: the text's JSON problem, a locale the form was given that is none, the schema's problems, or the data. */
type CheckResult =
  | { kind: "json"; message: string }
  | { kind: "locales"; message: string }
  | { kind: "invalid"; issues: readonly SchemaIssue[] }
  | {
      kind: "valid";
      data: Comparison;
      /** The JSON as read, for the element's snippet: the data as the editor wrote it. */
      json: unknown;
      untranslated: readonly SchemaIssue[];
      locales: readonly string[];
    };

/** The locales the form's field names, comma- or space-separated: none when it is empty. */
function localeList(field: string): string[] {
  return field.split(/[\s,]+/).filter(Boolean);
}

/**
 * Checks a comparison file's text as the CLI's `vertailu validate --locales` does: JSON first (the
 * place of a syntax error said in lines and columns), then the schema, then that every text written
 * per locale has each of `locales`.
 */
function checkComparisonText(text: string, locales: readonly string[]): CheckResult {
  const wrong = locales.find((locale) => !LOCALE_PATTERN.test(locale));
  if (wrong !== undefined) {
    return { kind: "locales", message: `"${wrong}" is not a locale: write language codes such as fi, en or sv-FI` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { kind: "json", message: `not valid JSON: ${jsonProblem(error, text)}` };
  }
  const parsed = safeParseComparison(json);
  if (!parsed.success) return { kind: "invalid", issues: parsed.error.issues };
  const untranslated = locales.length > 0 ? checkTranslations(parsed.data, locales) : [];
  return { kind: "valid", data: parsed.data, json, untranslated, locales };
}

/**
 * Where in `text` a JSON problem's "line N, column M" is, as an offset into it: undefined when the
 * message names no place (an empty file) or the text has changed so that the place is gone.
 */
function problemOffset(message: string, text: string): number | undefined {
  const place = /\bline (\d+), column (\d+)/.exec(message);
  if (!place) return undefined;
  const [line, column] = [Number(place[1]), Number(place[2])];
  const lines = text.split("\n");
  if (line > lines.length) return undefined;
  const start = lines.slice(0, line - 1).reduce((offset, each) => offset + each.length + 1, 0);
  return Math.min(start + column - 1, text.length);
}

/**
 * The comparison as HTML for a page without React (a CMS's HTML block): embed.js and the element
 * with the JSON inside it. Every "<" in the JSON is written as \u003c, which JSON reads as the same
 * character, so no text in the data can end the script or open a comment in it.
 */
function elementSnippet(json: unknown, view: View): string {
  const data = JSON.stringify(json, null, 2).replaceAll("<", "\\u003c");
  const attributes = view === "table" ? "" : ` view="${view}"`;
  return [
    '<script src="/vendor/vertailu/embed.js"></script>',
    `<vertailu-comparison${attributes}>`,
    '<script type="application/json">',
    data,
    "</script>",
    "</vertailu-comparison>",
  ].join("\n");
}

const views = {
  table: "Comparison table",
  "pros-cons": "Pros and cons",
  matrix: "Decision matrix",
  wizard: "Decision wizard",
} as const;
type View = keyof typeof views;

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function summary(data: Comparison): string {
  const parts = [
    count(data.options.length, "option", "options"),
    count(data.parameters.length, "parameter", "parameters"),
  ];
  if (data.questions?.length) parts.push(count(data.questions.length, "question", "questions"));
  return `${parts.join(", ")}; texts in ${localesOf(data).join(", ")}`;
}

function Preview({ data, view }: { data: Comparison; view: View }) {
  switch (view) {
    case "pros-cons":
      return <ProsConsPanel data={data} prefix="checker" />;
    case "matrix":
      return <DecisionMatrix data={data} prefix="checker" />;
    case "wizard":
      return <DecisionWizard data={data} prefix="checker" />;
    default:
      return <ComparisonTable data={data} idPrefix="checker" />;
  }
}

/** The element's snippet, to select or copy, with what the copy did. */
function ElementSnippet({ snippet, id }: { snippet: string; id: string }) {
  // What the last copy did, and of which HTML: a check that changes the HTML leaves it unsaid.
  const [copied, setCopied] = useState<{ snippet: string; message: string }>();
  const box = useRef<HTMLTextAreaElement>(null);
  // A page served over plain http, or a browser that asks first, may refuse: the text is then
  // selected, for the reader's own Ctrl+C.
  const refused = () => {
    box.current?.select();
    setCopied({
      snippet,
      message: "The browser did not allow copying: the HTML is selected, press Ctrl+C (⌘C) to copy it.",
    });
  };
  const copy = () => {
    if (!navigator.clipboard) refused();
    else navigator.clipboard.writeText(snippet).then(() => setCopied({ snippet, message: "Copied." }), refused);
  };
  return (
    <details className="docs-playground__css docs-checker__snippet" lang="en">
      <summary>As HTML, for a page without React</summary>
      <p className="docs-checker__hint" id={`${id}-snippet-hint`}>
        For a CMS's HTML block: embed.js (serve it from your own site) and the element with this JSON inside it, shown
        as the preview is.
      </p>
      <textarea
        ref={box}
        readOnly
        wrap="off"
        rows={8}
        value={snippet}
        aria-label="The comparison as HTML"
        aria-describedby={`${id}-snippet-hint`}
      />
      <div className="docs-checker__copy">
        <button type="button" className="docs-playground__reset" onClick={copy}>
          Copy the HTML
        </button>
        <span role="status">{copied?.snippet === snippet ? copied.message : ""}</span>
      </div>
    </details>
  );
}

export interface DataCheckerProps {
  /** The text the field starts with; checked as the form opens. */
  initialText: string;
  /** The locales every text must have, as the field starts: comma-separated, empty for none. */
  initialLocales?: string;
}

/**
 * A content editor's check of a comparison file before it goes on the intranet: paste the JSON or
 * open a file, check it, and see every problem with its place, or the data in the components. The
 * file is read in the browser and goes nowhere.
 */
export function DataChecker({ initialText, initialLocales = "fi, en" }: DataCheckerProps) {
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(initialText);
  const [locales, setLocales] = useState(initialLocales);
  const [checked, setChecked] = useState(() => ({
    text: initialText,
    result: checkComparisonText(initialText, localeList(initialLocales)),
    // The file the text came from, as the result names it: none for a text pasted or edited.
    fileName: undefined as string | undefined,
    // Each check gives its result a new key: the same problem found again is announced again.
    round: 0,
  }));
  const [view, setView] = useState<View>("table");

  const check = (value: string, fileName?: string, result = checkComparisonText(value, localeList(locales))) =>
    setChecked((previous) => ({ text: value, result, fileName, round: previous.round + 1 }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    check(text, checked.text === text ? checked.fileName : undefined);
  };

  const open = async (file: File | undefined) => {
    if (!file) return;
    const content = utf8Text(await file.arrayBuffer());
    if (content === undefined) {
      // The field keeps its text: the file's is none it can show.
      check(text, file.name, { kind: "json", message: NOT_UTF8 });
      return;
    }
    // A byte-order mark, which JSON.parse refuses, is gone, and Windows' line ends are the field's
    // own: the text is the file's as an editor shows it, and its places are the field's.
    const shown = content.replace(/\r\n?/g, "\n");
    setText(shown);
    check(shown, file.name);
  };

  const { result, fileName } = checked;
  // A syntax error in the text as it is in the field: the place it names, to go to.
  const place = result.kind === "json" && checked.text === text ? problemOffset(result.message, text) : undefined;
  const showPlace = (offset: number) => {
    field.current?.focus();
    field.current?.setSelectionRange(offset, Math.min(offset + 1, text.length));
  };
  const shownView = result.kind === "valid" && view === "wizard" && !result.data.questions?.length ? "table" : view;

  return (
    <div className="docs-playground docs-checker">
      {/* The form's words are English, as the catalogue's; the preview speaks the toolbar's language. */}
      <form className="docs-playground__controls docs-checker__form" lang="en" onSubmit={submit}>
        <div className="docs-playground__field docs-checker__text">
          <label htmlFor={`${id}-text`}>Comparison JSON</label>
          <textarea
            ref={field}
            id={`${id}-text`}
            // Unwrapped, the lines are the file's: a problem's "line 6" is the sixth line shown.
            wrap="off"
            value={text}
            rows={12}
            spellCheck={false}
            aria-describedby={`${id}-text-hint`}
            onChange={(event) => setText(event.target.value)}
          />
          <span id={`${id}-text-hint`} className="docs-checker__hint">
            Paste a file's content, or open a file. Nothing is sent anywhere: the check runs in this page.
          </span>
        </div>
        <div className="docs-playground__field">
          <label htmlFor={`${id}-file`}>Open a file</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".json,application/json"
            onChange={(event) => void open(event.target.files?.[0])}
          />
        </div>
        <div className="docs-playground__field">
          <label htmlFor={`${id}-locales`}>Every text in</label>
          <input
            id={`${id}-locales`}
            type="text"
            value={locales}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${id}-locales-hint`}
            aria-invalid={result.kind === "locales" || undefined}
            onChange={(event) => setLocales(event.target.value)}
          />
          <span id={`${id}-locales-hint`} className="docs-checker__hint">
            Comma-separated: a text written per locale has each of them, and no other. Empty to skip.
          </span>
        </div>
        <button type="submit" className="docs-playground__reset docs-checker__submit">
          Check
        </button>
      </form>

      <div className="docs-checker__result" lang="en" key={checked.round}>
        {checked.text !== text && (
          <p className="docs-checker__hint">The JSON has changed since this check: press Check to check it again.</p>
        )}
        {result.kind === "json" || result.kind === "locales" ? (
          <div role="alert" className="docs-issues">
            <p className="docs-issues__title">
              {result.kind === "json" ? `${fileName ?? "The JSON"}: ` : 'The field "Every text in": '}
              {result.message}
            </p>
            {place !== undefined && (
              <button type="button" className="docs-playground__reset" onClick={() => showPlace(place)}>
                Show it in the JSON
              </button>
            )}
          </div>
        ) : result.kind === "invalid" ? (
          <IssueList issues={result.issues} title={`${fileName ?? "The JSON"} does not validate`} />
        ) : (
          <>
            <p role="status" aria-label="Check result" className="docs-checker__valid">
              <strong>Valid.</strong> {summary(result.data)}.
            </p>
            {result.untranslated.length > 0 && (
              <IssueList
                issues={result.untranslated}
                title={`Texts checked against the locales ${result.locales.join(", ")}`}
              />
            )}
          </>
        )}
      </div>

      {result.kind === "valid" && (
        <section className="docs-checker__preview" aria-labelledby={`${id}-preview`}>
          <div className="docs-checker__preview-bar" lang="en">
            <p id={`${id}-preview`} className="docs-checker__preview-title">
              Preview
            </p>
            <label htmlFor={`${id}-view`}>Show as</label>
            <select id={`${id}-view`} value={shownView} onChange={(event) => setView(event.target.value as View)}>
              {(Object.keys(views) as View[]).map((key) => (
                <option key={key} value={key} disabled={key === "wizard" && !result.data.questions?.length}>
                  {key === "wizard" && !result.data.questions?.length ? `${views[key]} (no questions)` : views[key]}
                </option>
              ))}
            </select>
          </div>
          <Preview data={result.data} view={shownView} />
          <ElementSnippet snippet={elementSnippet(result.json, shownView)} id={id} />
        </section>
      )}
    </div>
  );
}
