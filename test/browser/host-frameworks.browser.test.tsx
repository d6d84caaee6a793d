import picoCss from "@picocss/pico/css/pico.min.css?raw";
import { render } from "@testing-library/react";
import bootstrapCss from "bootstrap/dist/css/bootstrap.min.css?raw";
import bulmaCss from "bulma/css/bulma.min.css?raw";
import modernNormalizeCss from "modern-normalize/modern-normalize.css?raw";
import normalizeCss from "normalize.css/normalize.css?raw";
import sanitizeCss from "sanitize.css/sanitize.css?raw";
import preflightCss from "tailwindcss/preflight.css?raw";
import uikitCss from "uikit/dist/css/uikit.min.css?raw";
import { describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import {
  type BuiltInTypeId,
  ComparisonTable,
  CsvDownloadButton,
  DecisionMatrix,
  DecisionWizard,
  ProsConsPanel,
  TypeBadge,
  VertailuProvider,
} from "../../src/index.js";
import { callCentreAnswers } from "../fixtures/comparisons.js";
import foundationCss from "../fixtures/host-css/foundation-sites-6.9.0.min.css?raw";

/**
 * CSS frameworks and resets intranet pages carry, as their packages ship them, on the page with
 * vertailu's styles.css: every component must look exactly as it does without them. Tailwind's
 * preflight is loaded outside any layer, as Tailwind 3 and most resets are (Tailwind 4's own build
 * puts it in a layer, which styles.css outweighs anyway).
 */
const frameworks: [string, string][] = [
  ["Bootstrap 5.3", bootstrapCss],
  ["Bulma 1.0", bulmaCss],
  ["Foundation 6.9", foundationCss],
  ["Pico 2.1", picoCss],
  ["Tailwind's preflight", preflightCss],
  ["UIkit 3", uikitCss],
  ["normalize.css", normalizeCss],
  ["sanitize.css", sanitizeCss],
  ["modern-normalize", modernNormalizeCss],
];

const types: BuiltInTypeId[] = ["horizontal-bpo", "vertical-bpo", "inbound-call-center", "outbound-call-center"];

function Showcase() {
  return (
    <VertailuProvider locale="fi" theme="light">
      <div style={{ inlineSize: 1000 }}>
        <ComparisonTable data={bpoVsCallCenter} collapsibleGroups toolbar={<CsvDownloadButton />} />
        <ProsConsPanel data={bpoVsCallCenter} />
        <div>
          {types.map((type) => (
            <TypeBadge key={type} type={type} />
          ))}
        </div>
        <DecisionMatrix data={bpoVsCallCenter} editableScores />
        {/* A question with its answer chosen, and the result. */}
        <DecisionWizard data={bpoVsCallCenter} defaultAnswers={callCentreAnswers} />
        <DecisionWizard data={bpoVsCallCenter} defaultStep={5} defaultAnswers={callCentreAnswers} />
        <ComparisonTable data={{ ...bpoVsCallCenter, options: [] }} />
      </div>
      {/* The stacked layouts. */}
      <div style={{ inlineSize: 320 }}>
        <ComparisonTable data={bpoVsCallCenter} />
        <ProsConsPanel data={bpoVsCallCenter} />
        <DecisionMatrix data={bpoVsCallCenter} />
      </div>
    </VertailuProvider>
  );
}

/** The outer element of each component the showcase draws (the last, the error box). */
const roots = [
  "div.vertailu-comparison-table",
  "div.vertailu-pros-cons",
  "span.vertailu-type-badge",
  "section.vertailu-decision-matrix",
  "section.vertailu-decision-wizard",
  "div.vertailu-error",
];
/**
 * Every element of every component: the page's own elements around them (the showcase's boxes) are
 * the host's, and follow the host's styles (Pico's larger root font, for one).
 */
const componentElements = roots.map((selector) => `${selector}, ${selector} *`).join(", ");

/** What is drawn of one element: its box, and the properties that paint it. */
function drawn(element: Element): string {
  // Not drawn at all (inside the layout that is not shown): nothing else of it matters.
  if (element.getClientRects().length === 0) return "not rendered";
  const style = getComputedStyle(element);
  // Its box within its parent's, so that one element moved is one difference, not all below it. Where
  // a component sits on the page is the host's layout (Pico spaces every section apart): of its
  // outer element, only the size counts.
  const box = element.getBoundingClientRect();
  const parent = element.parentElement as Element;
  const origin = parent.closest(componentElements) ? parent.getBoundingClientRect() : box;
  const place = [box.x - origin.x, box.y - origin.y, box.width, box.height].map((n) => Math.round(n)).join(",");
  const control = element instanceof HTMLInputElement && ["checkbox", "radio", "range"].includes(element.type);
  const sides = ["top", "right", "bottom", "left"].map((side) => {
    const width = style.getPropertyValue(`border-${side}-width`);
    return width === "0px"
      ? "none"
      : `${width} ${style.getPropertyValue(`border-${side}-style`)} ${style.getPropertyValue(`border-${side}-color`)}`;
  });
  const paint = [
    // A form control's colour and type do not draw it: its accent colour and size do.
    control ? `appearance ${style.appearance}, accent ${style.accentColor}` : `color ${style.color}`,
    control ? "" : `font ${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`,
    // Vertical alignment moves only a cell's content or an inline box.
    /^(inline|table-cell)/.test(style.display)
      ? `align ${style.textAlign} ${style.verticalAlign}`
      : `align ${style.textAlign}`,
    `background ${style.backgroundColor} ${style.backgroundImage}`,
    `border ${sides.join(" / ")}`,
    `radius ${style.borderRadius}`,
    `decoration ${style.textDecorationLine}`,
    `transform ${style.textTransform} ${style.letterSpacing}`,
    style.display === "list-item" ? `marker ${style.listStyleType}` : "",
    `shadow ${style.boxShadow}`,
    `opacity ${style.opacity} ${style.visibility}`,
  ];
  return `${place} ${paint.filter(Boolean).join("; ")}`;
}

/** The elements inside `root` that `selector` matches (every one by default), with what is drawn of each. */
function drawing(root: Element, selector = "*"): string[] {
  return [...root.querySelectorAll(selector)].map((element) => {
    const name = `${element.tagName.toLowerCase()}${element.classList[0] ? `.${element.classList[0]}` : ""}`;
    return `${name} ${drawn(element)}`;
  });
}

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe.each(frameworks)("with %s on the page", (_name, css) => {
  it.each([
    ["before", "vertailu's styles win its ties"],
    ["after", "it wins its ties"],
  ])("loaded %s vertailu's styles (%s), every component looks as it does without it", async (order) => {
    await page.viewport(1200, 900);
    const { container } = render(
      <>
        <div id="host-content">
          <h3>The host's own heading</h3>
          <p>
            A paragraph with <code>code</code> and a <button type="button">button</button>.
          </p>
        </div>
        <Showcase />
      </>,
    );
    const root = container.querySelector(".vertailu-root") as HTMLElement;
    const hostContent = container.querySelector("#host-content") as HTMLElement;
    await frames();
    const alone = drawing(root, componentElements);
    const hostAlone = drawing(hostContent);
    const host = document.createElement("style");
    host.textContent = css;
    if (order === "before") document.head.prepend(host);
    else document.head.append(host);
    try {
      await frames();
      // The framework's rules are in force on the page: the host's own content is restyled.
      expect(drawing(hostContent)).not.toEqual(hostAlone);
      const withHost = drawing(root, componentElements);
      expect(withHost.length).toBe(alone.length);
      // Each element that looks different, as it looked alone and as it looks with the framework.
      const changed = alone.flatMap((seen, index) => (withHost[index] === seen ? [] : [[seen, withHost[index]]]));
      expect(changed).toEqual([]);
    } finally {
      host.remove();
    }
    // Every component was drawn, so each was compared.
    for (const root of roots) expect(alone.filter((seen) => seen.startsWith(`${root} `)).length).toBeGreaterThan(0);
  });
});
