import { describe, expect, it } from "vitest";
import {
  clampWeight,
  defaultWeightsOf,
  explainLead,
  findLeaders,
  optionTotal,
  rank,
  scoreMatrix,
  scoreOfCell,
  scoresOf,
} from "../../src/components/decision-matrix/scoring.js";
import { wizardResult } from "../../src/components/decision-wizard/wizard-result.js";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import type { Scores, Weights } from "../../src/index.js";

const params = ["p1", "p2", "p3"];

describe("optionTotal", () => {
  it.each([
    // name, scores of option "a", weights, expected total, scored, unscored
    ["equal weights average the scores", { p1: 10, p2: 5, p3: 0 }, {}, 50, ["p1", "p2", "p3"], []],
    ["all tens are 100", { p1: 10, p2: 10, p3: 10 }, {}, 100, ["p1", "p2", "p3"], []],
    ["all zeros are 0", { p1: 0, p2: 0, p3: 0 }, {}, 0, ["p1", "p2", "p3"], []],
    ["weights scale the parts", { p1: 10, p2: 0, p3: 0 }, { p1: 2, p2: 1, p3: 1 }, 50, ["p1", "p2", "p3"], []],
    ["a zero weight drops the parameter", { p1: 10, p2: 0, p3: 4 }, { p2: 0, p3: 0 }, 100, ["p1", "p2", "p3"], []],
    ["unscored parameters are left out", { p1: 8 }, { p2: 5 }, 80, ["p1"], ["p2", "p3"]],
    [
      "all weights 0 give no total",
      { p1: 8, p2: 2, p3: 5 },
      { p1: 0, p2: 0, p3: 0 },
      undefined,
      ["p1", "p2", "p3"],
      [],
    ],
    ["no scored parameter gives no total", {}, {}, undefined, [], ["p1", "p2", "p3"]],
    ["weights above 5 count as 5", { p1: 10, p2: 0 }, { p1: 99, p2: 5 }, 50, ["p1", "p2"], ["p3"]],
    ["negative weights count as 0", { p1: 10, p2: 0 }, { p2: -3 }, 100, ["p1", "p2"], ["p3"]],
    ["NaN weights fall back to 1", { p1: 10, p2: 0 }, { p1: Number.NaN }, 50, ["p1", "p2"], ["p3"]],
    ["scores above 10 count as 10", { p1: 50, p2: 0 }, {}, 50, ["p1", "p2"], ["p3"]],
  ] as const)("%s", (_name, row, weights, total, scored, unscored) => {
    const result = optionTotal("a", params, { a: row } as Scores, weights as Weights);
    if (total === undefined) expect(result.total).toBeUndefined();
    else expect(result.total).toBeCloseTo(total, 9);
    expect(result.scored).toEqual(scored);
    expect(result.unscored).toEqual(unscored);
  });

  it("normalizes with the weighted maximum: (2×8 + 1×4) / (2×10 + 1×10) × 100", () => {
    const result = optionTotal("a", ["p1", "p2"], { a: { p1: 8, p2: 4 } }, { p1: 2, p2: 1 });
    expect(result.total).toBeCloseTo((20 / 30) * 100, 9);
  });
});

describe("findLeaders", () => {
  it.each([
    ["a clear leader", [60, 40], 5, ["a"], "leader"],
    ["an exact tie", [50, 50], 5, ["a", "b"], "tie"],
    ["an exact tie with no margin", [50, 50], 0, ["a", "b"], "tie"],
    ["a near tie inside the margin", [52, 48], 5, ["a", "b"], "near-tie"],
    ["a gap exactly at the margin is still near", [55, 50], 5, ["a", "b"], "near-tie"],
    ["a gap just over the margin is a lead", [55.01, 50], 5, ["a"], "leader"],
    ["no margin: only exact ties", [50.5, 50], 0, ["a"], "leader"],
    ["a negative margin counts as 0", [50, 49], -5, ["a"], "leader"],
    ["a NaN margin counts as 0", [50, 49], Number.NaN, ["a"], "leader"],
    ["the runner-up is found wherever it is listed", [40, 70, 68], 5, ["b", "c"], "near-tie"],
    ["three-way near tie", [70, 68, 66], 5, ["a", "b", "c"], "near-tie"],
    ["only options near the top, not a chain", [70, 66, 62], 5, ["a", "b"], "near-tie"],
  ] as const)("%s", (_name, values, margin, leaders, state) => {
    const entries = values.map((value, index) => ({ id: "abc"[index] ?? "?", value }));
    expect(findLeaders(entries, margin)).toEqual({ leaders, state });
  });

  it("is empty when no option has a value", () => {
    expect(findLeaders([{ id: "a", value: undefined }], 5)).toEqual({ leaders: [], state: "empty" });
  });

  it("does not let float sums decide a tie", () => {
    expect(
      findLeaders(
        [
          { id: "a", value: 0.1 + 0.2 },
          { id: "b", value: 0.3 },
        ],
        0,
      ).state,
    ).toBe("tie");
  });
});

