// A host writes a caption or a widget title the way it writes the data's texts: one per locale. The
// component shows the one for its locale, and switches with it.
import { render, screen, within } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import {
  ComparisonTable,
  DecisionMatrix,
  DecisionWizard,
  resolveText,
  type Text,
  VertailuProvider,
} from "../../src/index.js";

const caption = { fi: "Ulkoistuksen vaihtoehdot", en: "Outsourcing options" };

describe("ComparisonTable's caption written per locale", () => {
  it("shows the caption in the table's locale, and switches with it", () => {
    const { rerender } = render(
      <ComparisonTable data={bpoVsCallCenter} caption={caption} layout="table" locale="en" />,
    );
    const table = screen.getByRole("table", { name: "Outsourcing options" });
    expect(within(table).getByText("Outsourcing options").closest("caption")).not.toBeNull();
    rerender(<ComparisonTable data={bpoVsCallCenter} caption={caption} layout="table" locale="fi" />);
    expect(screen.getByRole("table", { name: "Ulkoistuksen vaihtoehdot" })).toBeInTheDocument();
  });

  it("replaces the title and its description in the stacked layout too", () => {
    render(<ComparisonTable data={bpoVsCallCenter} caption={caption} layout="stacked" locale="en" />);
    const root = screen.getByText("Outsourcing options");
    expect(root.closest("[data-slot=comparison-table]")).not.toBeNull();
    const description = resolveText(bpoVsCallCenter.description, "en");
    expect(screen.queryByText(description)).toBeNull();
  });

  it("takes the provider's locale", () => {
    render(
      <VertailuProvider locale="en">
        <ComparisonTable data={bpoVsCallCenter} caption={caption} layout="table" />
      </VertailuProvider>,
    );
    expect(screen.getByRole("table", { name: "Outsourcing options" })).toBeInTheDocument();
  });

  it("falls back to the data's default locale, then to the comparison's title when it has no text", () => {
    const { rerender } = render(
      <ComparisonTable data={bpoVsCallCenter} caption={{ fi: "Vain suomeksi" }} layout="table" locale="en" />,
    );
    expect(screen.getByRole("table", { name: "Vain suomeksi" })).toBeInTheDocument();
    rerender(<ComparisonTable data={bpoVsCallCenter} caption={{} as Text} layout="table" locale="en" />);
    expect(screen.getByRole("table", { name: /BPO vs call centre/i })).toBeInTheDocument();
  });

  it("keeps a caption given as an element", () => {
    render(
      <ComparisonTable
        data={bpoVsCallCenter}
        caption={
          <>
            Outsourcing, <em>2026</em>
          </>
        }
        layout="table"
        locale="en"
      />,
    );
    expect(within(screen.getByRole("table")).getByText("2026").tagName).toBe("EM");
  });

  it("renders on the server", () => {
    const html = renderToString(
      <ComparisonTable data={bpoVsCallCenter} caption={caption} layout="table" locale="fi" />,
    );
    expect(html).toContain("Ulkoistuksen vaihtoehdot");
    expect(html).not.toContain('role="alert"');
  });
});

describe("the decision widgets' titles written per locale", () => {
  it("shows DecisionMatrix's title in its locale", () => {
    render(<DecisionMatrix data={bpoVsCallCenter} title={{ fi: "Punnitse", en: "Weigh it up" }} locale="en" />);
    expect(screen.getByRole("heading", { level: 2, name: "Weigh it up" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Weigh it up" })).toBeInTheDocument();
  });

  it("shows DecisionWizard's title in its locale, and its own title for a text with nothing to show", () => {
    const { rerender } = render(
      <DecisionWizard data={bpoVsCallCenter} title={{ fi: "Kumpi sopii?", en: "Which fits?" }} locale="fi" />,
    );
    expect(screen.getByRole("heading", { level: 2, name: "Kumpi sopii?" })).toBeInTheDocument();
    rerender(<DecisionWizard data={bpoVsCallCenter} title={{ fi: 5 } as unknown as Text} locale="en" />);
    expect(screen.getByRole("heading", { level: 2, name: /^Not sure\? Answer \d+ questions$/ })).toBeInTheDocument();
  });
});

// A Controls panel, a CMS field or a form left blank hands over "" (or the spaces someone typed): the
// component's own title shows, so the table and the widgets keep a name, rather than a blank caption or heading.
describe.each([
  ["an empty", ""],
  ["a blank", " \n\u00a0"],
  ["a per-locale blank", { en: "  " } as Text],
])("%s caption or title", (_name, blank) => {
  it("gives ComparisonTable the comparison's title and description", () => {
    render(<ComparisonTable data={bpoVsCallCenter} caption={blank} layout="table" locale="en" />);
    const table = screen.getByRole("table", { name: /BPO vs call centre/i });
    const description = resolveText(bpoVsCallCenter.description, "en");
    expect(within(table).getByText(description)).toBeInTheDocument();
  });

  it("gives DecisionMatrix and DecisionWizard their own headings", () => {
    render(
      <>
        <DecisionMatrix data={bpoVsCallCenter} title={blank} locale="en" />
        <DecisionWizard data={bpoVsCallCenter} title={blank} locale="en" />
      </>,
    );
    const headings = screen.getAllByRole("heading", { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toContain("Weigh what matters to you");
    expect(headings).toEqual(expect.arrayContaining([expect.stringMatching(/^Not sure\? Answer \d+ questions$/)]));
    expect(headings).not.toContain("");
  });
});
