// The map's base layer without internet, and accessibility (axe) of the three pages.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { apiIncidents, DashboardPage } from "./pages/dashboard";

const isLocal = (url: URL) => ["localhost", "127.0.0.1", "[::1]", "::1"].includes(url.hostname);

test("the offline base layer (governorates and neighbouring countries, labelled) is drawn with no network", async ({ page }, info) => {
  const blocked: string[] = [];
  await page.route(
    (url) => !isLocal(url),
    (route) => {
      blocked.push(route.request().url());
      return route.abort("internetdisconnected");
    },
  );
  const d = new DashboardPage(page);
  await d.goto();
  // 14 governorates (plus the UNDOF strip, unnamed) and their labels.
  await expect.poll(() => d.governorateShapes.count()).toBeGreaterThanOrEqual(14);
  const map = page.getByTestId("map");
  for (const name of ["Damascus", "Aleppo", "Deir ez-Zor", "Homs"]) await expect(map.locator(".governorate-label", { hasText: name })).toBeVisible();
  for (const name of ["Iraq", "Turkey", "Jordan"]) await expect(map.locator(".country-label", { hasText: name })).toBeVisible();
  // No online tiles were drawn.
  await expect(map.locator("img.leaflet-tile-loaded")).toHaveCount(0);
  await expect(d.markers.or(page.locator(".incident-cluster")).first()).toBeVisible();
  await map.screenshot({ path: info.outputPath("offline-map.png") });
});

async function expectNoSeriousViolations(page: Page, name: string, info: import("@playwright/test").TestInfo) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  await info.attach(`axe-${name}.json`, { body: JSON.stringify(results.violations, null, 2), contentType: "application/json" });
  expect(
    bad.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 5)
          .join(", ")}`,
    ),
  ).toEqual([]);
}

test("axe finds no serious or critical violation on the dashboard", async ({ page }, info) => {
  const d = new DashboardPage(page);
  await d.goto();
  await expect(d.markers.or(page.locator(".incident-cluster")).first()).toBeVisible();
  await expectNoSeriousViolations(page, "dashboard", info);
});

test("axe finds no serious or critical violation in the density view, with a link copied", async ({ page, context }, info) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const d = new DashboardPage(page);
  await d.goto("layer=density&density=killed&perpetrator=Islamic+State");
  await expect(d.hexagons().first()).toBeVisible();
  await d.copyLinkButton().click();
  await expect(d.copyLinkStatus()).toContainText("Link copied");
  await expectNoSeriousViolations(page, "dashboard-density", info);
});

test("axe finds no serious or critical violation on an incident page and an article page", async ({ page, request }, info) => {
  const { incidents } = await apiIncidents(request, "limit=1");
  expect(incidents.length, "no incidents in the seeds").toBeGreaterThan(0);
  const i = incidents[0]!;
  await page.goto(`/incidents/${i.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoSeriousViolations(page, "incident", info);
  await page.goto(`/articles/${i.sources[0]!.articleId}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoSeriousViolations(page, "article", info);
});
