// Scenario: the streamed CSV export of ~100,000 rows (rows/s, the server's memory while it
// streams), and once more with ~3x the rows to see that memory does not follow the export's size.
import http from "node:http";
import { type BenchContext, q, type Check } from "@/tools/bench/harness/context";
import { withPg } from "@/tools/bench/harness/data";
import { log } from "@/tools/bench/harness/log";
import { cpuTimes, stealPercent } from "@/tools/bench/harness/machine-speed";
import { memoryOfTree } from "@/tools/bench/harness/server";
import { leastDisturbed, stealCell } from "@/tools/bench/harness/steal";
import { fmtInt, fmtMB, mdTable } from "@/tools/bench/harness/stats";

export interface CsvRun {
  rows: number;
  bytes: number;
  seconds: number;
  firstByteMs: number;
  rowsPerSec: number;
  rssBefore: number;
  rssPeak: number;
  rssHalf: number;
  rssEnd: number;
  rssAfter: number;
  /** CPU steal during the export, in percent, and the runs it took (see leastDisturbed). */
  steal?: number | null;
  tries?: number;
}

type CsvFilter = { params: Record<string, string>; expected: number; label: string };

async function csvFilter(url: string, want = 100_000): Promise<CsvFilter> {
  return withPg(url, async (c): Promise<CsvFilter> => {
    const months = (
      await c.query(`SELECT to_char(r."month", 'YYYY-MM-DD') AS m, SUM(r."incidents")::bigint AS n FROM "IncidentMonthRollup" r
                     WHERE r."synthetic" = true AND r."month" > DATE '0001-01-01' GROUP BY 1 ORDER BY 1`)
    ).rows.map((r) => ({ month: String(r.m), n: Number(r.n) }));
    const years = new Map<string, number>();
    for (const m of months) years.set(m.month.slice(0, 4), (years.get(m.month.slice(0, 4)) ?? 0) + m.n);
    const best = [...years].sort((a, b) => Math.abs(a[1] - want) - Math.abs(b[1] - want))[0];
    if (best && Math.abs(best[1] - want) <= want * 0.15) return { params: { year: best[0] }, expected: best[1], label: `year=${best[0]}` };
    // No single year holds about that many: a run of whole months instead.
    let bestRange: { from: string; to: string; n: number } | null = null;
    for (let i = 0; i < months.length; i++) {
      let n = 0;
      for (let j = i; j < months.length; j++) {
        n += months[j]!.n;
        if (!bestRange || Math.abs(n - want) < Math.abs(bestRange.n - want)) {
          const [y, mo] = months[j]!.month.split("-").map(Number) as [number, number];
          const last = new Date(Date.UTC(y, mo, 0)).toISOString().slice(0, 10);
          bestRange = { from: months[i]!.month, to: last, n };
        }
        if (n >= want) break;
      }
    }
    if (!bestRange) throw new Error("no synthetic incidents to export");
    return { params: { from: bestRange.from, to: bestRange.to }, expected: bestRange.n, label: `from=${bestRange.from}&to=${bestRange.to}` };
  });
}

async function csvRun(base: string, p: string, pid: number): Promise<CsvRun> {
  const rss = () => memoryOfTree(pid)?.rss ?? Number.NaN;
  await new Promise((r) => setTimeout(r, 500));
  const rssBefore = rss();
  let rssPeak = rssBefore;
  let rssHalf = Number.NaN;
  let rows = -1; // the header line is not a row
  let bytes = 0;
  let firstByteMs = Number.NaN;
  const samples: { bytes: number; rss: number }[] = [];
  const times0 = cpuTimes();
  const t0 = process.hrtime.bigint();
  const ms = () => Number(process.hrtime.bigint() - t0) / 1e6;
  const timer = setInterval(() => {
    const v = rss();
    if (v > rssPeak) rssPeak = v;
    samples.push({ bytes, rss: v });
  }, 50);
  try {
    await new Promise<void>((resolve, reject) => {
      const req = http.get(base + p, (res) => {
        if (res.statusCode !== 200) {
          reject(new Error(`CSV export answered ${res.statusCode}`));
          res.resume();
          return;
        }
        res.on("data", (chunk: Buffer) => {
          if (Number.isNaN(firstByteMs)) firstByteMs = ms();
          bytes += chunk.length;
          for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) rows++;
        });
        res.on("end", resolve);
        res.on("error", reject);
      });
      req.on("error", reject);
    });
  } finally {
    clearInterval(timer);
  }
  const seconds = ms() / 1000;
  const steal = stealPercent(times0, cpuTimes());
  const rssEnd = rss();
  const half = samples.find((s) => s.bytes >= bytes / 2);
  rssHalf = half?.rss ?? Number.NaN;
  await new Promise((r) => setTimeout(r, 1000));
  return {
    rows,
    bytes,
    seconds,
    firstByteMs,
    rowsPerSec: rows / seconds,
    rssBefore,
    rssPeak: Math.max(rssPeak, rssEnd),
    rssHalf,
    rssEnd,
    rssAfter: rss(),
    steal,
  };
}

export interface CsvResult {
  label: string;
  expected: number;
  runs: CsvRun[];
  large: { label: string; expected: number; run: CsvRun } | null;
}

