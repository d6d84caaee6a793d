import { enCommon, enDecision, enWizard } from "../../messages/en.js";
import { fiCommon, fiDecision, fiWizard } from "../../messages/fi.js";
import { catalogue, type Section } from "../../messages/index.js";

/** The built-in strings this component shows. */
// An interface, not an alias: the catalogue's props table then shows its name, not every string.
export interface WizardMessages extends Section<typeof enCommon & typeof enDecision & typeof enWizard> {}

export const wizardMessages = /* @__PURE__ */ catalogue<WizardMessages>(
  [enCommon, enDecision, enWizard],
  [fiCommon, fiDecision, fiWizard],
);
