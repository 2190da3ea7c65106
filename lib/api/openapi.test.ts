import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

type Operation = { description?: string; responses: Record<string, { description: string; headers?: Record<string, unknown> }> };
const get = (path: string) => (openApiDocument().paths[path] as { get: Operation }).get;

describe("the OpenAPI document", () => {
  it("tells CSV readers how cells that would run as formulas are written", () => {
    expect(get("/api/incidents.csv").description).toMatch(/single quote.*formula/s);
  });

  it("documents the exports' 429 with its Retry-After header, and the cut of a stalled download", () => {
    for (const path of ["/api/incidents.csv", "/api/incidents.geojson"]) {
      expect(get(path).responses["429"]?.headers).toHaveProperty("Retry-After");
      expect(get(path).description).toMatch(/10 s/);
    }
    expect(get("/api/incidents").responses["429"]).toBeUndefined();
  });

  it("types year and limit as integers with their bounds, not as strings", () => {
    const params = (get("/api/incidents") as unknown as { parameters: { name: string; schema: Record<string, unknown> }[] }).parameters;
    const schema = (name: string) => params.find((p) => p.name === name)?.schema;
    expect(schema("year")).toEqual({ type: "integer", minimum: 1900, maximum: 2100 });
    expect(schema("limit")).toEqual({ type: "integer", minimum: 1, maximum: 1000 });
  });

  it("documents the writes with their body, the editor's credentials, the 202 of async=1 and the feeds' routes", () => {
    const paths = openApiDocument().paths as Record<string, Record<string, { security?: unknown[]; responses: Record<string, unknown> }>>;
    expect(Object.keys(paths["/api/feeds"]!).sort()).toEqual(["get", "post"]);
    expect(Object.keys(paths["/api/feeds/{id}"]!).sort()).toEqual(["delete", "get"]);
    expect(paths["/api/feeds/{id}/poll"]!.post!.security).toEqual([{ bearer: [] }, { session: [] }]);
    expect(paths["/api/articles"]!.post!.responses).toHaveProperty("202");
    expect(paths["/api/feeds"]!.post!.responses).toHaveProperty("409");
    expect(get("/api/jobs").description).toMatch(/dead/);
  });
});
