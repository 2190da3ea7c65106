// Logging in over real HTTP, through the production server (server/serve.ts) and a real
// PostgreSQL, from many loopback addresses: the limits count the socket's address (or the
// client a trusted proxy names), never an address the client wrote itself.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb } from "@/lib/db/client";
import { resetDatabase } from "@/lib/testing/db";
import { type SendOptions, type Served, send, startServe } from "@/lib/testing/serve";

const LOGIN_LIMIT = 8;
const PROXY = "127.0.0.9";
let server: Served;

const request = (p: string, opts: SendOptions = {}) => send(server.port, p, opts);
const login = (from: string, username: string, password: string, headers: Record<string, string> = {}) =>
  request("/api/auth/login", { method: "POST", from, headers, body: { username, password } });
const wrong = "not the password";

beforeAll(async () => {
  await resetDatabase();
  server = await startServe({
    ATLAS_TRUSTED_PROXIES: PROXY,
    ATLAS_RATE_LIMIT_LOGINS: String(LOGIN_LIMIT),
  });
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await disconnectDb();
});

describe("the client a limit counts", () => {
  it("is the socket's address: a new X-Forwarded-For or forged internal header on each guess does not escape it", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LOGIN_LIMIT + 2; i++) {
      const forged = { "x-forwarded-for": `198.51.100.${i}`, "x-real-ip": `198.51.100.${i}`, "x-atlas-client-address": `192.0.2.${i}` };
      statuses.push((await login("127.0.0.11", `guesser${i}`, wrong, forged)).status);
    }
    expect(statuses).toEqual([...Array(LOGIN_LIMIT).fill(401), 429, 429]);
  });

  it("behind a trusted proxy is the right-most hop of X-Forwarded-For that is not a trusted proxy", async () => {
    const viaProxy = (forwardedFor: string, i: number) => login(PROXY, `proxied${i}`, wrong, { "x-forwarded-for": forwardedFor });
    for (let i = 0; i < LOGIN_LIMIT; i++) expect((await viaProxy("198.51.100.20", i)).status).toBe(401);
    // The client wrote the left-hand hop itself; the proxy appended the address it saw.
    expect((await viaProxy("203.0.113.1, 198.51.100.20", 100)).status).toBe(429);
    expect((await viaProxy(`198.51.100.20, ${PROXY}`, 101)).status).toBe(429);
    expect((await viaProxy("198.51.100.21", 102)).status).toBe(401);
    // From an address that is not a trusted proxy, X-Forwarded-For counts for nothing.
    expect((await login("127.0.0.12", "direct", wrong, { "x-forwarded-for": "198.51.100.20" })).status).toBe(401);
  });
});
