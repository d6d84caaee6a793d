import { useId, useState } from "react";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import {
  ComparisonTable,
  DecisionWizard,
  ProsConsPanel,
  resolveText,
  type Theme,
  VertailuProvider,
} from "../../src/index.js";
import { LanguageSwitch } from "./language-switch.js";
import "./recipes.css";

/** The page's own headings; everything else comes from the data and the library's catalogues. */
const pageText: Record<string, { prosCons: string; conclusion: string }> = {
  fi: { prosCons: "Edut ja haitat", conclusion: "Johtopäätös" },
  en: { prosCons: "Pros and cons", conclusion: "Conclusion" },
};

export interface IntranetPageProps {
  /** The catalogue's theme. */
  theme: Theme;
  /** The language the page opens in. */
  initialLocale?: string;
}

/**
 * The showcase page: title and one line, the table, both options' pros and cons side by side,
 * the article's conclusion as a quiet note, and the wizard for readers who are not sure.
 */
export function IntranetPage({ theme, initialLocale = "fi" }: IntranetPageProps) {
  const [locale, setLocale] = useState(initialLocale);
  const id = useId();
  const data = bpoVsCallCenter;
  const text = pageText[locale] ?? pageText.en;
  const conclusion = resolveText(data.conclusion, locale, data.defaultLocale).split(/\n\s*\n/);
  return (
    <VertailuProvider theme={theme} locale={locale} className="recipe-page">
      <header className="recipe-page__header">
        <div>
          <h1 className="recipe-page__title">{resolveText(data.title, locale, data.defaultLocale)}</h1>
          <p className="recipe-page__lede">{resolveText(data.description, locale, data.defaultLocale)}</p>
        </div>
        <LanguageSwitch locale={locale} onLocaleChange={setLocale} />
      </header>
      {/* The page's content in a main landmark after its banner, so a screen reader's "next landmark"
          or "main content" command reaches the comparison. */}
      <main className="recipe-page__main">
        {/* The page's heading already gives the title and description, so the table gets a shorter
            caption, written per locale as the data's texts are. Its own headings (notes, sources, the
            stacked layout's options) come next after the h1. */}
        <ComparisonTable
          data={data}
          caption={{ fi: "BPO ja puhelinkeskus rinnakkain", en: "BPO and call centre side by side" }}
          headingLevel={2}
        />
        <section aria-labelledby={`${id}-pros-cons`} className="recipe-page__section">
          <h2 id={`${id}-pros-cons`}>{text?.prosCons}</h2>
          <ProsConsPanel data={data} options={["bpo", "call-center"]} headingLevel={3} />
        </section>
        <aside aria-labelledby={`${id}-conclusion`} className="recipe-note">
          <h2 id={`${id}-conclusion`}>{text?.conclusion}</h2>
          {conclusion.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </aside>
        <DecisionWizard data={data} headingLevel={2} className="recipe-page__section" />
      </main>
    </VertailuProvider>
  );
}
