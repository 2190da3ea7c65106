// Vague figures (issue 19, defect 3): "dozens killed" and "several others wounded" are conventional
// floors, never hard counts. The table, the incident page and the cards mark them ("≥12", "≥ 3"),
// the cards say a sum includes floors, and "nearly half a million" is an upper bound with no garbled
// "(since)" label.
import { expect, test } from "@playwright/test";
import { createEditor, createToken } from "./support/editor";
import { DashboardPage } from "./pages/dashboard";
import { IncidentPage } from "./pages/source-pages";

let incidentId = 0;

test.beforeAll(async ({ request }) => {
  createEditor("vague-editor", "vague figures password");
  const token = createToken("vague-editor", `vague-${Date.now()}`);
  const text =
    `Gunmen attacked an army checkpoint near Palmyra on Sunday, killing dozens of soldiers, and several others were wounded, ` +
    `the Syrian Observatory said.\n\nNearly half a million people have been killed since the war began in March 2011, ` +
    `according to the monitor (run ${Date.now()}).`;
  const r = await request.post("/api/articles", {
    data: { text, publishedAt: "2019-05-06", source: "Vague Times" },
    headers: { authorization: `Bearer ${token}` },
  });
  expect(r.status()).toBe(201);
  const list = (await (await request.get("/api/incidents?year=2019&province=Homs&limit=50")).json()) as { incidents: { id: number; killedVague: boolean }[] };
  incidentId = list.incidents.find((i) => i.killedVague)!.id;
});

test("the table, the cards and the running totals mark floors and upper bounds", async ({ page }) => {
  const dashboard = new DashboardPage(page);
  await dashboard.goto("year=2019&province=Homs");
  await expect(dashboard.row(incidentId).getByRole("cell", { name: "≥12" })).toBeVisible();
  await expect(dashboard.row(incidentId).getByRole("cell", { name: "≥3" })).toBeVisible();
  await expect(dashboard.killedCard).toContainText("≥ 12");
  await expect(dashboard.killedCard).toContainText("includes 1 vague figure counted at its floor");
  await expect(dashboard.injuredCard).toContainText("≥ 3");
  await expect(dashboard.tallies).toContainText("up to 500,000 people killed since 1 March 2011");
  await expect(dashboard.tallies).not.toContainText("(since)");
  await expect(dashboard.tallies).not.toContainText("at least 500,000");
});

test("the incident page says the figure is a floor", async ({ page }) => {
  const incident = new IncidentPage(page);
  await incident.goto(incidentId);
  await expect(incident.heading).toContainText("≥12 killed");
  await expect(incident.field("Killed (best)")).toContainText("≥12 (a vague word");
  await expect(incident.field("Injured")).toContainText("≥3 (a vague word");
});

test("on a phone the incident card marks the floor too", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const dashboard = new DashboardPage(page);
  await dashboard.goto("year=2019&province=Homs");
  const card = page.getByRole("list", { name: "Incidents" }).locator(`li[data-incident-id="${incidentId}"]`);
  await expect(card).toContainText("≥12 killed");
});
