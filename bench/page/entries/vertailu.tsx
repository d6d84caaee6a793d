import "vertailu/styles.css";
import { createRoot, type Root } from "react-dom/client";
import { DecisionMatrix, VertailuProvider } from "vertailu";
import { vertailu } from "../candidates/vertailu.tsx";
import { dataFor } from "../data.ts";
import { install, painted, settle, span, untilPainted } from "../harness.tsx";

let matrix: { root: Root; container: HTMLElement } | undefined;

/** The weight slider the benchmark moves: the first one, as a reader would drag it. */
function slider(container: HTMLElement): HTMLInputElement {
  const input = container.querySelector<HTMLInputElement>('input[type="range"]');
  if (!input) throw new Error("no weight slider");
  return input;
}

const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;

install(vertailu, {
  /** Mounts a DecisionMatrix of the given size (in Finnish) and returns how many sliders it has. */
  async mountMatrix(size: string) {
    const container = document.createElement("div");
    (document.getElementById("app") as HTMLElement).append(container);
    const root = createRoot(container);
    root.render(
      <VertailuProvider locale="fi">
        <DecisionMatrix data={dataFor(size)} />
      </VertailuProvider>,
    );
    await untilPainted(() => container.querySelector('[data-slot="ranking"]') !== null);
    matrix = { root, container };
    return container.querySelectorAll('input[type="range"]').length;
  },
  /**
   * Moves the first weight slider to `weight` (a native input event, as dragging fires) and times
   * it until the new ranking is painted; `wait` lets the matrix's debounced announcement pass first.
   */
  async changeWeight(weight: number, wait: number) {
    if (!matrix) throw new Error("no matrix mounted");
    const { container } = matrix;
    const input = slider(container);
    const output = input.parentElement?.querySelector("output");
    const ranking = container.querySelector('[data-slot="ranking"]') as HTMLElement;
    await settle(wait);
    const before = ranking.textContent;
    const start = performance.now();
    setValue?.call(input, String(weight));
    input.dispatchEvent(new Event("input", { bubbles: true }));
    await untilPainted(() => output?.textContent === String(weight));
    return { time: span(start), rankingChanged: ranking.textContent !== before };
  },
  /**
   * Scrolls the mounted table's frame sideways to `left` (0: back to its start) and times it until
   * the sticky first column shows it (its shadow on, or off) and the frame is painted.
   */
  async scrollSideways(left: number) {
    const frame = document.querySelector<HTMLElement>('#app [data-slot="scroll-area"]');
    if (!frame) throw new Error("no table mounted");
    await settle();
    const start = performance.now();
    frame.scrollLeft = left;
    await untilPainted(() => frame.hasAttribute("data-scrolled-inline") === left > 0);
    return span(start);
  },
  async unmountMatrix() {
    matrix?.root.unmount();
    matrix?.container.remove();
    matrix = undefined;
    await painted();
  },
});
