// Database chores. `npm run db:migrate` applies pending migrations; `npm run db:diff -- NAME
// OLD.prisma` writes a new migration from the schema change (a throwaway embedded PostgreSQL
// serves as the adapter's connection); `npm run db:rollup-sql -- NAME` writes the rollup
// functions generated from lib/db/rollups.ts as a new migration.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { rollupFunctionsSql } from "@/lib/db/rollups";
import { ROOT } from "@/server/database";
import { startEmbeddedPostgres } from "@/server/embedded-pg";
import { runPrisma } from "@/server/prisma-cli";
import { CliError, runCli, withDatabase } from "./with-database";

/** A new migration folder named after now and NAME. */
function writeMigration(name: string, sql: string): void {
  if (!/^[a-z0-9_]+$/.test(name)) throw new CliError("migration name: lowercase letters, digits and _ only", 2);
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(ROOT, "prisma/migrations", `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), sql);
  console.log(`Wrote ${path.relative(ROOT, dir)}/migration.sql`);
}

const ROLLUP_HEADER =
  "-- The rollup trigger and rebuild functions, generated from lib/db/rollups.ts by\n" +
  '-- `npm run db:rollup-sql`. Function bodies: semicolons written as \\073 (see the "scale" migration).\n\n';

async function diff(name: string, oldSchema: string) {
  if (!fs.existsSync(oldSchema)) throw new CliError(`${oldSchema}: no such file (the schema before your change)`);
  const scratch = await startEmbeddedPostgres({ dataDir: path.join(os.tmpdir(), "atlas-migrate-diff"), database: "diff", preferredPort: 54400, fresh: true });
  try {
    const r = await runPrisma(["migrate", "diff", "--from-schema-datamodel", oldSchema, "--to-schema-datamodel", "prisma/schema.prisma", "--script"], {
      databaseUrl: scratch.url,
    });
    writeMigration(name, r.stdout);
  } finally {
    await scratch.stop();
  }
}

const USAGE = "usage: npm run db:migrate | npm run db:diff -- NAME OLD_SCHEMA.prisma | npm run db:rollup-sql -- NAME";

runCli(async () => {
  const [cmd, ...args] = process.argv.slice(2);
  if (cmd === "migrate") {
    await withDatabase(async () => console.log("Database is up to date."));
  } else if (cmd === "diff" && args[0] && args[1]) {
    await diff(args[0], args[1]);
  } else if (cmd === "rollup-sql" && args[0]) {
    writeMigration(args[0], `${ROLLUP_HEADER + rollupFunctionsSql()}\n`);
  } else {
    throw new CliError(USAGE, 2);
  }
});