describe("rank", () => {
  it("puts the highest first, keeps the given order for equal values and puts undefined last", () => {
    const ranked = rank([
      { id: "x", value: undefined },
      { id: "a", value: 3 },
      { id: "b", value: 7 },
      { id: "c", value: 3 },
    ]);
    expect(ranked.map((entry) => entry.id)).toEqual(["b", "a", "c", "x"]);
  });
});

describe("explainLead", () => {
  const scores: Scores = {
    a: { p1: 9, p2: 5, p3: 6, p4: 10 },
    b: { p1: 3, p2: 5, p3: 2, p4: 9 },
  };
  it.each([
    ["orders by weighted difference", {}, 3, ["p1", "p3", "p4"]],
    ["weights change the order", { p1: 1, p3: 5 }, 3, ["p3", "p1", "p4"]],
    ["keeps at most the limit", {}, 1, ["p1"]],
    ["leaves out zero-weight parameters", { p1: 0 }, 3, ["p3", "p4"]],
  ] as const)("%s", (_name, weights, limit, expected) => {
    expect(explainLead("a", "b", ["p1", "p2", "p3", "p4"], scores, weights, limit).map((c) => c.parameterId)).toEqual(
      expected,
    );
  });

  it("gives the weighted score difference and skips parameters scored for only one option", () => {
    const result = explainLead("a", "b", ["p1", "p5"], { a: { p1: 9, p5: 10 }, b: { p1: 3 } }, { p1: 2 });
    expect(result).toEqual([{ parameterId: "p1", difference: 12 }]);
  });
});

describe("scoreMatrix", () => {
  it("ranks, finds the leader and says why", () => {
    const result = scoreMatrix({
      optionIds: ["a", "b"],
      parameterIds: ["p1", "p2"],
      scores: { a: { p1: 9, p2: 4 }, b: { p1: 2, p2: 6 } },
      weights: { p1: 2, p2: 1 },
    });
    expect(result.ranking.map((total) => total.optionId)).toEqual(["a", "b"]);
    expect(result.totals[0]?.total).toBeCloseTo((22 / 30) * 100, 9);
    expect(result.leaders).toEqual(["a"]);
    expect(result.state).toBe("leader");
    expect(result.why).toEqual([{ parameterId: "p1", difference: 14 }]);
  });

  it("gives no why on a near tie, and uses the margin it is given", () => {
    const input = {
      optionIds: ["a", "b"],
      parameterIds: ["p1"],
      scores: { a: { p1: 6 }, b: { p1: 5.5 } },
      weights: {},
    };
    expect(scoreMatrix(input)).toMatchObject({ state: "near-tie", leaders: ["a", "b"], why: [] });
    expect(scoreMatrix({ ...input, tieMargin: 2 })).toMatchObject({ state: "leader", leaders: ["a"] });
  });

  it("reads the BPO showcase: only confidentiality is scored, BPO 80 and call centre 20", () => {
    const scores = scoresOf(bpoVsCallCenter);
    expect(scores).toEqual({ bpo: { confidentiality: 8 }, "call-center": { confidentiality: 2 } });
    const result = scoreMatrix({
      optionIds: ["bpo", "call-center"],
      parameterIds: bpoVsCallCenter.parameters.map((parameter) => parameter.id),
      scores,
      weights: defaultWeightsOf(bpoVsCallCenter),
    });
    expect(result.totals.map((total) => Math.round(total.total ?? -1))).toEqual([80, 20]);
    expect(result.leaders).toEqual(["bpo"]);
    expect(result.why.map((item) => item.parameterId)).toEqual(["confidentiality"]);
  });
});

