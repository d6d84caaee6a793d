// The page side of the benchmark: mounts one candidate table at a time and times what the driver
// asks for, from the moment before React is told until the next frame after the change is in the DOM.
import type { ReactElement } from "react";
import { createRoot, type Root } from "react-dom/client";
import type { Comparison } from "../../src/schema/types.ts";
import { dataFor, type Locale, type TableState } from "./data.ts";

export interface Candidate {
  /** The whole tree an application would mount: provider (if any) and table. */
  render(data: Comparison, state: TableState): ReactElement;
  /** Whether the candidate has a differences-only mode at all. */
  differences: boolean;
  /** Turns differences-only on or off the way a reader would; without it the driver re-renders with the prop. */
  toggleDifferences?(container: HTMLElement, on: boolean): void;
  /** True once the DOM shows differences-only in force. */
  differencesShown?(container: HTMLElement): boolean;
}

export interface Bench {
  ready: true;
  mount(size: string, locale: Locale): Promise<number>;
  setDifferences(on: boolean): Promise<number>;
  setLocale(locale: Locale): Promise<number>;
  unmount(): Promise<void>;
  /** Mounts and unmounts the table without timing it (for the memory check). */
  cycle(size: string): Promise<void>;
  rowCount(): number;
  extra: Record<string, (...args: never[]) => Promise<unknown>>;
}

declare global {
  interface Window {
    bench: Bench;
    gc?: () => void;
  }
}

const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** Resolves after the next frame has been painted. */
export const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Polls between tasks until the DOM shows the change, then waits for the frame that paints it. */
export async function untilPainted(check: () => boolean, timeout = 120_000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error("timed out waiting for the table");
    await nextTask();
  }
  await painted();
}

/** Marks a measured span for performance traces (bench/profile.mjs reads them). */
export function span(start: number): number {
  const end = performance.now();
  performance.measure("bench", { start, end });
  performance.clearMeasures("bench");
  return end - start;
}

/** Garbage-collects and lets pending effects, observers and frames run, so one measurement does not pay for the last. */
export async function settle(ms = 30): Promise<void> {
  await painted();
  await painted();
  window.gc?.();
  await new Promise((resolve) => setTimeout(resolve, ms));
}

const optionName = (locale: Locale) => (locale === "fi" ? "Vaihtoehto 1" : "Option 1");
const showsLocale = (container: HTMLElement, locale: Locale) =>
  container.querySelector("thead")?.textContent?.includes(optionName(locale)) ?? false;

export function install(candidate: Candidate, extra: Bench["extra"] = {}): void {
  const host = document.getElementById("app") as HTMLElement;
  let mounted: { root: Root; container: HTMLElement; data: Comparison; state: TableState } | undefined;

  const current = () => {
    if (!mounted) throw new Error("nothing mounted");
    return mounted;
  };

  const bench: Bench = {
    ready: true,
    async mount(size, locale) {
      if (mounted) await bench.unmount();
      const data = dataFor(size);
      const container = document.createElement("div");
      host.append(container);
      await settle();
      const state = { locale, differencesOnly: false };
      const root = createRoot(container);
      const start = performance.now();
      root.render(candidate.render(data, state));
      await untilPainted(() => container.querySelector("table") !== null && showsLocale(container, locale));
      const time = span(start);
      mounted = { root, container, data, state };
      return time;
    },
    async setDifferences(on) {
      const table = current();
      if (!candidate.differences || !candidate.differencesShown) throw new Error("no differences-only mode");
      const shown = candidate.differencesShown;
      await settle();
      const start = performance.now();
      table.state = { ...table.state, differencesOnly: on };
      if (candidate.toggleDifferences) candidate.toggleDifferences(table.container, on);
      else table.root.render(candidate.render(table.data, table.state));
      await untilPainted(() => shown(table.container) === on);
      return span(start);
    },
    async setLocale(locale) {
      const table = current();
      await settle();
      const start = performance.now();
      table.state = { ...table.state, locale };
      table.root.render(candidate.render(table.data, table.state));
      await untilPainted(() => showsLocale(table.container, locale));
      return span(start);
    },
    async unmount() {
      if (!mounted) return;
      mounted.root.unmount();
      mounted.container.remove();
      mounted = undefined;
      await painted();
    },
    async cycle(size) {
      const data = dataFor(size);
      const container = document.createElement("div");
      host.append(container);
      const root = createRoot(container);
      root.render(candidate.render(data, { locale: "fi", differencesOnly: false }));
      await untilPainted(() => container.querySelector("table") !== null);
      root.unmount();
      container.remove();
      await painted();
    },
    rowCount() {
      return current().container.querySelectorAll("tbody tr:not([hidden])").length;
    },
    extra,
  };
  window.bench = bench;
}
