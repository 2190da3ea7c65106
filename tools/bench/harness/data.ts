// The benchmark's data: the synthetic set loaded (and how long that took), its size on disk.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { ROOT } from "@/server/database";
import { track } from "./lifecycle";
import { log } from "./log";
import { fmtInt } from "./stats";

// Database: size, load, vacuum

export async function withPg<T>(url: string, f: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}

export const syntheticCount = (url: string) =>
  withPg(url, async (c) => Number((await c.query(`SELECT COUNT(*)::bigint AS n FROM "Incident" WHERE "synthetic" = true`)).rows[0].n));

export interface Sizes {
  database: number;
  incidentTable: number;
  incidentIndexes: number;
  indexes: { name: string; bytes: number }[];
  monthRollup: number;
  monthRollupRows: number;
  provinceRollup: number;
  provinceRollupRows: number;
  cellRollup: number;
  cellRollupRows: number;
  /** Older runs' memos lack it. */
  fineCellRollup?: number;
  fineCellRollupRows?: number;
  allIncidents: number;
}

export async function sizes(url: string): Promise<Sizes> {
  return withPg(url, async (c) => {
    const one = async (sql: string) => Number((await c.query(sql)).rows[0].v);
    const indexes = (
      await c.query(
        `SELECT indexrelid::regclass::text AS name, pg_relation_size(indexrelid) AS ` +
          `bytes FROM pg_index WHERE indrelid = '"Incident"'::regclass ORDER BY 2 DESC`,
      )
    ).rows.map((r) => ({ name: String(r.name).replace(/"/g, ""), bytes: Number(r.bytes) }));
    return {
      database: await one(`SELECT pg_database_size(current_database()) AS v`),
      incidentTable: await one(`SELECT pg_table_size('"Incident"') AS v`),
      incidentIndexes: await one(`SELECT pg_indexes_size('"Incident"') AS v`),
      indexes,
      monthRollup: await one(`SELECT pg_total_relation_size('"IncidentMonthRollup"') AS v`),
      monthRollupRows: await one(`SELECT COUNT(*) AS v FROM "IncidentMonthRollup"`),
      provinceRollup: await one(`SELECT pg_total_relation_size('"IncidentProvinceMonthRollup"') AS v`),
      provinceRollupRows: await one(`SELECT COUNT(*) AS v FROM "IncidentProvinceMonthRollup"`),
      cellRollup: await one(`SELECT pg_total_relation_size('"IncidentCellRollup"') AS v`),
      cellRollupRows: await one(`SELECT COUNT(*) AS v FROM "IncidentCellRollup"`),
      fineCellRollup: await one(`SELECT pg_total_relation_size('"IncidentFineCellRollup"') AS v`),
      fineCellRollupRows: await one(`SELECT COUNT(*) AS v FROM "IncidentFineCellRollup"`),
      allIncidents: await one(`SELECT COUNT(*) AS v FROM "Incident"`),
    };
  });
}

export interface LoadInfo {
  incidents: number;
  seconds: number;
  date: string;
  /** Measured in this run (false: remembered from the run that loaded the data). */
  thisRun: boolean;
}

function loadMemoFile(): string | null {
  const dir = process.env.ATLAS_DATA_DIR;
  return dir && fs.existsSync(dir) ? path.join(dir, "atlas-bench-load.json") : null;
}

export function runChild(cmd: string, argv: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const child = track(spawn(cmd, argv, { cwd: ROOT, stdio: "inherit", env }));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${cmd} ${argv.join(" ")} failed (exit ${code})`));
    });
  });
}

export async function loadSynthetic(url: string, incidents: number): Promise<LoadInfo> {
  log(`Loading ${fmtInt(incidents)} synthetic incidents: npx tsx tools/cli/seed-synthetic.ts --clear --incidents ${incidents}`);
  const t0 = process.hrtime.bigint();
  await runChild("npx", ["tsx", "tools/cli/seed-synthetic.ts", "--clear", "--incidents", String(incidents)], { ...process.env, DATABASE_URL: url });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const info: LoadInfo = { incidents, seconds, date: new Date().toISOString(), thisRun: true };
  const memo = loadMemoFile();
  if (memo) fs.writeFileSync(memo, JSON.stringify(info, null, 2));
  return info;
}

export function rememberedLoad(): LoadInfo | null {
  const memo = loadMemoFile();
  if (!memo || !fs.existsSync(memo)) return null;
  try {
    return { ...(JSON.parse(fs.readFileSync(memo, "utf8")) as LoadInfo), thisRun: false };
  } catch {
    return null;
  }
}
