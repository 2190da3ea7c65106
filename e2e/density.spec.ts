// The density view (issue 19): hexagons instead of markers, shaded by incidents or killed, with a
// legend; the switch lives in the URL so a copied link opens the same layer. No tiles needed.
import { expect, test } from "@playwright/test";
import { apiIncidents, DashboardPage } from "./pages/dashboard";

test("switching to density draws hexagons holding every located incident, with a legend", async ({ page, request }) => {
  const { incidents } = await apiIncidents(request);
  const located = incidents.filter((i) => i.lat !== null && i.lon !== null).length;
  const d = new DashboardPage(page);
  await d.goto();
  await expect(d.markers.first()).toBeAttached();
  await d.mapLayer("Density (hexagons)").check({ force: true });
  await expect.poll(() => d.param("layer")).toBe("density");
  await expect(d.hexagons().first()).toBeVisible();
  await expect(d.markers).toHaveCount(0);
  await expect(d.densityLegend()).toContainText("Incidents per hexagon");

  // Every located incident is in one hexagon, and the legend says how many hexagons are drawn.
  const hexagons = await d.hexagons().count();
  await expect(page.getByTestId("density-total")).toHaveText(`· ${located} incidents in ${hexagons} hexagon${hexagons === 1 ? "" : "s"}`);

  await d.mapLayer("Killed").check({ force: true });
  await expect.poll(() => d.param("density")).toBe("killed");
  await expect(d.densityLegend()).toContainText("Killed per hexagon");
  await d.mapLayer("Markers").check({ force: true });
  await expect.poll(() => d.param("layer")).toBeNull();
  await expect(d.hexagons()).toHaveCount(0);
  await expect(d.markers.first()).toBeAttached();
});

test("a link with the density layer opens it, and it survives a filter change", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.goto("layer=density&density=killed");
  await expect(d.mapLayer("Killed")).toBeChecked();
  await expect(d.hexagons().first()).toBeVisible();
  await d.toggleGovernorate("Homs");
  await d.settled();
  await expect.poll(() => d.param("layer")).toBe("density");
  await expect(d.hexagons().first()).toBeVisible();
});

test.describe("phones", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test("the density switch can be tapped and the hexagons show", async ({ page }) => {
    const d = new DashboardPage(page);
    await d.goto();
    await page.getByText("Density (hexagons)", { exact: true }).tap();
    await expect(d.hexagons().first()).toBeVisible();
  });
});

test("Show on map from the table flies to the incident in the density view too", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.goto("layer=density");
  await expect(d.hexagons().first()).toBeVisible();
  const row = d
    .rows()
    .filter({ hasNot: page.getByText("not on the map") })
    .first();
  await row.getByRole("button", { name: /^Show on map/ }).click();
  // The view zooms in to the incident (the link records the zoom): no marker is needed for it.
  await expect.poll(() => Number(d.mapView()?.split(",")[2] ?? 0)).toBeGreaterThanOrEqual(9);
  await expect(d.hexagons().first()).toBeAttached();
});

test("a hexagon can be reached from the keyboard: it says what it holds and Enter zooms in", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.goto("layer=density");
  const hex = d.hexagons().first();
  await expect(hex).toBeVisible();
  await expect(hex).toHaveAttribute("tabindex", "0");
  await expect(hex).toHaveAttribute("aria-label", /^\d[\d,]* incidents?, \d[\d,]* killed: zoom in$/);
  // The whole of Syria fits at zoom 7 or less; Enter flies two levels in.
  const zoom = () => Number(d.mapView()?.split(",")[2] ?? 0);
  const before = zoom();
  expect(before).toBeLessThanOrEqual(7);
  await hex.focus();
  await page.keyboard.press("Enter");
  await expect.poll(zoom).toBeGreaterThanOrEqual(Math.max(before + 2, 8));
});
