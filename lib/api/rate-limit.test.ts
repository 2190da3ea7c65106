import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/errors";
import { limitLogins } from "./limits";
import { clientKey, FixedWindows, rateLimit } from "./rate-limit";

describe("FixedWindows", () => {
  it("allows the limit, refuses the next with the seconds left, and opens a new window after", () => {
    const w = new FixedWindows();
    for (let i = 0; i < 3; i++) expect(w.hit("k", 3, 60_000, 1_000 + i)).toBe(0);
    expect(w.hit("k", 3, 60_000, 31_000)).toBe(30);
    expect(w.hit("other", 3, 60_000, 31_000)).toBe(0);
    expect(w.hit("k", 3, 60_000, 61_000)).toBe(0);
  });

  it("peeks without counting: refused once the count has reached the limit", () => {
    const w = new FixedWindows();
    expect(w.peek("k", 2, 1_000)).toBe(0);
    w.hit("k", 2, 60_000, 1_000);
    expect(w.peek("k", 2, 2_000)).toBe(0);
    w.hit("k", 2, 60_000, 2_000);
    expect(w.peek("k", 2, 3_000)).toBe(58);
    expect(w.peek("k", 2, 3_000)).toBe(58);
    expect(w.peek("k", 2, 61_000)).toBe(0);
  });

  it("keeps each key's own window when it sweeps out old ones", () => {
    const w = new FixedWindows();
    w.hit("long", 1, 15 * 60_000, 0);
    for (let i = 0; i <= 10_001; i++) w.hit(`short${i}`, 1, 1_000, 120_000);
    expect(w.peek("long", 1, 120_000)).toBeGreaterThan(0);
  });
});

describe("rateLimit", () => {
  it("lets the limit through, then answers 429 with the wait", async () => {
    const key = `test:${Math.random()}`;
    for (let i = 0; i < 5; i++) await rateLimit(key, 5, 60_000);
    const refused = await rateLimit(key, 5, 60_000).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).status).toBe(429);
    expect((refused as ApiError).message).toMatch(/try again in \d+ s/);
  });

  it("counts each client apart, and a new window starts afresh", async () => {
    await rateLimit("test:a", 1, 50);
    await expect(rateLimit("test:b", 1, 50)).resolves.toBeUndefined();
    await new Promise((r) => setTimeout(r, 60));
    await expect(rateLimit("test:a", 1, 50)).resolves.toBeUndefined();
  });

  it("refuses the 11th login attempt in a minute from one address", async () => {
    const request = new Request("http://localhost/api/auth/login");
    for (let i = 0; i < 10; i++) await limitLogins(request);
    await expect(limitLogins(request)).rejects.toThrow(/Too many requests/);
  });
});

describe("clientKey", () => {
  it("believes no header a client could send: outside server/serve.ts there is one client", () => {
    const headers = { "x-forwarded-for": "198.51.100.1", "x-real-ip": "198.51.100.2", "x-atlas-client-address": "198.51.100.3" };
    expect(clientKey(new Request("http://localhost/", { headers }))).toBe("local");
  });
});
