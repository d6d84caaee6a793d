import { ownEntry } from "../../schema/list.js";
import type { CellValue, Comparison } from "../../schema/types.js";

/** Weights run from 0 (ignore) to 5 (matters most), in whole steps. */
export const MIN_WEIGHT = 0;
export const MAX_WEIGHT = 5;
/** Scores run from 0 to 10, as `CellMeta.score` does. */
export const MAX_SCORE = 10;
/** The weight of a parameter whose data gives none. */
export const DEFAULT_WEIGHT = 1;

/** Weights by parameter id, each 0–5. */
export type Weights = Readonly<Record<string, number>>;
/** Scores by option id, then by parameter id, each 0–10; a missing entry means "not scored". */
export type Scores = Readonly<Record<string, Readonly<Record<string, number>>>>;

// Totals this close are the same total: float sums such as 0.1 + 0.2 must not decide a winner.
const EPSILON = 1e-9;

/** A finite number clamped to 0–max, else undefined. */
function clampTo(value: unknown, max: number): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? Math.min(max, Math.max(0, value)) : undefined;
}

/** A weight made safe to compute with: a finite number clamped to 0–5 (MIN_WEIGHT is 0), else undefined. */
export function clampWeight(value: unknown): number | undefined {
  return clampTo(value, MAX_WEIGHT);
}

/** A score made safe to compute with: a finite number clamped to 0–10, else undefined. */
export function clampScore(value: unknown): number | undefined {
  return clampTo(value, MAX_SCORE);
}

/** The 0–10 score a cell carries, if any. Bare texts carry none. */
export function scoreOfCell(cell: CellValue | undefined | null): number | undefined {
  if (cell === null || typeof cell !== "object" || !("kind" in cell)) return undefined;
  return clampScore(cell.score);
}

/** Every score in the data, by option id and parameter id. */
export function scoresOf(data: Pick<Comparison, "options" | "parameters">): Record<string, Record<string, number>> {
  const scores: Record<string, Record<string, number>> = {};
  for (const option of data.options) {
    const row: Record<string, number> = {};
    for (const parameter of data.parameters) {
      const values = parameter.values;
      const score = scoreOfCell(values && ownEntry(values, option.id));
      if (score !== undefined) row[parameter.id] = score;
    }
    scores[option.id] = row;
  }
  return scores;
}

/** Each parameter's weight from the data (`Parameter.weight`), 1 when it has none. */
export function defaultWeightsOf(data: Pick<Comparison, "parameters">): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const parameter of data.parameters) weights[parameter.id] = clampWeight(parameter.weight) ?? DEFAULT_WEIGHT;
  return weights;
}

/**
 * An option's score for a parameter in `scores`, clamped to 0–10; undefined when it has none. Own
 * entries only: an option "constructor" has no score for a parameter "length".
 */
export function scoreIn(scores: Scores, optionId: string, parameterId: string): number | undefined {
  const row = ownEntry(scores, optionId);
  return clampScore(row && ownEntry(row, parameterId));
}

/** A parameter's weight in `weights`, clamped to 0–5; DEFAULT_WEIGHT when it has none. */
export function weightIn(weights: Weights, parameterId: string): number {
  return clampWeight(ownEntry(weights, parameterId)) ?? DEFAULT_WEIGHT;
}

/** One option's standing. */
export interface OptionTotal {
  optionId: string;
  /** 0–100, or undefined when the option has no scored parameter with a weight above 0. */
  total: number | undefined;
  /** Parameters that counted towards the total. */
  scored: string[];
  /** Parameters without a score for this option, left out of its total. */
  unscored: string[];
}

/**
 * An option's weighted total, normalized to 0–100: sum(weight × score) / sum(weight × 10) × 100
 * over the parameters scored for this option. Unscored parameters are left out rather than
 * counted as 0, so a missing score neither punishes nor helps.
 */
export function optionTotal(
  optionId: string,
  parameterIds: readonly string[],
  scores: Scores,
  weights: Weights,
): OptionTotal {
  let earned = 0;
  let possible = 0;
  const scored: string[] = [];
  const unscored: string[] = [];
  for (const parameterId of parameterIds) {
    const score = scoreIn(scores, optionId, parameterId);
    if (score === undefined) {
      unscored.push(parameterId);
      continue;
    }
    scored.push(parameterId);
    const weight = weightIn(weights, parameterId);
    earned += weight * score;
    possible += weight * MAX_SCORE;
  }
  return { optionId, total: possible > 0 ? (earned / possible) * 100 : undefined, scored, unscored };
}

/** Something ranked by a value; undefined values rank last. */
export interface Standing {
  id: string;
  value: number | undefined;
}

