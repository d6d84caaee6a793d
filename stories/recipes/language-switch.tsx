const languages = [
  { locale: "fi", name: "Suomi" },
  { locale: "en", name: "English" },
] as const;

export interface LanguageSwitchProps {
  locale: string;
  onLocaleChange: (locale: string) => void;
}

/** Two buttons, one per language, each named in its own language; the pressed one is shown. */
export function LanguageSwitch({ locale, onLocaleChange }: LanguageSwitchProps) {
  return (
    <fieldset aria-label={locale === "fi" ? "Kieli" : "Language"} className="recipe-language">
      {languages.map((language) => (
        <button
          key={language.locale}
          type="button"
          lang={language.locale}
          aria-pressed={locale === language.locale}
          onClick={() => onLocaleChange(language.locale)}
        >
          {language.name}
        </button>
      ))}
    </fieldset>
  );
}
