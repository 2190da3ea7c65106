import { describe, expect, it } from "vitest";
import { jsonOf, jsonResponse } from "@/lib/api/json";

describe("jsonResponse", () => {
  it("gives the same body as Response.json", async () => {
    const members = { total: 3, nextCursor: null, incidents: [{ id: 1, place: 'Dar\'a "old city"', killed: null }], note: "ü ✓" };
    const ours = jsonResponse(members);
    expect(ours.headers.get("content-type")).toBe("application/json");
    expect(await ours.text()).toBe(await Response.json(members).text());
  });

  it("serializes an object once, however many responses carry it", () => {
    const points = [{ period: "2016-01-01", killed: 3 }];
    const first = jsonOf(points);
    points.push({ period: "2016-02-01", killed: 4 }); // a cached result never changes; if it did, the first text stays
    expect(jsonOf(points)).toBe(first);
    expect(jsonOf([...points])).not.toBe(first);
  });

  it("passes non-objects through JSON.stringify", () => {
    expect(jsonOf("a\"b")).toBe('"a\\"b"');
    expect(jsonOf(null)).toBe("null");
    expect(jsonOf(5)).toBe("5");
  });
});
