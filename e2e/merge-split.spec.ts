// Two articles telling the same attack: one incident with two sources, split apart from the
// incident page and merged back, each step in the incident's history.
import { expect, test } from "@playwright/test";
import { createEditor, createToken } from "./support/editor";

const PASSWORD = "merge split password";
let token = "";

test.beforeAll(() => {
  createEditor("merge-editor", PASSWORD);
  token = createToken("merge-editor", `merge-${Date.now()}`);
});

type Incident = { id: number; killed: number | null; sources: { sourceId: number; articleId: number; source: string | null }[] };

test("an incident told by two articles is split from its page and merged back", async ({ page, request }) => {
  const run = Date.now();
  const post = async (text: string, source: string) => {
    const r = await request.post("/api/articles", {
      data: { text, source, publishedAt: "2025-02-14", url: `https://example.org/e2e/${source}/${run}` },
      headers: { authorization: `Bearer ${token}` },
    });
    expect(r.status()).toBe(201);
    return ((await r.json()) as { articleId: number }).articleId;
  };
  const a = await post(`Eight soldiers were killed on Thursday near Tadmur in Homs province, a monitor said. (${run})`, "Wire A");
  const b = await post(`Nine soldiers were killed on Thursday in an attack near Palmyra in Homs province, the Observatory said. (${run})`, "Wire B");
  const list = async () => ((await (await request.get("/api/incidents?province=Homs&year=2025&limit=1000")).json()) as { incidents: Incident[] }).incidents;
  const ofArticle = (all: Incident[], id: number) => all.find((i) => i.sources.some((s) => s.articleId === id))!;

  // Log in, through the page a new editor would use.
  await page.goto("/login");
  await page.getByLabel("Username").fill("merge-editor");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/ingest/);

  let all = await list();
  const first = ofArticle(all, a);
  if (ofArticle(all, b).id !== first.id) {
    // Not merged on arrival: merge them by hand from the first incident's page.
    await page.goto(`/incidents/${first.id}`);
    await page.getByLabel("Merge incident # into this one").fill(String(ofArticle(all, b).id));
    await page.getByRole("button", { name: "Merge", exact: true }).click();
    await expect(page.getByRole("heading", { name: "The 2 sources" })).toBeVisible();
  }
  all = await list();
  const merged = ofArticle(all, a);
  expect(merged.sources.map((s) => s.articleId).sort()).toEqual([a, b].sort());
  expect(merged.killed).toBe(8);

  // Split Wire B off again.
  await page.goto(`/incidents/${merged.id}`);
  await expect(page.getByRole("heading", { name: "The 2 sources" })).toBeVisible();
  await page.getByRole("button", { name: "Split off Wire B" }).click();
  await expect(page.getByRole("heading", { name: "The source", exact: true })).toBeVisible();
  all = await list();
  const splitOff = ofArticle(all, b);
  expect(splitOff.id).not.toBe(merged.id);
  expect(splitOff.killed).toBe(9);
  await expect(page.getByTestId("incident-history")).toContainText("split");
  await page.screenshot({ path: test.info().outputPath("after-split.png"), fullPage: true });

  // And merge it back.
  await page.getByLabel("Merge incident # into this one").fill(String(splitOff.id));
  await page.getByRole("button", { name: "Merge", exact: true }).click();
  await expect(page.getByRole("heading", { name: "The 2 sources" })).toBeVisible();
  await expect(page.getByTestId("incident-history")).toContainText(`merged incident ${splitOff.id} into this one`);
  expect((await request.get(`/api/incidents/${splitOff.id}`)).status()).toBe(404);
});
