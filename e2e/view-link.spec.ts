// The whole view shareable (issue 19): "Copy link" copies an address that restores the filters,
// the table's sort, page and page size, and the charts' split; the copy is confirmed on screen
// and works from the keyboard.
import { expect, test } from "@playwright/test";
import { DashboardPage } from "./pages/dashboard";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("the table's sort and page and the chart split go into the link and come back from it", async ({ page, context }) => {
  const d = new DashboardPage(page);
  await d.goto();
  await d.sortButton("Killed").click();
  await expect.poll(() => d.param("sort")).toBe("killed:desc");
  await page.getByRole("button", { name: "Next page" }).click();
  await expect.poll(() => d.param("page")).toBe("2");
  await d.chartSplit("By perpetrator").check({ force: true });
  await expect.poll(() => d.param("split")).toBe("perpetrator");
  const firstOnPage2 = await d.rows().first().getAttribute("data-incident-id");

  const other = new DashboardPage(await context.newPage());
  await other.goto(new URL(page.url()).search.slice(1));
  await expect(other.table.getByRole("columnheader", { name: "Killed" })).toHaveAttribute("aria-sort", "descending");
  await expect(other.pageLabel()).toHaveText(/^Page 2 of/);
  await expect(other.rows().first()).toHaveAttribute("data-incident-id", firstOnPage2!);
  await expect(other.chartSplit("By perpetrator")).toBeChecked();
});

test("a filter change starts the table at its first page again", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.goto("page=2");
  await expect(d.pageLabel()).toHaveText(/^Page 2 of/);
  await d.toggleGovernorate("Homs");
  await d.settled();
  await expect.poll(() => d.param("page")).toBeNull();
  await expect(d.pageLabel()).toHaveText(/^Page 1 of/);
});

test("Copy link, from the keyboard, copies the address of the whole view and says so", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.goto("province=Homs&split=eventType&sort=place:asc");
  await d.copyLinkButton().focus();
  await page.keyboard.press("Enter");
  await expect(d.copyLinkStatus()).toContainText("Link copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  const q = new URL(copied).searchParams;
  expect(q.getAll("province")).toEqual(["Homs"]);
  expect(q.get("split")).toBe("eventType");
  expect(q.get("sort")).toBe("place:asc");
});

test("where the clipboard is refused, the link is shown selected to copy by hand", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.goto("province=Homs");
  await page.evaluate(() => {
    Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("denied")) } });
  });
  await d.copyLinkButton().click();
  const box = page.getByRole("textbox", { name: "Link to this view" });
  await expect(box).toHaveValue(page.url());
  await expect(box).toBeFocused();
});

test.describe("phones", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test("a link's sort shows in the phones' sort list, even one the list does not offer", async ({ page }) => {
    const d = new DashboardPage(page);
    await d.goto("sort=place:asc");
    await expect(page.getByRole("combobox", { name: "Sort by" })).toHaveValue("place:asc");
    await expect(page.getByRole("combobox", { name: "Sort by" }).locator("option:checked")).toHaveText("Place (ascending)");
  });
});
