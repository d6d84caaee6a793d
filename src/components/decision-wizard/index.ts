export type { DecisionWizardProps } from "./decision-wizard.js";
export { DecisionWizard } from "./decision-wizard.js";
export { decisionWizardVariants } from "./decision-wizard.variants.js";
export type { WizardMessages } from "./messages.js";
export type { WizardResult } from "./wizard-result.js";
export { wizardResult } from "./wizard-result.js";
