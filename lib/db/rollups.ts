// The rollup tables, defined once: their keys and their sums, as SQL expressions over one
// incident row. From these definitions come the trigger and rebuild functions (written into a
// migration by `npm run db:rollup-sql`, and checked against it by rollups.test.ts), the row sums
// the queries use when no rollup can answer, and the drift check of the integration tests.
// No "server-only" marker: the migration tool and the tests read it too.

/** An incident row's columns in SQL: `r."killed"`, `i."killed"`, or bare `"killed"`. */
export type Col = (name: string) => string;
export const colOf =
  (alias: string | null): Col =>
  (name) =>
    alias ? `${alias}."${name}"` : `"${name}"`;

/**
 * The summing rule: what one incident adds to each sum. An incident with no killed figure
 * counts 0 killed and 1 "killedUnknown"; its low and high default to its best estimate.
 */
export const MEASURES = {
  incidents: { expr: (_c: Col) => "1", type: "bigint" },
  killed: { expr: (c: Col) => `COALESCE(${c("killed")}, 0)`, type: "bigint" },
  injured: { expr: (c: Col) => `COALESCE(${c("injured")}, 0)`, type: "bigint" },
  killedLow: { expr: (c: Col) => `COALESCE(${c("killedLow")}, ${c("killed")}, 0)`, type: "bigint" },
  killedHigh: { expr: (c: Col) => `COALESCE(${c("killedHigh")}, ${c("killed")}, 0)`, type: "bigint" },
  killedUnknown: { expr: (c: Col) => `CASE WHEN ${c("killed")} IS NULL THEN 1 ELSE 0 END`, type: "bigint" },
  // Incidents whose figure is a vague word's floor: a sum that includes one is itself a floor ("≥ 182").
  killedFloors: { expr: (c: Col) => `CASE WHEN ${c("killedVague")} AND ${c("killed")} IS NOT NULL THEN 1 ELSE 0 END`, type: "bigint" },
  injuredFloors: { expr: (c: Col) => `CASE WHEN ${c("injuredVague")} AND ${c("injured")} IS NOT NULL THEN 1 ELSE 0 END`, type: "bigint" },
  // Incidents that report an injured figure: a sum of 0 alone cannot tell "none reported" from "0 injured".
  injuredKnown: { expr: (c: Col) => `CASE WHEN ${c("injured")} IS NOT NULL THEN 1 ELSE 0 END`, type: "bigint" },
  sumLat: { expr: (c: Col) => c("lat"), type: "float" },
  sumLon: { expr: (c: Col) => c("lon"), type: "float" },
} as const;
export type Measure = keyof typeof MEASURES;

export interface RollupKey {
  name: string;
  expr: (c: Col) => string;
  /** The incident field an equality filter on this key tests (province, perpetrator). */
  field?: string;
}

export interface RollupTable {
  table: string;
  /** The time grain of its `month` or `year` key. */
  time: "month" | "year";
  keys: RollupKey[];
  measures: Measure[];
  /** Only incidents matching this condition are summed. */
  only?: (c: Col) => string;
  /** A finer rollup this one sums (its keys are a subset), so a rebuild reads that instead of the incidents. */
  rebuildFrom?: string;
}

/** The cell rollups' grids: cells of 1/8 and of 1/64 degree. */
export const CELLS_PER_DEGREE = 8;
export const FINE_CELLS_PER_DEGREE = 64;

const synthetic: RollupKey = { name: "synthetic", expr: (c) => c("synthetic") };
const month: RollupKey = { name: "month", expr: (c) => `COALESCE(date_trunc('month', ${c("date")})::date, DATE '0001-01-01')` };
const year: RollupKey = { name: "year", expr: (c) => `COALESCE(EXTRACT(YEAR FROM ${c("date")})::int, 0)` };
const text = (name: string): RollupKey => ({ name, field: name, expr: (c) => `COALESCE(${c(name)}, '')` });
const cell = (name: string, column: string, perDegree = CELLS_PER_DEGREE): RollupKey => ({ name, expr: (c) => `floor(${c(column)} * ${perDegree})::int` });
const COUNTS: Measure[] = ["incidents", "killed", "injured", "killedLow", "killedHigh", "killedUnknown", "killedFloors", "injuredFloors", "injuredKnown"];

