// npm run audit: `npm audit --omit=dev` with a verdict. Exit 0: no high or critical advisory
// in the production dependencies; 1: some (listed); 2: the audit could not run (the registry's
// advisory endpoint unreachable or refusing, as on our offline machines), said plainly rather
// than passed over. The same command runs in .github/workflows/audit.yml, where it can reach
// registry.npmjs.org.
import { spawnSync } from "node:child_process";

interface AuditJson {
  /** Set (with statusCode) when the advisory endpoint itself failed. */
  message?: string;
  statusCode?: number;
  error?: { code?: string; summary?: string; detail?: string };
  metadata?: { vulnerabilities?: Record<"info" | "low" | "moderate" | "high" | "critical" | "total", number> };
  vulnerabilities?: Record<string, { name: string; severity: string; range: string; via: unknown[] }>;
}

const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8", shell: process.platform === "win32" });
let report: AuditJson | null = null;
try {
  report = JSON.parse(run.stdout) as AuditJson;
} catch {
  report = null;
}
const counts = report?.metadata?.vulnerabilities;
if (!report || report.error || !counts) {
  const why =
    report?.message ??
    report?.error?.summary ??
    report?.error?.detail ??
    run.stderr.match(/npm (?:warn|error) audit[^\n]*/)?.[0] ??
    run.stderr.trim().split("\n").pop() ??
    "no answer";
  console.error(`audit: could not run npm audit --omit=dev: ${why}`);
  console.error(
    "audit: the registry's advisory endpoint (POST /-/npm/v1/security/advisories/bulk) must be " +
      "reachable; run `npm run audit` where it is (the CI workflow .github/workflows/audit.yml does).",
  );
  process.exit(2);
}
const serious = Object.values(report.vulnerabilities ?? {}).filter((v) => v.severity === "high" || v.severity === "critical");
console.log(`audit: production dependencies: ${counts.critical} critical, ${counts.high} high, ${counts.moderate} moderate, ${counts.low} low.`);
for (const v of serious) console.log(`  ${v.severity.padEnd(8)} ${v.name} ${v.range}`);
process.exit(serious.length ? 1 : 0);
