import { describe, expect, it } from "vitest";
import { classLabels, DENSITY_COLOURS, densityClasses, densityColour, hexBins, hexCentre, hexCorners } from "./hexbin";

const p = (x: number, y: number, incidents = 1, killed = 0) => ({ x, y, incidents, killed });

describe("hexBins", () => {
  it("sums the points of one hexagon and keeps far ones apart", () => {
    const bins = hexBins([p(1, 1, 1, 3), p(3, -2, 2, 4), p(100, 100, 1, 1)], 10);
    expect(bins).toHaveLength(2);
    expect(bins.find((b) => b.incidents === 3)).toMatchObject({ x: 0, y: 0, killed: 7 });
  });
  it("puts every point in the hexagon whose centre is nearest", () => {
    for (let i = 0; i < 200; i++) {
      const [x, y] = [Math.sin(i) * 97, Math.cos(i * 1.7) * 83];
      const c = hexCentre(x, y, 10);
      // Inside a hexagon of side r, no point is farther than r from its centre.
      expect(Math.hypot(x - c.x, y - c.y)).toBeLessThanOrEqual(10 + 1e-9);
    }
  });
});

describe("hexCorners", () => {
  it("draws six corners at the side's distance, the first on top", () => {
    const cs = hexCorners(5, 5, 10);
    expect(cs).toHaveLength(6);
    for (const [x, y] of cs) expect(Math.hypot(x - 5, y - 5)).toBeCloseTo(10);
    expect(cs[0]![0]).toBeCloseTo(5);
    expect(cs[0]![1]).toBeCloseTo(-5);
  });
});

describe("density classes", () => {
  it("grow in log steps up to the maximum", () => expect(densityClasses(1000)).toEqual([1, 6, 32, 178, 1000]));
  it("merge where a small maximum leaves no room, keeping 1 apart", () => {
    expect(densityClasses(3)).toEqual([1, 2, 3]);
    expect(densityClasses(2)).toEqual([1, 2]);
  });
  it("are none without data", () => expect(densityClasses(0)).toEqual([]));
  it("colour the lowest class lightest and the top darkest", () => {
    const c = densityClasses(2);
    expect(densityColour(1, c)).toBe(DENSITY_COLOURS[0]);
    expect(densityColour(2, c)).toBe(DENSITY_COLOURS[4]);
    expect(densityColour(99, c)).toBe(DENSITY_COLOURS[4]);
  });
  it("label ranges for the legend", () => expect(classLabels([1, 3, 10])).toEqual(["1", "2–3", "4–10"]));
});
