import { describe, expect, it } from "vitest";
import { ArticleSubmission } from "./submission";
import { checkCounts, IncidentPatch } from "./fields";

describe("ArticleSubmission", () => {
  it("refuses bad dates with a message instead of throwing (found by fuzzing)", () => {
    for (const publishedAt of ["x", "2024-02-30", "9999-99-99", "2024-1-1"]) {
      const r = ArticleSubmission.safeParse({ text: "Three killed.", publishedAt });
      expect(r.success).toBe(false);
    }
    expect(ArticleSubmission.safeParse({ text: "", publishedAt: "" }).success).toBe(false);
    expect(ArticleSubmission.safeParse({ text: "Three killed.", publishedAt: "" }).success).toBe(true);
  });

  it("refuses unknown fields", () => {
    expect(ArticleSubmission.safeParse({ text: "a", admin: true }).success).toBe(false);
  });
});

describe("IncidentPatch and checkCounts", () => {
  it("takes partial corrections and refuses contradictory counts", () => {
    expect(IncidentPatch.safeParse({ killed: 5 }).success).toBe(true);
    expect(IncidentPatch.safeParse({ killed: -1 }).success).toBe(false);
    expect(IncidentPatch.safeParse({ date: "2024-13-01" }).success).toBe(false);
    expect(checkCounts({ killed: 5, killedLow: 6 })).toMatch(/below/);
    expect(checkCounts({ killed: 5, killedHigh: 4 })).toMatch(/exceed/);
    expect(checkCounts({ killed: 5, killedLow: 4, killedHigh: 7 })).toBeNull();
  });
});
