import { render } from "@testing-library/react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Comparison,
  ComparisonTable,
  CsvDownloadButton,
  DecisionMatrix,
  DecisionWizard,
  ProsConsPanel,
  TypeBadge,
  VertailuProvider,
} from "../../src/index.js";
import { xssPayloads } from "../fixtures/xss-payloads.mjs";

declare global {
  interface Window {
    __vertailuXss?: () => void;
  }
}

let hits: string[] = [];
const originals = { alert: window.alert, confirm: window.confirm, prompt: window.prompt, open: window.open };

beforeAll(() => {
  window.__vertailuXss = () => hits.push("script ran");
  window.alert = () => hits.push("alert");
  window.confirm = () => {
    hits.push("confirm");
    return false;
  };
  window.prompt = () => {
    hits.push("prompt");
    return null;
  };
  window.open = () => {
    hits.push("window.open");
    return null;
  };
  window.addEventListener("securitypolicyviolation", () => hits.push("csp violation"));
});

afterAll(() => {
  Object.assign(window, originals);
  delete window.__vertailuXss;
});

/**
 * A comparison whose every text, id, URL and locale key is the payload. It is handed to the
 * components directly, without parseComparison, as a host that skips validation would.
 */
function hostile(payload: string): Comparison {
  const text = { fi: payload, en: payload, [payload]: payload };
  const id = (suffix: string) => `${payload}${suffix}`;
  const [a, b] = [id("-a"), id("-b")];
  return {
    schemaVersion: 1,
    id: id("-c"),
    title: text,
    description: text,
    defaultLocale: "fi",
    conclusion: text,
    options: [
      {
        id: a,
        name: text,
        shortName: text,
        description: text,
        types: [id("-t")],
        pros: [text, { text, weight: 3 }],
        cons: [text],
        recommended: true,
      },
      { id: b, name: payload, description: payload, pros: [payload], cons: [{ text: payload, weight: 1 }] },
    ],
    groups: [{ id: id("-g"), label: text, description: text }],
    types: [{ id: id("-t"), label: text, description: text, family: payload }],
    sources: [{ id: id("-s"), title: text, url: payload, accessed: payload }],
    parameters: [
      {
        id: id("-p1"),
        label: text,
        description: text,
        group: id("-g"),
        weight: 3,
        values: {
          [a]: { kind: "text", text, note: text, sources: [id("-s")], score: 7 },
          [b]: { kind: "number", value: 1, unit: text, note: payload, score: 3 },
        },
      },
      {
        id: id("-p2"),
        label: payload,
        values: {
          [a]: { kind: "types", types: [id("-t"), payload] },
          [b]: { kind: "list", items: [text, payload] },
        },
      },
      {
        id: id("-p3"),
        label: text,
        values: { [a]: { kind: "check", value: "yes", score: 9 }, [b]: payload },
      },
    ],
    questions: [
      {
        id: id("-q"),
        text,
        help: text,
        answers: [
          { id: id("-x"), text, effects: { [a]: 2 }, because: text, parameters: [id("-p1")] },
          { id: id("-y"), text: payload, effects: { [b]: 2 }, because: payload, parameters: [id("-p3")] },
        ],
      },
    ],
  };
}

const ALLOWED_SCHEMES = new Set(["http:", "https:", "mailto:"]);
const FORBIDDEN = "img, iframe, object, embed, style, link, meta, base, video, audio, marquee, math, template";
const FORBIDDEN_ATTRIBUTES = "[src], [srcdoc], [action], [formaction], [data], [xlink\\:href]";

function expectInert(root: ParentNode, label: string) {
  for (const element of root.querySelectorAll("*")) {
    for (const attribute of element.getAttributeNames()) {
      expect(attribute.startsWith("on"), `${label}: <${element.localName} ${attribute}>`).toBe(false);
    }
    const style = element.getAttribute("style") ?? "";
    expect(style, `${label}: style attribute`).not.toMatch(/url\(|expression|javascript|@import/i);
  }
  for (const link of root.querySelectorAll<HTMLAnchorElement>("a[href]")) {
    expect(ALLOWED_SCHEMES.has(new URL(link.href, document.baseURI).protocol), `${label}: href ${link.href}`).toBe(
      true,
    );
  }
  expect(root.querySelectorAll(FORBIDDEN), `${label}: elements built from data`).toHaveLength(0);
  expect(root.querySelectorAll(FORBIDDEN_ATTRIBUTES), `${label}: URL-carrying attributes`).toHaveLength(0);
  for (const script of root.querySelectorAll("script")) {
    expect(script.type, `${label}: script type`).toBe("application/ld+json");
    expect(script.textContent ?? "", `${label}: JSON-LD breakout`).not.toMatch(/<\/script|<!--/i);
    expect(() => JSON.parse(script.textContent ?? ""), `${label}: JSON-LD parses`).not.toThrow();
  }
}

async function settle() {
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

describe(`${xssPayloads.length} XSS payloads in every text, id, URL and locale key`, () => {
  it("has at least 60 payloads", () => {
    expect(xssPayloads.length).toBeGreaterThanOrEqual(60);
  });

  it.each(xssPayloads.map((entry, index) => [index, entry.family, entry.payload] as const))(
    "payload %i (%s) runs nothing through any component",
    async (_index, family, payload) => {
      hits = [];
      const data = hostile(payload);
      const originalConsoleError = console.error;
      console.error = () => {};
      try {
        const { container, unmount } = render(
          <VertailuProvider locale={payload}>
            <ComparisonTable data={data} layout="table" toolbar={<CsvDownloadButton />} />
            <ComparisonTable data={data} layout="stacked" locale="fi" />
            <ProsConsPanel data={data} structuredData showDescription />
            <DecisionMatrix data={data} editableScores />
            <DecisionWizard data={data} />
            <TypeBadge type={payload} data={data} />
            <TypeBadge type={data.types?.[0] ?? "vertical-bpo"} />
          </VertailuProvider>,
        );
        await settle();
        expectInert(document.body, family);
        expect(container.textContent?.length).toBeGreaterThan(0);
        unmount();
      } finally {
        console.error = originalConsoleError;
      }
      expect(hits, `payload ${JSON.stringify(payload)}`).toEqual([]);
    },
  );
});
