// Small things a new user trips on: the favicon, an injured count nobody reported, a single
// month's cumulative chart, and the running totals beside the charts.
import { expect, test } from "@playwright/test";
import { apiIncidents, DashboardPage } from "./pages/dashboard";

test("/favicon.ico is an icon", async ({ request }) => {
  const res = await request.get("/favicon.ico");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/icon/);
});

test("the Injured card says 'not reported' rather than 0 when no incident reports injuries", async ({ page, request }) => {
  const { incidents } = await apiIncidents(request);
  const province = incidents.find((i) => i.province)?.province;
  const none = (await request.get(`/api/incidents?limit=1000&province=${encodeURIComponent(province!)}`).then((r) => r.json())) as {
    incidents: { injured: number | null }[];
  };
  test.skip(
    none.incidents.some((i) => i.injured !== null),
    "the seeds report injuries here",
  );
  const d = new DashboardPage(page);
  await d.goto(`province=${encodeURIComponent(province!)}`);
  const card = page.getByTestId("card-injured");
  await expect(card).toContainText("not reported");
  await expect(card.getByRole("definition").first()).toHaveText("—");
});

test("a single month draws the cumulative killed as a bar, not a lone dot", async ({ page, request }) => {
  const { incidents } = await apiIncidents(request);
  const month = incidents.find((i) => i.date && (i.killed ?? 0) > 0)!.date!.slice(0, 7);
  const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  const d = new DashboardPage(page);
  await d.goto(`from=${month}-01&to=${month}-${last}`);
  const chart = page.getByTestId("cumulative-chart");
  const bar = chart.locator(".recharts-bar-rectangle path").first();
  await expect(bar).toBeVisible();
  const box = (await bar.boundingBox())!;
  expect(box.width).toBeGreaterThan(8);
  expect(box.height).toBeGreaterThan(8);
});

test("the running totals follow the filters and come newest report first", async ({ page, request }) => {
  const { incidents } = await apiIncidents(request);
  const d = new DashboardPage(page);
  await d.goto();
  const all = await d.tallyArticles();
  expect(all.length, "no running totals in the seeds").toBeGreaterThan(1);
  const dates = all.map((t) => t.date ?? "0000");
  expect(dates).toEqual([...dates].sort().reverse());

  // A governorate whose incidents come from only some of the articles with tallies.
  const articlesOf = (p: string) => new Set(incidents.filter((i) => i.province === p).flatMap((i) => i.sources.map((s) => s.articleId)));
  const province = [...new Set(incidents.map((i) => i.province).filter((p): p is string => !!p))].find((p) => all.some((t) => !articlesOf(p).has(t.articleId)));
  expect(province, "every governorate shares every article").toBeTruthy();
  await d.goto(`province=${encodeURIComponent(province!)}`);
  const shown = await d.tallyArticles();
  expect(shown.length).toBeLessThan(all.length);
  for (const t of shown) expect(articlesOf(province!).has(t.articleId)).toBe(true);
});

test("/api-docs gives year and limit as integers with their bounds", async ({ page }) => {
  await page.goto("/api-docs");
  const incidents = page.getByRole("region", { name: "GET /api/incidents", exact: true });
  for (const [name, type] of [
    ["year", "integer, 1900–2100"],
    ["limit", "integer, 1–1000"],
  ]) {
    await expect(incidents.getByRole("row").filter({ has: page.getByRole("cell", { name: name!, exact: true }) })).toContainText(type!);
  }
});