describe("cell and weight helpers", () => {
  it.each([
    ["a bare text", "plain", undefined],
    ["a cell without a score", { kind: "na" }, undefined],
    ["a scored cell", { kind: "check", value: "yes", score: 7 }, 7],
    ["a score out of range", { kind: "na", score: 12 }, 10],
    ["a NaN score", { kind: "na", score: Number.NaN }, undefined],
    ["null", null, undefined],
  ] as const)("scoreOfCell reads %s", (_name, cell, expected) => {
    expect(scoreOfCell(cell as never)).toBe(expected);
  });

  it("defaults each weight to the parameter's weight, else 1", () => {
    expect(
      defaultWeightsOf({
        parameters: [
          { id: "a", label: "A", values: {}, weight: 3 },
          { id: "b", label: "B", values: {} },
        ],
      }),
    ).toEqual({ a: 3, b: 1 });
  });

  it.each([
    [3, 3],
    [7, 5],
    [-1, 0],
    [Number.POSITIVE_INFINITY, undefined],
    ["2", undefined],
  ] as const)("clampWeight(%s) is %s", (input, expected) => {
    expect(clampWeight(input)).toBe(expected);
  });
});

describe("wizardResult on the BPO data", () => {
  it.each([
    [
      "back office, foreign tasks, confidentiality critical",
      {
        "back-office": "yes",
        "customer-calls": "no",
        scope: "foreign",
        confidentiality: "critical",
        "hidden-costs": "no",
      },
      { bpo: 8, "call-center": -2 },
      ["bpo"],
      "leader",
    ],
    [
      "customer calls, local queries, a project just starting",
      {
        "back-office": "no",
        "customer-calls": "yes",
        scope: "local",
        confidentiality: "not-critical",
        "hidden-costs": "yes",
      },
      { bpo: -3, "call-center": 6 },
      ["call-center"],
      "leader",
    ],
    [
      "both back office and customer calls, both scopes",
      {
        "back-office": "yes",
        "customer-calls": "yes",
        scope: "both",
        confidentiality: "not-critical",
        "hidden-costs": "no",
      },
      { bpo: 4, "call-center": 4 },
      ["bpo", "call-center"],
      "tie",
    ],
    [
      "a one-point gap is a near tie at the default margin",
      {
        "back-office": "yes",
        "customer-calls": "yes",
        scope: "both",
        confidentiality: "critical",
        "hidden-costs": "yes",
      },
      { bpo: 3, "call-center": 2 },
      ["bpo", "call-center"],
      "near-tie",
    ],
    [
      "a two-point gap is a lead at the default margin",
      {
        "back-office": "yes",
        "customer-calls": "yes",
        scope: "local",
        confidentiality: "critical",
        "hidden-costs": "yes",
      },
      { bpo: 2, "call-center": 4 },
      ["call-center"],
      "leader",
    ],
  ] as const)("%s", (_name, answers, scores, recommended, state) => {
    const result = wizardResult(bpoVsCallCenter, answers, { locale: "en" });
    expect(result.scores).toEqual(scores);
    expect(result.recommended).toEqual(recommended);
    expect(result.state).toBe(state);
    expect(result.isTie).toBe(recommended.length > 1);
    expect(result.reasons).toHaveLength(5);
  });

  it("recommends a mix when the gap is within the margin", () => {
    const answers = { "back-office": "yes", "customer-calls": "yes", scope: "local" };
    expect(wizardResult(bpoVsCallCenter, answers).scores).toEqual({ bpo: 3, "call-center": 6 });
    expect(wizardResult(bpoVsCallCenter, answers, { tieMargin: 3 })).toMatchObject({
      recommended: ["call-center", "bpo"],
      state: "near-tie",
      isTie: true,
    });
  });

  it("ignores unknown questions and answers and collects each related parameter once", () => {
    const result = wizardResult(bpoVsCallCenter, { "back-office": "yes", "customer-calls": "maybe", nope: "yes" });
    expect(result.answers).toEqual({ "back-office": "yes" });
    expect(result.parameters).toEqual(["operations", "marketing-relevance", "office"]);
  });
});
