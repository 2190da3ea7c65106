// /feeds as an editor finds it: behind the login, linked from the dashboard, and a feed address
// the server must not fetch (a loopback address here) refused with the reason, nothing followed.
import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login";
import { createEditor } from "./support/editor";

const PASSWORD = "feeds page password";

test.beforeAll(() => {
  createEditor("feeds-editor", PASSWORD);
});

test("the dashboard links to /feeds, which asks an editor to log in first", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Feeds" })).toHaveAttribute("href", "/feeds");
  await page.goto("/feeds");
  await expect(page).toHaveURL(/\/login\?next=\/feeds$/);
  const login = new LoginPage(page);
  await login.goto("/feeds");
  await login.logIn("feeds-editor", PASSWORD);
  await expect(page).toHaveURL(/\/feeds$/);
  await expect(page.getByRole("heading", { name: "Feeds", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Recent jobs" })).toBeVisible();
});

test("a feed on a private address is refused with the reason and not followed", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto("/feeds");
  await login.logIn("feeds-editor", PASSWORD);
  await expect(page).toHaveURL(/\/feeds$/);
  const followed = page.getByRole("heading", { name: /Followed feeds/ });
  const before = await followed.textContent();
  await page.getByLabel(/Feed address/).fill("http://10.1.2.3/feed.xml");
  await page.getByRole("button", { name: "Follow" }).click();
  await expect(page.getByRole("status")).toContainText(/private, loopback or link-local/);
  await page.reload();
  await expect(followed).toHaveText(before!);
});
