// The month table under the charts (issue 19, small things): a month whose incidents report no injured
// figure shows "—", not an injured 0 that nobody reported.
import { expect, test } from "@playwright/test";
import { apiIncidents, DashboardPage } from "./pages/dashboard";

test("a month with no injured figure reported shows a dash, not 0", async ({ page, request }) => {
  const { incidents } = await apiIncidents(request);
  const months = new Map<string, boolean>();
  for (const i of incidents as ((typeof incidents)[number] & { injured: number | null })[]) {
    if (!i.date) continue;
    const m = i.date.slice(0, 7);
    months.set(m, (months.get(m) ?? false) || i.injured !== null);
  }
  const silent = [...months].filter(([, reported]) => !reported).length;
  expect(silent).toBeGreaterThan(0);

  const d = new DashboardPage(page);
  await d.goto();
  const table = await d.monthTable();
  const injured = await table.locator("tbody tr td:nth-child(4)").allInnerTexts();
  expect(injured.filter((t) => t.trim() === "—")).toHaveLength(silent);
});
