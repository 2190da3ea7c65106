import { describe, expect, it } from "vitest";
import { isStorable } from "./text";

describe("isStorable", () => {
  it("refuses a NUL and a lone surrogate, keeps every other character", () => {
    expect(isStorable("Palmyra – تدمر 🇸🇾\t\n")).toBe(true);
    expect(isStorable("a\u0000b")).toBe(false);
    expect(isStorable("a\ud800")).toBe(false);
    expect(isStorable("\udc00a")).toBe(false);
    expect(isStorable("\ud83c\udde6")).toBe(true);
  });
});
