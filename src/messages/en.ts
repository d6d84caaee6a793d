/**
 * Built-in strings, English. Every user-visible string a component shows comes from here (or fi.ts),
 * and a host overrides any of them through the `messages` prop or the provider.
 * `{name}` marks a value filled in at run time; keys ending in _one/_other are plural forms.
 */
// Shared
export const enCommon = {
  recommended: "Recommended",
  yes: "Yes",
  no: "No",
  partial: "Partial",
  notApplicable: "Not applicable",
  unknown: "Unknown",
  moreInfo: "About {label}",
  errorTitle: "This comparison cannot be shown",
  scrollRegion: "{title} (scrollable area)",
} as const;

// ComparisonTable
export const enTable = {
  differencesOnly: "Show differences only",
  rowsHidden_one: "{count} identical row hidden",
  rowsHidden_other: "{count} identical rows hidden",
  noRowsHidden: "All rows shown",
  notesHeading: "Notes",
  sourcesHeading: "Sources",
  noteLink: "Note {number}",
  backToCell: "Back to the comparison",
  ratingValue: "{value} of {max}",
  optionPicker: "Options to compare",
  optionPickerHint: "Choose at least two.",
  accessed: "accessed {date}",
} as const;

// The table's CSV export and its download button; the decision matrix heads its score table the same
export const enExport = {
  parameterColumn: "Parameter",
  downloadCsv: "Download CSV",
} as const;

// ProsConsPanel
export const enProsCons = {
  pros: "Pros",
  cons: "Cons",
  prosConsOf: "Pros and cons: {option}",
  weightValue: "weight {value} of 5",
  noItems: "None listed",
} as const;

// DecisionMatrix and DecisionWizard: a tie or near tie in either
export const enDecision = {
  decisionTie: "Tie: consider a mix of {options}.",
  decisionNearTie: "Near tie: consider a mix of {options}.",
} as const;

// DecisionMatrix
export const enMatrix = {
  matrixTitle: "Weigh what matters to you",
  matrixIntro:
    "Set how much each parameter matters to you, from 0 (not at all) to 5 (very much). Totals are out of 100.",
  matrixWeights: "Weights (0–5)",
  matrixResult: "Result",
  matrixScores: "Scores (0–10)",
  matrixTotal: "Total",
  matrixTotalValue: "{value}/100",
  matrixOptionTotal: "{option}: {value}/100",
  matrixNoTotal: "No total",
  matrixNotScored: "Not scored",
  matrixLeader: "{option} leads with {value}/100.",
  matrixEmpty: "No totals yet: give a scored parameter a weight above 0.",
  matrixWhy_one: "Why: {parameters} made the biggest difference.",
  matrixWhy_other: "Why: {parameters} made the biggest difference.",
  matrixLeftOut: "Not scored for {option}, so left out of its total: {parameters}.",
  matrixUnscored_one: "{count} parameter has no scores and is left out: {parameters}.",
  matrixUnscored_other: "{count} parameters have no scores and are left out: {parameters}.",
  matrixScoreLabel: "{option} – {parameter}",
  matrixScoreClamped: "Scores go from 0 to 10: {typed} counts as {score}.",
  matrixScoreNotNumber: "A score is a number from 0 to 10, such as 7.5.",
} as const;

// DecisionWizard
export const enWizard = {
  wizardTitle_one: "Not sure? Answer {count} question",
  wizardTitle_other: "Not sure? Answer {count} questions",
  wizardProgress: "Question {current} of {total}",
  wizardDone_one: "The question is answered",
  wizardDone_other: "{count} of {count} questions answered",
  wizardBack: "Back",
  wizardNext: "Next",
  wizardShowResult: "Show result",
  wizardRestart: "Start over",
  wizardChooseAnswer: "Choose an answer to continue.",
  wizardRecommendation: "Recommendation: {option}",
  wizardPointsHeading: "Points",
  wizardPoints_one: "{count} point",
  wizardPoints_other: "{count} points",
  wizardReasons: "Why",
  wizardRelated: "See in the comparison table",
} as const;

// <vertailu-comparison>: its own line, apart from the components' strings.
export const enElement = {
  elementLoading: "Loading the comparison…",
} as const;

/** Every built-in string, English. */
export const en: typeof enCommon &
  typeof enTable &
  typeof enExport &
  typeof enProsCons &
  typeof enDecision &
  typeof enMatrix &
  typeof enWizard = /* @__PURE__ */ Object.assign(
  {},
  enCommon,
  enTable,
  enExport,
  enProsCons,
  enDecision,
  enMatrix,
  enWizard,
);

export type MessageKey = keyof typeof en;
/** The built-in strings of one locale. */
export type Messages = { [K in MessageKey]: string };
/** The strings of one section, in any locale. */
export type Section<T> = { [K in keyof T]: string };
