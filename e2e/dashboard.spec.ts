// The dashboard at `/`: filters (governorate, year, URL round trip, reset, empty state),
// the charts, and the selection between the table and the map.
import { expect, test } from "@playwright/test";
import { apiIncidents, DashboardPage } from "./pages/dashboard";

test("a governorate filter narrows the markers, the chart, the cards and the table", async ({ page, request }, info) => {
  const { incidents } = await apiIncidents(request);
  // A governorate that holds some, but not all, of the located incidents.
  const counts = new Map<string, number>();
  for (const i of incidents) if (i.province && i.lat !== null) counts.set(i.province, (counts.get(i.province) ?? 0) + 1);
  const located = incidents.filter((i) => i.lat !== null).length;
  const governorate = [...counts.entries()].find(([, n]) => n < located)?.[0];
  // npm test seeds this database: the seeds span several governorates, so a missing one is a failure.
  expect(governorate, "the data has incidents in a single governorate only").toBeTruthy();

  const d = new DashboardPage(page);
  await d.goto();
  await expect(d.markers.first()).toBeAttached();
  const allIncidents = await d.incidentCount();
  const allKilled = await d.killedInChart();
  expect(allIncidents).toBe(incidents.length);
  await page.screenshot({ path: info.outputPath("dashboard-all.png"), fullPage: true });

  await d.toggleGovernorate(governorate!);
  await expect(page).toHaveURL(new RegExp(`province=${encodeURIComponent(governorate!).replace(/%20/g, "(\\+|%20)")}`));
  await expect(d.governorate(governorate!)).toBeChecked();
  await d.settled();

  await expect.poll(() => d.incidentCount()).toBe(incidents.filter((i) => i.province === governorate).length);
  await expect.poll(() => d.killedInChart()).toBeLessThanOrEqual(allKilled);
  expect(await d.killedInChart()).toBe(incidents.filter((i) => i.province === governorate && i.date).reduce((s, i) => s + (i.killed ?? 0), 0));
  // Markers: clustered or not, there are fewer paths and cluster icons than before, and at least one.
  await expect.poll(async () => (await d.markers.count()) + (await page.locator(".incident-cluster").count())).toBeGreaterThan(0);
  await d.showManyRows();
  const govs = await d.rowGovernorates();
  expect(govs.length).toBe(counts.get(governorate!) ?? govs.length);
  for (const g of govs) expect(g).toBe(governorate);
  // The selected governorate is outlined on the map.
  await expect(page.locator("path.governorate-selected")).toHaveCount(1);
  await page.screenshot({ path: info.outputPath("dashboard-governorate.png"), fullPage: true });
});

test("a year filter keeps only that year's incidents", async ({ page }, info) => {
  const d = new DashboardPage(page);
  await d.goto();
  const years = (await d.year.locator("option").allTextContents()).filter((y) => /^\d{4}$/.test(y));
  expect(years.length).toBeGreaterThan(0);
  const year = years[0]!;
  const before = await d.incidentCount();

  await d.year.selectOption(year);
  await expect(page).toHaveURL(new RegExp(`year=${year}`));
  await d.settled();
  await d.showManyRows();
  await expect.poll(async () => (await d.rowDates()).every((t) => t.endsWith(year))).toBe(true);
  expect(await d.incidentCount()).toBe(await d.rows().count());
  expect(await d.incidentCount()).toBeLessThanOrEqual(before);
  await page.screenshot({ path: info.outputPath("dashboard-year.png"), fullPage: true });
});

test("a filtered URL opens the filtered view, and the back button returns to it", async ({ page, request }, info) => {
  const { incidents } = await apiIncidents(request);
  const pick = incidents.find((i) => i.province && i.date);
  expect(pick, "no dated incident with a governorate in the seeds").toBeTruthy();
  const province = pick!.province!;
  const year = pick!.date!.slice(0, 4);

  const d = new DashboardPage(page);
  await d.goto(`province=${encodeURIComponent(province)}&year=${year}`);
  await expect(d.governorate(province)).toBeChecked();
  await expect(d.year).toHaveValue(year);
  await d.showManyRows();
  const expected = incidents.filter((i) => i.province === province && i.date?.startsWith(year)).length;
  await expect(d.rows()).toHaveCount(expected);
  for (const g of await d.rowGovernorates()) expect(g).toBe(province);
  await page.screenshot({ path: info.outputPath("url-filtered.png"), fullPage: true });

  // One reset control clears every filter...
  await d.reset.click();
  await expect(page).not.toHaveURL(/province=|year=/);
  await expect(d.governorate(province)).not.toBeChecked();
  await expect(d.year).toHaveValue("");
  await expect.poll(() => d.incidentCount()).toBe(incidents.length);

  // ...and the back button brings the filtered view back.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`year=${year}`));
  await expect(d.governorate(province)).toBeChecked();
  await expect(d.year).toHaveValue(year);
  await expect.poll(() => d.incidentCount()).toBe(expected);
  await page.screenshot({ path: info.outputPath("url-back.png"), fullPage: true });
});