/** Coarsest first: a query uses the first rollup that can answer it. */
export const ROLLUPS: RollupTable[] = [
  { table: "IncidentProvinceMonthRollup", time: "month", keys: [synthetic, month, text("province")], measures: COUNTS, rebuildFrom: "IncidentMonthRollup" },
  { table: "IncidentMonthRollup", time: "month", keys: [synthetic, month, text("province"), text("perpetrator")], measures: COUNTS },
  {
    table: "IncidentCellRollup",
    time: "year",
    keys: [synthetic, year, text("province"), text("perpetrator"), cell("cellX", "lon"), cell("cellY", "lat")],
    measures: ["incidents", "killed", "sumLat", "sumLon"],
    only: (c) => `${c("lat")} IS NOT NULL AND ${c("lon")} IS NOT NULL`,
  },
  // Cells of 1/64 degree for a map zoomed into a town, where counting the rows in view was the slow
  // part. No perpetrator key: a cell lies in one or two governorates, but crossed with every
  // perpetrator the table would grow to a sixth of the incidents; a perpetrator filter there reads rows.
  {
    table: "IncidentFineCellRollup",
    time: "year",
    keys: [synthetic, year, text("province"), cell("fineX", "lon", FINE_CELLS_PER_DEGREE), cell("fineY", "lat", FINE_CELLS_PER_DEGREE)],
    measures: ["incidents", "killed", "sumLat", "sumLon"],
    only: (c) => `${c("lat")} IS NOT NULL AND ${c("lon")} IS NOT NULL`,
  },
];

export const rollupTable = (table: string): RollupTable => {
  const t = ROLLUPS.find((r) => r.table === table);
  if (!t) throw new Error(`no rollup ${table}`);
  return t;
};

const q = (name: string) => `"${name}"`;

/** `SUM(expr) AS "name"` for each measure over incident rows: the sums when no rollup answers. */
export function rowSumsSql(measures: readonly Measure[], c: Col, cast = "::int"): string {
  return measures.map((m) => `COALESCE(SUM(${MEASURES[m].expr(c)}), 0)${cast} AS ${q(m)}`).join(", ");
}

/** `SUM(alias."m") AS "m"` for each measure over a rollup's stored sums. */
export function storedSumsSql(measures: readonly Measure[], alias: string, cast = "::int"): string {
  return measures.map((m) => `COALESCE(SUM(${alias}.${q(m)}), 0)${cast} AS ${q(m)}`).join(", ");
}

// Function bodies are E'' strings with each semicolon written as \073 (see the "scale" migration).
const SEMI = "\\073";

function applyStatement(t: RollupTable): string {
  const r = colOf("r");
  const cols = [...t.keys.map((k) => q(k.name)), ...t.measures.map(q)].join(", ");
  const values = [...t.keys.map((k) => k.expr(r).replaceAll("'", "''")), ...t.measures.map((m) => `sign * ${MEASURES[m].expr(r)}`)].join(", ");
  const sets = t.measures.map((m) => `${q(m)} = t.${q(m)} + EXCLUDED.${q(m)}`).join(", ");
  const insert =
    `INSERT INTO ${q(t.table)} AS t (${cols}) VALUES (${values}) ON CONFLICT ` + `(${t.keys.map((k) => q(k.name)).join(", ")}) DO UPDATE SET ${sets}${SEMI}`;
  return t.only ? `  IF ${t.only(r)} THEN\n    ${insert}\n  END IF${SEMI}` : `  ${insert}`;
}

