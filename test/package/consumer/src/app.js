// The whole app, shared by the browser entries and the server renderer. Plain createElement, so
// Node can import it for server rendering without a build step.
import { createElement as h, useEffect } from "react";
import {
  ComparisonTable,
  DecisionMatrix,
  DecisionWizard,
  ProsConsPanel,
  parseComparison,
  TypeBadge,
  VertailuProvider,
} from "vertailu";
import { bpoVsCallCenter } from "vertailu/data/bpo-vs-call-center";

const data = parseComparison(bpoVsCallCenter);

/** Marks the page once React has rendered or hydrated it, for the tests to wait on. */
function Ready() {
  useEffect(() => {
    document.documentElement.dataset.ready = "true";
  }, []);
  return null;
}

/** `structuredData`: the pros and cons also write their JSON-LD (the browser entry sets it from the URL). */
export function App({ structuredData = false } = {}) {
  return h(
    VertailuProvider,
    { locale: "en", theme: "light", id: "provider" },
    h("h2", null, "Types"),
    h(
      "p",
      { id: "badges" },
      h(TypeBadge, { type: "inbound-call-center", data }),
      " ",
      h(TypeBadge, { type: "vertical-bpo", tooltip: false }),
    ),
    h(ComparisonTable, { data, id: "table" }),
    h(ProsConsPanel, { data, id: "pros-cons", structuredData }),
    h(DecisionMatrix, { data, id: "matrix" }),
    h(DecisionWizard, { data, id: "wizard" }),
    h(Ready),
  );
}
