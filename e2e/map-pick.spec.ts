// The correction form's map (issue 19, defect 8: "pick a place from the gazetteer or click the map"):
// a click sets the coordinates and the governorate clicked in; saving keeps them.
import { expect, test } from "@playwright/test";
import { createEditor, createToken } from "./support/editor";
import { IncidentEditorPage } from "./pages/editing";
import { LoginPage } from "./pages/login";

const PASSWORD = "map pick password";
let token = "";

test.beforeAll(() => {
  createEditor("pick-editor", PASSWORD);
  token = createToken("pick-editor", `pick-${Date.now()}`);
});

test("a click on the form's map sets the coordinates and the governorate, and saving keeps them", async ({ page, request }) => {
  const r = await request.post("/api/articles", {
    data: { text: `Two soldiers were killed on Monday in an attack in the desert, a monitor said (${Date.now()}).`, publishedAt: "2025-06-03" },
    headers: { authorization: `Bearer ${token}` },
  });
  expect(r.status()).toBe(201);
  const { articleId } = (await r.json()) as { articleId: number };
  const { article } = (await (await request.get(`/api/articles/${articleId}`)).json()) as { article: { incidents: { id: number }[] } };
  const id = article.incidents[0]!.id;

  const login = new LoginPage(page);
  await login.goto();
  await login.logIn("pick-editor", PASSWORD);
  await expect(page).toHaveURL(/\/ingest/);
  const incident = new IncidentEditorPage(page);
  await incident.goto(id);
  await incident.pickOnMap.click();
  await expect(incident.pickingMap.locator("path.leaflet-interactive").first()).toBeAttached();
  // The middle of the map is Syria's desert, inside a governorate.
  await incident.clickMapAt(0.5, 0.5);
  await expect(incident.latitude).not.toHaveValue("");
  const lat = Number(await incident.latitude.inputValue());
  const lon = Number(await incident.longitude.inputValue());
  expect(lat).toBeGreaterThan(32.3);
  expect(lat).toBeLessThan(37.4);
  expect(lon).toBeGreaterThan(35.6);
  expect(lon).toBeLessThan(42.4);
  const governorate = await incident.governorate.inputValue();
  expect(governorate).not.toBe("");
  await incident.save.click();
  await expect
    .poll(async () => ((await (await request.get(`/api/incidents/${id}`)).json()) as { incident: { lat: number; lon: number; province: string } }).incident)
    .toMatchObject({ lat, lon, province: governorate });
});
