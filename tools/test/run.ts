// npm test: unit tests, integration tests against a real PostgreSQL, end-to-end tests in
// Chromium. The test database is a fresh embedded PostgreSQL in .data-test/ (never the
// app's .data/), or TEST_DATABASE_URL when it points at this machine.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureChromium } from "@/tools/test/chromium";
import { freePort } from "@/server/ports";
import { applyMigrations, openDatabase, ROOT } from "@/server/database";
import { buildIfNeeded } from "@/server/next-build";
import { ensurePrismaClient } from "@/server/prisma-cli";

const log = (s: string) => console.log(`\n[test] ${s}`);
const REPORTS = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-test-"));

function run(cmd: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("close", (code) => resolve(code ?? 1));
  });
}

const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

/** Refuses to run tests against anything but a database on this machine. */
function assertLocal(url: string): void {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to run tests against a non-local database (${host}). Tests truncate tables.`);
  }
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`The app did not answer at ${url} within ${timeoutMs / 1000} s`);
}

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function vitestCounts(file: string): Counts {
  if (!fs.existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const r = JSON.parse(fs.readFileSync(file, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults: { status: string; assertionResults: unknown[] }[];
  };
  // A file that fails before its tests run (an import or a beforeAll) counts as one failure.
  const brokenFiles = r.testResults.filter(
    (t) => t.status === "failed" && !t.assertionResults.some((a) => (a as { status: string }).status === "failed"),
  ).length;
  return { passed: r.numPassedTests, failed: r.numFailedTests + brokenFiles, skipped: r.numPendingTests + r.numTodoTests };
}

function playwrightCounts(file: string): Counts {
  if (!fs.existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const r = JSON.parse(fs.readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  return { passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky, skipped: r.stats.skipped };
}

async function main() {
  const only = process.argv.slice(2).find((a) => ["lint", "unit", "integration", "e2e"].includes(a));
  const wants = (stage: string) => !only || only === stage;
  const totals: Counts = { passed: 0, failed: 0, skipped: 0 };
  const add = (c: Counts) => {
    totals.passed += c.passed;
    totals.failed += c.failed;
    totals.skipped += c.skipped;
  };
  let exitCode = 0;

  // Fail early, before a long run, when the browser cannot be had.
  const chromium = wants("e2e") ? ensureChromium(log) : null;
  if (wants("unit") || wants("integration") || wants("e2e")) await ensurePrismaClient();

  if (wants("lint")) {
    log("Lint (Biome, line length)");
    const biome = await run(bin("biome"), ["check", "."]);
    const lines = await run(process.execPath, ["--import", "tsx", path.join(ROOT, "tools/check/line-length.ts")]);
    // One check that passed or failed, counted with the tests.
    add(biome === 0 && lines === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 });
    if (biome !== 0 || lines !== 0) exitCode = 1;
  }
  if (!wants("unit") && !wants("integration") && !wants("e2e")) return finish(totals, exitCode);

  if (wants("unit")) {
    log("Unit tests (vitest)");
    const out = path.join(REPORTS, "unit.json");
    const code = await run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`]);
    add(vitestCounts(out));
    if (code !== 0) exitCode = 1;
  }
  if (!wants("integration") && !wants("e2e")) return finish(totals, exitCode);

  const testUrl = process.env.TEST_DATABASE_URL;
  if (testUrl) process.env.DATABASE_URL = testUrl;
  else delete process.env.DATABASE_URL;
  const database = await openDatabase({ dataDir: path.join(ROOT, ".data-test"), preferredPort: 54339, fresh: !testUrl, log });
  assertLocal(database.url);
  try {
    await applyMigrations(database.url, log);
    const env = { DATABASE_URL: database.url };

    // The start-script test serves the production build, so build before the integration tests.
    await buildIfNeeded(log);

    if (wants("integration")) {
      log("Integration tests against PostgreSQL (vitest)");
      const out = path.join(REPORTS, "integration.json");
      const code = await run(
        bin("vitest"),
        ["run", "--config", "vitest.int.config.mts", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`],
        env,
      );
      add(vitestCounts(out));
      if (code !== 0) exitCode = 1;
    }

    if (wants("e2e")) {
      log("End-to-end tests in Chromium (Playwright)");
      // The integration tests leave their own rows: the browser tests start from the seeds alone.
      const { resetDatabase } = await import("@/lib/testing/db");
      const { seedFolder } = await import("@/tools/cli/seed");
      await resetDatabase();
      await seedFolder(path.join(ROOT, "seeds"), () => {});
      await buildIfNeeded(log);
      const port = await freePort();
      const baseUrl = `http://localhost:${port}`;
      // The production server as `npm start` runs it: two workers behind one port.
      const server = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "server/serve.ts")], {
        cwd: ROOT,
        stdio: ["ignore", "ignore", "inherit"],
        // The browser tests write more than a person would in a minute; the limits have their own tests.
        env: {
          ...process.env,
          ...env,
          PORT: String(port),
          ATLAS_WORKERS: "2",
          NODE_ENV: "production",
          NEXT_TELEMETRY_DISABLED: "1",
          ATLAS_RATE_LIMIT_WRITES: "100000",
          ATLAS_RATE_LIMIT_LOGINS: "1000",
        },
      });
      try {
        await waitForHttp(`${baseUrl}/api/provinces`, 60_000);
        const out = path.join(REPORTS, "e2e.json");
        const code = await run(bin("playwright"), ["test", "--reporter=list,json"], {
          ...env,
          BASE_URL: baseUrl,
          CHROMIUM_PATH: chromium ?? "",
          PLAYWRIGHT_JSON_OUTPUT_NAME: out,
        });
        add(playwrightCounts(out));
        if (code !== 0) exitCode = 1;
      } finally {
        server.kill("SIGTERM");
      }
    }
  } finally {
    const { disconnectDb } = await import("@/lib/db/client");
    await disconnectDb();
    await database.stop();
  }
  return finish(totals, exitCode);
}

function finish(totals: Counts, exitCode: number): void {
  console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(exitCode || (totals.failed ? 1 : 0));
}

main().catch((e) => {
  console.error(`\n[test] ${e instanceof Error ? e.message : String(e)}`);
  console.log("\n0 passed, 1 failed");
  process.exit(1);
});
