// Logging in and writing over real HTTP, through the production server (server/serve.ts) and a
// real PostgreSQL, from many loopback addresses: the limits count the socket's address (or the
// client a trusted proxy names), password guessing is slowed without locking the editor out,
// anonymous writes do not use up an editor's, and the page after login stays on this site.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken, upsertEditor } from "@/lib/auth/editors";
import { disconnectDb } from "@/lib/db/client";
import { resetDatabase } from "@/lib/testing/db";
import { type SendOptions, type Served, send, startServe } from "@/lib/testing/serve";

const LOGIN_LIMIT = 8;
const WRITE_LIMIT = 5;
const PROXY = "127.0.0.9";
const PASSWORD = { alice: "alice's long passphrase", bob: "bob's long passphrase", carol: "carol's long passphrase" };
let server: Served;
let aliceToken = "";
let bobToken = "";

const request = (p: string, opts: SendOptions = {}) => send(server.port, p, opts);
const login = (from: string, username: string, password: string, headers: Record<string, string> = {}) =>
  request("/api/auth/login", { method: "POST", from, headers, body: { username, password } });
const restore = (from: string, headers: Record<string, string> = {}) => request("/api/incidents/999999/restore", { method: "POST", from, headers });
const wrong = "not the password";

beforeAll(async () => {
  await resetDatabase();
  for (const [name, password] of Object.entries(PASSWORD)) await upsertEditor(name, password);
  aliceToken = await createApiToken("alice", "limits-test");
  bobToken = await createApiToken("bob", "limits-test");
  server = await startServe({
    ATLAS_TRUSTED_PROXIES: PROXY,
    ATLAS_RATE_LIMIT_LOGINS: String(LOGIN_LIMIT),
    ATLAS_RATE_LIMIT_WRITES: String(WRITE_LIMIT),
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

describe("password guessing", () => {
  it("wrong passwords for alice from one address, even naming alice's address, do not lock alice out at hers", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await login("127.0.0.13", "alice", wrong, { "x-forwarded-for": "127.0.0.14" })).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.at(-1)).toBe(429);
    expect((await login("127.0.0.14", "alice", PASSWORD.alice)).status).toBe(200);
  });

  it("refuses an address after 5 wrong passwords for one account, even the right one, but not its guesses at others", async () => {
    for (let i = 0; i < 5; i++) expect((await login("127.0.0.15", "carol", wrong)).status).toBe(401);
    const refused = await login("127.0.0.15", "carol", PASSWORD.carol);
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.text).error).toMatchObject({ code: "too_many_requests", message: expect.stringMatching(/try again in \d+ s/) });
    expect((await login("127.0.0.15", "dave", wrong)).status).toBe(401);
  });

  it("under guessing from many addresses, refuses those that failed and still lets the editor in from a fresh one", async () => {
    // 20 wrong passwords for bob from 5 addresses: bob's account is under attack.
    for (let a = 20; a < 25; a++) for (let i = 0; i < 4; i++) expect((await login(`127.0.0.${a}`, "bob", wrong)).status).toBe(401);
    expect((await login("127.0.0.20", "bob", PASSWORD.bob)).status).toBe(429);
    // A new address gets one guess.
    expect((await login("127.0.0.25", "bob", wrong)).status).toBe(401);
    expect((await login("127.0.0.25", "bob", wrong)).status).toBe(429);
    expect((await login("127.0.0.26", "bob", PASSWORD.bob)).status).toBe(200);
  });
});

describe("writes", () => {
  it("count anonymous attempts per address, apart from the editor's writes", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < WRITE_LIMIT + 2; i++) statuses.push((await restore("127.0.0.40")).status);
    expect(statuses).toEqual([...Array(WRITE_LIMIT).fill(401), 429, 429]);
    // The same address with a valid token: authenticated, so not in the anonymous bucket (no incident 999999: 404).
    expect((await restore("127.0.0.40", { authorization: `Bearer ${aliceToken}` })).status).toBe(404);
    expect((await restore("127.0.0.41")).status).toBe(401);
  });

  it("count an editor's writes per editor, from wherever they come", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < WRITE_LIMIT + 1; i++) statuses.push((await restore(`127.0.0.${42 + i}`, { authorization: `Bearer ${bobToken}` })).status);
    expect(statuses).toEqual([...Array(WRITE_LIMIT).fill(404), 429]);
  });
});

describe("the login page", () => {
  it("sends the Continue link only to a path on this site", async () => {
    const ok = await login("127.0.0.60", "carol", PASSWORD.carol);
    expect(ok.status).toBe(200);
    const cookie = String(ok.headers["set-cookie"]).split(";")[0]!;
    const continueHref = async (next: string) => {
      const page = await request(`/login?next=${next}`, { headers: { cookie } });
      return /<a [^>]*href="([^"]*)"[^>]*>Continue/.exec(page.text)?.[1];
    };
    for (const next of ["/%5C127.0.0.1:4299/pwned", "/%09/127.0.0.1:4299/pwned", "//127.0.0.1:4299/pwned", "/%2F127.0.0.1:4299", "https://127.0.0.1:4299/"]) {
      expect(await continueHref(next), next).toBe("/");
    }
    expect(await continueHref("/incidents/12")).toBe("/incidents/12");
  });
});