test("filters that match nothing show an empty state", async ({ page }, info) => {
  const d = new DashboardPage(page);
  await d.goto("minKilled=999999");
  await expect(page.getByText("No incidents match these filters").first()).toBeVisible();
  await expect(page.getByText("No dated incidents match these filters.")).toBeVisible();
  expect(await d.incidentCount()).toBe(0);
  await expect(d.markers).toHaveCount(0);
  await page.screenshot({ path: info.outputPath("empty.png"), fullPage: true });
});

test("choosing a month in the charts narrows the date range to that month", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.goto();
  await page.getByText("Figures by month").click();
  const month = page.getByRole("button", { name: /^Narrow to / }).first();
  const label = (await month.getAttribute("aria-label"))!.replace("Narrow to ", "");
  await month.click();
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-01&to=\d{4}-\d{2}-\d{2}/);
  await d.settled();
  const [monthName, year] = label.split(" ");
  await d.showManyRows();
  for (const t of await d.rowDates()) {
    expect(t).toContain(year!);
    expect(t.toLowerCase()).toContain(monthName!.slice(0, 3).toLowerCase());
  }
});

test("selecting a table row flies the map to it; clicking a marker highlights its row", async ({ page, request }, info) => {
  const { incidents } = await apiIncidents(request);
  expect(
    incidents.some((i) => i.lat !== null),
    "no located incident in the seeds",
  ).toBe(true);
  const d = new DashboardPage(page);
  await d.goto();

  // Table -> map: the first row whose incident is on the map.
  const rows = d.rows();
  const n = await rows.count();
  let chosen = -1;
  for (let r = 0; r < n; r++) {
    if (!(await rows.nth(r).innerText()).includes("not on the map")) {
      chosen = r;
      break;
    }
  }
  expect(chosen).toBeGreaterThanOrEqual(0);
  const row = rows.nth(chosen);
  const id = Number(await row.getAttribute("data-incident-id"));
  const evidence = incidents.find((i) => i.id === id)!.evidence;
  await row.getByRole("button", { name: /^Show on map/ }).click();
  await expect(row.getByRole("button", { name: /^Show on map/ })).toHaveAttribute("aria-pressed", "true");
  await expect(d.popup).toBeVisible();
  await expect(d.popup).toContainText(evidence.slice(0, 60));
  await expect(d.popup.getByRole("link", { name: "Incident details" })).toHaveAttribute("href", `/incidents/${id}`);
  await expect(page.locator("path.incident-marker.selected")).toHaveCount(1);
  await page.screenshot({ path: info.outputPath("table-to-map.png") });

  // Map -> table, from a fresh view: click a marker, its row is highlighted.
  await d.goto();
  await d.table.scrollIntoViewIfNeeded();
  await page.getByTestId("map").scrollIntoViewIfNeeded();
  const marker = await d.markerInView();
  await marker.click({ force: true });
  await expect(d.popup).toBeVisible();
  const popupText = await d.popup.innerText();
  const selectedRow = d.table.locator("tbody tr[data-selected]");
  await expect(selectedRow).toHaveCount(1);
  const selectedId = Number(await selectedRow.getAttribute("data-incident-id"));
  expect(popupText).toContain(incidents.find((i) => i.id === selectedId)!.evidence.slice(0, 60));
  await expect(d.popup.getByRole("link", { name: "Incident details" })).toHaveAttribute("href", `/incidents/${selectedId}`);
  await expect(selectedRow.getByRole("button", { name: /^Show on map/ })).toHaveAttribute("aria-pressed", "true");
  await page.screenshot({ path: info.outputPath("map-to-table.png"), fullPage: true });
});
