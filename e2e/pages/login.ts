// Page object of the editor login at `/login`.
import { expect, type Locator, type Page } from "@playwright/test";

export class LoginPage {
  readonly username: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.username = page.getByLabel("Username");
    this.password = page.getByLabel("Password");
    this.submit = page.getByRole("button", { name: "Log in" });
    this.error = page.locator("form").getByRole("alert");
  }

  async goto(next?: string): Promise<void> {
    await this.page.goto(next ? `/login?next=${next}` : "/login");
    await expect(this.submit).toBeEnabled();
  }

  /** Fills both fields and submits. */
  async logIn(username: string, password: string): Promise<void> {
    await this.username.fill(username);
    await this.password.fill(password);
    await this.submit.click();
  }
}
