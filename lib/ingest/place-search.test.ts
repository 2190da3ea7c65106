import { describe, expect, it } from "vitest";
import { searchPlaces } from "./place-search";

describe("searchPlaces", () => {
  it("finds a town by a transliteration or a prefix, ignoring the article", () => {
    expect(searchPlaces("Mayadin")[0]?.governorate).toBe("Deir ez-Zor");
    expect(searchPlaces("al-mayad").some((p) => p.governorate === "Deir ez-Zor")).toBe(true);
    expect(searchPlaces("Palmyra")[0]?.governorate).toBe("Homs");
  });
  it("lists governorates among the matches and caps the list", () => {
    expect(searchPlaces("Homs").some((p) => p.kind === "governorate")).toBe(true);
    expect(searchPlaces("a", 5)).toHaveLength(5);
  });
  it("returns nothing for an empty query", () => {
    expect(searchPlaces("  ")).toEqual([]);
  });
});
