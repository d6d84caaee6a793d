import { render, screen } from "@testing-library/react";
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

  it("accepts a whole TypeDefinition", () => {
    render(<TypeBadge type={{ id: "x", label: { en: "Hybrid" }, family: "other" }} />);
    expect(screen.getByText("Hybrid").closest("span[data-slot]")).toHaveClass("vertailu-type-badge--tone-neutral");
  });

  it("is focusable and described only when it has a tooltip", async () => {
    const { rerender } = render(<TypeBadge type="outbound-call-center" data={bpoVsCallCenter} locale="en" />);
    const badge = screen.getByText("Outbound call centre").closest("[data-slot=type-badge]") as HTMLElement;
    expect(badge).toHaveAttribute("tabindex", "0");
    expect(badge).toHaveAccessibleDescription("Makes calls to understand problems.");
    await userEvent.tab();
    expect(badge).toHaveFocus();

    rerender(<TypeBadge type="horizontal-bpo" locale="en" />);
    expect(screen.getByText("Horizontal BPO").closest("[data-slot=type-badge]")).not.toHaveAttribute("tabindex");
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
    ["null", null, "unknown type the given definition"],
    ["an object without an id", { label: "x" }, "unknown type the given definition"],
  ])("shows an error box for %s instead of throwing", (_name, type, message) => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    render(<TypeBadge type={type as never} />);
    expect(screen.getByRole("alert")).toHaveTextContent(message);
    expect(error).toHaveBeenCalledTimes(1);
  });
});
