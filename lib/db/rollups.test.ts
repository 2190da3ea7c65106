import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MEASURES, ROLLUPS, rollupFunctionsSql, rowSumsSql, colOf } from "./rollups";

const MIGRATIONS = path.resolve(import.meta.dirname, "../../prisma/migrations");

/** The newest migration that (re)defines the rollup trigger function. */
function newestRollupMigration(): string {
  const dirs = fs
    .readdirSync(MIGRATIONS)
    .filter((d) => fs.existsSync(path.join(MIGRATIONS, d, "migration.sql")))
    .sort();
  const defining = dirs.filter((d) => fs.readFileSync(path.join(MIGRATIONS, d, "migration.sql"), "utf8").includes("FUNCTION incident_rollup_apply"));
  return fs.readFileSync(path.join(MIGRATIONS, defining.at(-1)!, "migration.sql"), "utf8");
}

describe("rollup definitions", () => {
  it("are what the newest migration installs (run `npm run db:rollup-sql -- NAME` after changing them)", () => {
    expect(newestRollupMigration()).toContain(rollupFunctionsSql());
  });

  it("sum every measure they list, in the trigger and in the rebuild", () => {
    const sql = rollupFunctionsSql();
    for (const t of ROLLUPS) {
      for (const m of t.measures) expect(sql).toContain(`sign * ${MEASURES[m].expr(colOf("r"))}`);
      expect(sql).toContain(`DELETE FROM "${t.table}"`);
    }
  });

  it("give the row sums the same rule as the trigger", () => {
    expect(rowSumsSql(["killedLow"], colOf("i"))).toBe(`COALESCE(SUM(COALESCE(i."killedLow", i."killed", 0)), 0)::int AS "killedLow"`);
  });
});
