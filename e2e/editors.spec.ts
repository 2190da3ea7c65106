// What an editor could not do in the page (issue 19, defect 8): undo a delete, reach a deleted
// incident's history and restore it, move an incident to a gazetteer place or to coordinates,
// and edit or remove a tally before saving an article.
import { expect, test } from "@playwright/test";
import { createEditor, createToken } from "./support/editor";
import { IncidentEditorPage, ReviewPage } from "./pages/editing";
import { LoginPage } from "./pages/login";

const PASSWORD = "editors gaps password";
let token = "";

test.beforeAll(() => {
  createEditor("gaps-editor", PASSWORD);
  token = createToken("gaps-editor", `gaps-${Date.now()}`);
});

test.beforeEach(async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.logIn("gaps-editor", PASSWORD);
  await expect(page).toHaveURL(/\/ingest/);
});

type Incident = { id: number; place: string | null; placeId: string | null; province: string | null; lat: number | null; lon: number | null };

/** A new incident of its own, through the API. */
async function newIncident(request: import("@playwright/test").APIRequestContext, text: string): Promise<number> {
  const r = await request.post("/api/articles", {
    data: { text: `${text} (${Date.now()})`, publishedAt: "2025-06-03" },
    headers: { authorization: `Bearer ${token}` },
  });
  expect(r.status()).toBe(201);
  const { articleId } = (await r.json()) as { articleId: number };
  const { article } = (await (await request.get(`/api/articles/${articleId}`)).json()) as { article: { incidents: { id: number }[] } };
  return article.incidents[0]!.id;
}

test("a delete can be undone in the page, and the deleted incident keeps a page with its history and a restore button", async ({ page, request }) => {
  const id = await newIncident(request, "Three shepherds were killed on Sunday by a landmine near Sukhnah in Homs province, a monitor said.");
  const incident = new IncidentEditorPage(page);
  await incident.goto(id);
  await incident.deleteIncident();
  await expect(incident.deletedNotice).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/incidents/${id}`));
  expect((await request.get(`/api/incidents/${id}`)).status()).toBe(404);
  await incident.undo.click();
  await expect(incident.form).toBeVisible();
  expect((await request.get(`/api/incidents/${id}`)).status()).toBe(200);

  await incident.deleteIncident();
  await expect(incident.deletedNotice).toBeVisible();
  const response = await page.goto(`/incidents/${id}`);
  expect(response?.status()).toBe(200);
  await expect(incident.deletedNotice).toContainText("deleted");
  await expect(incident.history).toContainText("delete");
  await expect(incident.history).toContainText("restore");
  await incident.restore.click();
  await expect(incident.form).toBeVisible();
  expect((await request.get(`/api/incidents/${id}`)).status()).toBe(200);
});

test("the correction form moves an incident to a gazetteer place, and to typed coordinates", async ({ page, request }) => {
  const id = await newIncident(request, "Two soldiers were killed on Monday in an attack in the Homs desert, a monitor said.");
  const read = async () => ((await (await request.get(`/api/incidents/${id}`)).json()) as { incident: Incident }).incident;
  const incident = new IncidentEditorPage(page);
  await incident.goto(id);
  const changes = incident.history.locator(":scope > li");
  const before = await changes.count();
  await incident.choosePlace("Sukhn", /Sukhnah|Sukhna/);
  await incident.save.click();
  // (the extracted incident may already have a place id: wait for the saved place itself)
  await expect.poll(async () => (await read()).place).toMatch(/Sukhn/);
  const moved = await read();
  expect(moved.placeId).not.toBeNull();
  expect(moved.province).toBe("Homs");
  expect(moved.lat).toBeCloseTo(34.9, 0);
  // The form starts again from the stored values once the page has them: the page shows the saved change
  // (the picked place already put the same latitude in the old form, so its value alone cannot tell)
  await expect(changes).toHaveCount(before + 1);
  await expect(incident.latitude).toHaveValue(String(moved.lat));

  await incident.latitude.fill("34.75");
  await incident.longitude.fill("38.6");
  await incident.save.click();
  await expect.poll(async () => (await read()).lat).toBe(34.75);
  expect((await read()).lon).toBe(38.6);
});

test("a tally can be corrected or removed in the review before saving", async ({ page, request }) => {
  const review = new ReviewPage(page);
  const text = (n: number) =>
    `Four soldiers were killed on Tuesday in an ambush near Sukhnah in Homs province, a war monitor said (tally run ${n}).\n\n` +
    "The Observatory says at least 753 soldiers have been killed in the desert since March 24, 2019.";
  const tallies = async (articleId: number) =>
    ((await (await request.get(`/api/articles/${articleId}`)).json()) as { article: { tallies: { count: number }[] } }).article.tallies;

  await review.goto();
  await review.text.fill(text(Date.now()));
  await review.publishedAt.fill("2025-05-20");
  await review.extract.click();
  await review.tally(1).getByLabel("Count", { exact: true }).fill("760");
  await review.save.click();
  await expect(review.saved).toBeVisible();
  expect((await tallies(await review.savedArticleId())).map((t) => t.count)).toEqual([760]);

  await review.goto();
  await review.text.fill(text(Date.now() + 1));
  await review.publishedAt.fill("2025-05-20");
  await review.extract.click();
  await review.tally(1).getByRole("button", { name: "Remove: not a tally" }).click();
  await review.save.click();
  await expect(review.saved).toBeVisible();
  expect(await tallies(await review.savedArticleId())).toEqual([]);
});
