import { type CSSProperties, useId, useState } from "react";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import { ComparisonTable, type Theme, VertailuProvider } from "../../src/index.js";
import "./docs.css";

const fonts = [
  { label: "System UI (the default)", value: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' },
  { label: "Georgia, a serif", value: 'Georgia, "Times New Roman", serif' },
  { label: "Verdana, a wide sans-serif", value: "Verdana, Geneva, sans-serif" },
  { label: "Monospace", value: 'ui-monospace, "Cascadia Mono", Menlo, Consolas, monospace' },
] as const;

const defaults = {
  accentLight: "#2456c4",
  accentDark: "#8db1ff",
  font: fonts[0].value as string,
  radius: 6,
  stackBelow: 576,
  highlight: "bpo",
};

type Settings = typeof defaults;

/** The surfaces the accent stands on, as tokens.css declares them: light, then dark. */
const surfaces = { light: "#ffffff", dark: "#16191d" } as const;

/** WCAG 2.2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((at) => {
    const channel = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two #rrggbb colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The text on an accent fill: white or near-black, whichever stands out more from it. */
export function accentText(accent: string): string {
  return contrastRatio(accent, "#ffffff") >= contrastRatio(accent, "#111111") ? "#ffffff" : "#111111";
}

/** The declarations a host would write for these settings. */
export function playgroundTokens(settings: Settings): Record<string, string> {
  return {
    "--vertailu-color-accent": `light-dark(${settings.accentLight}, ${settings.accentDark})`,
    // The text on the accent (the "Recommended" pill, the wizard's Next button), chosen with it.
    "--vertailu-color-accent-text": `light-dark(${accentText(settings.accentLight)}, ${accentText(settings.accentDark)})`,
    // The tint follows the accent: 10 % of it over the surface, in either theme.
    "--vertailu-color-accent-tint":
      "color-mix(in srgb, var(--vertailu-color-accent) 10%, var(--vertailu-color-surface))",
    "--vertailu-font-family": settings.font,
    "--vertailu-radius": `${settings.radius}px`,
    // In px, as the token is: the stacking point stays put whatever root font size the host sets.
    "--vertailu-stack-below": `${settings.stackBelow}px`,
  };
}

export interface ThemePlaygroundProps {
  /** The catalogue's theme, passed on to the playground's provider. */
  theme?: Theme;
  /** The catalogue's locale, passed on to the playground's provider. */
  locale?: string;
}

/**
 * Edit a few tokens with native inputs and watch the BPO table follow. The tokens go on the
 * VertailuProvider as inline custom properties, the same as a class with these declarations.
 */
export function ThemePlayground({ theme = "light", locale }: ThemePlaygroundProps) {
  const [settings, setSettings] = useState<Settings>(defaults);
  const id = useId();
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    setSettings((current) => ({ ...current, [key]: value }));
  const tokens = playgroundTokens(settings);
  const css = `.my-brand {\n${Object.entries(tokens)
    .map(([name, value]) => `  ${name}: ${value};`)
    .join("\n")}\n}`;

  return (
    <div className="docs-playground">
      <form
        className="docs-playground__controls"
        // The documentation's words are English in every locale the catalogue shows.
        lang="en"
        aria-label="Theme tokens"
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="docs-playground__field">
          <label htmlFor={`${id}-accent-light`}>Accent, light theme</label>
          <input
            id={`${id}-accent-light`}
            type="color"
            value={settings.accentLight}
            onChange={(event) => set("accentLight", event.target.value)}
          />
        </div>
        <div className="docs-playground__field">
          <label htmlFor={`${id}-accent-dark`}>Accent, dark theme</label>
          <input
            id={`${id}-accent-dark`}
            type="color"
            value={settings.accentDark}
            onChange={(event) => set("accentDark", event.target.value)}
          />
        </div>
        <div className="docs-playground__field">
          <label htmlFor={`${id}-font`}>Font family</label>
          <select id={`${id}-font`} value={settings.font} onChange={(event) => set("font", event.target.value)}>
            {fonts.map((font) => (
              <option key={font.value} value={font.value}>
                {font.label}
              </option>
            ))}
          </select>
        </div>
        {/* Each slider tells a screen reader its value, unit and all (aria-valuetext); the number
            beside it is for the eye, as an <output> is a status a reader would hear again. */}
        <div className="docs-playground__field">
          <label htmlFor={`${id}-radius`}>Radius</label>
          <span className="docs-playground__range">
            <input
              id={`${id}-radius`}
              type="range"
              min={0}
              max={16}
              value={settings.radius}
              aria-valuetext={`${settings.radius}px`}
              onChange={(event) => set("radius", Number(event.target.value))}
            />
            <output htmlFor={`${id}-radius`} aria-hidden="true">
              {settings.radius}px
            </output>
          </span>
        </div>
        <div className="docs-playground__field">
          <label htmlFor={`${id}-stack`}>Stack below</label>
          <span className="docs-playground__range">
            <input
              id={`${id}-stack`}
              type="range"
              min={320}
              max={1440}
              step={16}
              value={settings.stackBelow}
              aria-valuetext={`${settings.stackBelow}px`}
              onChange={(event) => set("stackBelow", Number(event.target.value))}
            />
            <output htmlFor={`${id}-stack`} aria-hidden="true">
              {settings.stackBelow}px
            </output>
          </span>
        </div>
        <div className="docs-playground__field">
          <label htmlFor={`${id}-highlight`}>Recommended column</label>
          <select
            id={`${id}-highlight`}
            value={settings.highlight}
            onChange={(event) => set("highlight", event.target.value)}
          >
            <option value="bpo">BPO (shows the accent)</option>
            <option value="call-center">Call centre (shows the accent)</option>
            <option value="">None, as in the data</option>
          </select>
        </div>
        <button type="button" className="docs-playground__reset" onClick={() => setSettings(defaults)}>
          Reset
        </button>
      </form>
      <ul className="docs-playground__contrast" lang="en" aria-label="Contrast of the accent">
        {(["light", "dark"] as const).map((scheme) => {
          const accent = scheme === "light" ? settings.accentLight : settings.accentDark;
          const pairs = [
            ["as text on the surface", contrastRatio(accent, surfaces[scheme])],
            ["under its text", contrastRatio(accent, accentText(accent))],
          ] as const;
          return pairs.map(([what, ratio]) => (
            <li key={`${scheme}-${what}`}>
              {`${scheme === "light" ? "Light" : "Dark"} theme, the accent ${what}: ${ratio.toFixed(1)}:1, `}
              <strong>{ratio >= 4.5 ? "passes AA" : "below AA's 4.5:1: pick a darker or lighter accent"}</strong>
            </li>
          ));
        })}
      </ul>
      {/* English words and code, as the form above: read in an English voice in a Finnish catalogue too. */}
      <details className="docs-playground__css" lang="en">
        <summary>The CSS for these settings</summary>
        <pre>
          <code>{css}</code>
        </pre>
      </details>
      <VertailuProvider
        theme={theme}
        locale={locale}
        style={tokens as CSSProperties}
        className="docs-playground__preview"
      >
        {/* The table builds its stacked layout when its container resizes; a new threshold alone
            resizes nothing, so the table starts afresh when the threshold changes. */}
        <ComparisonTable
          key={settings.stackBelow}
          data={bpoVsCallCenter}
          highlightOption={settings.highlight || null}
        />
      </VertailuProvider>
    </div>
  );
}
