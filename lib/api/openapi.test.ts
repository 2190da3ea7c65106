import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

type Operation = { description?: string; responses: Record<string, { description: string; headers?: Record<string, unknown> }> };
const get = (path: string) => (openApiDocument().paths[path] as { get: Operation }).get;

describe("the OpenAPI document", () => {
  it("tells CSV readers how cells that would run as formulas are written", () => {
    expect(get("/api/incidents.csv").description).toMatch(/single quote.*formula/s);
  });
});
