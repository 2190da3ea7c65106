// npm run bench:load [-- --connections 50 --duration 60 --write]
// 50 concurrent clients for 60 seconds at the read API and the dashboard page, against a
// production build on its own embedded PostgreSQL (.data-load/, seeded with seeds/): errors,
// non-2xx answers, latency percentiles and the server's memory, sampled every second.
// `--write` puts the figures in docs/reliability.md between <!-- bench:load --> markers.
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { applyMigrations, openDatabase, ROOT } from "@/server/database";
import { buildIfNeeded } from "@/server/next-build";
import { ensurePrismaClient } from "@/server/prisma-cli";
import { descendants, memoryOf, startNextServer } from "@/tools/bench/harness/server";
import { fmtMB, mdTable } from "@/tools/bench/harness/stats";

const log = (s: string) => console.log(`[bench:load] ${s}`);

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v < 1 || v > 3600) throw new Error(`--${name} takes a whole number from 1 to 3600`);
  return v;
}

const PATHS = [
  "/",
  "/?province=Homs",
  "/api/incidents?limit=100",
  "/api/incidents?province=Deir%20ez-Zor&year=2023",
  "/api/stats/timeline",
  "/api/stats/timeline?split=province",
  "/api/provinces?year=2024",
  "/api/map/clusters?bbox=35.5,32.3,42.4,37.4&zoom=6",
  "/api/tallies",
  "/api/articles",
];

async function main() {
  const connections = arg("connections", 50);
  const duration = arg("duration", 60);
  const write = process.argv.includes("--write");
  await ensurePrismaClient();
  if (!process.env.DATABASE_URL) process.env.ATLAS_DATA_DIR = path.join(ROOT, ".data-load");
  const database = await openDatabase({ log });
  let server: Awaited<ReturnType<typeof startNextServer>> | null = null;
  try {
    await applyMigrations(database.url, log);
    const { seedFolder } = await import("@/tools/cli/seed");
    await seedFolder(path.join(ROOT, "seeds"), () => {});
    const { disconnectDb } = await import("@/lib/db/client");
    await disconnectDb();
    await buildIfNeeded(log);
    server = await startNextServer({ databaseUrl: database.url, log });
    const pids = () => [server!.serverPid, ...descendants(server!.serverPid)];
    const rss = () => pids().reduce((s, p) => s + (memoryOf(p)?.rss ?? 0), 0);
    const rssBefore = rss();
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(rss()), 1000);
    log(`${connections} connections for ${duration} s over ${PATHS.length} paths…`);
    const result = await autocannon({
      url: server.url,
      connections,
      duration,
      requests: PATHS.map((p) => ({ method: "GET", path: p })),
    });
    clearInterval(sampler);
    const rssAfter = rss();
    const non2xx = result.non2xx;
    const rows = [
      ["requests", result.requests.total.toLocaleString("en")],
      ["requests/s (mean)", result.requests.average.toFixed(0)],
      ["errors (connection, timeout)", String(result.errors + result.timeouts)],
      ["non-2xx answers", String(non2xx)],
      ["latency p50 / p97.5 / p99 / max", `${result.latency.p50} / ${result.latency.p97_5} / ${result.latency.p99} / ${result.latency.max} ms`],
      ["server memory (RSS) before / peak / after", `${fmtMB(rssBefore)} / ${fmtMB(Math.max(rssBefore, ...samples))} / ${fmtMB(rssAfter)}`],
    ];
    const table = mdTable(["measure", "value"], rows, ["l", "r"]);
    console.log(table);
    const ok = result.errors + result.timeouts === 0 && non2xx === 0;
    console.log(ok ? "PASS: no errors, no non-2xx answers" : "FAIL: errors or non-2xx answers under load");
    if (write) {
      const doc = path.join(ROOT, "docs/reliability.md");
      const block =
        `<!-- bench:load -->\n\`npm run bench:load -- --connections ${connections} --duration ${duration}\` on ${new Date().toISOString().slice(0, 10)} ` +
        `(${PATHS.length} paths in turn: the dashboard page, filtered pages and every read endpoint; seeds loaded):\n\n${table}\n<!-- /bench:load -->`;
      const text = fs.existsSync(doc) ? fs.readFileSync(doc, "utf8") : "# Reliability\n";
      fs.writeFileSync(
        doc,
        /<!-- bench:load -->[\s\S]*<!-- \/bench:load -->/.test(text)
          ? text.replace(/<!-- bench:load -->[\s\S]*<!-- \/bench:load -->/, block)
          : `${text}\n${block}\n`,
      );
      log("wrote docs/reliability.md");
    }
  } finally {
    await server?.stop();
    await database.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
