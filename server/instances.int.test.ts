// Two instances of the production server (server/serve.ts) on two ports over one database, as
// behind a load balancer: a login made on one is valid on the other, a logout on one ends it on
// both, a rate limit counted on one holds on the other, and what one writes the other reads at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertEditor } from "@/lib/auth/editors";
import { disconnectDb } from "@/lib/db/client";
import { resetDatabase } from "@/lib/testing/db";
import { type SendOptions, type Served, send, startServe } from "@/lib/testing/serve";

const LOGIN_LIMIT = 4;
const PASSWORD = "a long enough passphrase";
let a: Served;
let b: Served;

const on = (s: Served, p: string, opts: SendOptions = {}) => send(s.port, p, opts);
const login = (s: Served, from: string, password = PASSWORD) => on(s, "/api/auth/login", { method: "POST", from, body: { username: "editor", password } });
const sessionOf = (setCookie: string[] | undefined) => /atlas_session=([^;]+)/.exec(setCookie?.join("\n") ?? "")?.[1] ?? "";

/** A write that needs an editor's session: adding an article (201), refused without a live session (401). */
const addArticle = (s: Served, session: { cookie: string; csrf: string }, text: string) =>
  on(s, "/api/articles", {
    method: "POST",
    headers: { cookie: `atlas_session=${session.cookie}`, "x-csrf-token": session.csrf },
    body: { text, publishedAt: "2024-03-14", source: "Test Wire" },
  });

beforeAll(async () => {
  await resetDatabase();
  await upsertEditor("editor", PASSWORD);
  await disconnectDb();
  // One worker each: two instances, as two machines would run them; the limit is small to reach.
  const env = { ATLAS_WORKERS: "1", ATLAS_RATE_LIMIT_LOGINS: String(LOGIN_LIMIT) };
  [a, b] = await Promise.all([startServe(env), startServe(env)]);
}, 240_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
});

describe("two instances over one database", () => {
  it("accept on one a login made on the other, and a logout on one ends the session on both", async () => {
    const r = await login(a, "127.0.0.21");
    expect(r.status).toBe(200);
    const session = { cookie: sessionOf(r.headers["set-cookie"]), csrf: (JSON.parse(r.text) as { csrfToken: string }).csrfToken };
    expect(session.cookie).not.toBe("");

    const text = "Three soldiers were killed on Monday near Palmyra in Homs province, a monitor said.";
    expect((await addArticle(b, session, text)).status).toBe(201);

    const out = await on(b, "/api/auth/logout", {
      method: "POST",
      headers: { cookie: `atlas_session=${session.cookie}`, "x-csrf-token": session.csrf },
    });
    expect(out.status).toBe(200);
    for (const s of [a, b]) expect((await addArticle(s, session, `${text} (again)`)).status).toBe(401);
  });

  it("count a client's login attempts together: the 5th of a limit of 4 is refused on either", async () => {
    const from = "127.0.0.22";
    const statuses: number[] = [];
    for (const s of [a, b, a, b]) statuses.push((await login(s, from, "wrong")).status);
    expect(statuses).toEqual([401, 401, 401, 401]);
    expect((await login(a, from)).status).toBe(429);
    expect((await login(b, from)).status).toBe(429);
    // Another client is not affected.
    expect((await login(b, "127.0.0.23")).status).toBe(200);
  });

  it("serve on one what the other just wrote, though the reader had the answer cached", async () => {
    const r = await login(a, "127.0.0.24");
    const session = { cookie: sessionOf(r.headers["set-cookie"]), csrf: (JSON.parse(r.text) as { csrfToken: string }).csrfToken };
    const killedInAleppo = async () => {
      const { provinces } = JSON.parse((await on(b, "/api/provinces")).text) as { provinces: { province: string; killed: number }[] };
      return provinces.find((p) => p.province === "Aleppo")?.killed ?? 0;
    };
    const before = await killedInAleppo();
    expect(await killedInAleppo()).toBe(before);
    const text = "Nine civilians were killed on Friday in an air strike on Al-Bab in Aleppo province, a monitor said.";
    expect((await addArticle(a, session, text)).status).toBe(201);
    expect(await killedInAleppo()).toBe(before + 9);
  });
});
