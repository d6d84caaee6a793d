import { enCommon, enMatrix, enWizard } from "../../messages/en.js";
import { fiCommon, fiMatrix, fiWizard } from "../../messages/fi.js";
import { catalogue, type Section } from "../../messages/index.js";

/** The built-in strings this component shows. */
// An interface, not an alias: the catalogue's props table then shows its name, not every string.
export interface WizardMessages extends Section<typeof enCommon & typeof enMatrix & typeof enWizard> {}

export const wizardMessages = /* @__PURE__ */ catalogue<WizardMessages>(
  [enCommon, enMatrix, enWizard],
  [fiCommon, fiMatrix, fiWizard],
);
