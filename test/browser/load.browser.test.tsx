import { screen, within } from "@testing-library/react";
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
  await session.send("HeapProfiler.collectGarbage");
  await session.send("HeapProfiler.collectGarbage");
  return (await session.send("Memory.getDOMCounters")) as Counters;
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
 * Mounts a page in a root of its own (not Testing Library's, which keeps its containers), runs
 * `work` with a way to re-render, unmounts and removes the container. Nothing of it stays
 * reachable afterwards, so a garbage collection can take all of it.
 */
async function mounted(first: ReactElement, work: (rerender: (page: ReactElement) => void) => void): Promise<void> {
  const container = document.body.appendChild(document.createElement("div"));
  const root = createRoot(container);
  act(() => root.render(first));
  work((page) => act(() => root.render(page)));
  act(() => root.unmount());
  container.remove();
}

describe(`load: ${TABLES} tables beside a ${PARAMETERS}-parameter table, ${TOGGLES} rapid toggles`, () => {
  it("keeps working, logs nothing, and gives back every DOM node and listener on unmount", async () => {
    // One small mount and unmount first, so one-time global listeners (React's selectionchange
    // listener on the document, say) are in the baseline rather than counted as leaks.
    await mounted(<Page theme="dark" differencesOnly data={small} />, () => {});
    const before = await counters();

    await mounted(<Page theme="light" differencesOnly={false} data={big} />, (rerender) => {
      expect(screen.getAllByRole("table")).toHaveLength(TABLES + 1);
      const bigTable = () => within(screen.getByRole("region", { name: "big table" }));
      const allRows = bigTable().getAllByRole("row").length;
      expect(allRows).toBeGreaterThan(PARAMETERS);

      for (let toggle = 0; toggle < TOGGLES; toggle++) {
        rerender(<Page theme={toggle % 2 ? "dark" : "light"} differencesOnly={toggle % 2 === 0} data={big} />);
      }
      rerender(<Page theme="light" differencesOnly={true} data={big} />);
      expect(bigTable().getAllByRole("row").length).toBeLessThan(allRows);
      expect(bigTable().getByRole("status")).toHaveTextContent(/identical rows? hidden/);
      rerender(<Page theme="light" differencesOnly={false} data={big} />);
      expect(bigTable().getAllByRole("row")).toHaveLength(allRows);
      expect(document.querySelector("[data-vertailu-theme]")).toHaveAttribute("data-vertailu-theme", "light");
    });

    const after = await counters();
    expect(errors).toEqual([]);
    expect(after.jsEventListeners, "event listeners after unmount").toBeLessThanOrEqual(before.jsEventListeners);
    expect(after.nodes, "DOM nodes after unmount").toBeLessThanOrEqual(before.nodes);
  });
});
