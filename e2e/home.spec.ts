import { expect, test } from "@playwright/test";

test("the home page shows the seed incidents on the map and the chart, and a governorate filter narrows both", async ({ page }, info) => {
  await page.goto("/");
  const markers = page.locator("path.incident-marker");
  await expect(markers.first()).toBeVisible();
  const allMarkers = await markers.count();
  expect(allMarkers).toBeGreaterThanOrEqual(5);

  const chart = page.getByTestId("casualty-timeline");
  await expect(chart.locator(".recharts-bar-rectangle").first()).toBeVisible();
  const allBars = await chart.locator(".recharts-bar-rectangle").count();
  await page.screenshot({ path: info.outputPath("home.png"), fullPage: true });

  await page.getByRole("checkbox", { name: "Homs" }).check({ force: true });
  await expect(page).toHaveURL(/province=Homs/);
  await expect.poll(() => markers.count()).toBeLessThan(allMarkers);
  expect(await markers.count()).toBeGreaterThan(0);
  await expect.poll(() => chart.locator(".recharts-bar-rectangle").count()).toBeLessThan(allBars);
  await expect(page.getByTestId("incident-table")).toContainText("54");
  await page.screenshot({ path: info.outputPath("home-homs.png"), fullPage: true });
});

test("a filtered URL opens the filtered view", async ({ page }) => {
  await page.goto("/?province=Homs&year=2024");
  await expect(page.getByRole("checkbox", { name: "Homs" })).toBeChecked();
  await expect(page.getByRole("combobox", { name: "Year" })).toHaveValue("2024");
  const rows = page.getByTestId("incident-table").locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  for (const text of await rows.allInnerTexts()) expect(text).toContain("Homs");
});
