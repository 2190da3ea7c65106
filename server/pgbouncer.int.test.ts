// The app through PgBouncer in transaction mode (Debian's pgbouncer, installed with apt-get when
// missing: lib/testing/pgbouncer.ts): the integration tests of the read and write paths run again
// with DATABASE_URL pointing at the pooler, whose two server connections the tests' many client
// connections share. Interactive transactions, the advisory lock writers take, the read cache's
// snapshot query, COPY exports, sessions, the rate-limit windows and the ingest queue (pg-boss) all go through it.
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Bouncer, ensurePgbouncer, startPgbouncer } from "@/lib/testing/pgbouncer";

const ROOT = path.resolve(__dirname, "..");
const POOL_SIZE = 2;
/** The read and write paths: handlers called directly, and auth.int.test.ts through server/serve.ts over HTTP. */
const FILES = [
  "app/api/api.int.test.ts",
  "app/api/write.int.test.ts",
  "app/api/concurrency.int.test.ts",
  "app/api/merge-split.int.test.ts",
  "app/api/export.int.test.ts",
  "app/api/tally-review.int.test.ts",
  "app/api/auth.int.test.ts",
  "app/api/feeds.int.test.ts",
  "lib/db/read-cache.int.test.ts",
  "lib/db/rollups.int.test.ts",
  "lib/db/clusters.int.test.ts",
  "lib/api/rate-limit.int.test.ts",
  "tools/cli/editor.int.test.ts",
];

const found = ensurePgbouncer();
// Said where the run prints it: a skipped test should say why.
if ("missing" in found) console.log(`[test] Skipping the PgBouncer tests: ${found.missing}`);

let bouncer: Bouncer;

/** PgBouncer's admin console (simple queries only): one row per line of `SHOW what`. */
async function show(what: string): Promise<Record<string, unknown>[]> {
  const u = new URL(bouncer.url);
  u.pathname = "/pgbouncer";
  const admin = new pg.Client({ connectionString: u.toString() });
  await admin.connect();
  try {
    return (await admin.query(`SHOW ${what}`)).rows;
  } finally {
    await admin.end();
  }
}

function runVitest(files: string[], env: Record<string, string>): Promise<{ code: number; output: string }> {
  // Without the outer run's own variables, the inner vitest is a run of its own.
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, NO_COLOR: "1" };
  for (const k of Object.keys(childEnv)) if (k.startsWith("VITEST") || k === "TEST") delete childEnv[k];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, "node_modules/vitest/vitest.mjs"), "run", "-c", "vitest.int.config.mts", ...files], {
      cwd: ROOT,
      env: childEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d));
    child.stderr.on("data", (d: Buffer) => (output += d));
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

describe.skipIf("missing" in found)("through PgBouncer in transaction mode", () => {
  beforeAll(async () => {
    if ("missing" in found) return;
    bouncer = await startPgbouncer(found.binary, process.env.DATABASE_URL!, { poolSize: POOL_SIZE });
  });
  afterAll(async () => {
    await bouncer?.stop();
  });

  it("passes the read and write integration tests, many clients sharing two server connections", { timeout: 600_000 }, async () => {
    const run = await runVitest(FILES, { DATABASE_URL: bouncer.url });
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(new RegExp(`Test Files\\s+${FILES.length} passed`));

    const pools = await show("POOLS");
    const database = new URL(bouncer.url).pathname.slice(1);
    const servers = (await show("SERVERS")).filter((s) => s.database === database);
    expect(pools.find((p) => p.database === database)?.pool_mode).toBe("transaction");
    expect(servers.length).toBeLessThanOrEqual(POOL_SIZE);
    const stats = (await show("STATS")).find((s) => s.database === database)!;
    const logins = bouncer.log().match(/login attempt: db=/g)?.length ?? 0;
    console.log(`[pgbouncer] ${stats.total_xact_count} transactions from ${logins} client connections on ${servers.length} server connection(s)`);
    // Thousands of transactions, from far more client connections than the two servers.
    expect(Number(stats.total_xact_count)).toBeGreaterThan(1_000);
    expect(logins).toBeGreaterThan(10 * POOL_SIZE);
  });
});
