import { describe, expect, it } from "vitest";
import { parseChoice, parsePage, parseSort, urlWithParams } from "./viewParams";

describe("urlWithParams", () => {
  it("sets and removes parameters and keeps the others, readably", () => {
    const href = "http://x/?province=Homs&map=35.1,38.4,7&page=3#incidents";
    expect(urlWithParams(href, { sort: "killed:desc", page: null })).toBe("/?province=Homs&map=35.1,38.4,7&sort=killed:desc#incidents");
  });
  it("replaces a value rather than repeating it", () => {
    expect(urlWithParams("http://x/?split=province", { split: "eventType" })).toBe("/?split=eventType");
  });
});

describe("parseSort", () => {
  const keys = ["date", "killed"] as const;
  it("reads a key and a direction", () => expect(parseSort("killed:asc", keys)).toEqual({ key: "killed", dir: "asc" }));
  it("refuses an unknown key, direction or extra part", () => {
    expect(parseSort("evil:asc", keys)).toBeNull();
    expect(parseSort("date:up", keys)).toBeNull();
    expect(parseSort("date:asc:x", keys)).toBeNull();
    expect(parseSort(null, keys)).toBeNull();
  });
});

describe("parsePage", () => {
  it("counts from one in the link and from zero inside", () => expect(parsePage("3")).toBe(2));
  it("falls back to the first page", () => {
    for (const v of ["0", "-1", "abc", "1e3", "", null]) expect(parsePage(v)).toBe(0);
  });
});

describe("parseChoice", () => {
  it("keeps a known value and replaces an unknown one", () => {
    expect(parseChoice("b", ["a", "b"], "a")).toBe("b");
    expect(parseChoice("z", ["a", "b"], "a")).toBe("a");
  });
});
