import { describe, expect, it } from "vitest";
import { cpuTimes, stealPercent } from "./machine-speed";

describe("stealPercent", () => {
  it("is the steal share of the CPU time between two readings", () => {
    expect(stealPercent({ steal: 10, total: 1000 }, { steal: 60, total: 2000 })).toBeCloseTo(5);
  });

  it("is unknown without two readings or when no time passed", () => {
    expect(stealPercent(null, { steal: 1, total: 2 })).toBeNull();
    expect(stealPercent({ steal: 1, total: 2 }, null)).toBeNull();
    expect(stealPercent({ steal: 1, total: 2 }, { steal: 1, total: 2 })).toBeNull();
  });
});

describe("cpuTimes", () => {
  it("reads counters that only grow, with steal inside the total", () => {
    const a = cpuTimes();
    if (!a) return expect(process.platform).not.toBe("linux");
    for (let i = 0, _x = 0; i < 5_000_000; i++) _x += i;
    const b = cpuTimes()!;
    expect(b.total).toBeGreaterThanOrEqual(a.total);
    expect(b.steal).toBeGreaterThanOrEqual(a.steal);
    expect(a.steal).toBeLessThanOrEqual(a.total);
  });
});
