// The dashboard when its database is unreachable: the page shows its error state with a retry,
// not a blank screen or a stack trace. A second server is started against a database address
// where nothing listens.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";

const ROOT = path.resolve(__dirname, "..");
let server: ChildProcess | null = null;
let base = "";

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const a = s.address();
      s.close(() => resolve(typeof a === "object" && a ? a.port : 0));
    });
  });
}

test.beforeAll(async () => {
  const [port, deadPort] = [await freePort(), await freePort()];
  server = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    cwd: ROOT,
    stdio: "ignore",
    env: { ...process.env, DATABASE_URL: `postgresql://postgres:postgres@127.0.0.1:${deadPort}/none`, NEXT_TELEMETRY_DISABLED: "1" },
  });
  base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      await fetch(`${base}/api/openapi.json`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error("the second server did not start");
});

test.afterAll(() => {
  server?.kill("SIGTERM");
});

test("with the database down, the API answers 503 and the page shows its error state with a retry", async ({ page, request }) => {
  const api = await request.get(`${base}/api/provinces`, { failOnStatusCode: false });
  expect(api.status()).toBe(503);
  expect(((await api.json()) as { error: { code: string } }).error.code).toBe("service_unavailable");
  await page.goto(base);
  await expect(page.getByRole("button", { name: /try again|retry/i })).toBeVisible({ timeout: 20_000 });
  await page.screenshot({ path: test.info().outputPath("outage.png"), fullPage: true });
});
