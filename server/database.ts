// Where the scripts get their database: DATABASE_URL when set, otherwise the embedded
// PostgreSQL in .data/ (or .data-test/ for the tests). Migrations are applied here.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded-pg";
import { installQueue } from "../lib/jobs/queue";
import { migrateDeploy } from "./prisma-cli";

export const ROOT = path.resolve(__dirname, "..");

export interface Database {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

interface OpenOptions {
  dataDir?: string;
  preferredPort?: number;
  fresh?: boolean;
  /** Restart the embedded cluster whenever it dies (npm start). */
  supervise?: boolean;
  log?: (s: string) => void;
}

export async function openDatabase(opts: OpenOptions = {}): Promise<Database> {
  const log = opts.log ?? ((s: string) => console.log(s));
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const running = await startEmbeddedPostgres({
    // ATLAS_DATA_DIR lets a second cluster (benchmarks, say) run beside the app's.
    dataDir: opts.dataDir ?? process.env.ATLAS_DATA_DIR ?? path.join(ROOT, ".data"),
    database: "conflict_atlas",
    preferredPort: opts.preferredPort ?? 54329,
    fresh: opts.fresh,
    supervise: opts.supervise,
    log,
  });
  process.env.DATABASE_URL = running.url;
  return { url: running.url, embedded: true, stop: running.stop };
}

function migrationNames(): string[] {
  const dir = path.join(ROOT, "prisma/migrations");
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();
}

/** Names of committed migrations the database has not applied yet. */
export async function pendingMigrations(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const exists = await client.query(`SELECT to_regclass('public._prisma_migrations') AS t`);
    const applied = new Set<string>();
    if (exists.rows[0]?.t) {
      const r = await client.query<{ migration_name: string }>(
        `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      );
      for (const row of r.rows) applied.add(row.migration_name);
    }
    return migrationNames().filter((m) => !applied.has(m));
  } finally {
    await client.end();
  }
}

/** `prisma migrate deploy`, skipped when nothing is pending (it takes ~10 s even then), then the ingest queue's own schema. */
export async function applyMigrations(url: string, log: (s: string) => void = console.log): Promise<void> {
  const pending = await pendingMigrations(url);
  if (pending.length) {
    log(`Applying ${pending.length} migration(s): ${pending.join(", ")}`);
    await migrateDeploy(url);
  }
  // pg-boss keeps its tables in the schema pgboss and upgrades them itself, under an advisory lock.
  await installQueue(url);
}
