// The review queue: what arrives through the API waits, marked, on the dashboard and in /review,
// where an editor accepts, rejects (and undoes), corrects and splits a merge, by keys and buttons.
import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login";
import { ReviewQueuePage } from "./pages/review-queue";
import { createEditor, createToken } from "./support/editor";

const PASSWORD = "review queue password";
let token = "";

test.beforeAll(() => {
  createEditor("review-editor", PASSWORD);
  token = createToken("review-editor", `review-${Date.now()}`);
});

// This test's incidents are dated decades before the seeds; left behind, they stretch every later test's
// timeline (the time slider's span) back to the 1950s.
test.afterAll(async ({ request }) => {
  const res = await request.get("/api/incidents?to=1990-12-31&limit=500");
  const { incidents } = (await res.json()) as { incidents: { id: number }[] };
  for (const i of incidents) await request.delete(`/api/incidents/${i.id}`, { headers: { authorization: `Bearer ${token}` } });
});

type Incident = { id: number; reviewed: boolean; reviewedBy: string | null; killed: number | null; sources: { articleId: number }[] };

test("incidents that arrived by themselves are marked, then accepted, rejected, corrected and split in /review", async ({ page, request }) => {
  const run = Date.now();
  // A publication day of this run's own, decades before the seeds, so no earlier run's incident is "the same attack".
  const published = new Date(Date.UTC(1950, 0, 1) + (run % 14_000) * 86_400_000);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const window = `from=${day(new Date(published.getTime() - 8 * 86_400_000))}&to=${day(published)}`;
  const post = async (text: string, source: string) => {
    const r = await request.post("/api/articles", {
      data: { text: `${text} (${run})`, source, publishedAt: day(published), url: `https://example.org/review/${source}/${run}` },
      headers: { authorization: `Bearer ${token}` },
    });
    expect(r.status()).toBe(201);
    return ((await r.json()) as { articleId: number }).articleId;
  };
  const amaq = await post("Islamic State fighters killed five soldiers and wounded four others near Sukhnah in Homs province on Monday.", "Amaq");
  const sana = await post("Gunmen killed six soldiers and injured three near Sukhnah in Homs province on Monday, SANA reported.", "SANA");
  const daraa = await post("A roadside bomb killed two policemen in Daraa city on Monday, local activists said.", "Daraa 24");
  const list = async () => ((await (await request.get(`/api/incidents?${window}&limit=100`)).json()) as { incidents: Incident[] }).incidents;
  const ofArticle = async (articleId: number) => (await list()).find((i) => i.sources.some((s) => s.articleId === articleId))!;
  const sukhnah = await ofArticle(amaq);
  const bomb = await ofArticle(daraa);
  expect(sukhnah.sources.map((s) => s.articleId).sort()).toEqual([amaq, sana].sort());
  expect([sukhnah.reviewed, bomb.reviewed]).toEqual([false, false]);

  // The dashboard marks them, and hides them when asked for reviewed incidents only.
  await page.goto(`/?${window}`);
  const row = page.getByTestId("incident-table").locator(`tr[data-incident-id="${sukhnah.id}"]`);
  await expect(row.getByTestId("unreviewed-mark")).toBeVisible();
  await page.goto(`/?${window}&reviewed=true`);
  await expect(page.getByTestId("incident-table").locator(`tr[data-incident-id="${sukhnah.id}"]`)).toHaveCount(0);

  const login = new LoginPage(page);
  await login.goto("/review");
  await login.logIn("review-editor", PASSWORD);
  const queue = new ReviewQueuePage(page);
  await expect(page).toHaveURL(/\/review$/);

  // a: accepted, out of the queue, reviewed in the API with the editor's name.
  await queue.choose(bomb.id);
  await queue.press("a");
  await expect(queue.card(bomb.id)).toHaveCount(0);
  await expect(queue.status).toContainText(`Accepted incident #${bomb.id}`);
  expect(await ofArticle(daraa)).toMatchObject({ reviewed: true, reviewedBy: "review-editor" });

  // r rejects (deletes), u brings it back.
  await queue.choose(sukhnah.id);
  await queue.press("r");
  await expect(queue.card(sukhnah.id)).toHaveCount(0);
  expect(await ofArticle(amaq)).toBeUndefined();
  await queue.press("u");
  await expect(queue.card(sukhnah.id)).toBeVisible();
  expect((await ofArticle(amaq)).id).toBe(sukhnah.id);

  // The merge is shown and undone: SANA's account becomes an incident of its own, in the queue.
  await expect(queue.card(sukhnah.id).getByTestId("merged-mark")).toHaveText("merged: 2 articles");
  await queue.card(sukhnah.id).getByRole("button", { name: "Undo the merge: split off SANA" }).click();
  await expect(queue.card(sukhnah.id).getByTestId("merged-mark")).toHaveCount(0);
  const splitOff = await ofArticle(sana);
  expect(splitOff.id).not.toBe(sukhnah.id);
  await expect(queue.card(splitOff.id)).toBeVisible();

  // c opens the correction form; saving a correction is a review too.
  await queue.choose(sukhnah.id);
  await queue.press("c");
  await expect(queue.correctionForm).toBeVisible();
  await queue.correctionForm.getByLabel("Killed (best)").fill("5");
  await queue.correctionForm.getByLabel("Injured", { exact: true }).fill("3");
  await queue.correctionForm.getByRole("button", { name: "Save corrections" }).click();
  await expect(queue.card(sukhnah.id)).toHaveCount(0);
  expect(await ofArticle(amaq)).toMatchObject({ reviewed: true, reviewedBy: "review-editor", killed: 5 });

  // The buttons do what the keys do.
  await queue
    .card(splitOff.id)
    .getByRole("button", { name: /^Reject/ })
    .click();
  await expect(queue.card(splitOff.id)).toHaveCount(0);
  expect(await ofArticle(sana)).toBeUndefined();
});
