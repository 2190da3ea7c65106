// The rate-limit windows in PostgreSQL: what one process counts, another over the same database sees.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/errors";
import { db, disconnectDb } from "@/lib/db/client";
import { limitLogins } from "./limits";
import { clientKey, countHit, peekLimit, rateLimit } from "./rate-limit";

afterAll(() => disconnectDb());

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e,
  );
const key = () => `test:${Math.random()}`;

describe("rateLimit", () => {
  it("lets the limit through, then answers 429 with the seconds left in the window", async () => {
    const k = key();
    for (let i = 0; i < 5; i++) await rateLimit(k, 5, 60_000);
    const refused = await refusal(rateLimit(k, 5, 60_000));
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).status).toBe(429);
    const wait = Number(/try again in (\d+) s/.exec((refused as ApiError).message)?.[1]);
    expect(wait).toBeGreaterThanOrEqual(59);
    expect(wait).toBeLessThanOrEqual(60);
  });

  it("counts each key apart, and a new window starts afresh", async () => {
    const [a, b] = [key(), key()];
    await rateLimit(a, 1, 300);
    await expect(rateLimit(b, 1, 300)).resolves.toBeUndefined();
    await expect(rateLimit(a, 1, 300)).rejects.toThrow(/Too many requests/);
    await new Promise((r) => setTimeout(r, 350));
    await expect(rateLimit(a, 1, 300)).resolves.toBeUndefined();
  });

  it("counts hits made by another connection to the database, as another instance's would be", async () => {
    const k = key();
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query(`INSERT INTO "RateLimitWindow" ("key", "count", "endsAt") VALUES ($1, 3, clock_timestamp() + interval '1 minute')`, [k]);
    } finally {
      await other.end();
    }
    await expect(rateLimit(k, 3, 60_000)).rejects.toThrow(/Too many requests/);
  });

  it("refuses the 11th login attempt in a minute from one address", async () => {
    await db().$executeRaw`DELETE FROM "RateLimitWindow" WHERE "key" = 'login:local'`;
    const request = new Request("http://localhost/api/auth/login");
    for (let i = 0; i < 10; i++) await limitLogins(request);
    await expect(limitLogins(request)).rejects.toThrow(/Too many requests/);
  });
});

describe("peekLimit", () => {
  it("counts nothing, and is refused once the count has reached the limit", async () => {
    const k = key();
    expect(await peekLimit(k, 2)).toBe(0);
    await countHit(k, 60_000);
    expect(await peekLimit(k, 2)).toBe(0);
    await countHit(k, 60_000);
    expect(await peekLimit(k, 2)).toBeGreaterThanOrEqual(59);
    expect(await peekLimit(k, 3)).toBe(0);
  });
});

describe("clientKey", () => {
  it("believes no header a client could send: outside server/serve.ts there is one client", () => {
    const headers = { "x-forwarded-for": "198.51.100.1", "x-real-ip": "198.51.100.2", "x-atlas-client-address": "198.51.100.3" };
    expect(clientKey(new Request("http://localhost/", { headers }))).toBe("local");
  });
});
