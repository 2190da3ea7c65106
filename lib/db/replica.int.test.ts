// Reads from a real streaming standby (lib/testing/replica.ts starts a primary and a standby of
// it for this file): reads go to the replica, a session that wrote reads the primary until the
// replica has replayed its write, and a replica that lags or stops sends reads to the primary.
// Pausing the standby's replay makes it hold older data than the primary, so a read shows which
// server answered it.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getIncidents } from "@/app/api/incidents/route";
import { GET as getReady } from "@/app/api/ready/route";
import { GET as getHealth } from "@/app/api/health/route";
import { sessionReads } from "@/lib/api/read-position";
import { disconnectDb } from "@/lib/db/client";
import { exportIncidents } from "@/lib/db/export";
import { listIncidents, provinceSummary } from "@/lib/db/incidents";
import { chooseReadServer, READ_POSITION_COOKIE, readsAfter, refreshReplicaStatus, writePosition } from "@/lib/db/replica";
import { filtersFromSearchParams } from "@/lib/incidents/filters";
import { createIncident } from "@/lib/testing/db";
import { type ReplicaPair, startReplicaPair } from "@/lib/testing/replica";
import { applyMigrations } from "@/server/database";

let pair: ReplicaPair;
let standby: pg.Client | null = null;
const log: string[] = [];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const homs = filtersFromSearchParams({ province: "Homs" });
const killedInHoms = async () => (await provinceSummary(homs)).find((p) => p.province === "Homs")!.killed;
const addKilled = (killed: number) =>
  createIncident({ evidence: `${killed} killed in Homs.`, province: "Homs", killed, date: new Date("2023-03-01"), datePrecision: "day" });

async function onStandby<T extends object>(sql: string): Promise<T[]> {
  if (!standby) {
    standby = new pg.Client({ connectionString: pair.replicaUrl });
    await standby.connect();
  }
  return (await standby.query<T>(sql)).rows;
}
const dropStandbyClient = async () => {
  await standby?.end().catch(() => {});
  standby = null;
};

/** Waits until the standby has replayed everything the primary has written so far. */
async function caughtUp(): Promise<number> {
  const target = await writePosition();
  const start = Date.now();
  for (;;) {
    const [r] = await onStandby<{ ok: boolean }>(`SELECT pg_last_wal_replay_lsn() >= '${target}'::pg_lsn AS ok`);
    if (r!.ok) return Date.now() - start;
    await sleep(5);
  }
}

/** The replica's state after a check that began after this call (an earlier one may be in flight). */
async function checked() {
  await refreshReplicaStatus();
  return refreshReplicaStatus();
}

beforeAll(async () => {
  pair = await startReplicaPair();
  process.env.DATABASE_URL = pair.primaryUrl;
  process.env.DATABASE_READ_URL = pair.replicaUrl;
  delete process.env.ATLAS_READ_MAX_LAG;
  // Migrated after the standby was made: the schema reaches it by streaming, like any write.
  await applyMigrations(pair.primaryUrl, () => {});
  await addKilled(4);
  log.push(`replay after the migrations and a first write: ${await caughtUp()} ms`);
});

afterAll(async () => {
  await dropStandbyClient();
  await disconnectDb();
  await pair?.stop();
  delete process.env.DATABASE_READ_URL;
  console.log(log.join("\n"));
});

