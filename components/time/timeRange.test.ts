import { describe, expect, it } from "vitest";
import { lastDay, monthIndex, nextWindow, paramsForRange, playStart, rangeFromParams, spanMonths } from "./timeRange";

const months = spanMonths(["2023-11-01", "2024-02-01", "2023-12-01"]);

describe("the time slider's range", () => {
  it("spans every month between the first and the last, gaps included", () => {
    expect(months).toEqual(["2023-11-01", "2023-12-01", "2024-01-01", "2024-02-01"]);
    expect(spanMonths([])).toEqual([]);
  });

  it("reads from, to and year from the URL, clamped to the data", () => {
    expect(rangeFromParams(months, {})).toEqual([0, 3]);
    expect(rangeFromParams(months, { from: "2023-12-15", to: "2024-01-31" })).toEqual([1, 2]);
    expect(rangeFromParams(months, { year: "2024" })).toEqual([2, 3]);
    expect(rangeFromParams(months, { from: "2019-01-01" })).toEqual([0, 3]);
    expect(monthIndex(months, "2030-05-05")).toBe(3);
  });

  it("writes whole months as from and to, and nothing for the whole span", () => {
    expect(paramsForRange(months, [1, 3])).toEqual({ from: "2023-12-01", to: "2024-02-29" });
    expect(paramsForRange(months, [0, 3])).toBeNull();
    expect(lastDay("2023-02-01")).toBe("2023-02-28");
  });

  it("plays a window forward a month at a time and stops at the end", () => {
    expect(playStart(4, [0, 3])).toEqual([0, 0]);
    expect(playStart(4, [1, 2])).toEqual([1, 2]);
    expect(nextWindow(4, [1, 2])).toEqual([2, 3]);
    expect(nextWindow(4, [2, 3])).toBeNull();
  });
});
