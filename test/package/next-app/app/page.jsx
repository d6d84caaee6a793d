// A server component (no 'use client'): it checks the data on the server with vertailu/schema and
// hands the components only serializable props.
import { ComparisonTable, DecisionMatrix, DecisionWizard, ProsConsPanel, TypeBadge, VertailuProvider } from "vertailu";
import { bpoVsCallCenter } from "vertailu/data/bpo-vs-call-center";
import { checkTranslations, safeParseComparison } from "vertailu/schema";

export default function Page() {
  const parsed = safeParseComparison(bpoVsCallCenter);
  if (!parsed.success) return <pre id="invalid">{parsed.error.message}</pre>;
  const untranslated = checkTranslations(parsed.data, ["fi", "en"]).length;
  return (
    <VertailuProvider locale="en" theme="light">
      <p id="checked">
        Checked on the server: valid, {untranslated} untranslated {untranslated === 1 ? "text" : "texts"}
      </p>
      <p id="badges">
        <TypeBadge type="inbound-call-center" data={parsed.data} /> <TypeBadge type="vertical-bpo" />
      </p>
      <ComparisonTable data={parsed.data} />
      <ProsConsPanel data={parsed.data} />
      <DecisionMatrix data={parsed.data} headingLevel={2} />
      <DecisionWizard data={parsed.data} headingLevel={2} />
    </VertailuProvider>
  );
}
