// Tooltips of components inside a VertailuProvider on host pages that would hide or strand them: a
// drawer that slides in (transform) and hides its overflow, a modal dialog the host opens later, and
// a shadow root in a box that scrolls.
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import { ComparisonTable, TypeBadge, VertailuProvider } from "../../src/index.js";

/** Whether what is drawn at the middle and at the four corners of `box` (inset 2 px) belongs to `element`. */
function drawnWhole(element: Element): boolean {
  const box = element.getBoundingClientRect();
  const points = [
    [box.left + box.width / 2, box.top + box.height / 2],
    [box.left + 2, box.top + 2],
    [box.right - 2, box.top + 2],
    [box.left + 2, box.bottom - 2],
    [box.right - 2, box.bottom - 2],
  ];
  return points.every(([x, y]) => {
    // Into shadow roots, as far as they go.
    let hit = document.elementFromPoint(x as number, y as number);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x as number, y as number);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    return hit !== null && element.contains(hit);
  });
}

const badge = (
  <VertailuProvider locale="en">
    <TypeBadge type="inbound-call-center" data={bpoVsCallCenter} />
  </VertailuProvider>
);

describe("a tooltip in a VertailuProvider", () => {
  it("is drawn whole above a drawer that slides in and hides its overflow", async () => {
    render(
      <div
        data-testid="drawer"
        style={{ transform: "translateX(0)", overflow: "hidden", marginBlockStart: 200, blockSize: 48, padding: 8 }}
      >
        {badge}
      </div>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Inbound call centre" }));
    const tooltip = await screen.findByRole("tooltip");
    // It opens above the badge, out of the drawer's box.
    const drawer = screen.getByTestId("drawer").getBoundingClientRect();
    await waitFor(() => expect(tooltip.getBoundingClientRect().top).toBeLessThan(drawer.top));
    expect(drawnWhole(tooltip)).toBe(true);
  });

  it("is drawn above a modal dialog that the host opened after the provider came", async () => {
    const { container } = render(<dialog>{badge}</dialog>);
    const dialog = container.querySelector("dialog") as HTMLDialogElement;
    dialog.showModal();
    await userEvent.click(screen.getByRole("button", { name: "Inbound call centre" }));
    const tooltip = await screen.findByRole("tooltip");
    await waitFor(() => expect(tooltip.getBoundingClientRect().width).toBeGreaterThan(0));
    expect(drawnWhole(tooltip)).toBe(true);
    dialog.close();
  });
});

describe("the tooltip layer on a host page", () => {
  afterEach(() => {
    document.querySelector("#host-css")?.remove();
  });

  /** Host CSS for every popover and backdrop, as a page that styles its dialogs may have. */
  function hostCss() {
    const style = document.createElement("style");
    style.id = "host-css";
    style.textContent =
      "::backdrop { background: rgb(0 0 0 / 0.5) } [popover] { padding: 16px; border: 1px solid; background: white; inline-size: 320px; block-size: 200px; contain: paint }";
    document.head.append(style);
  }

  it("is not on the top layer while it holds no tooltip, so a host's popover and backdrop rules show nothing", async () => {
    hostCss();
    const { container } = render(badge);
    const layer = container.querySelector("[data-slot=layer]") as HTMLElement;
    await new Promise((done) => setTimeout(done, 100));
    expect(layer.matches(":popover-open")).toBe(false);
    expect(layer.getBoundingClientRect().width).toBe(0);
  });

  it("has no box and no backdrop of its own while it shows a tooltip, whatever the host's rules say", async () => {
    hostCss();
    const { container } = render(badge);
    const layer = container.querySelector("[data-slot=layer]") as HTMLElement;
    await userEvent.click(screen.getByRole("button", { name: "Inbound call centre" }));
    const tooltip = await screen.findByRole("tooltip");
    await waitFor(() => expect(layer.matches(":popover-open")).toBe(true));
    const box = layer.getBoundingClientRect();
    expect({ width: box.width, height: box.height }).toEqual({ width: 0, height: 0 });
    expect(getComputedStyle(layer, "::backdrop").display).toBe("none");
    await waitFor(() => expect(drawnWhole(tooltip)).toBe(true));
  });

  it("leaves alone a host's own element that is also called a layer", () => {
    hostCss();
    render(
      <div data-slot="layer" style={{ position: "relative", padding: 16 }}>
        Host panel
      </div>,
    );
    const panel = screen.getByText("Host panel");
    expect(getComputedStyle(panel).position).toBe("relative");
    expect(getComputedStyle(panel).paddingTop).toBe("16px");
  });

  it("draws a tooltip over a host's raised box where the browser has no popovers", async () => {
    const prototype = HTMLElement.prototype as unknown as Record<string, unknown>;
    const saved = ["showPopover", "hidePopover", "popover"].map(
      (name) => [name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name)] as const,
    );
    for (const [name] of saved) delete prototype[name];
    try {
      render(
        <>
          <div style={{ position: "relative", zIndex: 1, blockSize: 120, background: "white" }} />
          {badge}
        </>,
      );
      await userEvent.click(screen.getByRole("button", { name: "Inbound call centre" }));
      const tooltip = await screen.findByRole("tooltip");
      // It opens above the badge, over the host's box.
      await waitFor(() => expect(tooltip.getBoundingClientRect().bottom).toBeLessThan(125));
      expect(drawnWhole(tooltip)).toBe(true);
    } finally {
      for (const [name, descriptor] of saved)
        if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
    }
  });
});

