"use client"; // as the README's usage example: onComplete is a function prop

import { DecisionWizard } from "vertailu";
import { bpoVsCallCenter } from "vertailu/data/bpo-vs-call-center";

export function Decide() {
  return (
    <DecisionWizard
      data={bpoVsCallCenter}
      locale="en"
      onComplete={(result) => {
        document.documentElement.dataset.recommended = result.recommended.join(",");
      }}
    />
  );
}
