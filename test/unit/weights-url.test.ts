import { describe, expect, it } from "vitest";
import {
  MAX_WEIGHTS_PARAM_LENGTH,
  parseWeightsParam,
  readSearchParam,
  serializeWeightsParam,
  withSearchParam,
} from "../../src/components/decision-matrix/weights-url.js";

const ids = ["scope", "pay", "confidentiality", "a:b", "v1.2"];

describe("parseWeightsParam", () => {
  it.each([
    ["one entry", "1.scope:3", { scope: 3 }],
    ["several entries", "1.scope:3,pay:0,confidentiality:5", { scope: 3, pay: 0, confidentiality: 5 }],
    ["an id with a colon, split at the last one", "1.a:b:4", { "a:b": 4 }],
    ["an id with a dot", "1.v1.2:2", { "v1.2": 2 }],
    ["an empty list", "1.", {}],
    ["empty", "", {}],
    ["not a string", 42, {}],
    ["null", null, {}],
    ["no version", "scope:3", {}],
    ["a wrong version", "2.scope:3", {}],
    ["version zero", "0.scope:3", {}],
    ["a version with letters", "v1.scope:3", {}],
    ["a huge version", `${"9".repeat(400)}.scope:3`, {}],
    ["a weight above 5", "1.scope:6,pay:2", { pay: 2 }],
    ["a huge weight", `1.scope:${"9".repeat(500)},pay:2`, { pay: 2 }],
    ["Infinity", "1.scope:Infinity,pay:2", { pay: 2 }],
    ["NaN", "1.scope:NaN,pay:2", { pay: 2 }],
    ["a negative weight", "1.scope:-1,pay:2", { pay: 2 }],
    ["a fraction", "1.scope:2.5,pay:2", { pay: 2 }],
    ["an exponent", "1.scope:1e0,pay:2", { pay: 2 }],
    ["a hex number", "1.scope:0x3,pay:2", { pay: 2 }],
    ["an empty weight", "1.scope:,pay:2", { pay: 2 }],
    ["whitespace around a weight", "1.scope: 3,pay:2", { pay: 2 }],
    ["a missing colon", "1.scope3,pay:2", { pay: 2 }],
    ["an empty id", "1.:3,pay:2", { pay: 2 }],
    ["an unknown id", "1.nope:3,pay:2", { pay: 2 }],
    ["a prototype key", "1.__proto__:3,constructor:4,pay:2", { pay: 2 }],
    ["a duplicate id: the first wins", "1.scope:3,scope:5", { scope: 3 }],
    ["a script", "1.<script>alert(1)</script>:3,pay:2", { pay: 2 }],
    ["a javascript: URL", "1.javascript:alert(1):3", {}],
    ["quotes and SQL", "1.scope':3;DROP TABLE x--:1,pay:1", { pay: 1 }],
    ["trailing and doubled commas", "1.,scope:3,,pay:2,", { scope: 3, pay: 2 }],
    ["a newline inside", "1.scope:3\n,pay:2", { pay: 2 }],
  ] as const)("%s", (_name, raw, expected) => {
    expect(parseWeightsParam(raw, ids)).toEqual(expected);
  });

  it("ignores a value longer than the limit whole, even when it starts well", () => {
    const long = `1.scope:3,${"pay:2,".repeat(400)}`;
    expect(long.length).toBeGreaterThan(MAX_WEIGHTS_PARAM_LENGTH);
    expect(parseWeightsParam(long, ids)).toEqual({});
    const atLimit = `1.scope:3${",".repeat(MAX_WEIGHTS_PARAM_LENGTH - 9)}`;
    expect(atLimit).toHaveLength(MAX_WEIGHTS_PARAM_LENGTH);
    expect(parseWeightsParam(atLimit, ids)).toEqual({ scope: 3 });
  });

  it("returns an object whose prototype no entry can reach", () => {
    const parsed = parseWeightsParam("1.__proto__:3", [...ids, "__proto__"]);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.hasOwn(parsed, "__proto__")).toBe(true);
  });
});

describe("serializeWeightsParam", () => {
  const defaults = { scope: 1, pay: 1, confidentiality: 2 };
  it.each([
    ["nothing differs", { scope: 1, pay: 1, confidentiality: 2 }, ""],
    ["one differs", { scope: 3, pay: 1, confidentiality: 2 }, "1.scope:3"],
    ["in parameter order", { confidentiality: 0, scope: 5 }, "1.scope:5,confidentiality:0"],
    ["rounds and clamps", { scope: 2.6, pay: 40 }, "1.scope:3,pay:5"],
    ["skips non-numbers", { scope: Number.NaN, pay: 4 }, "1.pay:4"],
    ["keeps ids with colons", { "a:b": 4 }, "1.a:b:4"],
  ] as const)("%s", (_name, weights, expected) => {
    expect(serializeWeightsParam(weights, defaults, ids)).toBe(expected);
  });

  it("round-trips through parse", () => {
    const weights = { scope: 0, pay: 5, confidentiality: 2, "a:b": 3, "v1.2": 4 };
    const value = serializeWeightsParam(weights, defaults, ids);
    expect({ ...defaults, "a:b": 1, "v1.2": 1, ...parseWeightsParam(value, ids) }).toEqual(weights);
  });
});

describe("query string helpers", () => {
  it.each([
    ["adds to an empty query", "", "vw", "1.scope:3", "?vw=1.scope:3"],
    ["keeps other parameters as they were", "?a=1&b=%20x", "vw", "1.pay:2", "?a=1&b=%20x&vw=1.pay:2"],
    ["replaces the old value", "?vw=1.scope:3&a=1", "vw", "1.scope:4", "?a=1&vw=1.scope:4"],
    ["removes every copy when empty", "?vw=1&a=1&vw=2", "vw", "", "?a=1"],
    ["leaves no lone question mark", "?vw=1.scope:3", "vw", "", ""],
    ["encodes what a query cannot hold", "", "vw", "1.ä&b:2", "?vw=1.%C3%A4%26b:2"],
    ["reads a malformed escape without throwing", "?%E0%A4%A=1", "vw", "1.a:1", "?%E0%A4%A=1&vw=1.a:1"],
  ])("%s", (_name, search, key, value, expected) => {
    expect(withSearchParam(search, key, value)).toBe(expected);
  });

  it("reads the raw value back", () => {
    expect(readSearchParam("?a=1&vw=1.scope:3,pay:2", "vw")).toBe("1.scope:3,pay:2");
    expect(readSearchParam("?vw=1.%C3%A4%26b:2", "vw")).toBe("1.ä&b:2");
    expect(readSearchParam("?a=1", "vw")).toBeUndefined();
  });
});
