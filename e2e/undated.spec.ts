// Undated incidents and articles (issue 19, defect 4): where the cards and the charts differ
// because some incidents have no date, both say how many; an uploaded HTML page gives its own
// date, outlet and address; and the review warns before an article without a date is saved.
import { expect, test } from "@playwright/test";
import { createEditor, createToken } from "./support/editor";
import { DashboardPage } from "./pages/dashboard";
import { ReviewPage } from "./pages/editing";
import { LoginPage } from "./pages/login";

const PASSWORD = "undated review password";

test.beforeAll(() => {
  createEditor("undated-editor", PASSWORD);
});

async function logIn(page: import("@playwright/test").Page): Promise<void> {
  const login = new LoginPage(page);
  await login.goto();
  await login.logIn("undated-editor", PASSWORD);
  await expect(page).toHaveURL(/\/ingest/);
}

test("the cards and the charts say how many undated incidents the charts leave out", async ({ page, request }) => {
  const token = createToken("undated-editor", `undated-${Date.now()}`);
  const text = `Gunmen killed seven shepherds in the Homs desert, a monitor said (undated ${Date.now()}).`;
  const incident = { evidence: text, evidenceStart: 0, evidenceEnd: text.length, killed: 7, province: "Homs", reviewedFields: ["killed", "province"] };
  const r = await request.post("/api/articles", { data: { text, incidents: [incident] }, headers: { authorization: `Bearer ${token}` } });
  expect(r.status()).toBe(201);
  const total = ((await (await request.get("/api/incidents?limit=1")).json()) as { total: number }).total;
  const timeline = (await (await request.get("/api/stats/timeline")).json()) as { points: { incidents: number }[] };
  const undated = total - timeline.points.reduce((s, p) => s + p.incidents, 0);
  expect(undated).toBeGreaterThan(0);

  const dashboard = new DashboardPage(page);
  await dashboard.goto();
  const note = `${undated} undated, not in the charts`;
  await expect(dashboard.incidentsCard).toContainText(note);
  await expect(page.getByTestId("charts-undated")).toContainText(note);
  // A date filter leaves the undated out of the cards too: nothing to explain there.
  await dashboard.goto("year=2024");
  await expect(dashboard.incidentsCard).not.toContainText("undated");
});

test("an uploaded HTML page gives its publication date, outlet and canonical address", async ({ page, request }) => {
  await logIn(page);
  const run = Date.now();
  const html = `<!doctype html><html><head>
    <title>Ambush near Sukhnah | The Desert Times</title>
    <meta property="og:site_name" content="The Desert Times">
    <meta property="article:published_time" content="2024-03-14T08:30:00+03:00">
    <link rel="canonical" href="https://desert-times.example/2024/03/ambush-sukhnah-${run}">
    </head><body><article><h1>Ambush near Sukhnah</h1>
    <p>Four soldiers were killed on Tuesday in an ambush near Sukhnah in Homs province, a war monitor said (${run}).</p>
    </article></body></html>`;
  const review = new ReviewPage(page);
  await review.goto();
  await review.file.setInputFiles({ name: "ambush.html", mimeType: "text/html", buffer: Buffer.from(html) });
  await review.extract.click();
  await expect(review.meta).toContainText("The Desert Times");
  await expect(review.meta).toContainText("2024-03-14");
  await expect(review.undatedWarning).toHaveCount(0);
  await review.save.click();
  await expect(review.saved).toBeVisible();
  const { article } = (await (await request.get(`/api/articles/${await review.savedArticleId()}`)).json()) as {
    article: { source: string; url: string; publishedAt: string };
  };
  expect(article).toMatchObject({ source: "The Desert Times", url: `https://desert-times.example/2024/03/ambush-sukhnah-${run}`, publishedAt: "2024-03-14" });
});

test("a byline date is read when the page has no date in its head", async ({ page }) => {
  await logIn(page);
  const html = `<html><head><title>Clash in Daraa</title></head><body>
    <p class="byline">By A. Reporter · <time datetime="2023-11-02">2 November 2023</time></p>
    <p>Three fighters were killed in a clash near Nawa in Daraa province, a monitor said (${Date.now()}).</p></body></html>`;
  const review = new ReviewPage(page);
  await review.goto();
  await review.file.setInputFiles({ name: "clash.html", mimeType: "text/html", buffer: Buffer.from(html) });
  await review.extract.click();
  await expect(review.meta).toContainText("2023-11-02");
});

test("the review warns before an article without a publication date is saved", async ({ page }) => {
  await logIn(page);
  const review = new ReviewPage(page);
  await review.goto();
  await review.text.fill(`Five civilians were killed by shelling in rural Idlib, residents said (no date ${Date.now()}).`);
  await review.extract.click();
  await expect(review.undatedWarning).toBeVisible();
  await expect(review.undatedWarning).toContainText("no publication date");
  await review.save.click();
  await expect(review.saved).toHaveCount(0);
  await review.saveUndated.click();
  await expect(review.saved).toBeVisible();
});
