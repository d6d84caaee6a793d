import { cx } from "class-variance-authority";
import {
  type ChangeEvent,
  forwardRef,
  type HTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
  type RefAttributes,
  type RefObject,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from "react";
import { checkObjectKeys, checkRenderable, issueList } from "../../internal/check-data.js";
import { ErrorBox, placementProps } from "../../internal/error-box.js";
import { type HeadingLevel, headingLevelOf, titleOf } from "../../internal/heading.js";
import { shownText } from "../../internal/shown-text.js";
import { useConsoleError } from "../../internal/use-console-error.js";
import { useControllableState } from "../../internal/use-controllable-state.js";
import { type Strings, useStrings } from "../../internal/use-strings.js";
import { withBoundary } from "../../internal/with-boundary.js";
import { format, formatList, formatNumber, type MessageOverrides, plural } from "../../messages/index.js";
import { ownEntry } from "../../schema/list.js";
import { formatPath, quote } from "../../schema/path.js";
import { closeDirections, resolveText } from "../../schema/text.js";
import type { Comparison, SchemaIssue, Text } from "../../schema/types.js";
import { decisionMatrixVariants } from "./decision-matrix.variants.js";
import { type MatrixMessages, matrixMessages } from "./messages.js";
import {
  clampScore,
  clampWeight,
  defaultWeightsOf,
  MAX_SCORE,
  MAX_WEIGHT,
  type MatrixResult,
  MIN_WEIGHT,
  type Scores,
  scoreIn,
  scoreMatrix,
  scoresOf,
  type Weights,
} from "./scoring.js";
import { parseWeightsParam, readSearchParam, serializeWeightsParam, withSearchParam } from "./weights-url.js";

export interface DecisionMatrixProps
  extends Omit<HTMLAttributes<HTMLElement>, "children" | "title">,
    RefAttributes<HTMLElement> {
  /** The comparison to weigh; the cells' `score` (0–10) are the scores and `Parameter.weight` the starting weights. */
  data: Comparison;
  /** Locale of texts and built-in strings; else the provider's, else the data's default. */
  locale?: string | undefined;
  /** Overrides for built-in strings. */
  messages?: MessageOverrides<MatrixMessages> | undefined;
  /**
   * The widget's heading: text, an element, or a text per locale as the data's are (`{ fi: "…", en: "…" }`),
   * shown in the widget's locale. @default the localized "Weigh what matters to you"
   */
  title?: ReactNode | Text | undefined;
  /** Level of the widget's heading; its sections use the next level. @default 2 */
  headingLevel?: HeadingLevel | undefined;
  /** Ids of the parameters to weigh, in this order; at least one. @default those scored for some option (every parameter with `editableScores`) */
  parameterIds?: readonly string[] | undefined;
  /**
   * Weights by parameter id, 0–5 (controlled). Ids left out keep their default: `defaultWeights`, else `Parameter.weight`, else 1.
   * A weight out of range counts as the nearest in range; it, and an unknown id, are named on the console.
   */
  weights?: Record<string, number> | undefined;
  /** Starting weights by parameter id, over the data's. @default each `Parameter.weight`, 1 where there is none */
  defaultWeights?: Record<string, number> | undefined;
  /** Called after every change with the whole set of weights, every parameter's, also when `weights` names only some. */
  onWeightsChange?: ((weights: Record<string, number>) => void) | undefined;
  /**
   * Lets the reader change the scores in fields (0–10; Up and Down step, a decimal comma or point is
   * read); an emptied field means "not scored". @default false
   */
  editableScores?: boolean | undefined;
  /**
   * Scores by option id, then parameter id, 0–10 (controlled). A score that is no number from 0 to
   * 10, or an id the data lacks, shows the error box naming it. @default the data's cell scores
   */
  scores?: Record<string, Record<string, number>> | undefined;
  /** Starting scores by option id, then parameter id. @default the data's cell scores */
  defaultScores?: Record<string, Record<string, number>> | undefined;
  /** Called with all scores after the reader changes one. */
  onScoresChange?: ((scores: Record<string, Record<string, number>>) => void) | undefined;
  /** Totals this many points (of 100) or less below the best count as a near tie, and a mix is recommended. @default 5 */
  tieMargin?: number | undefined;
  /**
   * Keeps the weights in the page's query string (`?vw=1.scope:3,pay:0`, only weights that differ
   * from the defaults) with `history.replaceState`, and reads them back on load. A malformed
   * value is ignored: wholly for a wrong version or over 2000 characters, else entry by entry
   * (unknown or repeated ids, weights that are not a digit 0–5). @default false
   */
  syncWithUrl?: boolean | undefined;
  /** Query parameter that `syncWithUrl` uses; give each matrix on one page its own. @default "vw" */
  urlParam?: string | undefined;
  /** Milliseconds after the last change before the result is announced to screen readers. @default 500 */
  announceDelay?: number | undefined;
}

type ScoreTable = Record<string, Record<string, number>>;

/** Which score field: an option's, for a parameter. */
const fieldKey = (optionId: string, parameterId: string) => `${optionId}\u0000${parameterId}`;

function hasAnyScore(scores: Scores): boolean {
  return Object.values(scores).some((row) => Object.values(row).some((score) => clampScore(score) !== undefined));
}

function checkMatrix(
  data: unknown,
  parameterIds: readonly string[] | undefined,
  startScores: Scores | undefined,
  editable: boolean,
): SchemaIssue[] {
  // Of the cells it reads only the scores, which are checked below; a cell without one is not scored.
  const issues = checkRenderable(data);
  if (issues.length > 0) return issues;
  issues.push(...checkObjectKeys(data as Comparison));
  if (parameterIds != null && !Array.isArray(parameterIds)) {
    return [{ path: "parameterIds", message: "expected a list of parameter ids" }];
  }
  // An empty list leaves nothing to weigh or total: said as the table says an empty `options`.
  if (parameterIds?.length === 0) issues.push({ path: "parameterIds", message: "choose at least 1 parameter" });
  const comparison = data as Comparison;
  const known = new Set(comparison.parameters.map((parameter) => parameter.id));
  for (const id of parameterIds ?? []) {
    if (!known.has(id)) issues.push({ path: "parameterIds", message: `unknown parameter id ${quote(String(id))}` });
  }
  if (
    startScores != null &&
    (typeof startScores !== "object" ||
      Object.values(startScores).some((row) => row === null || typeof row !== "object"))
  ) {
    return [{ path: "scores", message: "expected scores by option id, then by parameter id" }];
  }
  // A score given must be one: "8" would count as no score and 11 as 10, without a word.
  const { add } = issueList(issues);
  const checkScore = (score: unknown, path: (string | number)[]) => {
    if (score !== undefined && clampScore(score) !== score)
      add(path, `expected a score from 0 to 10, got ${said(score)}`);
  };
  comparison.parameters.forEach((parameter, index) => {
    for (const [optionId, cell] of Object.entries(parameter.values ?? {})) {
      // A bare text's "score" is undefined too.
      checkScore((cell as { score?: unknown } | null)?.score, ["parameters", index, "values", optionId, "score"]);
    }
  });
  // The host's scores too, and the ids they are filed under: a misspelt id would score nothing.
  const optionIds = new Set(comparison.options.map((option) => option.id));
  for (const [optionId, row] of Object.entries(startScores ?? {})) {
    if (!optionIds.has(optionId)) add(["scores"], `unknown option id ${quote(optionId)}`);
    for (const [parameterId, score] of Object.entries(row)) {
      if (!known.has(parameterId)) add(["scores", optionId], `unknown parameter id ${quote(parameterId)}`);
      checkScore(score, ["scores", optionId, parameterId]);
    }
  }
  if (!editable && !hasAnyScore(startScores ?? scoresOf(comparison))) {
    // Blame what the scores came from: the host's scores prop, else the data's cells.
    issues.push(
      startScores
        ? { path: "scores", message: "no option has a score (0–10); the decision matrix needs at least one" }
        : {
            path: "parameters",
            message: "no cell has a score (values.<option>.score, 0–10); the decision matrix needs at least one",
          },
    );
  }
  return issues;
}

/**
 * A value in a message: a text quoted, an object or a list called an object (JSON's
 * `{ "toString": 8 }` has no text at all), anything else as JavaScript writes it.
 */
const said = (value: unknown) =>
  typeof value === "string" ? quote(value) : value && typeof value === "object" ? "an object" : String(value);

/** A plain-JavaScript host's "5" (read from a form or a URL, say) is the number it spells. */
const weightNumber = (weight: unknown) =>
  typeof weight === "string" && weight.trim() !== "" ? Number(weight) : weight;

function sanitizeWeights(weights: Record<string, number> | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [id, weight] of Object.entries(weights ?? {})) {
    const safe = clampWeight(weightNumber(weight));
    if (safe !== undefined) out[id] = safe;
  }
  return out;
}

