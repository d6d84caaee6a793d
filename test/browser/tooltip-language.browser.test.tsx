// WCAG 3.1.2: a tooltip is portalled out of its component, to the end of the body or the provider's
// root. There it must keep the language of the words around its trigger, or a Finnish description
// on an English page is read in an English voice.
import { render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import { type Comparison, ComparisonTable, TypeBadge, VertailuProvider } from "../../src/index.js";

const pageLang = document.documentElement.lang;
beforeEach(() => {
  document.documentElement.lang = "en";
});
afterEach(() => {
  document.documentElement.lang = pageLang;
});

/** The open tooltip's language: the `lang` that applies where its text stands. */
function tooltipLang(): string | undefined {
  const text = document.createTreeWalker(screen.getByRole("tooltip"), NodeFilter.SHOW_TEXT).nextNode();
  return text?.parentElement?.closest<HTMLElement>("[lang]")?.lang;
}

describe("a tooltip on an English page", () => {
  it("of a Finnish table's info button is in Finnish, with or without a provider", async () => {
    for (const wrap of [
      (node: React.ReactNode) => node,
      (node: React.ReactNode) => <VertailuProvider>{node}</VertailuProvider>,
    ]) {
      const { container, unmount } = render(
        wrap(<ComparisonTable data={bpoVsCallCenter} locale="fi" layout="table" />),
      );
      const info = container.querySelector<HTMLElement>("[data-slot=parameter-info]");
      if (!info) throw new Error("no info button");
      await userEvent.click(info);
      expect(screen.getByRole("tooltip")).toHaveTextContent(/\S/);
      // Out of the table: the portal is not inside it.
      expect(container.querySelector("[data-slot=comparison-table]")?.contains(screen.getByRole("tooltip"))).toBe(
        false,
      );
      expect(tooltipLang()).toBe("fi");
      unmount();
    }
  });

  it("of an English table's info button stays English", async () => {
    const { container } = render(<ComparisonTable data={bpoVsCallCenter} locale="en" layout="table" />);
    await userEvent.click(container.querySelector<HTMLElement>("[data-slot=parameter-info]") as HTMLElement);
    expect(tooltipLang()).toBe("en");
  });

  it("of a type badge whose description the data has not translated is in the description's language", async () => {
    const data = structuredClone(bpoVsCallCenter) as Comparison;
    const type = data.types?.find((each) => each.description && typeof each.description === "object");
    if (!type || typeof type.description !== "object") throw new Error("no type with a description");
    const finnish = (type.description as Record<string, string>).fi as string;
    delete (type.description as Record<string, string>).en;
    render(<TypeBadge type={type.id} data={data} locale="en" />);
    await userEvent.click(screen.getByRole("button"));
    expect(screen.getByRole("tooltip")).toHaveTextContent(finnish);
    expect(tooltipLang()).toBe("fi");
  });
});
