// The ways out of the dashboard: the exports of the view on screen, the API docs, adding
// articles and logging in, and the skip link past the controls to the table.
import { expect, test } from "@playwright/test";
import { apiIncidents, DashboardPage } from "./pages/dashboard";

test("the CSV and GeoJSON links export the filtered view in one click", async ({ page, request }) => {
  const { incidents } = await apiIncidents(request);
  const province = incidents.find((i) => i.province)?.province;
  expect(province, "no incident with a governorate in the seeds").toBeTruthy();
  const d = new DashboardPage(page);
  await d.goto(`province=${encodeURIComponent(province!)}`);
  const expected = incidents.filter((i) => i.province === province).length;

  const csv = d.exportLink("CSV");
  await expect(csv).toHaveAttribute("href", `/api/incidents.csv?province=${encodeURIComponent(province!).replace(/%20/g, "+")}`);
  const [download] = await Promise.all([page.waitForEvent("download"), csv.click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);

  const geojson = await request.get((await d.exportLink("GeoJSON").getAttribute("href"))!);
  expect(geojson.ok()).toBeTruthy();
  const features = (await geojson.json()).features as { properties: { province: string | null } }[];
  expect(features.length).toBe(expected);
  for (const f of features) expect(f.properties.province).toBe(province);
});

test("the dashboard links to the API docs, adding articles and the editor login", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.goto();
  const nav = page.getByRole("navigation", { name: "Site" });
  await nav.getByRole("link", { name: "API docs" }).click();
  await expect(page).toHaveURL(/\/api-docs$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goBack();
  await nav.getByRole("link", { name: "Editor login" }).click();
  await expect(page.getByRole("heading", { name: "Editor login" })).toBeVisible();
  await page.goBack();
  // Adding articles asks a visitor to log in first.
  await nav.getByRole("link", { name: "Add articles" }).click();
  await expect(page).toHaveURL(/\/login\?next=%2Fingest|\/login\?next=\/ingest/);
});

test("a skip link takes the keyboard past the filters and the map to the table", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.goto();
  const skip = page.getByRole("link", { name: "Skip to the incident table" });
  for (let n = 0; n < 3 && !(await skip.evaluate((el) => el === document.activeElement)); n++) await page.keyboard.press("Tab");
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#incidents$/);
  await expect(d.table).toBeInViewport();
  // The next Tab lands in the table's section, not back among the filters.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => !!document.activeElement?.closest("#incidents"))).toBe(true);
});
