import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/errors";
import { limitLogins, rateLimit } from "./rate-limit";

describe("rateLimit", () => {
  it("lets the limit through, then answers 429 with the wait", () => {
    const key = `test:${Math.random()}`;
    for (let i = 0; i < 5; i++) rateLimit(key, 5, 60_000);
    try {
      rateLimit(key, 5, 60_000);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ApiError);
      expect((e as ApiError).status).toBe(429);
      expect((e as ApiError).message).toMatch(/try again in \d+ s/);
    }
  });

  it("counts each client apart, and a new window starts afresh", async () => {
    rateLimit("test:a", 1, 50);
    expect(() => rateLimit("test:b", 1, 50)).not.toThrow();
    await new Promise((r) => setTimeout(r, 60));
    expect(() => rateLimit("test:a", 1, 50)).not.toThrow();
  });

  it("refuses the 11th login attempt in a minute from one address", () => {
    const request = new Request("http://localhost/api/auth/login", { headers: { "x-forwarded-for": "203.0.113.7" } });
    for (let i = 0; i < 10; i++) limitLogins(request);
    expect(() => limitLogins(request)).toThrow(/Too many requests/);
  });
});
