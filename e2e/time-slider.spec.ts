// The time slider (issue 19, "Time"): a date range over the timeline that the cards, the map, the
// charts and the table follow, kept in the URL's from/to so a link opens the same range, operable
// from the keyboard, with playback that steps the range a month at a time.
import { expect, test } from "@playwright/test";
import { DashboardPage } from "./pages/dashboard";
import { TimeSliderPart } from "./pages/time-slider";

test("the keyboard narrows the range; the URL and the cards follow", async ({ page }) => {
  const d = new DashboardPage(page);
  const time = new TimeSliderPart(page);
  await d.goto();
  const all = await d.incidentCount();
  await expect(time.label).toContainText("all dates");
  // The end thumb back to the first month: only the first month's incidents are left.
  await time.press(time.end, "Home");
  await expect.poll(() => time.range().to).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await d.settled();
  const first = time.range();
  // one month: from its first day to its last
  expect(first.from).toBe(`${first.to!.slice(0, 7)}-01`);
  await expect(time.end).toHaveAttribute("aria-valuetext", /\w+ \d{4}/);
  await expect.poll(() => d.incidentCount()).toBeLessThan(all);
  // The start thumb a month on from the first: from is that month's first day.
  await time.press(time.end, "End");
  await time.press(time.start, "ArrowRight");
  await expect.poll(() => time.range().from).not.toBe(first.from);
  expect(time.range().from).toMatch(/-01$/);
  await d.settled();
  await time.allDates.click();
  await expect.poll(() => time.range()).toEqual({ from: null, to: null });
  await expect.poll(() => d.incidentCount()).toBe(all);
});

test("a link with from and to opens the slider on that range", async ({ page }) => {
  const d = new DashboardPage(page);
  const time = new TimeSliderPart(page);
  await d.goto("from=2023-07-01&to=2024-06-30");
  await expect(time.start).toHaveAttribute("aria-valuetext", "July 2023");
  await expect(time.end).toHaveAttribute("aria-valuetext", "June 2024");
  await expect(time.label).toContainText("July 2023 – June 2024");
});

test("play steps the range a month at a time until paused", async ({ page }) => {
  const d = new DashboardPage(page);
  const time = new TimeSliderPart(page);
  await d.goto("from=2023-07-01&to=2023-07-31");
  await time.play.click();
  await expect(time.play).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => time.range(), { timeout: 15_000 }).toEqual({ from: "2023-08-01", to: "2023-08-31" });
  await expect.poll(() => time.range(), { timeout: 15_000 }).toEqual({ from: "2023-09-01", to: "2023-09-30" });
  await time.play.click();
  await expect(time.play).toHaveAttribute("aria-pressed", "false");
  const stopped = time.range();
  await page.waitForTimeout(2000);
  expect(time.range()).toEqual(stopped);
});

test("on a phone the slider fits and its thumbs can be reached", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const d = new DashboardPage(page);
  const time = new TimeSliderPart(page);
  await d.goto();
  // (below the cards and the actor chips on a phone: a person scrolls to it)
  await time.region.scrollIntoViewIfNeeded();
  const box = (await time.region.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await expect(time.start).toBeInViewport();
  await expect(time.play).toBeVisible();
});
