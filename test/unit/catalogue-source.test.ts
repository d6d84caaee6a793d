// The catalogue's "Show code" snippets: code a reader can paste, not the catalogue's own wiring.
import { describe, expect, it } from "vitest";
import { readableSource } from "../../.storybook/source.js";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";

const inlined = `<ComparisonTable
  data={{schemaVersion: 1, id: "x", title: "Odd } brace \\" and {count}", options: [{id: "a", name: "A"}]}}
  idPrefix="english"
  onDifferencesOnlyChange={() => {}}
  onVisibleOptionsChange={function A$(){}}
  layout="table"
/>`;

describe("the catalogue's Show code snippets", () => {
  it("name the comparison instead of inlining it, and leave out the story's id prefix and spies", () => {
    const code = readableSource(inlined, { id: "components-comparisontable--english", args: { data: {} } });
    expect(code).toBe(`<ComparisonTable
  data={data}
  layout="table"
/>`);
  });

  it("call the showcase data by its export name", () => {
    const code = readableSource('<TypeBadge data={{id: "bpo-vs-call-center"}} type="vertical-bpo" />', {
      id: "components-typebadge--default",
      args: { data: bpoVsCallCenter },
    });
    expect(code).toBe('<TypeBadge data={bpoVsCallCenter} type="vertical-bpo" />');
  });

  it("keep an id prefix the story chose itself", () => {
    const code = readableSource('<ComparisonTable data={{}} idPrefix="brand" />', {
      id: "recipes-intranet--brand-theme",
      args: {},
    });
    expect(code).toBe('<ComparisonTable data={data} idPrefix="brand" />');
  });

  it("wrap the example, once, in a provider with the theme, locale and direction the story is about", () => {
    const context = {
      id: "components-comparisontable--right-to-left",
      args: { data: bpoVsCallCenter },
      storyGlobals: { dir: "rtl", locale: "en" },
    };
    const once = readableSource("<ComparisonTable data={{}} />", context);
    expect(once).toBe(`<VertailuProvider locale="en" dir="rtl">
  <ComparisonTable data={bpoVsCallCenter} />
</VertailuProvider>`);
    expect(readableSource(once, context)).toBe(once);
  });
});
