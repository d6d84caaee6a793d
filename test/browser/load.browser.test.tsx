import { act, type ReactElement } from "react";
import { createRoot } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cdp } from "vitest/browser";
import { type Comparison, ComparisonTable, ProsConsPanel, type Theme, VertailuProvider } from "../../src/index.js";
import { generateComparison } from "../fixtures/generate.js";

// `npm run test:stress` sets the full counts; the everyday test command runs smaller ones.
const stress = import.meta.env.VITE_VERTAILU_STRESS === "1";
const TABLES = stress ? 50 : 10;
const PARAMETERS = stress ? 5000 : 1000;
const TOGGLES = stress ? 1000 : 100;
// The time limit only guards against a hang: speed is measured by `npm run bench`.
vi.setConfig({ testTimeout: stress ? 1_800_000 : 300_000 });

interface Counters {
  nodes: number;
  jsEventListeners: number;
}

async function counters(): Promise<Counters> {
  const session = cdp();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await session.send("HeapProfiler.collectGarbage");
  await session.send("HeapProfiler.collectGarbage");
  return (await session.send("Memory.getDOMCounters")) as Counters;
}

/**
 * Counters once they have settled at or below the baseline: React lets go of an unmounted root
 * over a few tasks, so a single collection may come too early. A real leak never settles; the
 * last reading is returned after a bounded number of tries.
 */
async function settledCounters(baseline: Counters): Promise<Counters> {
  let reading = await counters();
  for (let attempt = 0; attempt < 20; attempt++) {
    if (reading.jsEventListeners <= baseline.jsEventListeners && reading.nodes <= baseline.nodes) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
    reading = await counters();
  }
  return reading;
}

let errors: string[] = [];
const originalError = console.error;
beforeEach(() => {
  errors = [];
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(" "));
});
afterEach(() => {
  console.error = originalError;
});

// React's act() warns unless the environment says it is a test; Testing Library does this for its own roots.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const small = generateComparison({ options: 3, parameters: 50, seed: 50 });
const big = generateComparison({ options: 4, parameters: PARAMETERS, seed: 5 });

function Page({ theme, differencesOnly, data }: { theme: Theme; differencesOnly: boolean; data: Comparison }) {
  return (
    <VertailuProvider theme={theme} locale="en">
      <section aria-label="big table">
        <ComparisonTable data={data} layout="table" differencesOnly={differencesOnly} />
      </section>
      {Array.from({ length: TABLES }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the tables are identical and never reorder
        <section key={index} aria-label={`table ${index + 1}`}>
          <ComparisonTable data={small} idPrefix={`t${index}`} layout="table" />
          <ProsConsPanel data={small} />
        </section>
      ))}
    </VertailuProvider>
  );
}

/**
 * The one container every mount renders into. React keeps its event listeners on a root's
 * container for good, so sharing one puts them in the baseline once; the listeners counted
 * after unmounting are then only those the components added and failed to remove.
 */
const host = document.body.appendChild(document.createElement("div"));

/** Mounts a page in a fresh root, runs `work` with a way to re-render, then unmounts. */
async function mounted(first: ReactElement, work: (rerender: (page: ReactElement) => void) => void): Promise<number> {
  const root = createRoot(host);
  act(() => root.render(first));
  work((page) => act(() => root.render(page)));
  let live = 0;
  // Inside act: the tables' resize observers may report while the counters are read.
  await act(async () => {
    live = (await counters()).nodes;
  });
  act(() => root.unmount());
  return live;
}

const CYCLES = 3;

describe(`load: ${TABLES} tables beside a ${PARAMETERS}-parameter table, ${TOGGLES} rapid toggles`, () => {
  it("keeps working, logs nothing, and gives back every DOM node and listener on unmount", async () => {
    // The same page mounted, toggled and unmounted once first: one-time state of the browser,
    // React's development build or the test runner is then in the baseline.
    await mounted(<Page theme="light" differencesOnly={false} data={big} />, (rerender) => {
      rerender(<Page theme="dark" differencesOnly data={big} />);
    });
    const before = await counters();

    // Facts are read with plain DOM calls and asserted after unmounting: assertion libraries
    // may hold on to the elements they were given, which would look like a leak.
    const seen = { tables: 0, allRows: 0, differentRows: 0, status: "", rowsAfter: 0, theme: "", liveNodes: 0 };
    const visibleRows = () =>
      document.querySelectorAll('[aria-label="big table"] tbody tr[data-slot="parameter-row"]:not([hidden])').length;
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      seen.liveNodes = await mounted(<Page theme="light" differencesOnly={false} data={big} />, (rerender) => {
        seen.tables = document.querySelectorAll("table").length;
        seen.allRows = visibleRows();
        for (let toggle = 0; toggle < TOGGLES; toggle++) {
          rerender(<Page theme={toggle % 2 ? "dark" : "light"} differencesOnly={toggle % 2 === 0} data={big} />);
        }
        rerender(<Page theme="light" differencesOnly={true} data={big} />);
        seen.differentRows = visibleRows();
        seen.status = document.querySelector('[aria-label="big table"] [role="status"]')?.textContent ?? "";
        rerender(<Page theme="light" differencesOnly={false} data={big} />);
        seen.rowsAfter = visibleRows();
        seen.theme = document.querySelector("[data-vertailu-theme]")?.getAttribute("data-vertailu-theme") ?? "";
      });
    }

    const after = await settledCounters(before);
    expect(errors).toEqual([]);
    expect(seen.tables).toBe(TABLES + 1);
    expect(seen.allRows).toBe(PARAMETERS);
    expect(seen.differentRows).toBeLessThan(PARAMETERS);
    expect(seen.differentRows).toBeGreaterThan(0);
    expect(seen.status).toMatch(/identical rows? hidden/);
    expect(seen.rowsAfter).toBe(PARAMETERS);
    expect(seen.theme).toBe("light");
    expect(host.childElementCount, "nothing left in the container").toBe(0);
    expect(after.jsEventListeners, "event listeners after unmount").toBeLessThanOrEqual(before.jsEventListeners);
    // Chromium's collector may keep the last detached tree alive for a while (a stale pointer),
    // so nodes may stay up by at most one page; a leak would keep one page per cycle.
    const onePage = seen.liveNodes - before.nodes;
    expect(onePage).toBeGreaterThan(PARAMETERS * 5);
    expect(after.nodes - before.nodes, `DOM nodes after ${CYCLES} mount cycles`).toBeLessThan(onePage);
  });
});
