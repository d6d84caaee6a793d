// A screen reader picks its voice from `lang`: each component marks the language its data texts
// are shown in, so Finnish data on an English host page is read in Finnish.
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import {
  type Comparison,
  ComparisonTable,
  DecisionMatrix,
  DecisionWizard,
  ProsConsPanel,
  TypeBadge,
  VertailuProvider,
} from "../../src/index.js";

const components: [string, string, (props: { data: Comparison; locale?: string }) => ReactElement][] = [
  ["ComparisonTable", "comparison-table", (props) => <ComparisonTable {...props} />],
  ["ProsConsPanel", "pros-cons-panel", (props) => <ProsConsPanel {...props} />],
  ["DecisionMatrix", "decision-matrix", (props) => <DecisionMatrix {...props} />],
  ["DecisionWizard", "decision-wizard", (props) => <DecisionWizard {...props} />],
];

const rootOf = (container: HTMLElement, slot: string) => {
  const root = container.querySelector(`[data-slot="${slot}"]`);
  if (!root) throw new Error(`no ${slot}`);
  return root;
};

/** The showcase data with plain-string texts only, and no defaultLocale: it says nothing of its language. */
function unlabelled(): Comparison {
  const data = structuredClone(bpoVsCallCenter) as Comparison & { defaultLocale?: string };
  const plain = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(plain);
    if (value === null || typeof value !== "object") return value;
    const record = value as Record<string, unknown>;
    if (typeof record.fi === "string") return record.fi;
    return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, plain(inner)]));
  };
  const result = plain(data) as Comparison;
  delete (result as { defaultLocale?: string }).defaultLocale;
  return result;
}

describe.each(components)("%s's lang", (_name, slot, Component) => {
  it("is the data's default locale when no locale is asked for", () => {
    const { container } = render(<Component data={bpoVsCallCenter} />);
    expect(rootOf(container, slot)).toHaveAttribute("lang", "fi");
  });

  it("is the asked locale, or its language, when the data is written in it", () => {
    const { container, rerender } = render(<Component data={bpoVsCallCenter} locale="en" />);
    expect(rootOf(container, slot)).toHaveAttribute("lang", "en");
    rerender(<Component data={bpoVsCallCenter} locale="en-GB" />);
    expect(rootOf(container, slot)).toHaveAttribute("lang", "en");
  });

  it("is the data's default locale when the data is not written in the asked one", () => {
    const { container } = render(<Component data={bpoVsCallCenter} locale="sv" />);
    expect(rootOf(container, slot)).toHaveAttribute("lang", "fi");
  });

  it("follows the component's own locale inside a provider of another", () => {
    const { container } = render(
      <VertailuProvider locale="fi">
        <Component data={bpoVsCallCenter} locale="en" />
      </VertailuProvider>,
    );
    expect(rootOf(container, slot)).toHaveAttribute("lang", "en");
  });

  it("is left to the host page when the data does not say its language", () => {
    const { container } = render(<Component data={unlabelled()} />);
    expect(rootOf(container, slot)).not.toHaveAttribute("lang");
  });

  it("is in the server-rendered markup", () => {
    const html = renderToString(
      <VertailuProvider>
        <Component data={bpoVsCallCenter} />
      </VertailuProvider>,
    );
    const root = new DOMParser().parseFromString(html, "text/html").querySelector(`[data-slot="${slot}"]`);
    expect(root?.getAttribute("lang")).toBe("fi");
  });
});

describe("error boxes: a title in the reader's language, problems marked as the English they are", () => {
  it.each(components)("%s's error box in Finnish", (_name, _slot, make) => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const { getByRole } = render(make({ data: { ...bpoVsCallCenter, options: [] }, locale: "fi" }));
      const alert = getByRole("alert");
      expect(alert).toHaveTextContent("Vertailua ei voi näyttää");
      const list = alert.querySelector("ul");
      expect(list).toHaveAttribute("lang", "en");
      expect(list).toHaveTextContent("options: a comparison needs at least 2 options");
    } finally {
      error.mockRestore();
    }
  });

  it("TypeBadge's unknown type", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const { getByRole } = render(
        <VertailuProvider locale="fi">
          <TypeBadge type="no-such-type" />
        </VertailuProvider>,
      );
      expect(getByRole("alert")).toHaveAttribute("lang", "en");
      expect(getByRole("alert")).toHaveTextContent('unknown type "no-such-type"');
    } finally {
      error.mockRestore();
    }
  });
});
