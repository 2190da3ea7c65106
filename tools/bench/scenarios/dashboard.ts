// Scenario: the dashboard in Chromium at a million incidents (e2e/scale.spec.ts): a governorate
// and a year filter each update the view in under a second, a step of the time slider's playback
// renders in under 300 ms.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "@/server/database";
import { track } from "@/tools/bench/harness/lifecycle";
import type { Check } from "@/tools/bench/harness/context";
import { log } from "@/tools/bench/harness/log";
import { fmtInt } from "@/tools/bench/harness/stats";

export interface E2eResult {
  ran: boolean;
  passed: boolean;
  /** Each step's time and its limit (1 s unless the step names another). */
  steps: { step: string; ms: number; limit?: number }[];
  screenshots: string[];
  note?: string;
  /** CPU steal during the Playwright run, in percent (reported, not retried: it is a test). */
  steal?: number | null;
}

export async function runE2e(base: string): Promise<E2eResult> {
  const resultFile = path.join(os.tmpdir(), `atlas-scale-e2e-${process.pid}.json`);
  fs.rmSync(resultFile, { force: true });
  log(`Playwright: npx playwright test e2e/scale.spec.ts against ${base}`);
  const code = await new Promise<number>((resolve) => {
    // Its own output folder: another `playwright test` run empties test-results/ when it starts.
    const output = path.join(process.env.ATLAS_DATA_DIR ?? os.tmpdir(), "e2e-results");
    const child = track(
      spawn("npx", ["playwright", "test", "e2e/scale.spec.ts", "--reporter=list", `--output=${output}`], {
        cwd: ROOT,
        stdio: "inherit",
        env: {
          ...process.env,
          SCALE_BASE_URL: base,
          BASE_URL: base,
          SCALE_RESULT_FILE: resultFile,
          CHROMIUM_PATH: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
        },
      }),
    );
    child.on("error", () => resolve(-1));
    child.on("close", (c) => resolve(c ?? -1));
  });
  let steps: E2eResult["steps"] = [];
  let screenshots: string[] = [];
  if (fs.existsSync(resultFile)) {
    const r = JSON.parse(fs.readFileSync(resultFile, "utf8")) as { steps: E2eResult["steps"]; screenshots: string[] };
    steps = r.steps;
    screenshots = r.screenshots.map((s) => path.relative(ROOT, s));
    fs.rmSync(resultFile, { force: true });
  }
  return { ran: true, passed: code === 0, steps, screenshots, note: code === 0 ? undefined : `playwright exited with ${code}` };
}

export function e2eChecks(r: E2eResult | null): Check[] {
  if (!r?.ran) return [];
  // The first load is reported, not a target: the target is the filters.
  const slow = r.steps.filter((s) => !s.step.startsWith("first load") && s.ms >= (s.limit ?? 1000));
  return [
    {
      target: "dashboard filters answer in under a second, playback steps in under 300 ms (Playwright)",
      measured: r.steps.length ? r.steps.map((s) => `${s.step} ${fmtInt(s.ms)} ms`).join("; ") : (r.note ?? "no times recorded"),
      pass: r.passed && r.steps.length > 0 && !slow.length,
    },
  ];
}

export function e2eMarkdown(r: E2eResult | null): string[] {
  if (!r?.ran) return [];
  const steal = r.steal === undefined || r.steal === null ? "" : ` CPU steal during the run: ${r.steal.toFixed(1)}%.`;
  const shots = r.screenshots.map((p) => `\`${p}\``).join(", ") || "none";
  return [
    `**Dashboard** (\`e2e/scale.spec.ts\`, Chromium, \`/?dataset=synthetic\`): ` +
      `${r.steps.map((s) => `${s.step}: ${fmtInt(s.ms)} ms`).join("; ") || r.note}. Screenshots: ${shots}.${steal}`,
  ];
}
