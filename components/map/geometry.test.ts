import { describe, expect, it } from "vitest";
import { clearShift, pointInArea, popupSize } from "./geometry";

describe("popupSize", () => {
  it("keeps a desktop popup at 240–320 pixels wide", () => {
    expect(popupSize({ x: 800, y: 640 })).toEqual({ maxWidth: 320, minWidth: 240, maxHeight: 576 });
  });

  it("fits a phone's map (366 × 300) beside the zoom buttons, with room for the marker", () => {
    const s = popupSize({ x: 366, y: 300 });
    expect(s.maxWidth + 38).toBeLessThanOrEqual(366 - 52 - 8);
    expect(s.minWidth).toBeLessThanOrEqual(s.maxWidth);
    expect(s.maxHeight).toBeLessThan(300);
  });

  it("never asks for less than a readable popup", () => {
    expect(popupSize({ x: 100, y: 100 })).toEqual({ maxWidth: 160, minWidth: 160, maxHeight: 120 });
  });
});

describe("clearShift", () => {
  const box = (left: number, top: number, w: number, h: number) => ({ left, top, right: left + w, bottom: top + h });
  const label = box(100, 100, 60, 24);

  it("leaves a label that covers nothing where it is", () => {
    expect(clearShift(label, [box(0, 0, 30, 30)])).toEqual({ dx: 0, dy: 0 });
  });

  it("moves a label off a cluster by the shortest way", () => {
    // A cluster under the label's lower edge: up by 14 + the gap clears it.
    const s = clearShift(label, [box(120, 114, 30, 30)]);
    expect(s).toEqual({ dx: 0, dy: -(124 - 114) - 2 });
  });

  it("does not move a label onto another obstacle", () => {
    const s = clearShift(label, [box(120, 114, 30, 30), box(110, 60, 40, 36)]);
    const moved = { left: label.left + s.dx, right: label.right + s.dx, top: label.top + s.dy, bottom: label.bottom + s.dy };
    for (const o of [box(120, 114, 30, 30), box(110, 60, 40, 36)]) {
      expect(moved.right <= o.left || o.right <= moved.left || moved.bottom <= o.top || o.bottom <= moved.top).toBe(true);
    }
  });

  it("stays put when nothing within reach clears it", () => {
    expect(clearShift(label, [box(0, 0, 400, 400)])).toEqual({ dx: 0, dy: 0 });
  });
});

describe("pointInArea", () => {
  const square: number[][] = [
    [0, 0],
    [10, 0],
    [10, 10],
    [0, 10],
    [0, 0],
  ];
  const hole: number[][] = [
    [4, 4],
    [6, 4],
    [6, 6],
    [4, 6],
    [4, 4],
  ];

  it("finds a point inside a polygon and not outside it", () => {
    expect(pointInArea(5, 2, { type: "Polygon", coordinates: [square] })).toBe(true);
    expect(pointInArea(11, 2, { type: "Polygon", coordinates: [square] })).toBe(false);
  });

  it("leaves out a polygon's holes and reads every part of a multipolygon", () => {
    expect(pointInArea(5, 5, { type: "Polygon", coordinates: [square, hole] })).toBe(false);
    const shifted = square.map(([x, y]) => [x! + 20, y!]);
    expect(pointInArea(25, 5, { type: "MultiPolygon", coordinates: [[square], [shifted]] })).toBe(true);
  });
});
