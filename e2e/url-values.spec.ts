// A link's filters as the page shows them: a year without incidents stays chosen, and a value
// the filters cannot use is named with a way to drop it, never silently widened to everything.
import { expect, test } from "@playwright/test";
import { DashboardPage } from "./pages/dashboard";

test("?year=2021 with no incidents that year shows 2021 chosen and an empty view", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.goto("year=2021");
  await expect(d.year).toHaveValue("2021");
  await expect(d.year.locator("option:checked")).toHaveText(/2021/);
  expect(await d.incidentCount()).toBe(0);
  await expect(d.unusableFilters).toHaveCount(0);
});

for (const [query, value] of [
  ["province=homs", "homs"],
  ["province=Nowhere", "Nowhere"],
  ["year=abc", "abc"],
] as const) {
  test(`?${query} names the unusable value and offers to remove it`, async ({ page }, info) => {
    const d = new DashboardPage(page);
    await d.goto(query);
    await expect(d.unusableFilters).toBeVisible();
    await expect(d.unusableFilters).toContainText(value);
    if (value === "homs") await expect(d.unusableFilters).toContainText("did you mean “Homs”?");
    await page.screenshot({ path: info.outputPath("unusable.png") });
    await d.unusableFilters.getByRole("link", { name: /Remove it from the link/ }).click();
    await expect(page).toHaveURL((u) => u.search === "");
    await expect(d.unusableFilters).toHaveCount(0);
  });
}

test("on a phone the filter summary does not list an unusable value as applied", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const d = new DashboardPage(page);
  await d.goto("province=Nowhere&province=Homs&year=abc");
  await expect(d.filtersButton).toHaveText("Filters (1)");
  // Homs alone is applied; the others are named as not used, never listed as filters.
  await expect(d.filterSummary).toHaveText("Homs · not used: governorate Nowhere, year abc");
});
