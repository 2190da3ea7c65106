// Page object of the dashboard's time slider: its two thumbs, its play button and its label.
import type { Locator, Page } from "@playwright/test";

export class TimeSliderPart {
  readonly region: Locator;
  readonly start: Locator;
  readonly end: Locator;
  readonly play: Locator;
  readonly allDates: Locator;
  readonly label: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole("region", { name: /^Time/ });
    this.start = this.region.getByRole("slider", { name: "Start month" });
    this.end = this.region.getByRole("slider", { name: "End month" });
    this.play = this.region.getByRole("button", { name: /Play|Pause/ });
    this.allDates = this.region.getByRole("button", { name: "All dates" });
    this.label = page.getByTestId("time-range-label");
  }

  /** Presses a key on a thumb `times` times, as a keyboard user moves it. */
  async press(thumb: Locator, key: string, times = 1): Promise<void> {
    await thumb.focus();
    for (let i = 0; i < times; i++) await thumb.press(key);
  }

  /** The URL's from and to. */
  range(): { from: string | null; to: string | null } {
    const u = new URL(this.page.url());
    return { from: u.searchParams.get("from"), to: u.searchParams.get("to") };
  }
}
