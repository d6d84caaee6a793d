// How <vertailu-comparison> elements share a request for one URL, step by step. The browser tests
// load real files from a real server; here `fetch` answers when the test says, so that the order of
// answers, aborts and timeouts is the test's to choose.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { bpoVsCallCenter } from "../../src/data/bpo-vs-call-center.js";
import { LOAD_TIMEOUT_SECONDS, loadComparison, loadMessages, readComparison } from "../../src/element/load.js";

interface Call {
  url: string;
  signal: AbortSignal;
  answer: (body?: string) => void;
  /** Fails as a browser's fetch fails: a network error, a scheme it does not fetch. */
  fail: () => void;
}

let calls: Call[];

beforeEach(() => {
  calls = [];
  vi.stubGlobal("fetch", (url: URL, init: RequestInit) => {
    const signal = init.signal as AbortSignal;
    return new Promise<Response>((resolve, reject) => {
      signal.addEventListener("abort", () => reject(signal.reason));
      calls.push({
        url: String(url),
        signal,
        answer: (body = JSON.stringify(bpoVsCallCenter)) => resolve(new Response(body)),
        fail: () => reject(new TypeError("Failed to fetch")),
      });
    });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const base = "https://intranet.example/pages/";
/** Lets every queued promise callback run. */
const settle = () => new Promise<void>((done) => setTimeout(done, 0));

describe("elements that load one URL", () => {
  it("share one request, and each gets the comparison", async () => {
    const loads = [1, 2, 3].map(() => loadComparison("bpo.json", new AbortController().signal, base));
    // The same file by another way of writing it.
    loads.push(loadComparison("/pages/bpo.json", new AbortController().signal, base));
    expect(calls.map((call) => call.url)).toEqual(["https://intranet.example/pages/bpo.json"]);
    calls[0]?.answer();
    for (const result of await Promise.all(loads)) expect(result.status).toBe("ready");
  });

  it("keep the request while one of them is still waiting, and give it up when the last one goes", async () => {
    const first = new AbortController();
    const second = new AbortController();
    const one = loadComparison("bpo.json", first.signal, base);
    const two = loadComparison("bpo.json", second.signal, base);
    first.abort();
    await expect(one).rejects.toBeDefined();
    expect(calls[0]?.signal.aborted).toBe(false);
    second.abort();
    await expect(two).rejects.toBeDefined();
    expect(calls[0]?.signal.aborted).toBe(true);
    // An element that asks afterwards gets a request of its own.
    const three = loadComparison("bpo.json", new AbortController().signal, base);
    expect(calls).toHaveLength(2);
    calls[1]?.answer();
    expect((await three).status).toBe("ready");
  });

  it("send a new request after an answer came, and an abort after the answer cancels nothing", async () => {
    const first = new AbortController();
    const one = loadComparison("bpo.json", first.signal, base);
    calls[0]?.answer();
    expect((await one).status).toBe("ready");
    const two = loadComparison("bpo.json", new AbortController().signal, base);
    const three = loadComparison("bpo.json", new AbortController().signal, base);
    first.abort();
    await settle();
    expect(calls).toHaveLength(2);
    expect(calls[1]?.signal.aborted).toBe(false);
    calls[1]?.answer();
    expect((await two).status).toBe("ready");
    expect((await three).status).toBe("ready");
  });

  it("each wait the full time for an answer, counted from when each asked", async () => {
    vi.useFakeTimers();
    const early = loadComparison("slow.json", new AbortController().signal, base);
    await vi.advanceTimersByTimeAsync((LOAD_TIMEOUT_SECONDS - 1) * 1000);
    const late = loadComparison("slow.json", new AbortController().signal, base);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await early).toEqual({
      status: "error",
      issues: [{ path: "src", message: `no answer from "slow.json" at ${base}slow.json in ${LOAD_TIMEOUT_SECONDS} s` }],
    });
    // The late element still waits, and so does the request.
    expect(calls).toHaveLength(1);
    expect(calls[0]?.signal.aborted).toBe(false);
    calls[0]?.answer();
    expect((await late).status).toBe("ready");
  });
});

describe("elements that load one messages-src", () => {
  const swedish = JSON.stringify({ sv: { yes: "Ja" } });

  it("share one request, and each gets the strings", async () => {
    const loads = [1, 2].map(() => loadMessages("i18n/sv.json", new AbortController().signal, base));
    expect(calls.map((call) => call.url)).toEqual(["https://intranet.example/pages/i18n/sv.json"]);
    calls[0]?.answer(swedish);
    for (const result of await Promise.all(loads))
      expect(result).toEqual({ messages: { sv: { yes: "Ja" } }, issues: [], unused: [] });
  });

  it("say a file's problems under messages-src, naming the file", async () => {
    const notJson = loadMessages("sv.json", new AbortController().signal, base);
    calls[0]?.answer('{ "sv": { "yes": "Ja", } }');
    expect((await notJson).issues).toEqual([
      {
        path: "messages-src",
        message:
          '"sv.json" is not valid JSON: a comma before "}" at line 1, column 22: remove it (JSON allows no comma after the last entry)',
      },
    ]);
    const wrong = loadMessages("sv.json", new AbortController().signal, base);
    calls[1]?.answer(JSON.stringify({ sv: { differencesOnly: 42 } }));
    expect((await wrong).issues).toEqual([
      { path: "messages-src", message: 'sv.differencesOnly in "sv.json": expected a string, got 42' },
    ]);
  });

  it("give up after the same time as for a comparison", async () => {
    vi.useFakeTimers();
    const load = loadMessages("sv.json", new AbortController().signal, base);
    await vi.advanceTimersByTimeAsync(LOAD_TIMEOUT_SECONDS * 1000);
    expect((await load).issues).toEqual([
      { path: "messages-src", message: `no answer from "sv.json" at ${base}sv.json in ${LOAD_TIMEOUT_SECONDS} s` },
    ]);
  });
});

describe("a src that no browser fetches", () => {
  it.each([
    ["javascript:alert(1)", base, '"javascript:alert(1)"', "javascript:"],
    ["ftp://files.example/bpo.json", base, '"ftp://files.example/bpo.json"', "ftp:"],
    // The page saved to a disk and opened from it: its relative src leads to a file: URL.
    [
      "data/bpo.json",
      "file:///C:/Users/editor/page.html",
      '"data/bpo.json" at file:///C:/Users/editor/data/bpo.json',
      "file:",
    ],
  ])("names %s under src and the kind of URL a browser fetches, not the server", async (src, page, named, scheme) => {
    const load = loadComparison(src, new AbortController().signal, page);
    await settle();
    calls[0]?.fail();
    const result = await load;
    expect(result).toEqual({
      status: "error",
      issues: [
        {
          path: "src",
          message: expect.stringContaining(
            `could not load ${named} (Failed to fetch: a browser fetches no ${scheme} URL; give an http:// or https:// one`,
          ),
        },
      ],
    });
    const message = result.status === "error" ? result.issues[0]?.message : "";
    expect(message).not.toMatch(/server cannot be reached|CORS/);
    if (scheme === "file:") expect(message).toMatch(/open the page from a web server, not from a file\)$/);
  });

  it("says the same under messages-src", async () => {
    const load = loadMessages("javascript:void(0)", new AbortController().signal, base);
    await settle();
    calls[0]?.fail();
    expect((await load).issues).toEqual([
      { path: "messages-src", message: expect.stringContaining("a browser fetches no javascript: URL") },
    ]);
  });

  it("still blames the network, the page's CSP or CORS for an http or https URL that fails", async () => {
    const load = loadComparison("https://elsewhere.example/bpo.json", new AbortController().signal, base);
    await settle();
    calls[0]?.fail();
    const result = await load;
    expect(result.status === "error" && result.issues[0]?.message).toMatch(/server cannot be reached.*CORS/);
  });
});

describe("the comparison in the element's JSON script", () => {
  it("reads the JSON as a file's, and a < written as \\u003c as the docs say is the character itself", () => {
    const data = {
      ...bpoVsCallCenter,
      title: { fi: "BPO </script> vs <b>puhelinkeskus</b>", en: "BPO vs call centre" },
    };
    const result = readComparison(JSON.stringify(data).replaceAll("<", "\\u003c"));
    expect(result.status).toBe("ready");
    expect(result.status === "ready" && result.data.title).toEqual(data.title);
    // No request: the element fetches nothing for it.
    expect(calls).toEqual([]);
  });

  it("names the script for JSON that is not JSON, and for an empty script; the data's own paths for data that does not validate", () => {
    expect(readComparison('\n{\n  "schemaVersion": 1,\n}\n')).toEqual({
      status: "error",
      issues: [
        {
          path: "script",
          message:
            'not valid JSON: a comma before "}" at line 3, column 21: remove it (JSON allows no comma after the last entry)',
        },
      ],
    });
    expect(readComparison(" \n ")).toEqual({
      status: "error",
      issues: [{ path: "script", message: "the script is empty: put the comparison's JSON in it" }],
    });
    const invalid = readComparison(
      JSON.stringify({ ...bpoVsCallCenter, options: bpoVsCallCenter.options.slice(0, 1) }),
    );
    expect(invalid.status === "error" && invalid.issues[0]).toEqual({
      path: "options",
      message: "a comparison needs at least 2 options",
    });
  });
});
