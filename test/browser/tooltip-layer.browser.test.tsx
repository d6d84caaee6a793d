// Tooltips of components inside a VertailuProvider on host pages that would hide or strand them: a
// drawer that slides in (transform) and hides its overflow, a modal dialog the host opens later, and
// a shadow root in a box that scrolls.
import { render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import { TypeBadge, VertailuProvider } from "../../src/index.js";

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

describe("a tooltip in a VertailuProvider inside a shadow root", () => {
  afterEach(() => {
    document.body.replaceChildren();
    window.scrollTo(0, 0);
  });

  /** A button, then a box that scrolls, holding a host with a shadow root that holds a provider and a badge. */
  function mount() {
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
    document.body.append(start, panel, after);
    const shadow = host.attachShadow({ mode: "open" });
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
});
