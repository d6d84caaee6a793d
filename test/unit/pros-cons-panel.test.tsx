import { render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { serializeJsonLd } from "../../src/components/pros-cons-panel/json-ld.js";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import { type Comparison, ProsConsPanel, VertailuProvider } from "../../src/index.js";
import { resolveText } from "../../src/schema/text.js";
import { minimalComparison } from "../fixtures/comparisons.js";

afterEach(() => vi.restoreAllMocks());

const bpo = bpoVsCallCenter.options[0];
const callCenter = bpoVsCallCenter.options[1];
if (!bpo || !callCenter) throw new Error("the showcase has two options");

/** The minimal fixture with weighted items on "a" and nothing on "b" (which is recommended). */
function weighted(): Comparison {
  const data = minimalComparison();
  const a = data.options[0];
  if (!a) throw new Error("fixture option a");
  a.pros = ["Fast", { text: { fi: "Halpa", en: "Cheap" }, weight: 3 }, { text: "Light", weight: 2.5 }];
  return data;
}

function sections(container: HTMLElement) {
  return [...container.querySelectorAll<HTMLElement>("[data-slot=pros-cons-option]")];
}

describe("ProsConsPanel", () => {
  it("shows one option's pros and cons as lists under headings, in the data's default locale", () => {
    const { container } = render(<ProsConsPanel data={bpoVsCallCenter} option="bpo" />);
    expect(sections(container)).toHaveLength(1);
    expect(screen.getByRole("heading", { level: 3, name: "BPO" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 4, name: "Edut" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 4, name: "Haitat" })).toBeInTheDocument();
    const pros = within(screen.getByRole("list", { name: "Edut" })).getAllByRole("listitem");
    expect(pros.map((item) => item.textContent)).toEqual(bpo.pros?.map((pro) => resolveText(pro as never, "fi")));
    const cons = within(screen.getByRole("list", { name: "Haitat" })).getAllByRole("listitem");
    expect(cons).toHaveLength(bpo.cons?.length ?? -1);
  });

  it("marks every item with an aria-hidden icon whose shape differs between pros and cons", () => {
    render(<ProsConsPanel data={bpoVsCallCenter} option="bpo" />);
    const shapeOf = (name: string) => {
      const item = within(screen.getByRole("list", { name })).getAllByRole("listitem")[0];
      const icon = item?.querySelector("svg");
      expect(icon).toHaveAttribute("aria-hidden", "true");
      return icon?.querySelector("path")?.getAttribute("d");
    };
    expect(shapeOf("Edut")).not.toBe(shapeOf("Haitat"));
  });

  it.each([
    [1, 1, 2],
    [2, 2, 3],
    [3, 3, 4],
    [5, 5, 6],
    [6, 6, 6],
  ] as const)("headingLevel %i gives option headings at h%i and Pros/Cons at h%i", (level, nameLevel, subLevel) => {
    render(<ProsConsPanel data={bpoVsCallCenter} headingLevel={level} locale="en" />);
    expect(screen.getAllByRole("heading", { level: nameLevel }).map((h) => h.textContent)).toEqual(
      expect.arrayContaining(["BPO", "Call centre"]),
    );
    expect(screen.getAllByRole("heading", { level: subLevel, name: "Pros" })).toHaveLength(2);
    expect(screen.getAllByRole("heading", { level: subLevel, name: "Cons" })).toHaveLength(2);
  });

  it("shows every option when neither option nor options is given, and the asked ones in order", () => {
    const { container, rerender } = render(<ProsConsPanel data={bpoVsCallCenter} />);
    expect(sections(container).map((section) => section.dataset.option)).toEqual(["bpo", "call-center"]);
    rerender(<ProsConsPanel data={bpoVsCallCenter} options={["call-center", "bpo"]} />);
    expect(sections(container).map((section) => section.dataset.option)).toEqual(["call-center", "bpo"]);
    rerender(<ProsConsPanel data={bpoVsCallCenter} option="call-center" />);
    expect(sections(container).map((section) => section.dataset.option)).toEqual(["call-center"]);
  });

  it("names each option's section by its pros and cons", () => {
    render(<ProsConsPanel data={bpoVsCallCenter} locale="en" />);
    expect(screen.getByRole("region", { name: "Pros and cons: BPO" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Pros and cons: Call centre" })).toBeInTheDocument();
  });

  it.each([
    ["fi", "painoarvo 3/5", "painoarvo 2,5/5", "Halpa"],
    ["en", "weight 3 of 5", "weight 2.5 of 5", "Cheap"],
  ])("gives weights in %s as text beside an aria-hidden bar", (locale, three, twoAndHalf, cheap) => {
    render(<ProsConsPanel data={weighted()} option="a" locale={locale} />);
    const item = screen.getByText(cheap).closest("li") as HTMLElement;
    expect(item).toHaveTextContent(three);
    expect(item.querySelector(".vertailu-pros-cons__weight-bar")).toHaveAttribute("aria-hidden", "true");
    expect(screen.getByText(twoAndHalf)).toBeInTheDocument();
    // An item without a weight has no weight text or bar.
    expect(screen.getByText("Fast").closest("li")?.querySelector("[data-slot=weight]")).toBeNull();
  });

  it.each([
    ["fi", "Ei mainittu", "Suositeltu"],
    ["en", "None listed", "Recommended"],
  ])("says an option has no pros or cons and marks the recommended one in %s", (locale, none, recommended) => {
    const { container } = render(<ProsConsPanel data={weighted()} locale={locale} />);
    const [a, b] = sections(container);
    expect(within(b as HTMLElement).getAllByText(none)).toHaveLength(2);
    expect(within(b as HTMLElement).queryByRole("list")).toBeNull();
    expect(within(b as HTMLElement).getByText(recommended, { selector: "[data-slot=recommended]" })).toBeVisible();
    expect(b).toHaveAttribute("data-recommended");
    expect(within(a as HTMLElement).queryByText(recommended)).toBeNull();
    expect(a).not.toHaveAttribute("data-recommended");
  });

  it.each([
    ["fi", "Beeta", "Suositeltu"],
    ["en", "Beta", "Recommended"],
  ])("says Recommended in the option's heading, heard once, in %s", (locale, beta, recommended) => {
    const { container } = render(<ProsConsPanel data={weighted()} locale={locale} />);
    const [a, b] = sections(container);
    // A reader moving by headings hears it; the pill beside the heading is not read a second time.
    // The comma after the name is the stylesheet's: the browser tests check the name Chromium gives.
    expect(within(b as HTMLElement).getByRole("heading", { level: 3 })).toHaveAccessibleName(
      new RegExp(`^${beta},?\\s*${recommended}$`),
    );
    expect(within(a as HTMLElement).getByRole("heading", { level: 3 })).toHaveAccessibleName("Alpha");
    expect(within(b as HTMLElement).getByText(recommended, { selector: "[data-slot=recommended]" })).toHaveAttribute(
      "aria-hidden",
      "true",
    );
  });

  it("takes its locale from the provider, and built-in strings from messages", () => {
    render(
      <VertailuProvider locale="en" messages={{ pros: "Upsides" }}>
        <ProsConsPanel data={bpoVsCallCenter} option="call-center" messages={{ cons: "Downsides" }} />
      </VertailuProvider>,
    );
    expect(screen.getByRole("heading", { name: "Call centre" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Upsides" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Downsides" })).toBeInTheDocument();
  });

  it("shows descriptions only with showDescription", () => {
    const description = resolveText(bpo.description, "en");
    const { rerender } = render(<ProsConsPanel data={bpoVsCallCenter} option="bpo" locale="en" />);
    expect(screen.queryByText(description)).toBeNull();
    rerender(<ProsConsPanel data={bpoVsCallCenter} option="bpo" locale="en" showDescription />);
    expect(screen.getByText(description)).toBeInTheDocument();
  });

  it.each([
    ["card", "vertailu-pros-cons--variant-card"],
    ["compact", "vertailu-pros-cons--variant-compact"],
  ] as const)("maps variant %s to its class", (variant, className) => {
    render(<ProsConsPanel data={bpoVsCallCenter} variant={variant} data-testid="panel" />);
    expect(screen.getByTestId("panel")).toHaveClass("vertailu-pros-cons", className);
    expect(screen.getByTestId("panel")).toHaveAttribute("data-variant", variant);
  });

  it("passes through ref, className, style and DOM props to its one outer element", () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <ProsConsPanel
        ref={ref}
        data={bpoVsCallCenter}
        className="mine"
        style={{ marginTop: "3px" }}
        id="panel"
        data-testid="panel"
        aria-label="Reasons"
      />,
    );
    const panel = screen.getByTestId("panel");
    expect(ref.current).toBe(panel);
    expect(panel).toHaveClass("mine", "vertailu-pros-cons");
    expect(panel).toHaveStyle({ marginTop: "3px" });
    expect(panel).toHaveAttribute("id", "panel");
    expect(panel).toHaveAttribute("aria-label", "Reasons");
    expect(panel).toHaveAttribute("data-slot", "pros-cons-panel");
  });

  it("keeps ref, className, style and DOM props on the error box in its place", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const ref = createRef<HTMLDivElement>();
    render(<ProsConsPanel ref={ref} data={bpoVsCallCenter} options={["nope"]} className="mine" id="panel" />);
    const alert = screen.getByRole("alert");
    expect(ref.current).toBe(alert);
    expect(alert).toHaveClass("mine", "vertailu-error");
    expect(alert).toHaveAttribute("id", "panel");
  });

  it("emits JSON-LD only with structuredData: a Product per option with positiveNotes and negativeNotes", () => {
    const { container, rerender } = render(<ProsConsPanel data={bpoVsCallCenter} locale="en" />);
    expect(container.querySelector("script")).toBeNull();
    rerender(<ProsConsPanel data={bpoVsCallCenter} locale="en" structuredData />);
    const script = container.querySelector('script[type="application/ld+json"]');
    const json = JSON.parse(script?.textContent ?? "");
    expect(json["@context"]).toBe("https://schema.org");
    expect(json["@graph"]).toHaveLength(2);
    const [first] = json["@graph"];
    expect(first).toMatchObject({ "@type": "Product", name: "BPO" });
    expect(first.positiveNotes).toMatchObject({ "@type": "ItemList" });
    expect(first.positiveNotes.itemListElement).toEqual(
      bpo.pros?.map((pro, index) => ({
        "@type": "ListItem",
        position: index + 1,
        name: resolveText(pro as never, "en"),
      })),
    );
    expect(first.negativeNotes.itemListElement).toHaveLength(bpo.cons?.length ?? -1);
  });

  it("leaves an empty list out of the JSON-LD", () => {
    const { container } = render(<ProsConsPanel data={weighted()} option="b" structuredData />);
    const json = JSON.parse(container.querySelector("script")?.textContent ?? "");
    expect(json["@graph"][0]).toEqual({ "@type": "Product", name: "Beeta" });
  });

  it("keeps hostile content inside the JSON-LD script, as text", () => {
    const data = minimalComparison();
    const hostile = '</script><script>alert(1)</script><!-- "&" ]]>';
    Object.assign(data.options[0] ?? {}, { pros: [hostile] });
    const html = renderToString(<ProsConsPanel data={data} option="a" structuredData />);
    expect(html).not.toContain("</script><script>");
    expect(html.match(/<script/g)).toHaveLength(1);
    const { container } = render(<ProsConsPanel data={data} option="a" structuredData />);
    const json = JSON.parse(container.querySelector("script")?.textContent ?? "");
    expect(json["@graph"][0].positiveNotes.itemListElement[0].name).toBe(hostile);
    expect(screen.getByText(hostile)).toBeInTheDocument();
  });

  it("renders to a string on the server with all its text", () => {
    const html = renderToString(<ProsConsPanel data={bpoVsCallCenter} locale="en" showDescription structuredData />);
    for (const option of [bpo, callCenter]) {
      expect(html).toContain(resolveText(option.name, "en"));
      for (const item of [...(option.pros ?? []), ...(option.cons ?? [])]) {
        // renderToString escapes quotes and ampersands in text; the showcase has neither.
        expect(html).toContain(resolveText(item as never, "en"));
      }
    }
    expect(html).toContain("Pros");
    expect(html).toContain("Cons");
    expect(html).toContain('type="application/ld+json"');
  });
});

describe("serializeJsonLd", () => {
  it.each([
    ["a closing script tag", "</script><script>alert(1)</script>"],
    ["an HTML comment opener", "<!-- hidden"],
    ["a CDATA end", "]]> and more"],
    ["an ampersand entity", "&lt; stays &amp; as typed"],
    ["a line separator", "one\u2028two"],
    ["a paragraph separator", "one\u2029two"],
  ])("escapes %s so it cannot end the element, and parses back to the same text", (_name, payload) => {
    const json = serializeJsonLd({ name: payload, list: [payload] });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ name: payload, list: [payload] });
  });

  it("writes the escapes as \\u003c, \\u003e, \\u0026, \\u2028 and \\u2029", () => {
    expect(serializeJsonLd("<>&\u2028\u2029")).toBe('"\\u003c\\u003e\\u0026\\u2028\\u2029"');
  });

  it("leaves other text alone", () => {
    expect(serializeJsonLd({ a: "Ääkköset ja 'lainaus' \"x\"" })).toBe(
      JSON.stringify({ a: "Ääkköset ja 'lainaus' \"x\"" }),
    );
  });
});

