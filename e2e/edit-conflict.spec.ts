// Two editors correct one incident at once: the one who saves second is told, sees the other's
// values beside their own, and applies their own changes on top of the current version; nobody's
// correction is lost.
import { expect, test } from "@playwright/test";
import { createEditor, createToken } from "./support/editor";

const PASSWORD = "edit conflict password";
let token = "";

test.beforeAll(() => {
  createEditor("conflict-editor", PASSWORD);
  token = createToken("conflict-editor", `conflict-${Date.now()}`);
});

type Incident = { id: number; perpetrator: string | null; target: string | null; reviewedFields: string[]; version: number };

test("a correction based on an old version is offered again on top of the current one", async ({ page, request }) => {
  const run = Date.now();
  const auth = { authorization: `Bearer ${token}` };
  const posted = await request.post("/api/articles", {
    data: { text: `Five shepherds were killed on Sunday near Sukhnah in Homs province, a monitor said. (${run})`, publishedAt: "2025-03-18" },
    headers: auth,
  });
  expect(posted.status()).toBe(201);
  const { articleId } = (await posted.json()) as { articleId: number };
  const { article } = (await (await request.get(`/api/articles/${articleId}`)).json()) as { article: { incidents: { id: number }[] } };
  const id = article.incidents[0]!.id;
  const current = async () => ((await (await request.get(`/api/incidents/${id}`)).json()) as { incident: Incident }).incident;

  await page.goto("/login");
  await page.getByLabel("Username").fill("conflict-editor");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/ingest/);

  // This editor opens the page and starts typing...
  await page.goto(`/incidents/${id}`);
  await page.getByLabel("Perpetrator", { exact: true }).fill("Islamic State");
  // ...while another saves a different field through the API, with the version both started from.
  const etag = (await request.get(`/api/incidents/${id}`)).headers().etag!;
  const theirs = await request.patch(`/api/incidents/${id}`, { data: { target: "Syrian Democratic Forces" }, headers: { ...auth, "if-match": etag } });
  expect(theirs.status()).toBe(200);

  await page.getByRole("button", { name: "Save corrections" }).click();
  const notice = page.getByRole("alert").filter({ hasText: "Someone else saved this incident" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("Perpetrator: yours Islamic State");
  expect((await current()).perpetrator).toBeNull();

  await notice.getByRole("button", { name: "Apply my changes to the current version" }).click();
  await expect(notice).toBeHidden();
  await expect.poll(async () => (await current()).perpetrator).toBe("Islamic State");
  const after = await current();
  expect(after.target).toBe("Syrian Democratic Forces");
  expect(after.reviewedFields).toEqual(expect.arrayContaining(["perpetrator", "target"]));
  await expect(page.getByLabel("Target", { exact: true })).toHaveValue("Syrian Democratic Forces");
});
