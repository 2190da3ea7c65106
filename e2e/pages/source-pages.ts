// Page objects of the incident page and the article page.
import { expect, type Locator, type Page } from "@playwright/test";

export class IncidentPage {
  readonly heading: Locator;
  readonly sources: Locator;
  readonly evidence: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.sources = page.getByTestId("incident-source");
    this.evidence = page.locator('mark[data-kind="evidence"]');
  }

  async goto(id: number): Promise<void> {
    await this.page.goto(`/incidents/${id}`);
    await expect(this.heading).toBeVisible();
  }

  /** The value of a field in "What was extracted", by its label. */
  field(label: string): Locator {
    return this.page
      .getByRole("region", { name: "What was extracted" })
      .locator("div", { has: this.page.getByText(label, { exact: true }) })
      .locator("dd");
  }
}

export class ArticlePage {
  readonly heading: Locator;
  readonly incidentMarks: Locator;
  readonly tallyMarks: Locator;
  readonly incidentList: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.incidentMarks = page.locator('mark[data-kind="incident"]');
    this.tallyMarks = page.locator('mark[data-kind="tally"]');
    this.incidentList = page.getByRole("list", { name: "Incidents in this article" });
  }

  async goto(id: number): Promise<void> {
    await this.page.goto(`/articles/${id}`);
    await expect(this.heading).toBeVisible();
  }

  /** The distinct spans highlighted in the text, by kind ("incident-12", "tally-3", ...). */
  async markKeys(kind: "incident" | "tally"): Promise<string[]> {
    const keys = await this.page.locator(`mark[data-kind="${kind}"]`).evaluateAll((els) => els.map((e) => e.getAttribute("data-mark") ?? ""));
    return [...new Set(keys)];
  }
}