function rebuildStatements(t: RollupTable): string {
  const cols = [...t.keys.map((k) => q(k.name)), ...t.measures.map(q)].join(", ");
  const groupBy = t.keys.map((_, n) => n + 1).join(", ");
  const del = `  DELETE FROM ${q(t.table)} WHERE "synthetic" = ds${SEMI}`;
  if (t.rebuildFrom) {
    const keys = t.keys.map((k) => q(k.name)).join(", ");
    const sums = t.measures.map((m) => `SUM(${q(m)})`).join(", ");
    return `${del}\n  INSERT INTO ${q(t.table)} (${cols}) SELECT ${keys}, ${sums} FROM ${q(t.rebuildFrom)} WHERE "synthetic" = ds GROUP BY ${groupBy}${SEMI}`;
  }
  const c = colOf(null);
  const keys = t.keys.map((k) => k.expr(c).replaceAll("'", "''")).join(", ");
  const sums = t.measures.map((m) => `SUM(${MEASURES[m].expr(c)})`).join(", ");
  const only = t.only ? ` AND ${t.only(c)}` : "";
  return (
    `${del}\n  INSERT INTO ${q(t.table)} (${cols}) SELECT ${keys}, ${sums} FROM "Incident" ` +
    `WHERE "synthetic" = ds AND "deletedAt" IS NULL${only} GROUP BY ${groupBy}${SEMI}`
  );
}

/** Rebuilding reads finer rollups first, so a rollup summed from another comes after it. */
function rebuildOrder(): RollupTable[] {
  const done: RollupTable[] = [];
  const visit = (t: RollupTable) => {
    if (done.includes(t)) return;
    if (t.rebuildFrom) visit(rollupTable(t.rebuildFrom));
    done.push(t);
  };
  ROLLUPS.forEach(visit);
  return done;
}

/** The trigger's and the rebuild's plpgsql functions, as a migration applies them. */
export function rollupFunctionsSql(): string {
  const apply = [`  IF r."deletedAt" IS NOT NULL THEN\n    RETURN${SEMI}\n  END IF${SEMI}`, ...ROLLUPS.map(applyStatement)].join("\n");
  const rebuild = rebuildOrder().map(rebuildStatements).join("\n");
  return [
    `CREATE OR REPLACE FUNCTION incident_rollup_apply(r "Incident", sign INTEGER) RETURNS void AS E'\nBEGIN\n${apply}\nEND${SEMI}\n' LANGUAGE plpgsql;`,
    `CREATE OR REPLACE FUNCTION incident_rollup_rebuild(ds BOOLEAN) RETURNS void AS E'\nBEGIN\n${rebuild}\nEND${SEMI}\n' LANGUAGE plpgsql;`,
  ].join("\n\n");
}

/**
 * Each rollup as stored (rows of zero counts left out) and as its definition over the live
 * incidents gives it, as two SELECTs with the same columns: the drift check compares them.
 */
export function rollupDefinitionQueries(t: RollupTable): { stored: string; defined: string } {
  const c = colOf(null);
  const round = (m: Measure, e: string) => (MEASURES[m].type === "float" ? `round((${e})::numeric, 4)` : `(${e})::bigint`);
  const counts = t.measures.filter((m) => MEASURES[m].type === "bigint");
  const nonzero = counts.map((m) => `${q(m)} <> 0`).join(" OR ");
  const keyNames = t.keys.map((k) => q(k.name)).join(", ");
  const stored = `SELECT ${keyNames}, ${t.measures.map((m) => `${round(m, q(m))} AS ${q(m)}`).join(", ")} FROM ${q(t.table)} WHERE ${nonzero}`;
  const keys = t.keys.map((k) => `${k.expr(c)} AS ${q(k.name)}`).join(", ");
  const sums = t.measures.map((m) => `${round(m, `SUM(${MEASURES[m].expr(c)})`)} AS ${q(m)}`).join(", ");
  const only = t.only ? ` AND ${t.only(c)}` : "";
  const defined = `SELECT ${keys}, ${sums} FROM "Incident" WHERE "deletedAt" IS NULL${only} GROUP BY ${t.keys.map((_, n) => n + 1).join(", ")}`;
  return { stored, defined };
}
