export type { DecisionMatrixProps } from "./decision-matrix.js";
export { DecisionMatrix } from "./decision-matrix.js";
export { decisionMatrixVariants } from "./decision-matrix.variants.js";
export type { MatrixMessages } from "./messages.js";
export type {
  Contribution,
  Leaders,
  LeadState,
  MatrixInput,
  MatrixResult,
  OptionTotal,
  Scores,
  Standing,
  Weights,
} from "./scoring.js";
export { explainLead, findLeaders, optionTotal, rank, scoreMatrix, scoresOf } from "./scoring.js";
export { parseWeightsParam, serializeWeightsParam, WEIGHTS_URL_VERSION } from "./weights-url.js";
