import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/errors";
import { readBytes, readForm } from "./body";

/** A POST whose body is sent without a length: `chunks` chunks of 64 KB, counted as they are pulled. */
function chunkedRequest(chunks: number): { request: Request; pulled: () => number } {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled++ === chunks) controller.close();
      else controller.enqueue(new Uint8Array(64 * 1024));
    },
  });
  const request = new Request("http://localhost/api/x", { method: "POST", body, duplex: "half" } as RequestInit);
  return { request, pulled: () => pulled };
}

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as ApiError,
  );

describe("readBytes", () => {
  it("stops reading at the limit and answers 413, however long the body goes on", async () => {
    const { request, pulled } = chunkedRequest(100_000);
    const e = await refusal(readBytes(request, 200 * 1024));
    expect(e).toBeInstanceOf(ApiError);
    expect(e!.status).toBe(413);
    expect(pulled()).toBeLessThan(10);
  });

  it("returns a body within the limit whole", async () => {
    const { request } = chunkedRequest(3);
    expect((await readBytes(request, 200 * 1024)).byteLength).toBe(3 * 64 * 1024);
  });

  it("refuses an announced length over the limit without reading", async () => {
    const { request, pulled } = chunkedRequest(1_000);
    const announced = new Request(request, { headers: { "content-length": String(10 * 1024 * 1024) }, duplex: "half" } as RequestInit);
    expect((await refusal(readBytes(announced, 1024)))?.status).toBe(413);
    expect(pulled()).toBeLessThan(5);
  });
});

describe("readForm", () => {
  it("parses a multipart form within the limit", async () => {
    const form = new FormData();
    form.set("text", "Five soldiers were killed.");
    const r = new Request("http://localhost/api/x", { method: "POST", body: form });
    expect((await readForm(r)).get("text")).toBe("Five soldiers were killed.");
  });
});

describe("the routes", () => {
  it("read request bodies only through lib/api/body.ts, which limits them while they stream", () => {
    const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "app", "lib"], { encoding: "utf8" })
      .split("\n")
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && f !== "lib/api/body.ts" && fs.existsSync(f));
    const reads = /\b(?:request|req)\.(?:json|text|formData|arrayBuffer|blob|body)\b/;
    expect(files.filter((f) => reads.test(fs.readFileSync(f, "utf8")))).toEqual([]);
  });
});
