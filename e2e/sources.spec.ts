// The incident page and the article page: every number reaches its source sentence.
import { expect, test } from "@playwright/test";
import { apiIncidents, DashboardPage } from "./pages/dashboard";
import { ArticlePage, IncidentPage } from "./pages/source-pages";

test("the incident page shows every field and highlights the evidence in each source", async ({ page, request }, info) => {
  const { incidents } = await apiIncidents(request);
  expect(incidents.length, "no incidents in the seeds").toBeGreaterThan(0);
  const d = new DashboardPage(page);
  await d.goto();
  // Reach it from the table, as a user would: the first row's incident link.
  const row = d.rows().first();
  const id = Number(await row.getAttribute("data-incident-id"));
  await row.getByRole("link", { name: new RegExp(`^Incident #${id}`) }).click();
  await expect(page).toHaveURL(new RegExp(`/incidents/${id}$`));

  const p = new IncidentPage(page);
  await expect(p.heading).toBeVisible();
  const incident = (await (await request.get(`/api/incidents/${id}`)).json()) as {
    incident?: { sources: { evidence: string }[] };
    sources?: { evidence: string }[];
  };
  const sources = (incident.incident ?? incident).sources ?? [];
  for (const label of ["Date", "Place", "Governorate", "Perpetrator", "Target", "Killed (best)", "Injured", "Reported by"]) {
    await expect(page.getByRole("term").filter({ hasText: new RegExp(`^${label.replace(/[()]/g, "\\$&")}$`, "i") })).toHaveCount(1);
  }
  await expect(p.sources).toHaveCount(sources.length);
  await expect(p.evidence).toHaveCount(sources.length);
  for (let s = 0; s < sources.length; s++) await expect(p.evidence.nth(s)).toHaveText(sources[s]!.evidence);
  await page.screenshot({ path: info.outputPath("incident.png"), fullPage: true });
});

test("the article page highlights every incident and running total it yielded, each linked", async ({ page, request }, info) => {
  const res = await request.get("/api/articles");
  const { articles } = (await res.json()) as { articles: { id: number; incidents: number; tallies: number }[] };
  const article = [...articles].sort((a, b) => b.incidents - a.incidents)[0];
  expect(article, "no articles in the seeds").toBeTruthy();
  const detail = (await (await request.get(`/api/articles/${article!.id}`)).json()) as {
    article: { text: string; incidents: { id: number; evidenceStart: number; evidenceEnd: number }[]; tallies: { id: number }[] };
  };

  const p = new ArticlePage(page);
  await p.goto(article!.id);
  const incidentIds = [...new Set(detail.article.incidents.map((i) => i.id))];
  const keys = await p.markKeys("incident");
  expect(keys.length).toBe(detail.article.incidents.length);
  for (const id of incidentIds) {
    await expect(page.locator(`mark#incident-${id}`)).toBeVisible();
    await expect(page.getByRole("link", { name: new RegExp(`^Incident #${id}:`) })).toHaveAttribute("href", `/incidents/${id}`);
  }
  // The highlighted text is exactly the evidence span.
  for (const i of detail.article.incidents) {
    const text = await page.locator(`mark[data-mark="incident-${i.id}"]`).evaluateAll((els) => els.map((e) => e.textContent ?? "").join(""));
    expect(text.length).toBeGreaterThanOrEqual(i.evidenceEnd - i.evidenceStart);
  }
  expect((await p.markKeys("tally")).length).toBe(detail.article.tallies.length);
  await expect(p.incidentList.getByRole("listitem")).toHaveCount(detail.article.incidents.length);
  await page.screenshot({ path: info.outputPath("article.png"), fullPage: true });
});

test("unknown ids show a not-found page", async ({ page }) => {
  const res = await page.goto("/incidents/999999999");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
