// The page after login: whatever `next` a link carries, the browser stays on this site.
import { expect, test } from "@playwright/test";
import { createEditor } from "./support/editor";
import { LoginPage } from "./pages/login";

const PASSWORD = "login redirect password";
// Each would leave the site: a backslash or a tab after the first slash reads as "//" to a browser.
const OFF_SITE = ["/%5C127.0.0.1:4299/pwned", "/%09/127.0.0.1:4299/pwned", "//127.0.0.1:4299/pwned", "https://127.0.0.1:4299/pwned"];

test.beforeAll(() => {
  createEditor("redirect-editor", PASSWORD);
});

for (const next of OFF_SITE) {
  test(`logging in with next=${next} lands on this site's dashboard, and so does Continue`, async ({ page, baseURL }) => {
    const home = (u: URL) => u.origin === new URL(baseURL!).origin && u.pathname === "/";
    await page.goto(`/login?next=${next}`);
    await page.getByLabel("Username").fill("redirect-editor");
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page).toHaveURL(home);
    await page.goto(`/login?next=${next}`);
    await expect(page.getByRole("link", { name: "Continue" })).toHaveAttribute("href", "/");
    await page.getByRole("link", { name: "Continue" }).click();
    await expect(page).toHaveURL(home);
  });
}

test("logging in with next=/incidents/1 goes there", async ({ page }) => {
  await page.goto("/login?next=/incidents/1");
  await page.getByLabel("Username").fill("redirect-editor");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/incidents\/1$/);
});

test("a wrong password keeps the username, and the second try with only the password logs in", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.logIn("redirect-editor", "not the password");
  await expect(login.error).toContainText(/password/i);
  await expect(login.username).toHaveValue("redirect-editor");
  await expect(login.password).toHaveValue("");
  await expect(login.password).toBeFocused();
  await login.password.fill(PASSWORD);
  await login.submit.click();
  await expect(page).toHaveURL(/\/ingest$/);
});

test("a second wrong password replaces the first error instead of leaving it standing", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.logIn("redirect-editor", "wrong once");
  await expect(login.error).toBeVisible();
  const first = await login.error.getAttribute("data-attempt");
  await login.password.fill("wrong twice");
  await login.submit.click();
  await expect(login.error).not.toHaveAttribute("data-attempt", first ?? "");
  await expect(login.error).toContainText(/password/i);
  await expect(login.username).toHaveValue("redirect-editor");
});
