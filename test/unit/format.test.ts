import { describe, expect, it } from "vitest";
import { format, formatNumber } from "../../src/messages/index.js";

describe("format fills a message's placeholders", () => {
  it("fills each placeholder, however often it appears", () => {
    expect(format("{value} of {max}", { value: 4, max: 5 })).toBe("4 of 5");
    expect(format("{n}, {n} and {n}", { n: "x" })).toBe("x, x and x");
  });

  it("leaves unknown placeholders and plain text as they are", () => {
    expect(format("{known} and {unknown}", { known: "a" })).toBe("a and {unknown}");
    expect(format("no placeholders", { value: 1 })).toBe("no placeholders");
    expect(format("", {})).toBe("");
  });

  it("puts values in as text, never as replacement patterns", () => {
    expect(format("[{value}]", { value: "$& $1 $$" })).toBe("[$& $1 $$]");
  });

  it("gives the same answer the second time a template is used", () => {
    const first = format("{a}-{b}", { a: 1, b: 2 });
    expect(format("{a}-{b}", { a: 1, b: 2 })).toBe(first);
    expect(format("{a}-{b}", { a: 3, b: 4 })).toBe("3-4");
  });
});

describe("formatNumber", () => {
  it("writes -0 as 0, and a negative number with its sign", () => {
    expect(formatNumber(-0, "en")).toBe("0");
    expect(formatNumber(-0.0001, "en")).toBe("-0.0001");
    expect(formatNumber(-2.5, "en")).toBe("-2.5");
    expect(formatNumber(-1200.5, "fi")).toBe("\u22121\u00a0200,5");
  });

  it("formats for the locale and falls back on an odd tag", () => {
    expect(formatNumber(1200.5, "en")).toBe("1,200.5");
    expect(formatNumber(1200.5, "fi")).toBe("1\u00a0200,5");
    expect(formatNumber(3, "not a locale tag!")).toBe("3");
  });

  it("writes a number as the data does, with every decimal it has", () => {
    expect(formatNumber(0.0004, "en")).toBe("0.0004");
    expect(formatNumber(0.000001, "fi")).toBe("0,000001");
    expect(formatNumber(1.23456, "en")).toBe("1.23456");
    expect(formatNumber(1234.5678, "fi")).toBe("1\u00a0234,5678");
    expect(formatNumber(0.3, "en")).toBe("0.3");
    expect(formatNumber(-1.5e-21, "en")).toBe("-0.0000000000000000000015");
  });

  it("leaves out the noise of binary fractions, past 15 significant digits", () => {
    expect(formatNumber(0.1 + 0.2, "en")).toBe("0.3");
    expect(formatNumber(100 / 12, "en")).toBe("8.33333333333333");
  });

  it("formats a host's BigInt and numeric text as the numbers they are", () => {
    expect(formatNumber(1200n as unknown as number, "en")).toBe("1,200");
    expect(formatNumber("1200" as unknown as number, "fi")).toBe("1\u00a0200");
  });
});
