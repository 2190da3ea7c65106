import { describe, expect, it } from "vitest";
import { readFilterParams } from "./filters";

describe("readFilterParams", () => {
  it("keeps usable values and names each unusable one with the reason", () => {
    const { filters, unusable } = readFilterParams({ province: ["Raqqa", "homs", "Nowhere"], year: "abc", minKilled: "5" });
    expect(filters.province).toEqual(["Raqqa"]);
    expect(filters.year).toBeUndefined();
    expect(filters.minKilled).toBe(5);
    expect(unusable.map((u) => [u.key, u.value])).toEqual([
      ["province", "homs"],
      ["province", "Nowhere"],
      ["year", "abc"],
    ]);
    expect(unusable[0]!.message).toContain("did you mean “Homs”?");
    expect(unusable[1]!.message).toBe("not a governorate we know");
    expect(unusable[2]!.message).toBe("expected a whole number");
  });

  it("takes a year with no incidents as it is", () => {
    expect(readFilterParams({ year: "2021" })).toEqual({ filters: expect.objectContaining({ year: 2021 }), unusable: [] });
  });

  it("sets aside a second value of a single parameter and a 'to' before 'from'", () => {
    const { filters, unusable } = readFilterParams({ year: ["2020", "2024"], from: "2024-05-01", to: "2024-01-01" });
    expect(filters).toMatchObject({ year: 2020, from: "2024-05-01" });
    expect(filters.to).toBeUndefined();
    expect(unusable.map((u) => u.key)).toEqual(["year", "to"]);
  });

  it("ignores parameters that are not filters", () => {
    expect(readFilterParams({ page: "2", sort: "killed" }).unusable).toEqual([]);
  });
});