describe("ProsConsPanel with bad input", () => {
  const base = () => minimalComparison() as Comparison & Record<string, unknown>;
  const cases: { name: string; props: Record<string, unknown>; path: string; message: string }[] = [
    { name: "data is not an object", props: { data: "nope" }, path: "", message: "expected a comparison object" },
    { name: "data is null", props: { data: null }, path: "", message: "expected a comparison object" },
    {
      name: "data.options is not an array",
      props: { data: { ...base(), options: "a,b" } },
      path: "options",
      message: "expected a list of options",
    },
    {
      // Said under the prop the host wrote.
      name: "an unknown option id",
      props: { data: base(), option: "zed" },
      path: "option",
      message: 'unknown option id "zed"',
    },
    {
      name: "an unknown id among options",
      props: { data: base(), options: ["a", "zed"] },
      path: "options",
      message: 'unknown option id "zed"',
    },
    {
      name: "options is not an array",
      props: { data: base(), options: "a" },
      path: "options",
      message: "expected the options prop to be a list of option ids",
    },
    {
      name: "options is empty",
      props: { data: base(), options: [] },
      path: "options",
      message: "choose at least 1 option",
    },
    {
      name: "pros is not an array",
      props: {
        data: {
          ...base(),
          options: [
            { id: "a", name: "A", pros: "Fast" },
            { id: "b", name: "B" },
          ],
        },
      },
      path: "options[0].pros",
      message: "expected a list of pros",
    },
    {
      name: "cons is not an array",
      props: {
        data: {
          ...base(),
          options: [
            { id: "a", name: "A" },
            { id: "b", name: "B", cons: {} },
          ],
        },
      },
      path: "options[1].cons",
      message: "expected a list of cons",
    },
    {
      name: "an item that is not a text",
      props: {
        data: {
          ...base(),
          options: [
            { id: "a", name: "A", pros: ["ok", 42] },
            { id: "b", name: "B" },
          ],
        },
      },
      path: "options[0].pros[1]",
      message: "expected a text or { text, weight }",
    },
    {
      name: "a weight above 5",
      props: {
        data: {
          ...base(),
          options: [
            { id: "a", name: "A", cons: [{ text: "x", weight: 9 }] },
            { id: "b", name: "B" },
          ],
        },
      },
      path: "options[0].cons[0].weight",
      message: "expected a weight from 0 to 5",
    },
  ];

  it.each(cases)("shows an error box when $name, naming the problem and its path", ({ props, path, message }) => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    render(<ProsConsPanel {...(props as { data: Comparison })} />);
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("ProsConsPanel");
    expect(alert).toHaveTextContent(message);
    // The whole path: "option" is not "options".
    const whole = new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:?$`);
    if (path) expect(alert.querySelector(".vertailu-error__path")).toHaveTextContent(whole);
    else expect(alert.querySelector(".vertailu-error__path")).toBeNull();
    expect(error).toHaveBeenCalled();
  });

  it("checks only the shown options' pros and cons, and not the parameters", () => {
    const data = base();
    Object.assign(data.options[1] ?? {}, { pros: "broken" });
    data.parameters = "not read here" as never;
    render(<ProsConsPanel data={data} option="a" locale="en" />);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByRole("heading", { name: "Alpha" })).toBeInTheDocument();
  });

  it("turns a throw while rendering into the error box", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const data = minimalComparison();
    Object.defineProperty(data.options[0], "name", {
      get() {
        throw new Error("boom");
      },
    });
    expect(() => render(<ProsConsPanel data={data} option="a" />)).not.toThrow();
    expect(screen.getByRole("alert")).toHaveTextContent("rendering failed: boom");
    expect(error).toHaveBeenCalled();
  });
});
