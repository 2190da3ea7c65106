// Scenario: the naive way, for comparison: the matching rows through Prisma's findMany, summed
// in JavaScript, for the timeline and the governorate sums; its ratio to the API's answer.
import { getJson, q } from "@/tools/bench/harness/context";
import type { LoadResult } from "@/tools/bench/harness/load";
import { log } from "@/tools/bench/harness/log";
import { fmtInt, fmtMs, mdTable, median } from "@/tools/bench/harness/stats";
import type { EndpointResults } from "./endpoints";

export interface NaiveCase {
  name: string;
  label: string;
  /** The API endpoint it is compared with (its p50 at 1 connection). */
  api: string;
  runsMs: number[];
  rows: number;
  /** The naive totals equal the API's. */
  agrees: boolean;
}

export async function naive(base: string, runs: number): Promise<NaiveCase[]> {
  const { db } = await import("@/lib/db/client");
  const prisma = db();
  const baseWhere = { synthetic: true, deletedAt: null };
  const y2016 = { gte: new Date("2016-01-01T00:00:00Z"), lt: new Date("2017-01-01T00:00:00Z") };
  type Tot = { incidents: number; killed: number; injured: number };
  const add = (m: Map<string, Tot>, k: string, killed: number | null, injured: number | null) => {
    const t = m.get(k) ?? { incidents: 0, killed: 0, injured: 0 };
    t.incidents++;
    t.killed += killed ?? 0;
    t.injured += injured ?? 0;
    m.set(k, t);
  };
  const total = (ts: Iterable<Tot>) => {
    let i = 0;
    let k = 0;
    for (const t of ts) {
      i += t.incidents;
      k += t.killed;
    }
    return `${i}/${k}`;
  };

  const cases: { name: string; label: string; api: string; apiPath: string; run: () => Promise<{ rows: number; totals: string }> }[] = [
    {
      name: "timeline",
      label: "timeline by month (all)",
      api: "timeline",
      apiPath: `/api/stats/timeline?${q({})}`,
      run: async () => {
        const rows = await prisma.incident.findMany({ where: { ...baseWhere, date: { not: null } }, select: { date: true, killed: true, injured: true } });
        const m = new Map<string, Tot>();
        for (const r of rows) add(m, `${r.date!.toISOString().slice(0, 7)}-01`, r.killed, r.injured);
        return { rows: rows.length, totals: total(m.values()) };
      },
    },
    {
      name: "timeline-homs",
      label: "timeline by month, province=Homs",
      api: "timeline-homs",
      apiPath: `/api/stats/timeline?${q({ province: "Homs" })}`,
      run: async () => {
        const rows = await prisma.incident.findMany({
          where: { ...baseWhere, province: "Homs", date: { not: null } },
          select: { date: true, killed: true, injured: true },
        });
        const m = new Map<string, Tot>();
        for (const r of rows) add(m, `${r.date!.toISOString().slice(0, 7)}-01`, r.killed, r.injured);
        return { rows: rows.length, totals: total(m.values()) };
      },
    },
    {
      name: "provinces",
      label: "governorate sums (all)",
      api: "provinces",
      apiPath: `/api/provinces?${q({})}`,
      run: async () => {
        const rows = await prisma.incident.findMany({
          where: { ...baseWhere, province: { not: null } },
          select: { province: true, killed: true, injured: true },
        });
        const m = new Map<string, Tot>();
        for (const r of rows) add(m, r.province!, r.killed, r.injured);
        return { rows: rows.length, totals: total(m.values()) };
      },
    },
    {
      name: "provinces-2016",
      label: "governorate sums, year=2016",
      api: "provinces-2016",
      apiPath: `/api/provinces?${q({ year: "2016" })}`,
      run: async () => {
        const rows = await prisma.incident.findMany({
          where: { ...baseWhere, province: { not: null }, date: y2016 },
          select: { province: true, killed: true, injured: true },
        });
        const m = new Map<string, Tot>();
        for (const r of rows) add(m, r.province!, r.killed, r.injured);
        return { rows: rows.length, totals: total(m.values()) };
      },
    },
  ];

  const out: NaiveCase[] = [];
  for (const c of cases) {
    const api = (await getJson(base, c.apiPath)).body as { points?: Tot[]; provinces?: Tot[] };
    const apiTotals = total(api.points ?? api.provinces ?? []);
    const runsMs: number[] = [];
    let rows = 0;
    let agrees = true;
    for (let i = 0; i < runs; i++) {
      const t0 = process.hrtime.bigint();
      const r = await c.run();
      runsMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
      rows = r.rows;
      if (r.totals !== apiTotals) agrees = false;
    }
    log(`naive ${c.label}: ${fmtInt(rows)} rows, ${runsMs.map((t) => fmtMs(t)).join(" / ")} ms${agrees ? "" : `  (totals differ from the API: ${apiTotals})`}`);
    out.push({ name: c.name, label: c.label, api: c.api, runsMs, rows, agrees });
  }
  return out;
}

/** Against the API computing the answer (no read cache), which is the fair comparison. */
export function naiveRatio(results: EndpointResults, n: NaiveCase): { naiveMs: number; oursMs: number; ratio: number } {
  const runs: LoadResult[] = results.find((x) => x.endpoint.name === n.api)?.runs ?? [];
  const ours = (runs.find((y) => y.connections === 1 && y.fresh) ?? runs.find((y) => y.connections === 1))?.p50 ?? Number.NaN;
  const naiveMs = median(n.runsMs);
  return { naiveMs, oursMs: ours, ratio: naiveMs / ours };
}

export function naiveMarkdown(cases: NaiveCase[], results: EndpointResults): string[] {
  if (!cases.length) return [];
  return [
    `**The naive way**: Prisma \`findMany\` of the matching rows (only the needed fields), ` +
      `summed in JavaScript, in the benchmark process; median of ${cases[0]!.runsMs.length} ` +
      `runs. "Ours" is the API's p50 at 1 connection over HTTP with every answer computed ` +
      `afresh (\`Cache-Control: no-cache\`, no read cache), so the ratio understates the gap.`,
    "",
    mdTable(
      ["query", "rows loaded", "naive ms (runs)", "ours p50 ms", "naive / ours", "same totals"],
      cases.map((n) => {
        const x = naiveRatio(results, n);
        return [
          n.label,
          fmtInt(n.rows),
          `${fmtInt(x.naiveMs)} (${n.runsMs.map((t) => fmtInt(t)).join(", ")})`,
          fmtMs(x.oursMs),
          `${fmtInt(x.ratio)}×`,
          n.agrees ? "yes" : "NO",
        ];
      }),
      ["l", "r", "r", "r", "r", "l"],
    ),
  ];
}
