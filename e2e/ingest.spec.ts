// Adding an article as an editor: log in, paste, review, correct a count, save, find it on
// the map and in the incident's history; the same article again is refused with a link.
import { expect, test } from "@playwright/test";
import { createEditor, createToken } from "./support/editor";

const PASSWORD = "e2e password that is long";

test.beforeAll(() => {
  createEditor("e2e-editor", PASSWORD);
});

function articleText(tag: string) {
  return `Gunmen kill six farmers near Salamiyah (${tag})

Six farmers were killed on Monday near Salamiyah in the eastern countryside of Hama province, a war monitor said.

The Observatory said the attackers fled towards the desert.`;
}

async function login(page: import("@playwright/test").Page) {
  await page.goto("/ingest");
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("Username").fill("e2e-editor");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("heading", { name: "Add an article" })).toBeVisible();
}

test("log in, paste an article, correct a count, save, see it on the map and in the history", async ({ page }, info) => {
  const tag = `run ${Date.now()}`;
  await login(page);
  await page.getByLabel("Article text").fill(articleText(tag));
  await page.getByLabel("Source").fill("E2E Wire");
  await page.getByLabel("Publication date").fill("2025-04-16");
  await page.getByRole("button", { name: "Extract incidents" }).click();

  const card = page.getByRole("group", { name: "Incident 1" });
  await expect(card).toBeVisible();
  await expect(card.getByLabel("Killed (best)")).toHaveValue("6");
  await expect(card.getByLabel("Governorate")).toHaveValue("Hama");
  // The evidence is the headline or the body sentence, whichever the extractor kept for the merged statement.
  await expect(page.getByTestId("review-text").locator("mark").first()).toContainText(/six farmers/i);
  await page.screenshot({ path: info.outputPath("ingest-review.png"), fullPage: true });

  await card.getByLabel("Killed (best)").fill("7");
  await card.getByLabel("Killed, high").fill("7");
  await page.getByRole("button", { name: "Save article and incidents" }).click();
  await expect(page.getByText(/Saved: 1 new incident/)).toBeVisible();
  await page.screenshot({ path: info.outputPath("ingest-saved.png"), fullPage: true });

  // On the map page, filtered to the governorate: the corrected count is there.
  await page.goto("/?province=Hama&year=2025");
  await expect(page.getByRole("cell", { name: /six farmers/i }).first()).toBeVisible();

  // In the incident's history: the editor's correction, from 6 to 7.
  const api = await page.request.get("/api/incidents?province=Hama&year=2025");
  const { incidents } = (await api.json()) as { incidents: { id: number; killed: number }[] };
  expect(incidents[0]!.killed).toBe(7);
  await page.goto(`/incidents/${incidents[0]!.id}`);
  await expect(page.getByText("e2e-editor").first()).toBeVisible();
  await page.screenshot({ path: info.outputPath("incident-history.png"), fullPage: true });

  // The same article again is refused, with a link to the stored one.
  await page.goto("/ingest");
  await page.getByLabel("Article text").fill(articleText(tag));
  await page.getByLabel("Publication date").fill("2025-04-16");
  await page.getByRole("button", { name: "Extract incidents" }).click();
  await page.getByRole("button", { name: "Save article and incidents" }).click();
  const stored = page.getByRole("link", { name: "Open the stored article" });
  await expect(stored).toBeVisible();
  await expect(stored).toHaveAttribute("href", /\/articles\/\d+/);
});

test("a write without a login is sent to the login page, and the API refuses it", async ({ page, request }) => {
  await page.goto("/ingest");
  await expect(page).toHaveURL(/\/login\?next=%2Fingest|\/login\?next=\/ingest/);
  const res = await request.post("/api/articles", { data: { text: "Three killed in Homs." }, failOnStatusCode: false });
  expect(res.status()).toBe(401);
});

test("an article holding script and event-handler markup stays inert on its page", async ({ page, request }) => {
  const token = createToken("e2e-editor", `xss-${Date.now()}`);
  const text =
    `Five civilians were killed on Sunday near Douma in Rif Dimashq, a monitor said. ` +
    `<script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> (${Date.now()})`;
  const res = await request.post("/api/articles", {
    data: { text, publishedAt: "2025-03-10", source: "<b>Bold Source</b>" },
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status()).toBe(201);
  const { articleId } = (await res.json()) as { articleId: number };
  let dialog = false;
  page.on("dialog", () => (dialog = true));
  await page.goto(`/articles/${articleId}`);
  await expect(page.getByText("<script>window.__pwned = 1</script>", { exact: false }).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialog).toBe(false);
  expect(await page.locator("img[src='x']").count()).toBe(0);
});
