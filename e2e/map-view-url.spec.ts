// The map's view in the URL (issue 19, "The whole view shareable"): after a pan or a zoom the
// address holds the centre and zoom beside the filters, and that address opens the same view.
import { expect, test } from "@playwright/test";
import { DashboardPage } from "./pages/dashboard";

const near = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.abs(a.x - b.x) <= 3 && Math.abs(a.y - b.y) <= 3;

test("a zoom writes the view into the URL, and the link opens the same view", async ({ page, context }) => {
  const d = new DashboardPage(page);
  await d.goto("province=Homs");
  await expect(d.map.locator(".governorate-label", { hasText: "Homs" })).toBeVisible();
  await d.zoomIn().click();
  await expect.poll(() => d.mapView()).toMatch(/^\d+(\.\d+)?,\d+(\.\d+)?,\d+(\.\d+)?$/);
  // Let the zoom animation end and the URL settle on its final view.
  await page.waitForTimeout(800);
  const view = d.mapView()!;
  expect(new URL(page.url()).searchParams.getAll("province")).toEqual(["Homs"]);
  const here = await d.labelPosition("Homs");

  const other = new DashboardPage(await context.newPage());
  await other.page.setViewportSize(page.viewportSize()!);
  await other.goto(`province=Homs&map=${view}`);
  // The same place on screen, give or take the rounding of the centre in the link.
  await expect.poll(async () => near(await other.labelPosition("Homs"), here)).toBe(true);
  expect(other.mapView()).toBe(view);
});

test("a view that cannot be used opens all of Syria, as without one", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.goto();
  const plain = await d.labelPosition("Hasakah");
  await d.goto("map=abc");
  await expect.poll(async () => near(await d.labelPosition("Hasakah"), plain)).toBe(true);
  await expect(d.unusableFilters).toHaveCount(0);
});

test("a filter changed after panning keeps the view parameter in the link", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.goto();
  await d.zoomIn().click();
  await expect.poll(() => d.mapView()).not.toBeNull();
  await d.toggleGovernorate("Raqqa");
  await expect.poll(() => new URL(page.url()).searchParams.getAll("province")).toEqual(["Raqqa"]);
  await d.settled();
  await expect.poll(() => d.mapView()).not.toBeNull();
});
