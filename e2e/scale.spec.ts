import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";

// The dashboard with the synthetic million loaded: picking a governorate and then a year
// must bring the whole view (totals, charts, table) up to date in under a second each; a step of
// the time slider's playback must render in under 300 ms.
// Skipped unless SCALE_BASE_URL is set: it needs a server whose database holds the million
// synthetic incidents, which `npm test` does not load. `npm run bench:api -- --e2e` starts
// such a server (its own PostgreSQL in .data-bench/) and runs this file against it.
const BASE = process.env.SCALE_BASE_URL;
const LIMIT_MS = 1000;

// Skipped in `npm test`: loading a million synthetic incidents takes minutes; `npm run bench:api -- --e2e`
// starts such a server and runs this spec against it.
test.skip(!BASE, "needs SCALE_BASE_URL: a server with the synthetic million (npm run bench:api -- --e2e)");

/** The view shows the filters in `urlPart`: nothing loading, nothing pending, and the totals changed. */
async function waitForView(page: Page, urlPart: string, oldIncidents: string): Promise<void> {
  await page.waitForFunction(
    ([part, old]) => {
      if (!decodeURIComponent(location.search).includes(part)) return false;
      if (document.querySelector('[role="status"][aria-label^="Loading"]')) return false;
      if (document.querySelector('[aria-busy="true"]')) return false;
      if (!document.querySelector('[data-testid="incident-table"]')) return false;
      const card = document.querySelector('[data-testid="card-incidents"] dd');
      return !!card && card.textContent !== old;
    },
    [urlPart, oldIncidents] as const,
    { polling: "raf", timeout: 15_000 },
  );
}

const incidentsCard = (page: Page) => page.getByTestId("card-incidents").locator("dd").first();

test("with a million synthetic incidents, a governorate and a year each update the view in under a second", async ({ page }, info) => {
  test.setTimeout(120_000);
  const steps: { step: string; ms: number }[] = [];
  const screenshots: string[] = [];
  // Written after every step, so that bench-api reports the times even when a later step fails.
  const save = () => process.env.SCALE_RESULT_FILE && fs.writeFileSync(process.env.SCALE_RESULT_FILE, JSON.stringify({ steps, screenshots }, null, 2));

  const t0 = Date.now();
  await page.goto(`${BASE}/?dataset=synthetic`);
  await expect(page.getByTestId("summary-cards")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("incident-table")).toBeVisible({ timeout: 30_000 });
  // Loaded means usable: the map drawn too (its script loads after the table appears), so
  // that the filter steps time the filters and not the rest of the first load.
  await expect(page.locator(".leaflet-container")).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[role="status"][aria-label^="Loading"]')).toHaveCount(0, { timeout: 30_000 });
  steps.push({ step: "first load (not a target)", ms: Date.now() - t0 });
  save();
  const all = (await incidentsCard(page).textContent()) ?? "";
  expect(Number(all.replace(/\D/g, ""))).toBeGreaterThanOrEqual(100_000);

  // A governorate: the checkbox in the filter bar.
  const homs = page.getByRole("checkbox", { name: "Homs", exact: true });
  let start = Date.now();
  await homs.check({ force: true });
  await waitForView(page, "province=Homs", all);
  steps.push({ step: "governorate Homs", ms: Date.now() - start });
  save();
  await expect(homs).toBeChecked();
  const homsTotal = (await incidentsCard(page).textContent()) ?? "";
  const p1 = info.outputPath("scale-homs.png");
  await page.screenshot({ path: p1, fullPage: true });
  screenshots.push(p1);
  save();

  // A year: the select lists the years that have incidents; 2016 when it is there. (It lists
  // the years of the real dataset even under dataset=synthetic, so it is empty when no real
  // incident is loaded: bench-api loads the seed articles for that reason.)
  const yearSelect = page.getByRole("combobox", { name: "Year" });
  const years = (await yearSelect.locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).filter(Boolean);
  expect(years.length, "the Year select offers no year").toBeGreaterThan(0);
  const year = years.includes("2016") ? "2016" : years[Math.floor(years.length / 2)]!;
  start = Date.now();
  await yearSelect.selectOption(year);
  await waitForView(page, `year=${year}`, homsTotal);
  steps.push({ step: `year ${year}`, ms: Date.now() - start });
  await expect(yearSelect).toHaveValue(year);
  const p2 = info.outputPath(`scale-homs-${year}.png`);
  await page.screenshot({ path: p2, fullPage: true });
  screenshots.push(p2);

  for (const s of steps) console.log(`[scale] ${s.step}: ${s.ms} ms`);
  save();
  for (const s of steps.filter((x) => !x.step.startsWith("first load"))) expect(s.ms, `${s.step} took ${s.ms} ms`).toBeLessThan(LIMIT_MS);
});

const STEP_LIMIT_MS = 300;

test("with a million synthetic incidents, each step of the time slider's playback renders in under 300 ms", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${BASE}/?dataset=synthetic&from=2016-01-01&to=2016-01-31`);
  await expect(page.getByTestId("incident-table")).toBeVisible({ timeout: 30_000 });
  await expect(page.locator(".leaflet-container")).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[role="status"][aria-label^="Loading"]')).toHaveCount(0, { timeout: 30_000 });
  // In the page, each frame: a new address starts a step; the step has rendered when nothing is
  // loading or pending and the incidents card shows another month's count.
  await page.evaluate(() => {
    const w = window as unknown as { playbackSteps: number[] };
    w.playbackSteps = [];
    const card = () => document.querySelector('[data-testid="card-incidents"] dd')?.textContent ?? "";
    const settled = () =>
      !document.querySelector('[role="status"][aria-label^="Loading"]') &&
      !document.querySelector('[aria-busy="true"]') &&
      !!document.querySelector('[data-testid="incident-table"]');
    let address = location.search;
    let shown = card();
    let started = 0;
    const frame = () => {
      if (location.search !== address) {
        address = location.search;
        started = performance.now();
      } else if (started && settled() && card() !== shown) {
        w.playbackSteps.push(performance.now() - started);
        shown = card();
        started = 0;
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const play = page.getByRole("region", { name: /^Time/ }).getByRole("button", { name: /Play|Pause/ });
  await play.click();
  await page.waitForFunction(() => (window as unknown as { playbackSteps: number[] }).playbackSteps.length >= 6, null, { timeout: 60_000 });
  await play.click();
  const ms = (await page.evaluate(() => (window as unknown as { playbackSteps: number[] }).playbackSteps)).map(Math.round);
  console.log(`[scale] playback steps: ${ms.join(", ")} ms`);
  const file = process.env.SCALE_RESULT_FILE;
  if (file) {
    const r = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : { steps: [], screenshots: [] };
    r.steps.push({ step: "playback step (slowest of 6)", ms: Math.max(...ms), limit: STEP_LIMIT_MS });
    fs.writeFileSync(file, JSON.stringify(r, null, 2));
  }
  expect(Math.max(...ms), `playback steps took ${ms.join(", ")} ms`).toBeLessThan(STEP_LIMIT_MS);
});