/**
 * Whether the element's content is wider than the element (then it must be scrollable by
 * keyboard) and whether it is scrolled sideways (then the sticky column casts its shadow). Its
 * scroll padding follows the sticky column's width, so a score input that focus scrolls to is
 * never left under that column (WCAG 2.4.11; Firefox and Safari scroll it to the nearest edge).
 */
function useSidewaysScroll(ref: RefObject<HTMLElement | null>): { overflowing: boolean; scrolled: boolean } {
  const [overflowing, setOverflowing] = useState(false);
  const [scrolled, setScrolled] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const column = element.querySelector("thead th");
    const check = () => {
      setOverflowing(element.scrollWidth > element.clientWidth + 1);
      // Set through the CSSOM, which a strict style-src allows; nothing in the server's HTML. The
      // frame's own padding (room for focus rings) lies under the sticky column too, and an input's
      // ring, as wide as that padding, must clear the column as well.
      const padding = Number.parseFloat(getComputedStyle(element).paddingInlineStart) || 0;
      element.style.scrollPaddingInlineStart = column ? `${column.getBoundingClientRect().width + 2 * padding}px` : "";
    };
    // scrollLeft is negative in right-to-left boxes.
    const onScroll = () => setScrolled(Math.abs(element.scrollLeft) > 0);
    check();
    element.addEventListener("scroll", onScroll, { passive: true });
    const observer = typeof ResizeObserver === "undefined" ? undefined : new ResizeObserver(check);
    observer?.observe(element);
    if (element.firstElementChild) observer?.observe(element.firstElementChild);
    // The column can change width while the table keeps its own (another locale's names).
    if (column) observer?.observe(column);
    return () => {
      element.removeEventListener("scroll", onScroll);
      observer?.disconnect();
    };
  }, [ref]);
  return { overflowing, scrolled };
}

