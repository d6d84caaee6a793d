import { cx } from "class-variance-authority";
import {
  type ButtonHTMLAttributes,
  forwardRef,
  type HTMLAttributes,
  type ReactNode,
  type RefAttributes,
  type SyntheticEvent,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from "react";
import { checkObjectKeys, checkRenderable, issueList } from "../../internal/check-data.js";
import { ErrorBox, placementProps } from "../../internal/error-box.js";
import { type HeadingLevel, headingLevelOf, titleOf } from "../../internal/heading.js";
import { followRowLink, rowTarget } from "../../internal/in-page-link.js";
import { shownText } from "../../internal/shown-text.js";
import { useConsoleError } from "../../internal/use-console-error.js";
import { useControllableState } from "../../internal/use-controllable-state.js";
import { type Strings, useStrings } from "../../internal/use-strings.js";
import { withBoundary } from "../../internal/with-boundary.js";
import { format, formatList, type MessageOverrides, plural } from "../../messages/index.js";
import { ownEntry } from "../../schema/list.js";
import { formatPath, quote } from "../../schema/path.js";
import { closeDirections, resolveText } from "../../schema/text.js";
import type { Comparison, SchemaIssue, Text } from "../../schema/types.js";
import { domId } from "../comparison-table/context.js";
import { idSafe } from "../comparison-table/model.js";
import { decisionWizardVariants } from "./decision-wizard.variants.js";
import { type WizardMessages, wizardMessages } from "./messages.js";
import { chosenAnswer, rankByPoints, type WizardResult, wizardResult } from "./wizard-result.js";

export interface DecisionWizardProps
  extends Omit<HTMLAttributes<HTMLElement>, "children" | "title" | "onSubmit">,
    RefAttributes<HTMLElement> {
  /** The comparison whose `questions` the wizard asks. */
  data: Comparison;
  /** Locale of texts and built-in strings; else the provider's, else the data's default. */
  locale?: string | undefined;
  /** Overrides for built-in strings. */
  messages?: MessageOverrides<WizardMessages> | undefined;
  /**
   * The widget's heading: text, an element, or a text per locale as the data's are (`{ fi: "…", en: "…" }`),
   * shown in the widget's locale. @default the localized "Not sure? Answer {count} questions"
   */
  title?: ReactNode | Text | undefined;
  /** Level of the widget's heading; each step's heading uses the next level. @default 2 */
  headingLevel?: HeadingLevel | undefined;
  /** Options this many points or less behind the best are recommended together, as a mix. @default 1 */
  tieMargin?: number | undefined;
  /**
   * The `idPrefix` of the ComparisonTable on the same page; it must match that table's, since the
   * result links each related parameter to `#<tableIdPrefix>-row-<parameterId>`, the table's row header.
   * @default data.id (the table's own default)
   */
  tableIdPrefix?: string | undefined;
  /** The shown step, controlled: 0 for the first question, `questions.length` for the result. The wizard shows no step past the first unanswered question. */
  step?: number | undefined;
  /** The step shown first; as for `step`, no step past the first unanswered question shows. @default 0 */
  defaultStep?: number | undefined;
  /** Called with the new step when the reader moves on, goes back or starts over. */
  onStepChange?: ((step: number) => void) | undefined;
  /**
   * Chosen answer id per question id, controlled. A question id the data lacks, or an answer id its
   * question lacks, counts as no answer and is named on the console.
   */
  answers?: Record<string, string> | undefined;
  /** Answers chosen at the start, checked as `answers` are. @default {} */
  defaultAnswers?: Record<string, string> | undefined;
  /** Called with all answers after the reader chooses one or starts over. */
  onAnswersChange?: ((answers: Record<string, string>) => void) | undefined;
  /** Called once each time the reader reaches the result, with the recommendation. */
  onComplete?: ((result: WizardResult) => void) | undefined;
}

const NO_ANSWERS: Record<string, string> = {};

/** Whether an entry of unchecked data is an object with a string id. */
function hasId<T>(entry: T): entry is T & { id: string } {
  // Optional chaining reads no id from null; a string or a number has no id of its own.
  return typeof (entry as { id?: unknown } | null)?.id === "string";
}

function checkWizard(data: unknown): SchemaIssue[] {
  const { issues, add } = issueList(checkRenderable(data));
  if (issues.length > 0) return issues;
  issues.push(...checkObjectKeys(data as Comparison));
  const questions = (data as Comparison).questions;
  if (!Array.isArray(questions) || questions.length === 0) {
    return [{ path: "questions", message: "no questions: the decision wizard needs at least one question" }];
  }
  // entries(), not forEach: a hole in unchecked data's list is an entry too, and reported.
  for (const [index, question] of questions.entries()) {
    if (!hasId(question)) {
      add(["questions", index], "expected a question with an id");
    } else if (!Array.isArray(question.answers) || question.answers.length === 0) {
      add(["questions", index, "answers"], "expected a list of answers");
    } else {
      for (const [answerIndex, answer] of question.answers.entries()) {
        if (!hasId(answer)) add(["questions", index, "answers", answerIndex], "expected an answer with an id");
      }
    }
  }
  return issues;
}

function clampStep(step: number, last: number): number {
  // Number(): a plain-JavaScript host's step="2" is step 2; null or "" is the first.
  const number = Number(step);
  return Number.isFinite(number) ? Math.min(Math.max(0, Math.floor(number)), last) : 0;
}

interface BodyProps extends DecisionWizardProps {
  strings: Strings<WizardMessages>;
}

const WizardBody = forwardRef<HTMLElement, BodyProps>(function WizardBody(
  {
    data,
    strings,
    locale: _locale,
    messages: _messages,
    title,
    headingLevel = 2,
    tieMargin = 1,
    tableIdPrefix,
    step: stepProp,
    defaultStep = 0,
    onStepChange,
    answers: answersProp,
    defaultAnswers = NO_ANSWERS,
    onAnswersChange,
    onComplete,
    className,
    ...rest
  },
  ref,
) {
  const { locale, messages } = strings;
  const defaultLocale = data.defaultLocale;
  const questions = data.questions ?? [];
  const count = questions.length;
  const id = useId();
  const [rawStep, setStep] = useControllableState(stepProp, defaultStep, onStepChange);
  const [answersState, setAnswers] = useControllableState(answersProp, defaultAnswers, onAnswersChange);
  // `null` from a host's JavaScript is no answers yet.
  const answers = answersState ?? NO_ANSWERS;
  const [missing, setMissing] = useState(false);
  // The result shows once every question has an answer; a step past the first open question
  // (a hand-set `step` or `defaultStep`) shows that question instead.
  const open = questions.findIndex((item) => !chosenAnswer(item, answers));
  const step = Math.min(clampStep(rawStep, count), open < 0 ? count : open);
  // None at `count`: the result.
  const question = questions[step];
  const result = wizardResult(data, answers, { tieMargin, locale });
  // A question id the data lacks, or an answer id its question lacks (a typo), counts as no answer:
  // the wizard just asks the question, so the first is said on the console. The reader's own
  // choices are the questions' answers, so what is found is the host's, in `answers` or in the
  // `defaultAnswers` the wizard started from (a host's `null` is no `answers`).
  const name = answersProp ? "answers" : "defaultAnswers";
  let answerProblem = "";
  for (const questionId in answers) {
    answerProblem ||= Object.hasOwn(result.answers, questionId)
      ? ""
      : questions.some((item) => item.id === questionId)
        ? `${formatPath([name, questionId])}: unknown answer id ${quote(String(answers[questionId]))}`
        : `${name}: unknown question id ${quote(questionId)}`;
  }
  useConsoleError(answerProblem && `vertailu DecisionWizard: ${answerProblem}`);

  // Focus follows the step, so keyboard and screen reader users land on the new question or the
  // result; not on first render, where moving focus would pull the reader away from the page.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  const shownStep = useRef(step);
  useEffect(() => {
    if (step === shownStep.current) return;
    shownStep.current = step;
    headingRef.current?.focus();
  }, [step]);

  // A text as its own words, marked with its language when the data has not translated it into the
  // wizard's; `fallback` (an id) when there is none.
  const place = { ...strings, defaultLocale };
  const shown = (value: Text | undefined, fallback?: string) => shownText(value, place, fallback);

  const goTo = (next: number) => {
    setMissing(false);
    setStep(clampStep(next, count));
  };

  // Each step one level below the title as shown: a plain-JavaScript host's "2" is h2, its 1 is h2 too.
  const level = headingLevelOf(headingLevel);
  const Title = `h${level}` as "h2";
  const Step = `h${headingLevelOf(level + 1)}` as "h2";
  // The result's sections, one level below the step's heading.
  const Section = `h${headingLevelOf(level + 2)}` as "h2";
  // Under each step: Back, past the first, and the step's own button.
  const actions = (primary: ButtonHTMLAttributes<HTMLButtonElement>) => (
    <div className="vertailu-decision-wizard__actions">
      {step > 0 && (
        <button
          type="button"
          className="vertailu-decision-wizard__button vertailu-decision-wizard__button--secondary"
          onClick={() => goTo(step - 1)}
        >
          {messages.wizardBack}
        </button>
      )}
      <button
        type="button"
        className="vertailu-decision-wizard__button vertailu-decision-wizard__button--primary"
        {...primary}
      />
    </div>
  );

  let content: ReactNode;
  if (question) {
    const help = shown(question.help);
    const chosen = ownEntry(answers, question.id);
    // Next, or Enter in an answer. No <form> of its own: a form inside the host's (ASP.NET and
    // SharePoint pages are one big form) would never tell React it was sent, as Chromium stops a
    // nested form's submit event at the outer form, and the page would reload.
    const onNext = (event: SyntheticEvent) => {
      // Enter in an answer goes on, and sends no form around the wizard.
      event.preventDefault();
      if (!chosenAnswer(question, answers)) {
        setMissing(true);
        fieldsetRef.current?.querySelector<HTMLInputElement>("input[type=radio]")?.focus();
        return;
      }
      goTo(step + 1);
      // A callback that is no function (a plain-JavaScript host's "x") is none, as for the others.
      if (step + 1 === count && typeof onComplete === "function") {
        onComplete(result);
      }
    };
    content = (
      <div className="vertailu-decision-wizard__form">
        <fieldset
          key={question.id}
          ref={fieldsetRef}
          className="vertailu-decision-wizard__fieldset"
          // cx joins the ids that apply with spaces, as it does class names.
          aria-describedby={cx(help && `${id}-help`, missing && `${id}-missing`) || undefined}
          data-state={missing ? "missing" : chosen ? "answered" : "unanswered"}
          onKeyDown={(event) => event.key === "Enter" && onNext(event)}
        >
          <legend className="vertailu-decision-wizard__legend">
            <Step
              ref={headingRef}
              tabIndex={-1}
              // Focus lands here on each step: "Question 2 of 5" is read with the question.
              aria-describedby={`${id}-progress`}
              className="vertailu-decision-wizard__question"
            >
              {/* A text, else (in data that skipped parseComparison) the id: never an empty question. */}
              {shown(question.text, question.id)}
            </Step>
          </legend>
          {help ? (
            <p id={`${id}-help`} className="vertailu-decision-wizard__help">
              {help}
            </p>
          ) : null}
          <div className="vertailu-decision-wizard__answers" data-slot="answers">
            {question.answers.map((answer) => {
              const checked = chosen === answer.id;
              return (
                <label
                  key={answer.id}
                  className="vertailu-decision-wizard__answer"
                  data-slot="answer"
                  data-state={checked ? "checked" : "unchecked"}
                >
                  <input
                    type="radio"
                    className="vertailu-decision-wizard__radio"
                    name={`${id}-${question.id}`}
                    value={answer.id}
                    checked={checked}
                    onChange={() => {
                      setMissing(false);
                      // A step set past this question (`step` or `defaultStep`) comes down to it for good: an
                      // answer never moves the wizard on by itself, only Next does (WCAG 3.2.2).
                      if (clampStep(rawStep, count) > step) setStep(step);
                      setAnswers((previous) => ({ ...previous, [question.id]: answer.id }));
                    }}
                  />
                  <span>{shown(answer.text, answer.id)}</span>
                </label>
              );
            })}
          </div>
          {missing && (
            // An alert, so it is heard wherever focus is (Enter in a radio submits without moving it).
            <p id={`${id}-missing`} className="vertailu-decision-wizard__missing" data-slot="missing" role="alert">
              {messages.wizardChooseAnswer}
            </p>
          )}
        </fieldset>
        {actions({ onClick: onNext, children: step + 1 === count ? messages.wizardShowResult : messages.wizardNext })}
      </div>
    );
  } else {
    // Every option with its points, most first. The recommended options are the ranking's first
    // ones (wizardResult picks them from the same ranking), so their names come from its head.
    const ranked = rankByPoints(data.options, result.scores);
    const names = ranked
      .slice(0, result.recommended.length)
      .map(({ id: optionId, name }) => closeDirections(resolveText(name, locale, defaultLocale) || optionId));
    // The table's own row ids (ComparisonTable makes its prefix id-safe the same way).
    const prefix = idSafe(tableIdPrefix ?? data.id);
    // result.reasons' texts, each marked with its language as the questions' are.
    const reasons = questions.map((item) => shown(chosenAnswer(item, answers)?.because)).filter(Boolean);
    content = (
      <div className="vertailu-decision-wizard__result" data-slot="result" data-state={result.state}>
        <Step ref={headingRef} tabIndex={-1} className="vertailu-decision-wizard__recommendation">
          {result.state === "leader"
            ? format(messages.wizardRecommendation, { option: names[0] ?? "" })
            : format(result.state === "tie" ? messages.decisionTie : messages.decisionNearTie, {
                options: formatList(names, locale),
              })}
        </Step>
        <Section className="vertailu-decision-wizard__section">{messages.wizardPointsHeading}</Section>
        <dl className="vertailu-decision-wizard__points">
          {ranked.map(({ id: optionId, name, value }, index) => (
            <div
              key={optionId}
              className="vertailu-decision-wizard__point"
              data-state={index < names.length ? "recommended" : "other"}
            >
              <dt>{shown(name, optionId)}</dt>
              <dd>{plural(messages, "wizardPoints", value, locale)}</dd>
            </div>
          ))}
        </dl>
        {reasons.length > 0 && (
          <>
            <Section className="vertailu-decision-wizard__section">{messages.wizardReasons}</Section>
            <ul className="vertailu-decision-wizard__reasons">
              {reasons.map((reason, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: two answers may give the same reason
                <li key={index}>{reason}</li>
              ))}
            </ul>
          </>
        )}
        <RelatedLinks
          // wizardResult names only parameters the data has.
          links={result.parameters.map((parameterId) => ({
            parameterId,
            href: `#${domId(prefix, "row", parameterId)}`,
            label: shown(data.parameters.find((candidate) => candidate.id === parameterId)?.label, parameterId),
          }))}
          heading={messages.wizardRelated}
          Heading={Section}
        />
        {actions({
          onClick: () => {
            setAnswers({});
            goTo(0);
          },
          children: messages.wizardRestart,
        })}
      </div>
    );
  }

  return (
    <section
      ref={ref}
      aria-labelledby={`${id}-title`}
      lang={strings.lang}
      {...rest}
      className={cx(decisionWizardVariants({ step: question ? "question" : "result" }), className)}
      data-slot="decision-wizard"
      data-state={question ? "question" : "result"}
    >
      <Title id={`${id}-title`} className="vertailu-decision-wizard__title">
        {titleOf(title, locale, defaultLocale) ?? plural(messages, "wizardTitle", count, locale)}
      </Title>
      <p id={`${id}-progress`} className="vertailu-decision-wizard__progress" data-slot="progress">
        {question
          ? format(messages.wizardProgress, { current: step + 1, total: count })
          : plural(messages, "wizardDone", count, locale)}
      </p>
      {content}
    </section>
  );
});

const DecisionWizardInner = forwardRef<HTMLElement, DecisionWizardProps>(function DecisionWizard(props, ref) {
  const strings = useStrings(props.locale, props.messages, props.data, wizardMessages);
  // Checked once per data, not on every render: a locale or messages change re-renders it with the same data.
  const issues = useMemo(() => checkWizard(props.data), [props.data]);
  if (issues.length > 0) {
    // In the widget's place, with the host's class, style, id and ref.
    return (
      <ErrorBox
        {...placementProps(props)}
        boxRef={ref}
        component="DecisionWizard"
        issues={issues}
        messages={strings.messages}
      />
    );
  }
  // A different comparison starts afresh: answers to one set of questions mean nothing for another.
  return <WizardBody key={props.data.id} {...props} ref={ref} strings={strings} />;
});

/**
 * A short questionnaire that recommends an option: one question per step with native radios,
 * Back and Next, then the recommendation (or a mix on a near tie) with each option's points,
 * the reasons behind the chosen answers and links to the related rows of the comparison table.
 */
export const DecisionWizard = withBoundary<HTMLElement, DecisionWizardProps>("DecisionWizard", DecisionWizardInner);

/**
 * Links from the result to the comparison table's rows. Followed in the page, with focus moved to
 * the row header (its group opened when closed); links whose row is not on the page (no table
 * there, or another idPrefix) are left out once the page is known, rather than offered and going
 * nowhere.
 */
function RelatedLinks({
  links,
  heading,
  Heading,
}: {
  links: { parameterId: string; href: string; label: ReactNode }[];
  heading: string;
  /** The heading element of the result's sections. */
  Heading: "h2";
}) {
  const listRef = useRef<HTMLUListElement>(null);
  const [missing, setMissing] = useState<ReadonlySet<string>>(() => new Set());
  const key = links.map((link) => link.href).join(" ");
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the links' targets
  useEffect(() => {
    const root = listRef.current?.getRootNode() as Document | ShadowRoot | undefined;
    if (!root || typeof root.getElementById !== "function") return;
    setMissing(new Set(links.filter((link) => !rowTarget(root, link.href.slice(1))).map((link) => link.href)));
  }, [key]);
  const shown = links.filter((link) => !missing.has(link.href));
  if (links.length === 0) return null;
  // The list stays in the page when all are left out, hidden, so the next result's links are checked too.
  return (
    <>
      {shown.length > 0 && <Heading className="vertailu-decision-wizard__section">{heading}</Heading>}
      <ul ref={listRef} className="vertailu-decision-wizard__links" hidden={shown.length === 0}>
        {shown.map((link) => (
          <li key={link.parameterId}>
            <a href={link.href} onClick={followRowLink}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
