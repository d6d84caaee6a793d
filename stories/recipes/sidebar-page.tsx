import { useId } from "react";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import { ComparisonTable } from "../../src/index.js";
import "./recipes.css";

const text = {
  fi: {
    title: "Asiakaspalvelun ulkoistus",
    body: [
      "Harkitsemme asiakaspalvelun osittaista ulkoistamista ensi vuonna. Tälle sivulle kootaan taustatiedot päätöksen tueksi.",
      "Sivupalkin vertailu näyttää, miten BPO ja puhelinkeskus eroavat. Kapeassa tilassa taulukko näytetään vaihtoehto kerrallaan.",
    ],
    aside: "Vertailu lyhyesti",
  },
  en: {
    title: "Outsourcing customer service",
    body: [
      "We are considering outsourcing part of customer service next year. This page gathers the background for the decision.",
      "The comparison in the sidebar shows how BPO and a call centre differ. In a narrow space the table shows one option at a time.",
    ],
    aside: "The comparison in short",
  },
};

/** An intranet page with the comparison in a 320 px sidebar, where the table stacks by itself. */
export function SidebarPage({ locale = "fi" }: { locale?: string }) {
  const headingId = useId();
  const page = locale === "en" ? text.en : text.fi;
  return (
    <div className="recipe-sidebar-layout">
      <main>
        <h1>{page.title}</h1>
        {page.body.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </main>
      <aside aria-labelledby={headingId}>
        <h2 id={headingId}>{page.aside}</h2>
        {/* Its own id prefix: the main content may show the same comparison's table too. */}
        <ComparisonTable data={bpoVsCallCenter} idPrefix="sidebar" headingLevel={3} showDifferencesToggle={false} />
      </aside>
    </div>
  );
}
