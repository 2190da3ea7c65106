// Writes the rollup tables' trigger and rebuild functions, generated from their definitions in
// lib/db/rollups.ts, as a new migration: `npm run db:rollup-sql -- NAME`. Run it after changing
// a rollup's keys or sums (with the table change written beside it in the same migration);
// lib/db/rollups.test.ts fails until the newest migration holds what the definitions generate.
import fs from "node:fs";
import path from "node:path";
import { rollupFunctionsSql } from "../../lib/db/rollups";

const ROOT = path.resolve(import.meta.dirname, "../..");

function stamp(d = new Date()): string {
  return d.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

function main(name: string | undefined): number {
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error("usage: npm run db:rollup-sql -- NAME   (lower case, digits and underscores)");
    return 2;
  }
  const dir = path.join(ROOT, "prisma", "migrations", `${stamp()}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  const header = "-- The rollup trigger and rebuild functions, generated from lib/db/rollups.ts by\n-- `npm run db:rollup-sql`. Function bodies: semicolons written as \\073 (see the \"scale\" migration).\n\n";
  fs.writeFileSync(path.join(dir, "migration.sql"), `${header}${rollupFunctionsSql()}\n`);
  console.log(`wrote ${path.relative(ROOT, dir)}/migration.sql`);
  return 0;
}

process.exitCode = main(process.argv[2]);