describe("reads from a streaming replica", () => {
  it("sends reads to the replica, which holds what the primary wrote", async () => {
    const lags: number[] = [];
    for (const killed of [1, 2, 3]) {
      await addKilled(killed);
      lags.push(await caughtUp());
    }
    log.push(`replication lag after a write, 3 writes: ${lags.join(", ")} ms`);
    expect((await checked()).status).toBe("ok");
    expect((await chooseReadServer()).name).toBe("replica");
    expect(await killedInHoms()).toBe(10);
  });

  it("shows a session its own writes from the primary until the replica has replayed them", async () => {
    await onStandby("SELECT pg_wal_replay_pause()");
    await addKilled(5);
    const position = await writePosition();
    expect((await checked()).status).toBe("ok");
    // Anyone else still reads the replica, which has not replayed the write.
    expect(await killedInHoms()).toBe(10);
    let exported = 0;
    for await (const batch of exportIncidents(homs)) exported += batch.reduce((s, i) => s + (i.killed ?? 0), 0);
    expect(exported).toBe(10);
    // The session that wrote reads the primary.
    expect(await readsAfter(position, killedInHoms)).toBe(15);
    expect((await readsAfter(position, chooseReadServer)).name).toBe("primary");
    // Through the API: a write's response carries the position; a read sending it back sees the write.
    const written = await sessionReads(new Request("http://x/api/incidents/1", { method: "PATCH" }), async () => Response.json({}));
    const cookie = written.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(new RegExp(`^${READ_POSITION_COOKIE}=[0-9A-F]+/[0-9A-F]+; Path=/; Max-Age=15`));
    const total = async (headers: HeadersInit) => {
      const r = await getIncidents(new Request("http://x/api/incidents?province=Homs", { headers }));
      return ((await r.json()) as { total: number }).total;
    };
    expect(await total({})).toBe(4);
    expect(await total({ cookie: cookie.split(";")[0]! })).toBe(5);
    // Once replayed, the session is back on the replica.
    await onStandby("SELECT pg_wal_replay_resume()");
    await caughtUp();
    await checked();
    expect((await readsAfter(position, chooseReadServer)).name).toBe("replica");
    expect(await readsAfter(position, killedInHoms)).toBe(15);
    expect(await killedInHoms()).toBe(15);
  });

  it("keeps syncs (updatedSince) on the primary", async () => {
    await onStandby("SELECT pg_wal_replay_pause()");
    await addKilled(6);
    const since = { updatedSince: "2000-01-01T00:00:00Z" };
    expect((await listIncidents(homs, 100, since)).total).toBe(6);
    expect((await listIncidents(homs, 100)).total).toBe(5);
    await onStandby("SELECT pg_wal_replay_resume()");
    await caughtUp();
  });

  it("reads from the primary while the replica lags past ATLAS_READ_MAX_LAG, and says so", async () => {
    process.env.ATLAS_READ_MAX_LAG = "1";
    try {
      await checked();
      await onStandby("SELECT pg_wal_replay_pause()");
      await addKilled(7);
      await sleep(1500);
      const s = await checked();
      expect(s).toMatchObject({ status: "lagging", reads: "primary" });
      expect(s.lagSeconds).toBeGreaterThan(1);
      expect(await killedInHoms()).toBe(28);
      const ready = await getReady(new Request("http://x/api/ready"));
      expect(ready.status).toBe(200);
      expect(((await ready.json()) as { message: string }).message).toMatch(/lags .* more than 1 s; reads go to the primary/);
      await onStandby("SELECT pg_wal_replay_resume()");
      await caughtUp();
      expect((await checked()).status).toBe("ok");
    } finally {
      delete process.env.ATLAS_READ_MAX_LAG;
    }
  });

  it("falls back to the primary when the replica stops, and returns to it when it is back", async () => {
    await dropStandbyClient();
    const stoppedAt = Date.now();
    await pair.stopReplica();
    // The first read after the stop may still be sent to the replica: it is retried on the primary.
    expect(await readsAfter(null, () => provinceSummary(filtersFromSearchParams({ province: "Aleppo" })))).toHaveLength(14);
    log.push(`first read answered after the replica stopped: ${Date.now() - stoppedAt} ms after the stop`);
    const s = await checked();
    expect(s).toMatchObject({ status: "down", reads: "primary" });
    expect((await chooseReadServer()).name).toBe("primary");
    await addKilled(8);
    expect(await killedInHoms()).toBe(36);
    const ready = await getReady(new Request("http://x/api/ready"));
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { checks: { replica: { status: string; message: string } } };
    expect(body.checks.replica.status).toBe("down");
    expect(body.checks.replica.message).toMatch(/unreachable.*reads go to the primary/);

    const restartAt = Date.now();
    await pair.startReplica();
    await caughtUp();
    expect((await checked()).status).toBe("ok");
    log.push(`replica restarted and caught up, reads back on it: ${Date.now() - restartAt} ms`);
    await onStandby("SELECT pg_wal_replay_pause()");
    await addKilled(9);
    expect(await killedInHoms()).toBe(36);
    await onStandby("SELECT pg_wal_replay_resume()");
  });
});

describe("/api/health and /api/ready", () => {
  it("health answers without asking the database", async () => {
    const r = await getHealth(new Request("http://x/api/health"));
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ status: "ok" });
  });

  it("ready is 503 in the one error shape while a migration has failed", async () => {
    const primary = new pg.Client({ connectionString: pair.primaryUrl });
    await primary.connect();
    try {
      await primary.query(
        `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count) VALUES ('t', 'x', '29990101000000_broken', now(), 0)`,
      );
      const r = await getReady(new Request("http://x/api/ready"));
      expect(r.status).toBe(503);
      const body = (await r.json()) as { error: { code: string; message: string; checks: { migrations: { failed: string[] } } } };
      expect(body.error.code).toBe("service_unavailable");
      expect(body.error.message).toMatch(/29990101000000_broken \(failed\)/);
      expect(body.error.checks.migrations.failed).toEqual(["29990101000000_broken"]);
    } finally {
      await primary.query(`DELETE FROM _prisma_migrations WHERE id = 't'`);
      await primary.end();
    }
    const ok = await getReady(new Request("http://x/api/ready"));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ status: "ready", checks: { database: { ok: true }, migrations: { ok: true, pending: [] } } });
  });
});
