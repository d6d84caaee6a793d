import { listOf, ownEntry } from "../../schema/list.js";
import { resolveText } from "../../schema/text.js";
import type { Answer, Comparison, Question } from "../../schema/types.js";
import { findLeaders, type LeadState, rank } from "../decision-matrix/index.js";

/** What the wizard concluded; `onComplete` receives it. */
export interface WizardResult {
  /** Option ids to recommend, best first: one, or every option in a (near) tie. */
  recommended: string[];
  /** True when more than one option is recommended, i.e. a mix of them. */
  isTie: boolean;
  /** "leader", "tie" (equal points) or "near-tie" (within `tieMargin`). */
  state: Exclude<LeadState, "empty">;
  /** Points per option id: the sum of the chosen answers' effects. */
  scores: Record<string, number>;
  /** The chosen answer id per question id (only known questions and answers). */
  answers: Record<string, string>;
  /** The chosen answers' `because` texts, in question order, in the shown locale. */
  reasons: string[];
  /** Ids of the parameters the chosen answers relate to, each once, in question order. */
  parameters: string[];
}

/** The options with their points, most first; options with equal points keep their order. An option without points has 0. */
export function rankByPoints<T extends { id: string }>(
  options: readonly T[],
  scores: Readonly<Record<string, number>>,
): (T & { value: number })[] {
  return rank(options.map((option) => ({ ...option, value: scores[option.id] ?? 0 })));
}

/** The answer chosen for a question: one of its own answers, else undefined (unanswered, or an id it does not have). */
export function chosenAnswer(question: Question, chosen: Readonly<Record<string, string>>): Answer | undefined {
  const answerId = ownEntry(chosen, question.id);
  return question.answers.find((candidate) => candidate.id === answerId);
}

/**
 * Adds up the chosen answers' effects and picks the option(s) to recommend: every option within
 * `tieMargin` points of the best (so a close call recommends a mix, as the showcase article does).
 * Unanswered questions, unknown answer ids and effects on unknown options count for nothing.
 */
export function wizardResult(
  data: Pick<Comparison, "options" | "parameters" | "questions" | "defaultLocale">,
  chosen: Readonly<Record<string, string>>,
  { tieMargin = 1, locale }: { tieMargin?: number | undefined; locale?: string | undefined } = {},
): WizardResult {
  const scores: Record<string, number> = {};
  for (const option of data.options) scores[option.id] = 0;
  const answers: Record<string, string> = {};
  const reasons: string[] = [];
  const parameterIds = new Set(data.parameters.map((parameter) => parameter.id));
  const parameters: string[] = [];
  for (const question of data.questions ?? []) {
    const answer = chosenAnswer(question, chosen);
    if (!answer) continue;
    answers[question.id] = answer.id;
    for (const [optionId, points] of Object.entries(answer.effects ?? {})) {
      if (Object.hasOwn(scores, optionId) && Number.isFinite(points)) (scores[optionId] as number) += points;
    }
    const because = resolveText(answer.because, locale, data.defaultLocale);
    if (because) reasons.push(because);
    // Unchecked data may hold anything here: only a list names parameters.
    for (const parameterId of listOf(answer.parameters)) {
      if (parameterIds.has(parameterId) && !parameters.includes(parameterId)) parameters.push(parameterId);
    }
  }
  const { leaders, state } = findLeaders(rankByPoints(data.options, scores), tieMargin);
  return {
    recommended: leaders,
    isTie: leaders.length > 1,
    state: state === "empty" ? "tie" : state,
    scores,
    answers,
    reasons,
    parameters,
  };
}
