import { describe, expect, it } from "vitest";
import { popupSize } from "./geometry";

describe("popupSize", () => {
  it("keeps a desktop popup at 240–320 pixels wide", () => {
    expect(popupSize({ x: 800, y: 640 })).toEqual({ maxWidth: 320, minWidth: 240, maxHeight: 576 });
  });

  it("fits a phone's map (366 × 300) with room for the close button and the marker", () => {
    const s = popupSize({ x: 366, y: 300 });
    expect(s.maxWidth + 26).toBeLessThanOrEqual(366 - 40);
    expect(s.minWidth).toBeLessThanOrEqual(s.maxWidth);
    expect(s.maxHeight).toBeLessThan(300);
  });

  it("never asks for less than a readable popup", () => {
    expect(popupSize({ x: 100, y: 100 })).toEqual({ maxWidth: 160, minWidth: 160, maxHeight: 120 });
  });
});