describe("a tooltip in a VertailuProvider inside a shadow root", () => {
  afterEach(() => {
    // React first, then the page this test built around it.
    cleanup();
    document.body.replaceChildren();
    window.scrollTo(0, 0);
  });

  /** A shadow root with vertailu's styles in it, as a host's component gives it. */
  function shadowOf(host: HTMLElement): ShadowRoot {
    const shadow = host.attachShadow({ mode: "open" });
    for (const style of document.querySelectorAll("head style, head link[rel=stylesheet]"))
      shadow.append(style.cloneNode(true));
    return shadow;
  }

  /**
   * A button, then a box that scrolls, holding a host with a shadow root that holds a provider and a
   * badge; with `nested`, that box is itself in another component's shadow root.
   */
  function mount({ nested = false } = {}) {
    const start = document.createElement("button");
    start.textContent = "Start";
    const panel = document.createElement("div");
    panel.style.cssText = "overflow: auto; block-size: 150px";
    const host = document.createElement("div");
    host.style.cssText = "padding-block: 40px 400px";
    panel.append(host);
    // A page taller than the window, so that it scrolls too.
    const after = document.createElement("div");
    after.style.blockSize = "200vh";
    if (nested) {
      const outer = document.createElement("div");
      shadowOf(outer).append(panel);
      document.body.append(start, outer, after);
    } else document.body.append(start, panel, after);
    const shadow = shadowOf(host);
    render(badge, { container: shadow.appendChild(document.createElement("div")) });
    const trigger = shadow.querySelector("button") as HTMLButtonElement;
    const tooltip = () => shadow.querySelector("[role=tooltip]");
    return { start, panel, trigger, tooltip };
  }

  it("closes when the box around the host scrolls, or the page does, as it does outside", async () => {
    const { panel, trigger, tooltip } = mount();
    await userEvent.click(trigger);
    await waitFor(() => expect(tooltip()).not.toBeNull());
    panel.scrollTop = 100;
    await waitFor(() => expect(tooltip()).toBeNull());

    panel.scrollTop = 0;
    await userEvent.click(trigger);
    await waitFor(() => expect(tooltip()).not.toBeNull());
    window.scrollTo(0, 50);
    await waitFor(() => expect(tooltip()).toBeNull());
  });

  it("closes on a scroll of the page also when the host gives the provider a portalContainer of its own", async () => {
    const spacer = document.createElement("div");
    spacer.style.blockSize = "200vh";
    const host = document.createElement("div");
    document.body.append(host, spacer);
    const shadow = shadowOf(host);
    const portal = shadow.appendChild(document.createElement("div"));
    render(
      <VertailuProvider locale="en" portalContainer={portal}>
        <TypeBadge type="inbound-call-center" data={bpoVsCallCenter} />
      </VertailuProvider>,
      { container: shadow.appendChild(document.createElement("div")) },
    );
    await userEvent.click(shadow.querySelector("button") as HTMLButtonElement);
    await waitFor(() => expect(portal.querySelector("[role=tooltip]")).not.toBeNull());
    window.scrollTo(0, 100);
    await waitFor(() => expect(portal.querySelector("[role=tooltip]")).toBeNull());
  });

  it("closes when the table's own frame scrolls its trigger away, as it does outside", async () => {
    const host = document.createElement("div");
    host.style.inlineSize = "1000px";
    document.body.append(host);
    const shadow = shadowOf(host);
    render(
      <VertailuProvider locale="en" style={{ "--vertailu-table-max-block-size": "260px" } as React.CSSProperties}>
        <ComparisonTable data={bpoVsCallCenter} layout="table" />
      </VertailuProvider>,
      { container: shadow.appendChild(document.createElement("div")) },
    );
    const frame = shadow.querySelector<HTMLElement>("[data-slot=scroll-area]");
    const info = shadow.querySelector<HTMLButtonElement>('button[aria-label="About Scope"]');
    if (!frame || !info) throw new Error("no scroll frame or info button");
    await userEvent.click(info);
    await waitFor(() => expect(shadow.querySelector("[role=tooltip]")).not.toBeNull());
    frame.scrollTop = frame.scrollHeight;
    await waitFor(() => expect(shadow.querySelector("[role=tooltip]")).toBeNull());
  });

  it("closes a tooltip a pointer opened when the page scrolls, while a text field beside it has focus", async () => {
    const { trigger, tooltip } = mount();
    // A search field in the same shadow root: text fields always match :focus-visible.
    const shadow = trigger.getRootNode() as ShadowRoot;
    const field = document.createElement("input");
    shadow.prepend(field);
    field.focus();
    await userEvent.hover(trigger);
    await waitFor(() => expect(tooltip()).not.toBeNull());
    expect(shadow.activeElement).toBe(field);
    window.scrollTo(0, 50);
    await waitFor(() => expect(tooltip()).toBeNull());
  });

  it("closes when a box around the host scrolls inside another component's shadow root", async () => {
    const { panel, trigger, tooltip } = mount({ nested: true });
    await userEvent.click(trigger);
    await waitFor(() => expect(tooltip()).not.toBeNull());
    panel.scrollTop = 100;
    await waitFor(() => expect(tooltip()).toBeNull());
  });

  it("stays open for keyboard focus while the box scrolls", async () => {
    const { start, panel, trigger, tooltip } = mount();
    start.focus();
    await userEvent.keyboard("{Tab}");
    expect((trigger.getRootNode() as ShadowRoot).activeElement).toBe(trigger);
    await waitFor(() => expect(tooltip()).not.toBeNull());
    panel.scrollTop = 30;
    await new Promise((done) => setTimeout(done, 500));
    expect(tooltip()).not.toBeNull();
  });

  it("stays open for keyboard focus when the Tab to it scrolls the page, with another provider in a shadow root on it", async () => {
    // Another provider in a shadow root first; then, below the fold, a light-DOM badge.
    const other = document.createElement("div");
    const spacer = document.createElement("div");
    spacer.style.blockSize = "200vh";
    const start = document.createElement("button");
    start.textContent = "Start";
    const below = document.createElement("div");
    document.body.append(start, other, spacer, below);
    render(badge, { container: shadowOf(other).appendChild(document.createElement("div")) });
    render(<TypeBadge type="outbound-call-center" data={bpoVsCallCenter} locale="en" />, { container: below });
    const target = screen.getByRole("button", { name: "Outbound call centre" });
    target.scrollIntoView();
    window.scrollTo(0, 0);
    // Tab from the badge in the other provider (its tooltip opens, then closes as focus leaves) to
    // the one below the fold.
    const otherBadge = other.shadowRoot?.querySelector("button");
    if (!otherBadge) throw new Error("no badge in the other provider");
    otherBadge.focus();
    await userEvent.keyboard("{Tab}");
    expect(document.activeElement).toBe(target);
    await new Promise((done) => setTimeout(done, 500));
    expect(window.scrollY).toBeGreaterThan(0);
    expect(screen.getByRole("tooltip")).toHaveTextContent("Makes calls to understand problems.");
  });
});
