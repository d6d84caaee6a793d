// @vitest-environment node
// On a server there is no document and no effects run: the error box's problems go to the server's
// own console as it renders, where a server-rendered page's errors are read.
import type { ReactElement } from "react";
import { renderToPipeableStream, renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import { ComparisonTable, DecisionMatrix, DecisionWizard, ProsConsPanel, TypeBadge } from "../../src/index.js";

// biome-ignore lint/suspicious/noExplicitAny: data a host built by hand, changed below
const showcase = (): any => structuredClone(bpoVsCallCenter);

afterEach(() => vi.restoreAllMocks());

const oneOption = () => {
  const data = showcase();
  data.options = data.options.slice(0, 1);
  return data;
};

const cases: [string, () => ReactElement, string][] = [
  [
    "ComparisonTable",
    () => <ComparisonTable data={oneOption()} />,
    "vertailu ComparisonTable: options: a comparison needs at least 2 options",
  ],
  [
    "ProsConsPanel",
    () => <ProsConsPanel data={showcase()} options={["nobody"]} />,
    'vertailu ProsConsPanel: options: unknown option id "nobody"',
  ],
  [
    "DecisionMatrix",
    () => <DecisionMatrix data={showcase()} scores={{ bpo: { pay: 11 } }} />,
    "vertailu DecisionMatrix: scores.bpo.pay: expected a score from 0 to 10, got 11",
  ],
  [
    "DecisionWizard",
    () => <DecisionWizard data={oneOption()} />,
    "vertailu DecisionWizard: options: a comparison needs at least 2 options",
  ],
  [
    "TypeBadge",
    () => <TypeBadge type="no-such-type" data={bpoVsCallCenter} />,
    'vertailu TypeBadge: type: unknown type "no-such-type"',
  ],
];

describe("the error box on the server", () => {
  it("runs with no document here, as on a server", () => {
    expect(typeof document).toBe("undefined");
  });

  it.each(cases)("%s says its problems on the server's console as renderToString renders the box", (_, make, line) => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const html = renderToString(make());
    expect(html).toContain('role="alert"');
    expect(error).toHaveBeenCalledOnce();
    expect(String(error.mock.calls[0]?.[0])).toMatch(new RegExp(`^${line.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  });

  it("says them with renderToPipeableStream too", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    await new Promise<void>((resolve, reject) => {
      renderToPipeableStream(<ComparisonTable data={oneOption()} />, { onAllReady: resolve, onError: reject });
    });
    expect(error).toHaveBeenCalledWith("vertailu ComparisonTable: options: a comparison needs at least 2 options");
  });

  it("says nothing for data it can show", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    renderToString(<ComparisonTable data={showcase()} />);
    expect(error).not.toHaveBeenCalled();
  });
});
