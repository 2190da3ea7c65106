// Database chores. `npx tsx scripts/db.ts migrate` applies pending migrations;
// `npx tsx scripts/db.ts diff NAME OLD.prisma` writes a new migration from the schema change
// (a throwaway embedded PostgreSQL serves as the adapter's connection).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations, openDatabase, ROOT } from "./lib/database";
import { startEmbeddedPostgres } from "./lib/embedded-pg";
import { runPrisma } from "./lib/prisma-cli";

async function diff(name: string, oldSchema: string) {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error("migration name: lowercase letters, digits and _ only");
  if (!fs.existsSync(oldSchema)) throw new Error(`${oldSchema}: no such file (the schema before your change)`);
  const scratch = await startEmbeddedPostgres({ dataDir: path.join(os.tmpdir(), "atlas-migrate-diff"), database: "diff", preferredPort: 54400, fresh: true });
  try {
    const r = await runPrisma(["migrate", "diff", "--from-schema-datamodel", oldSchema, "--to-schema-datamodel", "prisma/schema.prisma", "--script"], { databaseUrl: scratch.url });
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(ROOT, "prisma/migrations", `${stamp}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), r.stdout);
    console.log(`Wrote ${path.relative(ROOT, dir)}/migration.sql`);
  } finally {
    await scratch.stop();
  }
}

async function main() {
  const [cmd, ...args] = process.argv.slice(2);
  if (cmd === "migrate") {
    const database = await openDatabase();
    try {
      await applyMigrations(database.url);
      console.log("Database is up to date.");
    } finally {
      await database.stop();
    }
  } else if (cmd === "diff" && args[0] && args[1]) {
    await diff(args[0], args[1]);
  } else {
    console.error("usage: tsx scripts/db.ts migrate | diff NAME OLD_SCHEMA.prisma");
    process.exit(2);
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
