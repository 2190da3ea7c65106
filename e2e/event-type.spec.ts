// Event type (issue 19, "Event type and civilians"): the map colours its markers by event type, with
// a legend of the types shown and a switch back to perpetrators, and the killed chart splits by it.
import { expect, test } from "@playwright/test";
import { apiIncidents, DashboardPage } from "./pages/dashboard";

// The map's colours (components/map/palette.ts), as a reader checks them against the legend.
const COLOURS: Record<string, string> = { "armed-clash": "#D55E00", "ambush-raid": "#E69F00", other: "#999933" };

test("markers take their event type's colour, and the legend names the types shown", async ({ page, request }) => {
  const { incidents } = await apiIncidents(request);
  const typed = incidents as ((typeof incidents)[number] & { eventType: string | null; perpetrator: string | null })[];
  const d = new DashboardPage(page);
  await d.goto();
  await expect(d.colourBy("Event type")).toBeChecked();
  await expect(d.markers.first()).toBeAttached();
  const fills = await d.markerFills();
  const drawn = typed.filter((i) => fills[i.id] !== undefined && i.eventType && COLOURS[i.eventType]);
  expect(drawn.length).toBeGreaterThan(0);
  for (const i of drawn) expect(fills[i.id]!.toLowerCase()).toBe(COLOURS[i.eventType!]!.toLowerCase());
  await expect(d.markerColours()).toContainText("Armed clash");

  await d.colourBy("Perpetrator").check();
  await expect(d.markerColours()).toContainText("Islamic State");
  await expect(d.markerColours()).not.toContainText("Armed clash");
  const byPerpetrator = await d.markerFills();
  const changed = drawn.filter((i) => byPerpetrator[i.id] && byPerpetrator[i.id] !== fills[i.id]);
  expect(changed.length).toBeGreaterThan(0);
});

test("the killed chart splits by event type", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.goto();
  await d.chartSplit("By event type").check({ force: true });
  const legend = d.killedChart.getByRole("list", { name: "Colours: event types", exact: true });
  await expect(legend).toContainText("Armed clash");
  await expect(legend).toContainText("Ambush or raid");
});

test("on a phone the legend's switch is reachable and labelled", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const d = new DashboardPage(page);
  await d.goto();
  await d.colourBy("Perpetrator").scrollIntoViewIfNeeded();
  await expect(d.colourBy("Perpetrator")).toBeInViewport();
  await d.colourBy("Perpetrator").check();
  await expect(d.colourBy("Perpetrator")).toBeChecked();
});