/** Highest value first; equal values and undefined ones keep their given order. */
export function rank<T extends Standing>(entries: readonly T[]): T[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => {
      const x = a.entry.value;
      const y = b.entry.value;
      if (x === undefined || y === undefined) {
        if (x === y) return a.index - b.index;
        return x === undefined ? 1 : -1;
      }
      return Math.abs(x - y) < EPSILON ? a.index - b.index : y - x;
    })
    .map(({ entry }) => entry);
}

/** How the top of a ranking stands. */
export type LeadState = "leader" | "near-tie" | "tie" | "empty";

export interface Leaders {
  /** Ids within `margin` of the top value, best first: one id for a clear leader, more on a (near) tie. */
  leaders: string[];
  /** "tie" when the leaders' values are equal, "near-tie" when they only lie within the margin. */
  state: LeadState;
}

/**
 * The options to recommend: every one whose value is within `margin` of the best. More than one
 * means the values are too close to call, and a mix of them is the honest recommendation.
 * A negative or non-finite margin counts as 0 (only exact ties).
 */
export function findLeaders(entries: readonly Standing[], margin: number): Leaders {
  const safeMargin = Number.isFinite(margin) && margin > 0 ? margin : 0;
  const ranked = rank(entries).filter((entry): entry is { id: string; value: number } => entry.value !== undefined);
  const top = ranked[0];
  if (!top) return { leaders: [], state: "empty" };
  const close = ranked.filter((entry) => top.value - entry.value <= safeMargin + EPSILON);
  if (close.length === 1) return { leaders: [top.id], state: "leader" };
  const lowest = close[close.length - 1]?.value ?? top.value;
  return { leaders: close.map((entry) => entry.id), state: top.value - lowest < EPSILON ? "tie" : "near-tie" };
}

/** How much one parameter adds to one option's lead over another: weight × score difference. */
export interface Contribution {
  parameterId: string;
  difference: number;
}

/**
 * Why `leaderId` is ahead of `runnerUpId`: the parameters scored for both where the leader's
 * weighted score is higher, biggest difference first, at most `limit` of them. Parameters scored
 * for only one of the two are not compared, since there is nothing to compare them with.
 */
export function explainLead(
  leaderId: string,
  runnerUpId: string,
  parameterIds: readonly string[],
  scores: Scores,
  weights: Weights,
  limit = 3,
): Contribution[] {
  const standings: (Standing & { contribution: Contribution })[] = [];
  for (const parameterId of parameterIds) {
    const leader = scoreIn(scores, leaderId, parameterId);
    const runnerUp = scoreIn(scores, runnerUpId, parameterId);
    if (leader === undefined || runnerUp === undefined) continue;
    const difference = weightIn(weights, parameterId) * (leader - runnerUp);
    if (difference > EPSILON)
      standings.push({ id: parameterId, value: difference, contribution: { parameterId, difference } });
  }
  return rank(standings)
    .slice(0, Math.max(0, limit))
    .map((standing) => standing.contribution);
}

export interface MatrixInput {
  /** The options to total, in the order the result lists them. */
  optionIds: readonly string[];
  /** The parameters that count; scores and weights of any other are left out. */
  parameterIds: readonly string[];
  /** Each option's score per parameter, 0–10. */
  scores: Scores;
  /** Each parameter's weight, 0–5; a parameter without one weighs 1. */
  weights: Weights;
  /** Totals within this many points of the best are a near tie. @default 5 */
  tieMargin?: number | undefined;
}

export interface MatrixResult {
  /** Every option's total, in the given option order. */
  totals: OptionTotal[];
  /** The same totals, best first; options without a total last. */
  ranking: OptionTotal[];
  /** The option(s) to recommend: one leader, or every option in a (near) tie. */
  leaders: string[];
  state: LeadState;
  /** What put the leader ahead of the runner-up, biggest first (empty on a tie or with no runner-up). */
  why: Contribution[];
}

/** Totals, ranking, leaders and the reasons for the lead, in one pure step. */
export function scoreMatrix({ optionIds, parameterIds, scores, weights, tieMargin = 5 }: MatrixInput): MatrixResult {
  const totals = optionIds.map((optionId) => optionTotal(optionId, parameterIds, scores, weights));
  const standings = totals.map((total) => ({ id: total.optionId, value: total.total, total }));
  // Copies, as the totals are given apart from the ranking.
  const ranking = rank(standings).map((standing) => ({ ...standing.total }));
  const { leaders, state } = findLeaders(standings, tieMargin);
  const leader = ranking[0];
  const runnerUp = ranking[1];
  const why =
    state === "leader" && leader && runnerUp?.total !== undefined
      ? explainLead(leader.optionId, runnerUp.optionId, parameterIds, scores, weights)
      : [];
  return { totals, ranking, leaders, state, why };
}
