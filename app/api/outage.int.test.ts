// The database goes away while the app runs: the API answers 503 with a clear message, and
// recovers by itself when the database is back. A crash in the middle of writes leaves every
// article whole or absent, and the rollups equal to the rows.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getIncident } from "@/app/api/incidents/[id]/route";
import { GET as getIncidents } from "@/app/api/incidents/route";
import { GET as getProvinces } from "@/app/api/provinces/route";
import { db, disconnectDb } from "@/lib/db/client";
import { saveExtraction } from "@/lib/db/save-article";
import { extractArticle } from "@/lib/extract/index";
import { isAlive, startEmbeddedPostgres, type RunningDatabase } from "@/server/embedded-pg";
import { applyMigrations } from "@/server/database";
import { ROLLUPS } from "@/lib/db/rollups";
import { rollupDrift } from "@/lib/testing/db";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-outage-"));
let server: RunningDatabase;
let port = 0;
const originalUrl = process.env.DATABASE_URL;

async function start(fresh: boolean) {
  server = await startEmbeddedPostgres({ dataDir, database: "outage", preferredPort: port || 54361, fresh });
  port = Number(new URL(server.url).port);
  process.env.DATABASE_URL = server.url;
}

const call = async (h: (r: Request) => Promise<Response>, q = "") => {
  const r = await h(new Request(`http://localhost/api/x${q}`));
  return { status: r.status, body: (await r.json()) as { error?: { code: string; message: string } } };
};

function postmasterPid(): number {
  return Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
}

beforeAll(async () => {
  await disconnectDb();
  await start(true);
  await applyMigrations(server.url, () => {});
}, 120_000);

afterAll(async () => {
  await disconnectDb();
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.env.DATABASE_URL = originalUrl;
});

describe("database outage", () => {
  it("answers 503 in the error shape while PostgreSQL is down, and recovers without a restart", async () => {
    expect((await call(getProvinces)).status).toBe(200);
    await server.stop();
    for (const h of [getProvinces, getIncidents]) {
      const down = await call(h);
      expect(down.status).toBe(503);
      expect(down.body.error?.code).toBe("service_unavailable");
      expect(down.body.error?.message).toMatch(/database is unavailable/i);
    }
    await start(false);
    // The pool drops its dead connections and opens new ones.
    let status = 0;
    for (let i = 0; i < 5 && status !== 200; i++) status = (await call(getProvinces)).status;
    expect(status).toBe(200);
    expect((await call(getIncidents)).status).toBe(200);
  });
});

describe("the database dies under a request in flight", () => {
  it("answers 503, whether the request was in Prisma or on the pool", async () => {
    await saveExtraction(extractArticle({ raw: "Two soldiers were killed on Monday near Hama, a monitor said.", publishedAt: "2024-04-02" }));
    const { id } = await db().incident.findFirstOrThrow();
    // Another session holds the tables, so that both requests are waiting on PostgreSQL when it stops.
    const holder = new pg.Client({ connectionString: server.url });
    holder.on("error", () => {});
    await holder.connect();
    await holder.query("BEGIN");
    await holder.query(`LOCK TABLE "Incident", ${ROLLUPS.map((r) => `"${r.table}"`).join(", ")} IN ACCESS EXCLUSIVE MODE`);
    const inFlight = [
      call(getIncidents, "?minKilled=1"),
      getIncident(new Request(`http://localhost/api/incidents/${id}`), { params: Promise.resolve({ id: String(id) }) }).then(async (r) => ({
        status: r.status,
        body: (await r.json()) as { error?: { code: string; message: string } },
      })),
    ];
    try {
      await new Promise((r) => setTimeout(r, 500));
      await server.stop();
      const answers = await Promise.all(inFlight);
      expect(answers.map((a) => [a.status, a.body.error?.code])).toEqual([
        [503, "service_unavailable"],
        [503, "service_unavailable"],
      ]);
    } finally {
      await holder.end().catch(() => {});
      await start(false);
      await disconnectDb();
    }
  });
});

describe("a crash during writes", () => {
  it("leaves every article whole or absent, and the rollups equal to the rows", { timeout: 120_000 }, async () => {
    const articles = Array.from({ length: 30 }, (_, n) =>
      extractArticle({
        raw:
          `Report ${n}\n\n${3 + (n % 7)} soldiers were killed on Tuesday near Palmyra in Homs province, a monitor said ` +
          `(report ${n}).\n\nIn a separate attack, ${2 + (n % 5)} civilians were killed near Idlib on Monday (report ${n}).`,
        publishedAt: `2024-0${1 + (n % 9)}-15`,
        url: `https://example.org/crash/${n}`,
      }),
    );
    // Six writers save their articles back to back; the server is killed (SIGQUIT: no shutdown
    // checkpoint, WAL replay on restart) as soon as three articles are in, so that writes are
    // in flight when it dies, whatever the speed of the machine.
    let saved = 0;
    let crash!: () => void;
    const crashed = new Promise<void>((r) => (crash = r));
    const chains = Array.from({ length: 6 }, async (_, c) => {
      const results: unknown[] = [];
      for (let n = c; n < articles.length; n += 6) {
        results.push(
          await saveExtraction(articles[n]!, { actor: "crash-test" }).then(
            (r) => {
              if (++saved === 3) crash();
              return r;
            },
            () => "failed",
          ),
        );
      }
      return results;
    });
    await crashed;
    const pid = postmasterPid();
    process.kill(pid, "SIGQUIT");
    // Wait for the crashed server to be gone before starting it again on the same folder.
    for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    await start(false);
    // Writes caught by the crash fail; later ones succeed against the restarted server.
    const results = (
      await Promise.race([Promise.all(chains), new Promise<never>((_, reject) => setTimeout(() => reject(new Error("writes hung")), 60_000))])
    ).flat();
    expect(results.some((r) => r === "failed")).toBe(true);
    expect(results.some((r) => typeof r === "object")).toBe(true);
    await disconnectDb();

    const stored = await db().article.findMany({ where: { url: { startsWith: "https://example.org/crash/" } }, include: { sources: true } });
    for (const a of stored) {
      const expected = articles.find((x) => x.url === a.url)!;
      expect(a.sources.length, `article ${a.url} is whole`).toBe(expected.incidents.length);
    }
    const orphans = await db().incident.count({ where: { sources: { none: {} } } });
    expect(orphans).toBe(0);
    expect(await rollupDrift()).toEqual([]);
  });
});
