// What /api/ready reports: the primary answers, every committed migration is applied, and where
// reads go (lib/db/replica.ts).
import fs from "node:fs";
import path from "node:path";
import { primary } from "@/lib/db/client";
import { type ReplicaStatus, refreshReplicaStatus } from "@/lib/db/replica";

export interface Readiness {
  ready: boolean;
  message: string;
  checks: {
    database: { ok: boolean; message: string };
    migrations: { ok: boolean; applied: number; pending: string[]; failed: string[] };
    replica: ReplicaStatus;
  };
}

/** The migrations the code expects, from the folder `npm start` applies them from; null when it is not shipped. */
function committedMigrations(): string[] | null {
  const dir = path.join(process.cwd(), "prisma/migrations");
  if (!fs.existsSync(dir)) return null;
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name);
}

async function migrationState(): Promise<Readiness["checks"]["migrations"]> {
  const { rows } = await primary
    .pool()
    .query<{ name: string; done: boolean }>(
      `SELECT migration_name AS name, finished_at IS NOT NULL AS done FROM _prisma_migrations WHERE rolled_back_at IS NULL`,
    );
  const applied = new Set(rows.filter((r) => r.done).map((r) => r.name));
  const failed = rows.filter((r) => !r.done).map((r) => r.name);
  const pending = (committedMigrations() ?? []).filter((m) => !applied.has(m));
  return { ok: !pending.length && !failed.length, applied: applied.size, pending, failed };
}

export async function readiness(): Promise<Readiness> {
  const replica = await refreshReplicaStatus();
  let migrations: Readiness["checks"]["migrations"];
  try {
    migrations = await migrationState();
  } catch (e) {
    const message = `The database is unreachable or not migrated (${(e as Error).message}).`;
    const none = { ok: false, applied: 0, pending: [], failed: [] };
    return { ready: false, message, checks: { database: { ok: false, message }, migrations: none, replica } };
  }
  const database = { ok: true, message: "The primary answers." };
  const message = migrations.ok
    ? `Ready. ${replica.message}`
    : `Migrations not applied: ${[...migrations.failed.map((m) => `${m} (failed)`), ...migrations.pending].join(", ")}.`;
  return { ready: migrations.ok, message, checks: { database, migrations, replica } };
}
