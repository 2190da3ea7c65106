// The map as an analyst reads it: popups on a phone, labels against cluster counts,
// incidents at one point, and the names screen readers hear.
import { expect, test } from "@playwright/test";
import type { Feature, FeatureCollection } from "geojson";
import { pointInArea } from "../components/map/geometry";
import { type ApiIncident, apiIncidents, DashboardPage } from "./pages/dashboard";

test.describe("on a phone (390×844, touch)", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("a tapped marker's popup fits inside the map and stays open; Escape closes it", async ({ page }, info) => {
    const d = new DashboardPage(page);
    await d.goto();
    await d.press(await d.markerInView(), true);
    await expect(d.popup).toBeVisible();
    // Leaflet's pan to fit the popup and markercluster's tidy-up run within a second or so.
    await page.waitForTimeout(2000);
    await expect(d.popup).toBeVisible();
    expect(await d.popupInsideMap(), "the popup sticks out of the map").toBe(true);
    // The zoom buttons are drawn above popups: the popup keeps clear of them.
    const zoom = (await page.locator(".leaflet-control-zoom").boundingBox())!;
    const popup = (await page.locator(".leaflet-popup").boundingBox())!;
    expect(popup.x >= zoom.x + zoom.width || popup.y >= zoom.y + zoom.height, "the zoom buttons cover the popup").toBe(true);
    await page.screenshot({ path: info.outputPath("phone-popup.png") });
    await page.keyboard.press("Escape");
    await expect(d.popup).toHaveCount(0);
  });
});

test("markers are named buttons ('7 killed, Abu Kamal, Deir ez-Zor, …'); clusters say how many incidents", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.goto();
  const marker = await d.markerInView();
  await expect(marker).toHaveAttribute("role", "button");
  await expect(marker).toHaveAccessibleName(/^(\d+( \(\d+–\d+\))? killed|killed unknown), .+, .*\d{4}$/);
  const clusters = page.locator(".incident-cluster");
  await expect(clusters.first()).toBeVisible();
  for (const c of await clusters.all()) await expect(c).toHaveAccessibleName(/^\d+ incidents?$/);

  // The keyboard opens a marker's popup as a click does, and Escape closes it.
  await marker.focus();
  await page.keyboard.press("Enter");
  await expect(d.popup).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(d.popup).toHaveCount(0);
});

test("incidents at one point are spread apart at the last zoom, and each can be clicked", async ({ page, request }) => {
  const { incidents } = await apiIncidents(request);
  const at = new Map<string, number[]>();
  for (const i of incidents) if (i.lat !== null) at.set(`${i.lat},${i.lon}`, [...(at.get(`${i.lat},${i.lon}`) ?? []), i.id]);
  const pair = [...at.values()].find((ids) => ids.length > 1);
  expect(pair, "the seeds have no two incidents at one point").toBeTruthy();

  const d = new DashboardPage(page);
  await d.goto();
  await d.showManyRows();
  await d.table
    .locator(`tbody tr[data-incident-id="${pair![0]}"]`)
    .getByRole("button", { name: /^Show on map/ })
    .click();
  await expect(d.popup).toBeVisible();
  await expect(d.popup.getByRole("link", { name: "Incident details" })).toHaveAttribute("href", `/incidents/${pair![0]}`);
  await page.keyboard.press("Escape");
  await expect(d.popup).toHaveCount(0);

  // Every incident of the point is its own marker, and a click at its centre reaches it.
  const centres = await d.markerCentres();
  const here = centres.filter((c) => pair!.includes(c.id));
  expect(here.map((c) => c.id).sort()).toEqual([...pair!].sort());
  for (const a of here) for (const b of here) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(10);
  for (const c of here) {
    await page.mouse.click(c.x, c.y);
    await expect(d.popup.getByRole("link", { name: "Incident details" })).toHaveAttribute("href", `/incidents/${c.id}`);
    // The popup would cover the next marker.
    await page.keyboard.press("Escape");
    await expect(d.popup).toHaveCount(0);
  }
});

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`governorate labels (${colorScheme})`, () => {
    test.use({ colorScheme });

    test("cover no cluster count and no marker, and every count can be read and clicked", async ({ page }, info) => {
      const d = new DashboardPage(page);
      await d.goto();
      await d.markerInView();
      const clusters = page.locator(".incident-cluster");
      await expect(clusters.first()).toBeVisible();
      // Let the labels settle after the clusters are drawn.
      await page.waitForTimeout(500);
      const overlaps = await d.labelOverlaps();
      expect(overlaps).toEqual([]);
      for (const c of await clusters.all()) {
        // (elementFromPoint sees only the viewport: a cluster low on the map may sit below the fold)
        await c.scrollIntoViewIfNeeded();
        const b = (await c.boundingBox())!;
        const hit = await page.evaluate(([x, y]) => !!document.elementFromPoint(x!, y!)?.closest(".incident-cluster"), [b.x + b.width / 2, b.y + b.height / 2]);
        expect(hit, "something is drawn over a cluster count").toBe(true);
      }
      await d.map.screenshot({ path: info.outputPath(`labels-${colorScheme}.png`) });
    });
  });
}

test("incidents naming no governorate but drawn inside the selected one stay on the map, marked as not counted", async ({ page, request }, info) => {
  const { incidents } = await apiIncidents(request);
  const geo = (await (await request.get("/geo/syria-governorates.geojson")).json()) as FeatureCollection;
  const nameOf = (f: Feature) => String((f.properties as { name?: string } | null)?.name);
  const inside = (i: ApiIncident, name: string) => geo.features.some((f) => nameOf(f) === name && pointInArea(i.lon!, i.lat!, f.geometry));
  const unplaced = incidents.filter((i) => i.province === null && i.lat !== null);
  const name = geo.features.map(nameOf).find((n) => unplaced.some((i) => inside(i, n)));
  expect(name, "the seeds draw no incident without a governorate inside one").toBeTruthy();

  const d = new DashboardPage(page);
  await d.goto(`province=${encodeURIComponent(name!)}`);
  await expect(d.uncountedNote).toContainText(`drawn inside ${name}`);
  const rings = page.locator("path.incident-uncounted");
  await expect(rings.first()).toBeAttached();
  const ids = await rings.evaluateAll((els) => els.map((e) => Number((e as SVGElement).dataset.incidentId)));
  expect(ids.sort()).toEqual(
    unplaced
      .filter((i) => inside(i, name!))
      .map((i) => i.id)
      .sort(),
  );
  await expect(rings.first()).toHaveAccessibleName(/names no governorate, not counted/);
  await page.waitForTimeout(500);
  expect(await d.labelOverlaps()).toEqual([]);
  // The figures stay those of the incidents whose sources name the governorate.
  expect(await d.incidentCount()).toBe(incidents.filter((i) => i.province === name).length);
  await d.map.screenshot({ path: info.outputPath("uncounted.png") });
});

test.describe("in dark mode", () => {
  test.use({ colorScheme: "dark" });

  test("a popup is dark with light text, as the rest of the page", async ({ page }) => {
    const d = new DashboardPage(page);
    await d.goto();
    await (await d.markerInView()).click({ force: true });
    await expect(d.popup).toBeVisible();
    const [bg, fg] = await page.locator(".leaflet-popup-content-wrapper").evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
    expect(bg).toBe("rgb(15, 23, 42)");
    expect(fg).toBe("rgb(226, 232, 240)");
  });
});