const runLine = (c: CsvRun) =>
  `${fmtInt(c.rows)} rows, ${fmtMB(c.bytes)} in ${c.seconds.toFixed(2)} s = ${fmtInt(c.rowsPerSec)} rows/s (first byte ${fmtInt(c.firstByteMs)} ms, steal ` +
  `${c.steal?.toFixed(1) ?? "?"}%); RSS ${fmtMB(c.rssBefore)} → peak ${fmtMB(c.rssPeak)} ` +
  `(half ${fmtMB(c.rssHalf)}, end ${fmtMB(c.rssEnd)}) → ${fmtMB(c.rssAfter)}`;

/** Run first, on a fresh server, so that its memory figures are its own. */
export async function runCsv(ctx: BenchContext): Promise<CsvResult> {
  const { args, base } = ctx;
  const pid = ctx.server.serverPid;
  const f = await csvFilter(ctx.database.url);
  const csvPath = `/api/incidents.csv?${q(f.params)}`;
  log(`CSV export ${csvPath} (${fmtInt(f.expected)} incidents expected), ${args.csvRuns} run(s)`);
  const runs: CsvRun[] = [];
  for (let i = 0; i < args.csvRuns; i++) {
    const c = await leastDisturbed(() => csvRun(base, csvPath, pid), args.maxSteal);
    runs.push(c);
    log(`  run ${i + 1}: ${runLine(c)}`);
  }
  // Flat memory means the growth does not follow the size of the export: once more with ~3x the rows.
  const big = await csvFilter(ctx.database.url, 300_000);
  const bigPath = `/api/incidents.csv?${q(big.params)}`;
  log(`CSV export ${bigPath} (${fmtInt(big.expected)} incidents expected), once, to compare memory`);
  const b = await leastDisturbed(() => csvRun(base, bigPath, pid), args.maxSteal);
  log(`  ${runLine(b)}`);
  return {
    label: new URLSearchParams(f.params).toString(),
    expected: f.expected,
    runs,
    large: { label: new URLSearchParams(big.params).toString(), expected: big.expected, run: b },
  };
}

function csvMedian(r: CsvResult): CsvRun | null {
  if (!r.runs.length) return null;
  const sorted = [...r.runs].sort((a, b) => a.rowsPerSec - b.rowsPerSec);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

const growth = (c: CsvRun) => Math.max(0, c.rssPeak - c.rssBefore);

/**
 * Flat: the server's memory does not follow the size of the export. The peak RSS growth while
 * streaming ~3x the rows stays within 1.5x (+16 MB for the collector's slack) of the largest
 * growth seen at ~100k rows; a buffered export would grow at least in proportion.
 */
function csvFlat(r: CsvResult): boolean {
  if (!r.large) return false;
  const small = Math.max(...r.runs.map(growth));
  return growth(r.large.run) <= small * 1.5 + 16 * 1024 * 1024;
}

export function csvChecks(r: CsvResult): Check[] {
  const c = csvMedian(r);
  if (!c) return [];
  const large = r.large;
  return [
    {
      target: "CSV export of ~100,000 rows ≥ 50,000 rows/s",
      measured: `${fmtInt(c.rowsPerSec)} rows/s (${fmtInt(c.rows)} rows in ${c.seconds.toFixed(2)} s, median of ${r.runs.length})`,
      pass: c.rowsPerSec >= 50_000,
    },
    {
      target: "CSV export: flat server memory",
      measured: large
        ? `peak RSS growth ${r.runs.map((x) => fmtMB(growth(x))).join(" / ")} for ${fmtInt(c.rows)} rows ` +
          `(${fmtMB(c.bytes)}); ${fmtMB(growth(large.run))} for ${fmtInt(large.run.rows)} rows (${fmtMB(large.run.bytes)})`
        : "not measured",
      pass: csvFlat(r),
    },
  ];
}

export function csvMarkdown(r: CsvResult, maxSteal: number): string[] {
  const rows = [...r.runs.map((c, i) => ({ c, name: String(i + 1) })), ...(r.large ? [{ c: r.large.run, name: r.large.label }] : [])];
  return [
    `**CSV export** (\`/api/incidents.csv?dataset=synthetic&${r.label}\`, ${fmtInt(r.expected)} incidents by the rollup): rows counted by ` +
      `line; RSS is the VmRSS of the server's processes (primary and workers) summed, sampled every 50 ms while streaming. The last row is ` +
      `one export of ~3× the rows: memory is called flat when its peak RSS growth stays within 1.5× (+16 MB) of the largest growth at ~100k ` +
      `rows, i.e. it does not follow the size of the export. A run with more than ${maxSteal}% CPU steal is run again, as the load runs are.`,
    "",
    mdTable(
      ["run", "rows", "MB", "seconds", "first byte ms", "rows/s", "RSS before", "RSS peak", "RSS at half", "RSS at end", "RSS 1 s after", "steal %"],
      rows.map(({ c, name }) => [
        name,
        fmtInt(c.rows),
        (c.bytes / 1024 / 1024).toFixed(1),
        c.seconds.toFixed(2),
        fmtInt(c.firstByteMs),
        fmtInt(c.rowsPerSec),
        fmtMB(c.rssBefore),
        fmtMB(c.rssPeak),
        fmtMB(c.rssHalf),
        fmtMB(c.rssEnd),
        fmtMB(c.rssAfter),
        stealCell(c),
      ]),
      ["r", "r", "r", "r", "r", "r", "r", "r", "r", "r", "r", "r"],
    ),
  ];
}
