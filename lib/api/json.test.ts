import { describe, expect, it } from "vitest";
import { cachedJsonResponse } from "@/lib/api/json";

describe("cachedJsonResponse", () => {
  it("gives the same body as Response.json", async () => {
    const members = { total: 3, nextCursor: null, incidents: [{ id: 1, place: 'Dar\'a "old city"', killed: null }], note: "ü ✓" };
    const ours = cachedJsonResponse(members, () => members);
    expect(ours.headers.get("content-type")).toBe("application/json");
    expect(await ours.text()).toBe(await Response.json(members).text());
  });

  it("builds the body once per key, however many responses carry it", async () => {
    const points = [{ period: "2016-01-01", killed: 3 }];
    let builds = 0;
    const build = () => {
      builds++;
      return { points };
    };
    const first = await cachedJsonResponse(points, build).text();
    points.push({ period: "2016-02-01", killed: 4 }); // a cached result never changes; if it did, the first body stays
    expect(await cachedJsonResponse(points, build).text()).toBe(first);
    expect(builds).toBe(1);
    expect(await cachedJsonResponse([...points], build).text()).not.toBe(first);
    expect(builds).toBe(2);
  });

  it("keeps the status it is given", () => {
    const body = { ok: true };
    expect(cachedJsonResponse(body, () => body, 201).status).toBe(201);
  });
});
