// As root, PostgreSQL runs as the postgres user, who cannot enter a project kept in a closed folder
// (/root/atlas): the cluster must then live where that user can reach it, and still start.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, expect, it } from "vitest";

const closed = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-closed-"));
const runtime = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-runtime-"));
afterAll(() => {
  for (const dir of [closed, runtime]) fs.rmSync(dir, { recursive: true, force: true });
});

// Only root is affected (anyone else runs PostgreSQL as themselves and reaches their own folders), and only
// root can chown a cluster to the postgres user: for other users this test is skipped.
it.runIf(process.getuid?.() === 0)(
  "starts a root's cluster for a project other users cannot enter",
  async () => {
    process.env.ATLAS_PG_RUNTIME = runtime;
    const { startEmbeddedPostgres } = await import("./embedded-pg");
    const dataDir = path.join(closed, "project", ".data");
    const server = await startEmbeddedPostgres({ dataDir, database: "closed", preferredPort: 54371, fresh: true });
    try {
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      const { rows } = await client.query("SELECT current_database() AS name");
      await client.end();
      expect(rows[0].name).toBe("closed");
      expect(fs.readdirSync(path.join(runtime, "clusters"))).toEqual([expect.stringMatching(/^data-[0-9a-f]{12}$/)]);
      expect(fs.existsSync(dataDir)).toBe(false);
    } finally {
      await server.stop();
    }
  },
  120_000,
);
