// Actors as chips with counts (issue 19): perpetrators and targets with their incidents under the
// current filters; a chip sets the existing perpetrator/target filter and a second click clears it.
import { expect, test } from "@playwright/test";
import { apiIncidents, DashboardPage } from "./pages/dashboard";

test("a perpetrator chip shows its count, filters by it, and clears on a second click", async ({ page, request }) => {
  const { incidents } = await apiIncidents(request);
  const perpetrators = incidents.map((i) => (i as unknown as { perpetrator: string | null }).perpetrator).filter((p): p is string => !!p);
  const top = [...new Set(perpetrators)].sort((a, b) => perpetrators.filter((p) => p === b).length - perpetrators.filter((p) => p === a).length)[0]!;
  const count = perpetrators.filter((p) => p === top).length;

  const d = new DashboardPage(page);
  await d.goto();
  const chip = d.actorChip("Perpetrators", top);
  await expect(chip).toHaveText(new RegExp(`${count}$`));
  await expect(chip).toHaveAttribute("aria-pressed", "false");
  await chip.click();
  await expect.poll(() => new URL(page.url()).searchParams.getAll("perpetrator")).toEqual([top]);
  await d.settled();
  await expect(chip).toHaveAttribute("aria-pressed", "true");
  expect(await d.incidentCount()).toBe(count);

  await chip.click();
  await expect.poll(() => new URL(page.url()).searchParams.getAll("perpetrator")).toEqual([]);
  await d.settled();
  await expect(chip).toHaveAttribute("aria-pressed", "false");
  expect(await d.incidentCount()).toBe(incidents.length);
});

test("the counts follow the other filters", async ({ page, request }) => {
  const { incidents } = await apiIncidents(request, "province=Homs&limit=1000");
  const d = new DashboardPage(page);
  await d.goto("province=Homs");
  const group = page.getByRole("group", { name: "Perpetrators" });
  const counts = (await group.getByRole("button", { pressed: false }).allInnerTexts())
    .map((t) => Number(/(\d+)$/.exec(t.trim())?.[1]))
    .filter((n) => !Number.isNaN(n));
  const named = incidents.filter((i) => (i as unknown as { perpetrator: string | null }).perpetrator).length;
  expect(counts.reduce((a, b) => a + b, 0)).toBe(named);
});
