// Page object of the review queue at `/review`: its cards, its keys and its status line.
import { expect, type Locator, type Page } from "@playwright/test";

export class ReviewQueuePage {
  readonly status: Locator;
  readonly correctionForm: Locator;

  constructor(readonly page: Page) {
    this.status = page.getByRole("status").filter({ hasText: /incident #/i });
    this.correctionForm = page.getByRole("region", { name: "Correct this incident" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/review");
    await expect(this.page.getByRole("heading", { name: "Review queue" })).toBeVisible();
  }

  card(id: number): Locator {
    return this.page.getByRole("article", { name: `Incident #${id}`, exact: true });
  }

  /** Makes the incident the current one, as moving to it with j/k would, through its link. */
  async choose(id: number): Promise<void> {
    await this.card(id)
      .getByRole("link", { name: `#${id}`, exact: true })
      .focus();
    await expect(this.card(id)).toHaveAttribute("aria-current", "true");
  }

  /** Presses one of the queue's keys (a, c, r, u, j, k) with nothing focused that takes typing. */
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }
}
