// Page objects of the editor's pages: the incident page's correction form and deleted state, and
// the review step of `/ingest`.
import { expect, type Locator, type Page } from "@playwright/test";

export class IncidentEditorPage {
  readonly form: Locator;
  readonly save: Locator;
  readonly delete: Locator;
  readonly deletedNotice: Locator;
  readonly undo: Locator;
  readonly restore: Locator;
  readonly history: Locator;
  readonly place: Locator;
  readonly placeOptions: Locator;
  readonly latitude: Locator;
  readonly longitude: Locator;
  readonly governorate: Locator;
  readonly pickOnMap: Locator;
  readonly pickingMap: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole("region", { name: "Correct this incident" });
    this.save = page.getByRole("button", { name: "Save corrections" });
    this.delete = page.getByRole("button", { name: "Delete", exact: true });
    this.deletedNotice = page.getByTestId("deleted-notice");
    this.undo = page.getByRole("button", { name: "Undo" });
    this.restore = page.getByRole("button", { name: "Restore this incident" });
    this.history = page.getByTestId("incident-history");
    this.place = this.form.getByRole("combobox", { name: "Place" });
    this.placeOptions = this.form.getByRole("listbox", { name: "Places in the gazetteer" }).getByRole("option");
    this.latitude = this.form.getByLabel("Latitude", { exact: true });
    this.longitude = this.form.getByLabel("Longitude", { exact: true });
    this.governorate = this.form.getByRole("combobox", { name: /^Governorate/ });
    this.pickOnMap = this.form.getByText("Pick the place on a map");
    this.pickingMap = this.form.getByTestId("picking-map");
  }

  /** Clicks the picking map at a share of its width and height (0.5, 0.5: its centre). */
  async clickMapAt(x: number, y: number): Promise<void> {
    const b = (await this.pickingMap.boundingBox())!;
    await this.page.mouse.click(b.x + b.width * x, b.y + b.height * y);
  }

  async goto(id: number): Promise<void> {
    await this.page.goto(`/incidents/${id}`);
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  /** Deletes, answering the browser's "are you sure" with yes. */
  async deleteIncident(): Promise<void> {
    this.page.once("dialog", (d) => void d.accept());
    await this.delete.click();
  }

  /** Types into the place box and picks the first gazetteer entry whose name matches. */
  async choosePlace(typed: string, option: RegExp): Promise<void> {
    await this.place.fill(typed);
    await this.placeOptions.filter({ hasText: option }).first().click();
  }
}

export class ReviewPage {
  readonly text: Locator;
  readonly source: Locator;
  readonly file: Locator;
  readonly publishedAt: Locator;
  readonly extract: Locator;
  readonly save: Locator;
  readonly saved: Locator;
  readonly meta: Locator;
  readonly undatedWarning: Locator;
  readonly saveUndated: Locator;

  constructor(readonly page: Page) {
    this.text = page.getByLabel("Article text");
    this.source = page.getByLabel("Source");
    this.file = page.getByLabel(/or a file/);
    this.publishedAt = page.getByLabel("Publication date");
    this.extract = page.getByRole("button", { name: "Extract incidents" });
    this.save = page.getByRole("button", { name: "Save article and incidents" });
    this.saved = page.getByText(/^Saved: /);
    this.meta = page.getByTestId("review-meta");
    this.undatedWarning = page.getByTestId("undated-warning");
    this.saveUndated = page.getByRole("button", { name: "Save without a date" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/ingest");
    await expect(this.extract).toBeVisible();
  }

  tally(n: number): Locator {
    return this.page.getByRole("group", { name: `Tally ${n}` });
  }

  /** The id of the article just saved, from the link the saved message gives. */
  async savedArticleId(): Promise<number> {
    const href = await this.page.getByRole("link", { name: "Open the article" }).getAttribute("href");
    return Number(/\/articles\/(\d+)/.exec(href ?? "")?.[1]);
  }
}
