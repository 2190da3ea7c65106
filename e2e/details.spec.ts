// Small things a new user trips on: the favicon, an injured count nobody reported, a single
// month's cumulative chart, and the running totals beside the charts.
import { expect, test } from "@playwright/test";
import { apiIncidents, DashboardPage } from "./pages/dashboard";

test("/favicon.ico is an icon", async ({ request }) => {
  const res = await request.get("/favicon.ico");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/icon/);
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
