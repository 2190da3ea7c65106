import { describe, expect, it } from "vitest";
import { checkCounts, orderedCounts } from "./fields";

const counts = (killed: number | null, killedLow: number | null, killedHigh: number | null) => ({ killed, killedLow, killedHigh });

describe("orderedCounts", () => {
  it.each([
    ["nothing reviewed, already in order", counts(5, 4, 9), [], counts(5, 4, 9)],
    ["a reviewed best below the computed low", counts(2, 4, 9), ["killed"], counts(2, 2, 9)],
    ["a reviewed best above the computed high", counts(12, 4, 9), ["killed"], counts(12, 4, 12)],
    ["a computed best below a reviewed low", counts(3, 6, 9), ["killedLow"], counts(6, 6, 9)],
    ["a computed best above a reviewed high", counts(11, 4, 9), ["killedHigh"], counts(9, 4, 9)],
    ["a computed best outside a reviewed range", counts(20, 6, 9), ["killedLow", "killedHigh"], counts(9, 6, 9)],
    ["no best, a reviewed low above the computed high", counts(null, 10, 5), ["killedLow"], counts(null, 10, 10)],
    ["no best, a reviewed high below the computed low", counts(null, 10, 5), ["killedHigh"], counts(null, 5, 5)],
    ["a reviewed range left as it is", counts(7, 2, 8), ["killed", "killedLow", "killedHigh"], counts(7, 2, 8)],
  ])("%s", (_name, v, reviewed, expected) => {
    const out = orderedCounts(v, new Set(reviewed));
    expect(out).toEqual(expected);
    expect(checkCounts(out)).toBeNull();
  });

  it("never changes a reviewed count", () => {
    for (const reviewed of [["killed"], ["killedLow"], ["killedHigh"], ["killed", "killedHigh"]]) {
      for (const v of [counts(1, 5, 3), counts(9, 2, 4), counts(null, 8, 1), counts(4, null, 2)]) {
        const out = orderedCounts(v, new Set(reviewed));
        for (const k of reviewed) expect(out[k as keyof typeof out]).toBe(v[k as keyof typeof v]);
      }
    }
  });
});
