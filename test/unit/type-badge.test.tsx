import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRef } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import { TypeBadge, VertailuProvider } from "../../src/index.js";

afterEach(() => vi.restoreAllMocks());

describe("TypeBadge", () => {
  it.each([
    ["horizontal-bpo", "en", "Horizontal BPO", "bpo"],
    ["vertical-bpo", "fi", "Pystysuora BPO", "bpo"],
    ["inbound-call-center", "en", "Inbound call centre", "call-center"],
    ["outbound-call-center", "fi", "Lähtevä puhelinkeskus", "call-center"],
  ] as const)("shows %s in %s as visible text with its family tone", (type, locale, label, tone) => {
    render(<TypeBadge type={type} locale={locale} tooltip={false} />);
    const badge = screen.getByText(label).closest("[data-slot=type-badge]");
    expect(badge).toHaveClass("vertailu-type-badge", `vertailu-type-badge--tone-${tone}`);
    expect(badge?.querySelector("svg")).toHaveAttribute("aria-hidden", "true");
  });

  it("takes a misspelt built-in id without data as a compile error, and any id with data", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    render(
      <>
        {/* @ts-expect-error "horizontl" is no built-in id, and there is no data to look it up in */}
        <TypeBadge type="horizontl-bpo" locale="en" />
        <TypeBadge type="hybrid" data={{ ...bpoVsCallCenter, types: [{ id: "hybrid", label: "Hybrid" }] }} />
      </>,
    );
    // What passes tsc shows its label; what it stops is still an alert for a host's plain JavaScript.
    expect(screen.getByText("Hybrid")).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent('unknown type "horizontl-bpo"');
    expect(error).toHaveBeenCalledTimes(1);
  });

  it("takes its locale from the provider", () => {
    render(
      <VertailuProvider locale="fi">
        <TypeBadge type="horizontal-bpo" />
      </VertailuProvider>,
    );
    expect(screen.getByText("Vaakasuuntainen BPO")).toBeInTheDocument();
  });

  it("looks a string type up in the data, in the data's default locale", () => {
    render(<TypeBadge type="inbound-call-center" data={bpoVsCallCenter} tooltip={false} />);
    expect(screen.getByText("Saapuva puhelinkeskus")).toBeInTheDocument();
  });

  it.each(["toString", "valueOf", "hasOwnProperty"])(
    "draws the plain dot for a type named %s, like any type without a glyph of its own",
    (id) => {
      render(<TypeBadge type={{ id, label: { en: "Named like a JavaScript method" } }} />);
      const glyph = screen.getByText("Named like a JavaScript method").closest("[data-slot]")?.querySelector("svg");
      expect(glyph?.querySelector("circle")).not.toBeNull();
      expect(glyph?.querySelector("path")).toBeNull();
    },
  );

  it("accepts a whole TypeDefinition", () => {
    render(<TypeBadge type={{ id: "x", label: { en: "Hybrid" }, family: "other" }} />);
    expect(screen.getByText("Hybrid").closest("span[data-slot]")).toHaveClass("vertailu-type-badge--tone-neutral");
  });

  const inbound = "Vastaanottaa puheluita, jotka on soitettu vastaavaan asiakaspalvelunumeroon.";

  it("with a tooltip is a button named by its label alone and described by the description once", () => {
    render(<TypeBadge type="inbound-call-center" data={bpoVsCallCenter} />);
    const button = screen.getByRole("button", { name: "Saapuva puhelinkeskus" });
    expect(button).toHaveAttribute("type", "button");
    expect(button).toHaveAccessibleName("Saapuva puhelinkeskus");
    expect(button).toHaveAccessibleDescription(inbound);
    expect(button.getAttribute("aria-describedby")?.split(/\s+/)).toHaveLength(1);
    expect(button.closest("span[data-slot=type-badge]")).toHaveAttribute("data-type", "inbound-call-center");
  });

  it("keeps the description once when it gets focus and the tooltip opens", async () => {
    render(<TypeBadge type="outbound-call-center" data={bpoVsCallCenter} locale="en" />);
    const button = screen.getByRole("button", { name: "Outbound call centre" });
    await userEvent.tab();
    expect(button).toHaveFocus();
    expect(await screen.findByRole("tooltip")).toHaveTextContent("Makes calls to understand problems.");
    expect(button).toHaveAccessibleName("Outbound call centre");
    expect(button).toHaveAccessibleDescription("Makes calls to understand problems.");
    expect(button.getAttribute("aria-describedby")?.split(/\s+/)).toHaveLength(1);
  });

  it("keeps the description out of the badge's reading order", () => {
    render(<TypeBadge type="inbound-call-center" data={bpoVsCallCenter} data-testid="b" />);
    const badge = screen.getByTestId("b");
    const description = within(badge).getByText(inbound);
    expect(description.closest("[hidden]")).not.toBeNull();
    expect(description).not.toBeVisible();
    // What a reader goes through: the badge's text without its hidden parts is the label alone.
    const read = badge.cloneNode(true) as HTMLElement;
    for (const hidden of read.querySelectorAll("[hidden]")) hidden.remove();
    expect(read.textContent).toBe("Saapuva puhelinkeskus");
  });

  it.each([
    ["without a description", <TypeBadge key="a" type="horizontal-bpo" locale="en" />, "Horizontal BPO"],
    [
      "with tooltip={false}",
      <TypeBadge key="b" type="outbound-call-center" data={bpoVsCallCenter} locale="en" tooltip={false} />,
      "Outbound call centre",
    ],
  ])("%s is a plain span: no button, no focus stop, no description", async (_name, element, label) => {
    render(element);
    const badge = screen.getByText(label).closest("[data-slot=type-badge]") as HTMLElement;
    expect(badge.tagName).toBe("SPAN");
    expect(screen.queryByRole("button")).toBeNull();
    expect(badge.querySelector("[tabindex], button")).toBeNull();
    expect(badge).not.toHaveAttribute("tabindex");
    expect(badge.textContent).toBe(label);
    await userEvent.tab();
    expect(document.body).toHaveFocus();
  });

  it("puts ref, className and DOM props on the outer span also when it has a tooltip", () => {
    const ref = createRef<HTMLSpanElement>();
    render(<TypeBadge ref={ref} type="inbound-call-center" data={bpoVsCallCenter} className="mine" data-testid="b" />);
    const badge = screen.getByTestId("b");
    expect(ref.current).toBe(badge);
    expect(badge.tagName).toBe("SPAN");
    expect(badge).toHaveClass("mine", "vertailu-type-badge", "vertailu-type-badge--tone-call-center");
    expect(badge).toHaveAttribute("data-slot", "type-badge");
    expect(badge).not.toHaveAttribute("tabindex");
    expect(within(badge).getByRole("button")).toHaveClass("vertailu-type-badge__trigger");
  });

  it("gives tabIndex to its button, the focus stop, when it has a tooltip", async () => {
    render(
      <>
        <TypeBadge type="inbound-call-center" data={bpoVsCallCenter} tabIndex={-1} data-testid="b" />
        <button type="button">after</button>
      </>,
    );
    const badge = screen.getByTestId("b");
    expect(badge).not.toHaveAttribute("tabindex");
    expect(within(badge).getByRole("button")).toHaveAttribute("tabindex", "-1");
    // Out of the tab order: Tab goes straight past the badge.
    await userEvent.tab();
    expect(screen.getByRole("button", { name: "after" })).toHaveFocus();
  });

  it("keeps tabIndex on the pill when it has no tooltip", () => {
    render(<TypeBadge type="vertical-bpo" tooltip={false} tabIndex={0} data-testid="b" />);
    expect(screen.getByTestId("b")).toHaveAttribute("tabindex", "0");
  });

  it("passes through ref, className, style and DOM props", () => {
    const ref = createRef<HTMLSpanElement>();
    render(
      <TypeBadge
        ref={ref}
        type="vertical-bpo"
        className="mine"
        style={{ color: "red" }}
        data-testid="b"
        title="t"
        tooltip={false}
      />,
    );
    const badge = screen.getByTestId("b");
    expect(ref.current).toBe(badge);
    expect(badge).toHaveClass("mine", "vertailu-type-badge");
    expect(badge).toHaveStyle({ color: "rgb(255, 0, 0)" });
    expect(badge).toHaveAttribute("title", "t");
  });

  it.each([
    ["an unknown id", "nope", 'unknown type "nope"'],
    // An id from a form or a CMS field is quoted as JSON writes it, so its end shows and a quote or a
    // line break in it cannot pass for the message's own words.
    ["an id with a quote", 'nope" is fine', 'unknown type "nope\\" is fine"'],
    ["an id with a line break", "nope\nplease", 'unknown type "nope\\nplease"'],
    ["an empty id", "", 'unknown type ""'],
    ["null", null, "expected a type id, or a definition with an id"],
    ["a number", 5, "expected a type id, or a definition with an id"],
    ["an object without an id", { label: "x" }, "expected a type id, or a definition with an id"],
  ])("shows an error box for %s instead of throwing", (_name, type, message) => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    render(<TypeBadge type={type as never} />);
    expect(screen.getByRole("alert")).toHaveTextContent(message);
    expect(error).toHaveBeenCalledTimes(1);
  });

  it("keeps the host's class, style, id and ref on the message in the badge's place", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const ref = createRef<HTMLSpanElement>();
    render(
      <TypeBadge ref={ref} type={"nope" as never} className="mine" style={{ marginInlineStart: 8 }} id="badge-1" />,
    );
    const message = screen.getByRole("alert");
    expect(ref.current).toBe(message);
    expect(message).toHaveClass("mine", "vertailu-type-badge");
    expect(message).toHaveStyle({ marginInlineStart: "8px" });
    expect(message).toHaveAttribute("id", "badge-1");
    expect(message).toHaveAttribute("lang", "en");
    error.mockRestore();
  });
});