/**
 * Says `text` politely once it has stopped changing for `delay` ms, so that dragging a slider
 * is not read out step by step. Nothing is said on mount, only after a change. What was said is
 * emptied 7 s later, as React Aria's announcer does: a reader browsing the page then meets the
 * verdict once, where it is shown, and not again in the hidden live region.
 */
function useDebouncedAnnouncement(text: string, delay: number): string {
  const [announcement, setAnnouncement] = useState("");
  const said = useRef(text);
  useEffect(() => {
    if (text === said.current) return;
    const timer = setTimeout(() => {
      said.current = text;
      setAnnouncement(text);
    }, delay);
    return () => clearTimeout(timer);
  }, [text, delay]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new announcement starts its own 7 s
  useEffect(() => {
    const timer = setTimeout(() => setAnnouncement(""), 7000);
    return () => clearTimeout(timer);
  }, [announcement]);
  return announcement;
}

interface BodyProps extends DecisionMatrixProps {
  strings: Strings<MatrixMessages>;
}

const MatrixBody = forwardRef<HTMLElement, BodyProps>(function MatrixBody(
  {
    data,
    strings,
    locale: _locale,
    messages: _messages,
    title,
    headingLevel = 2,
    parameterIds,
    weights: weightsProp,
    defaultWeights,
    onWeightsChange,
    // Read only as conditions (and by the variants, whose default is false): undefined is false.
    editableScores,
    scores: scoresProp,
    defaultScores,
    onScoresChange,
    tieMargin = 5,
    // Read only as a condition, in effects that do nothing without it.
    syncWithUrl,
    urlParam = "vw",
    announceDelay = 500,
    className,
    ...rest
  },
  ref,
) {
  const { locale, messages } = strings;
  const defaultLocale = data.defaultLocale;
  const id = useId();
  const titleId = `${id}-title`;
  const captionId = `${id}-caption`;

  const optionIds = data.options.map((option) => option.id);
  const allParameterIds = data.parameters.map((parameter) => parameter.id);
  // Only the first render's starting scores count: the state keeps them from then on.
  const [scores, setScores] = useControllableState<ScoreTable>(
    scoresProp,
    defaultScores ?? scoresOf(data),
    onScoresChange,
  );
  // What the reader is told of a typed score out of range, before the result; a change of a weight
  // or of a score in range ends it.
  const [clamped, setClamped] = useState("");
  // The score field being typed in, with the reader's own text ("7," on the way to "7,5") and
  // whether it is no number; the field shows its score again when focus leaves it.
  const [draft, setDraft] = useState<{ field: string; text: string; invalid: boolean }>();

  const startWeights = useMemo(
    () => ({ ...defaultWeightsOf(data), ...sanitizeWeights(defaultWeights) }),
    [data, defaultWeights],
  );
  const [weightState, setWeights] = useControllableState<Record<string, number>>(
    weightsProp,
    startWeights,
    onWeightsChange,
  );
  const weights: Weights = useMemo(
    () => ({ ...startWeights, ...sanitizeWeights(weightState) }),
    [startWeights, weightState],
  );
  // A host's weight out of range counts as the nearest in range, one that is no number as none, and
  // one filed under no parameter as nothing: the matrix goes on, and says the first on the console.
  let weightProblem = "";
  for (const [name, given] of [
    ["weights", weightsProp],
    ["defaultWeights", defaultWeights],
  ] as const) {
    for (const [parameterId, weight] of Object.entries(given ?? {})) {
      const number = weightNumber(weight);
      weightProblem ||= !allParameterIds.includes(parameterId)
        ? `${name}: unknown parameter id ${quote(parameterId)}`
        : clampWeight(number) !== number
          ? `${formatPath([name, parameterId])}: expected a weight from 0 to 5, got ${said(weight)}`
          : "";
    }
  }
  useConsoleError(weightProblem && `vertailu DecisionMatrix: ${weightProblem}`);
  // Every change hands on the whole set: a controlled `weights` may name only some ids.
  const changeWeights = (changes: Record<string, number>) =>
    setWeights((previous) => ({ ...startWeights, ...sanitizeWeights(previous), ...changes }));

  const scoredSomewhere = (parameterId: string) =>
    optionIds.some((optionId) => scoreIn(scores, optionId, parameterId) !== undefined);
  // A parameter named twice is one row, weighed once.
  const listed = parameterIds && [...new Set(parameterIds)];
  const candidates = listed ?? allParameterIds;
  const shownIds = listed ?? (editableScores ? allParameterIds : allParameterIds.filter(scoredSomewhere));
  const unscoredEverywhere = candidates.filter((parameterId) => !scoredSomewhere(parameterId));

  const result: MatrixResult = scoreMatrix({
    optionIds,
    parameterIds: shownIds,
    scores,
    weights,
    // Number(): a plain-JavaScript host's tieMargin="10" is 10 points.
    tieMargin: Number(tieMargin),
  });

  // Looked up by id, not searched for: a render names every parameter twice (slider and score row).
  const names = new Map(data.options.map((option) => [option.id, option.name]));
  const labels = new Map(data.parameters.map((parameter) => [parameter.id, parameter.label]));
  // Names as words in a sentence or a label, and as text of their own, marked with their language
  // when the data has not translated them into the matrix's.
  const optionName = (optionId: string) =>
    closeDirections(resolveText(names.get(optionId), locale, defaultLocale) || optionId);
  const parameterLabel = (parameterId: string) =>
    closeDirections(resolveText(labels.get(parameterId), locale, defaultLocale) || parameterId);
  const place = { ...strings, defaultLocale };
  const shownName = (optionId: string) => shownText(names.get(optionId), place, optionId);
  const shownLabel = (parameterId: string) => shownText(labels.get(parameterId), place, parameterId);
  // A total in words, rounded to whole points.
  const totalValue = (total: number) => formatNumber(Math.round(total), locale);
  const totalText = (total: number | undefined) =>
    total === undefined ? messages.matrixNoTotal : format(messages.matrixTotalValue, { value: totalValue(total) });
  const totalOf = (optionId: string) => result.totals.find((total) => total.optionId === optionId)?.total;
  // A message naming an option and its total.
  const optionTotal = (message: string, optionId: string) =>
    format(message, { option: optionName(optionId), value: totalValue(totalOf(optionId) ?? 0) });

  const verdict =
    result.state === "leader"
      ? optionTotal(messages.matrixLeader, result.leaders[0] ?? "")
      : result.state === "empty"
        ? messages.matrixEmpty
        : format(result.state === "tie" ? messages.decisionTie : messages.decisionNearTie, {
            options: formatList(result.leaders.map(optionName), locale),
          });
  // A tie or near tie is announced with each leader's total; a single leader's is in the verdict.
  const announcementText =
    result.leaders.length > 1
      ? `${verdict} ${result.leaders.map((optionId) => optionTotal(messages.matrixOptionTotal, optionId)).join(", ")}`
      : verdict;
  const announcement = useDebouncedAnnouncement(
    clamped ? `${clamped} ${announcementText}` : announcementText,
    announceDelay,
  );
  const why =
    result.why.length > 0
      ? plural(messages, "matrixWhy", result.why.length, locale, {
          parameters: formatList(
            result.why.map((item) => parameterLabel(item.parameterId)),
            locale,
          ),
        })
      : "";
  const unscoredShown = new Set(unscoredEverywhere);
  const leftOut = result.totals
    .map((total) => ({
      optionId: total.optionId,
      parameters: total.unscored.filter((parameterId) => !unscoredShown.has(parameterId)),
    }))
    .filter((entry) => entry.parameters.length > 0);

  // Weights in the URL: read once on mount (never during render, so server and client agree),
  // then written after each change. The first write is skipped so the read value is not lost.
  const urlState = useRef({ parameterIds: allParameterIds, changeWeights, skipWrite: true });
  urlState.current.parameterIds = allParameterIds;
  urlState.current.changeWeights = changeWeights;
  useEffect(() => {
    if (!syncWithUrl || typeof window === "undefined") return;
    const { parameterIds: ids, changeWeights: change } = urlState.current;
    const fromUrl = parseWeightsParam(readSearchParam(window.location.search, urlParam), ids);
    if (Object.keys(fromUrl).length > 0) change(fromUrl);
  }, [syncWithUrl, urlParam]);
  const urlValue = serializeWeightsParam(weights, startWeights, allParameterIds);
  useEffect(() => {
    if (!syncWithUrl || typeof window === "undefined") return;
    if (urlState.current.skipWrite) {
      urlState.current.skipWrite = false;
      return;
    }
    const { pathname, search, hash } = window.location;
    const next = withSearchParam(search, urlParam, urlValue);
    if (next === search) return;
    try {
      window.history.replaceState(window.history.state, "", `${pathname}${next}${hash}`);
    } catch {
      // A sandboxed frame may refuse; the widget works the same without the URL.
    }
  }, [syncWithUrl, urlParam, urlValue]);

  const scrollRef = useRef<HTMLDivElement>(null);
  const { overflowing, scrolled } = useSidewaysScroll(scrollRef);

  const onWeight = (parameterId: string) => (event: ChangeEvent<HTMLInputElement>) => {
    const weight = clampWeight(Number(event.target.value));
    if (weight === undefined) return;
    setClamped("");
    changeWeights({ [parameterId]: Math.round(weight) });
  };
  // The native keys of a range input, done here so that every keyboard event (including those a
  // test or an assistive tool dispatches) moves the weight the same way; RTL flips left and right.
  const onWeightKey = (parameterId: string) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const rtl = getComputedStyle(event.currentTarget).direction === "rtl";
    const current = Math.round(weights[parameterId] ?? 1);
    const steps: Record<string, number> = {
      ArrowUp: current + 1,
      ArrowDown: current - 1,
      ArrowRight: rtl ? current - 1 : current + 1,
      ArrowLeft: rtl ? current + 1 : current - 1,
      PageUp: current + 1,
      PageDown: current - 1,
      Home: MIN_WEIGHT,
      End: MAX_WEIGHT,
      // No change, and no form sent: a page that is one big form (ASP.NET's) would post itself back.
      Enter: current,
    };
    const next = clampWeight(ownEntry(steps, event.key));
    if (next === undefined) return;
    event.preventDefault();
    if (next === current) return;
    setClamped("");
    changeWeights({ [parameterId]: next });
  };
  const setScore = (optionId: string, parameterId: string, score: number | undefined) =>
    setScores((previous) => {
      const row = { ...(previous[optionId] ?? {}) };
      if (score === undefined) delete row[parameterId];
      else row[parameterId] = score;
      return { ...previous, [optionId]: row };
    });
  const onScore = (optionId: string, parameterId: string) => (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.target.value;
    // A decimal comma reads as a point: a Finnish reader types 7,5. (A native number field takes
    // "7,5" for 75, so the field is a text field with a spin button's keys and role.)
    const raw = text.trim().replace(",", ".").replace("\u2212", "-");
    const typed = Number(raw);
    const score = raw === "" ? undefined : clampScore(typed);
    // A number's beginning ("-", ",") is not yet wrong: the reader is still typing.
    const invalid = score === undefined && !/^[-+]?\.?$/.test(raw);
    // The text stays as typed, unless it counts as another score: then the field shows that score.
    setDraft(
      score === undefined || score === typed ? { field: fieldKey(optionId, parameterId), text, invalid } : undefined,
    );
    // A score out of range counts as the nearest in range, and the reader is told so; a text that
    // is no number leaves the score as it was, and the reader is told what a score is.
    setClamped(
      invalid
        ? messages.matrixScoreNotNumber
        : score === undefined || score === typed
          ? ""
          : format(messages.matrixScoreClamped, {
              typed: formatNumber(typed, locale),
              score: formatNumber(score, locale),
            }),
    );
    // A text that is no score (yet) leaves the score as it was; an empty field has none.
    if (score !== undefined || !raw) setScore(optionId, parameterId, score);
  };
  // Up and Down step to the next whole score, as a number field's do; from no score, to 1 or 0.
  const onScoreKey = (optionId: string, parameterId: string, score: number | undefined) => (event: KeyboardEvent) => {
    const up = event.key === "ArrowUp";
    // Enter sends no form around the matrix: a page that is one big form (ASP.NET's) would post itself back.
    if (event.key === "Enter") event.preventDefault();
    if (!up && event.key !== "ArrowDown") return;
    event.preventDefault();
    setDraft(undefined);
    setClamped("");
    setScore(
      optionId,
      parameterId,
      clampScore(up ? Math.floor(score ?? 0) + 1 : score === undefined ? 0 : Math.ceil(score) - 1),
    );
  };

  // The sections one level below the title as shown: a plain-JavaScript host's "2" is h2, its 1 is h2 too.
  const level = headingLevelOf(headingLevel);
  const Title = `h${level}` as "h2";
  const Subtitle = `h${headingLevelOf(level + 1)}` as "h2";
  return (
    <section
      ref={ref}
      aria-labelledby={titleId}
      lang={strings.lang}
      {...rest}
      className={cx(decisionMatrixVariants({ editable: editableScores }), className)}
      data-slot="decision-matrix"
      data-state={result.state}
    >
      <Title id={titleId} className="vertailu-decision-matrix__title">
        {titleOf(title, locale, defaultLocale) ?? messages.matrixTitle}
      </Title>
      <p className="vertailu-decision-matrix__intro">{messages.matrixIntro}</p>
      <div className="vertailu-decision-matrix__layout">
        <fieldset className="vertailu-decision-matrix__weights" data-slot="weights">
          <legend className="vertailu-decision-matrix__legend">{messages.matrixWeights}</legend>
          {shownIds.map((parameterId) => {
            const inputId = `${id}-weight-${parameterId}`;
            const weight = Math.round(weights[parameterId] ?? 1);
            return (
              <div
                key={parameterId}
                className="vertailu-decision-matrix__weight"
                data-slot="weight"
                data-state={weight === 0 ? "off" : "on"}
              >
                <label className="vertailu-decision-matrix__weight-label" htmlFor={inputId}>
                  {shownLabel(parameterId)}
                </label>
                <span className="vertailu-decision-matrix__weight-control">
                  <input
                    id={inputId}
                    className="vertailu-decision-matrix__range"
                    type="range"
                    min={MIN_WEIGHT}
                    max={MAX_WEIGHT}
                    step={1}
                    value={weight}
                    onChange={onWeight(parameterId)}
                    onKeyDown={onWeightKey(parameterId)}
                  />
                  {/* The number beside the slider, for the eye: the slider itself tells a screen reader
                      its value, and an <output> is a status a reader would hear again after it. */}
                  <output className="vertailu-decision-matrix__weight-value" htmlFor={inputId} aria-hidden="true">
                    {formatNumber(weight, locale)}
                  </output>
                </span>
              </div>
            );
          })}
        </fieldset>
        <div className="vertailu-decision-matrix__results" data-slot="results">
          <Subtitle id={`${id}-result`} className="vertailu-decision-matrix__subtitle">
            {messages.matrixResult}
          </Subtitle>
          <p className="vertailu-decision-matrix__verdict" data-slot="verdict" data-state={result.state}>
            {verdict}
          </p>
          <ol className="vertailu-decision-matrix__ranking" data-slot="ranking" aria-labelledby={`${id}-result`}>
            {result.ranking.map((total) => {
              const state =
                total.total === undefined ? "none" : result.leaders.includes(total.optionId) ? "leader" : "other";
              return (
                <li key={total.optionId} className="vertailu-decision-matrix__rank" data-state={state}>
                  <span className="vertailu-decision-matrix__rank-line">
                    <span className="vertailu-decision-matrix__rank-name">{shownName(total.optionId)}</span>
                    <span className="vertailu-decision-matrix__rank-total">{totalText(total.total)}</span>
                  </span>
                  <svg
                    className="vertailu-decision-matrix__bar"
                    viewBox="0 0 100 1"
                    preserveAspectRatio="none"
                    aria-hidden="true"
                  >
                    <rect className="vertailu-decision-matrix__bar-track" width="100" height="1" />
                    <rect className="vertailu-decision-matrix__bar-fill" width={total.total ?? 0} height="1" />
                  </svg>
                </li>
              );
            })}
          </ol>
          {why ? <p className="vertailu-decision-matrix__why">{why}</p> : null}
          {leftOut.length > 0 && (
            <ul className="vertailu-decision-matrix__notes">
              {leftOut.map((entry) => (
                <li key={entry.optionId}>
                  {format(messages.matrixLeftOut, {
                    option: optionName(entry.optionId),
                    parameters: formatList(entry.parameters.map(parameterLabel), locale),
                  })}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <div className="vertailu-decision-matrix__scores">
        <Subtitle id={captionId} className="vertailu-decision-matrix__subtitle">
          {messages.matrixScores}
        </Subtitle>
        <div
          ref={scrollRef}
          className="vertailu-decision-matrix__scroll"
          data-slot="scores"
          data-state={scrolled ? "scrolled" : overflowing ? "overflowing" : "fits"}
          {...(overflowing
            ? {
                role: "region",
                tabIndex: 0,
                "aria-label": format(messages.scrollRegion, { title: messages.matrixScores }),
              }
            : {})}
        >
          <table className="vertailu-decision-matrix__table" aria-labelledby={captionId}>
            <thead>
              <tr>
                <th scope="col">{messages.parameterColumn}</th>
                {optionIds.map((optionId) => (
                  <th key={optionId} scope="col">
                    {shownName(optionId)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shownIds.map((parameterId) => (
                <tr key={parameterId}>
                  <th scope="row">{shownLabel(parameterId)}</th>
                  {optionIds.map((optionId) => {
                    const score = scoreIn(scores, optionId, parameterId);
                    const typing = draft?.field === fieldKey(optionId, parameterId) ? draft : undefined;
                    return (
                      <td key={optionId} data-state={score === undefined ? "unscored" : "scored"}>
                        {editableScores ? (
                          <input
                            className="vertailu-decision-matrix__score-input"
                            type="text"
                            inputMode="decimal"
                            role="spinbutton"
                            aria-valuemin={0}
                            aria-valuemax={MAX_SCORE}
                            aria-valuenow={score}
                            aria-invalid={typing?.invalid || undefined}
                            autoComplete="off"
                            value={typing ? typing.text : score === undefined ? "" : formatNumber(score, locale)}
                            placeholder="–"
                            aria-label={format(messages.matrixScoreLabel, {
                              option: optionName(optionId),
                              parameter: parameterLabel(parameterId),
                            })}
                            aria-describedby={
                              typing?.invalid ? `${id}-score-error` : score === undefined ? `${id}-unscored` : undefined
                            }
                            onChange={onScore(optionId, parameterId)}
                            onKeyDown={onScoreKey(optionId, parameterId, score)}
                            onBlur={() => setDraft(undefined)}
                          />
                        ) : score === undefined ? (
                          <span className="vertailu-decision-matrix__unscored">{messages.matrixNotScored}</span>
                        ) : (
                          formatNumber(score, locale)
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{messages.matrixTotal}</th>
                {result.totals.map((total) => (
                  <td key={total.optionId}>{totalText(total.total)}</td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      </div>
      {draft?.invalid ? (
        <p id={`${id}-score-error`} className="vertailu-decision-matrix__score-error">
          {messages.matrixScoreNotNumber}
        </p>
      ) : null}
      {editableScores ? (
        <span id={`${id}-unscored`} hidden>
          {messages.matrixNotScored}
        </span>
      ) : null}
      {unscoredEverywhere.length > 0 && (
        <p className="vertailu-decision-matrix__unscored-note">
          {plural(messages, "matrixUnscored", unscoredEverywhere.length, locale, {
            parameters: formatList(unscoredEverywhere.map(parameterLabel), locale),
          })}
        </p>
      )}
      <div className="vertailu-visually-hidden" aria-live="polite" aria-atomic="true" data-slot="announcer">
        {announcement}
      </div>
    </section>
  );
});

const DecisionMatrixInner = forwardRef<HTMLElement, DecisionMatrixProps>(function DecisionMatrix(props, ref) {
  const strings = useStrings(props.locale, props.messages, props.data, matrixMessages);
  const { data, parameterIds } = props;
  const startScores = props.scores ?? props.defaultScores;
  const editable = props.editableScores ?? false;
  // Checked once per data, parameters and starting scores, not on every render: a locale switch
  // re-renders the matrix without changing any of them.
  const issues = useMemo(
    () => checkMatrix(data, parameterIds, startScores, editable),
    [data, parameterIds, startScores, editable],
  );
  if (issues.length > 0) {
    // In the widget's place, with the host's class, style, id and ref.
    return (
      <ErrorBox
        {...placementProps(props)}
        boxRef={ref}
        component="DecisionMatrix"
        issues={issues}
        messages={strings.messages}
      />
    );
  }
  // A different comparison starts afresh: weights and scores of one mean nothing for another.
  return <MatrixBody key={props.data.id} {...props} ref={ref} strings={strings} />;
});

/**
 * A weighted decision matrix: the reader sets how much each parameter matters (0–5), and the
 * options' scores (0–10) become live totals out of 100, a ranking with bars and the reasons for
 * the lead. Totals within `tieMargin` are reported as a near tie with a mix recommended.
 */
export const DecisionMatrix = withBoundary<HTMLElement, DecisionMatrixProps>("DecisionMatrix", DecisionMatrixInner);
