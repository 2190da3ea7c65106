// Page object of the dashboard at `/`: the controls by their accessible names, the widgets by
// their regions, and the few Leaflet elements (SVG paths) that have no role.
import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";

export interface ApiIncident {
  id: number;
  date: string | null;
  province: string | null;
  lat: number | null;
  lon: number | null;
  killed: number | null;
  evidence: string;
  sources: { articleId: number; evidence: string }[];
}

export class DashboardPage {
  readonly filters: Locator;
  readonly year: Locator;
  readonly reset: Locator;
  readonly markers: Locator;
  readonly governorateShapes: Locator;
  readonly killedChart: Locator;
  readonly incidentsCard: Locator;
  readonly killedCard: Locator;
  readonly injuredCard: Locator;
  readonly tallies: Locator;
  readonly table: Locator;
  readonly popup: Locator;
  readonly map: Locator;
  readonly unusableFilters: Locator;
  readonly uncountedNote: Locator;
  /** On phones: the line beside the "Filters" button that says what is applied. */
  readonly filterSummary: Locator;
  readonly filtersButton: Locator;

  constructor(readonly page: Page) {
    this.filters = page.getByRole("search", { name: "Filter incidents" });
    this.year = page.getByRole("combobox", { name: "Year" });
    this.reset = page.getByRole("button", { name: /Reset filters/ });
    this.markers = page.locator("path.incident-marker");
    this.governorateShapes = page.locator("path.governorate");
    this.killedChart = page.getByRole("region", { name: /Killed per month/ });
    this.incidentsCard = page.getByTestId("card-incidents");
    this.killedCard = page.getByTestId("card-killed");
    this.injuredCard = page.getByTestId("card-injured");
    this.tallies = page.getByRole("complementary", { name: "Running totals reported in the articles" });
    this.table = page.getByRole("table", { name: "Incidents" });
    this.popup = page.getByTestId("incident-popup");
    this.map = page.getByTestId("map");
    this.unusableFilters = page.getByTestId("unusable-filters");
    this.uncountedNote = page.getByTestId("uncounted-note");
    this.filterSummary = page.getByTestId("filter-summary");
    this.filtersButton = page.getByRole("button", { name: /^(Filters|Hide filters)/ });
  }

  async goto(query = ""): Promise<void> {
    await this.page.goto(`/${query ? `?${query}` : ""}`);
    // Phones get the incidents as a list of cards instead of the table.
    const incidents = this.table.or(this.page.getByRole("list", { name: "Incidents" }));
    await expect(incidents.or(this.page.getByText("No incidents match these filters").first()).first()).toBeVisible();
    // The map is loaded in the browser only: wait for its base layer.
    await expect(this.governorateShapes.first()).toBeAttached();
  }

  /** Ticks or unticks a governorate chip (the checkbox itself is visually hidden). */
  async toggleGovernorate(name: string): Promise<void> {
    await this.governorate(name).click({ force: true });
  }

  governorate(name: string): Locator {
    return this.filters.getByRole("checkbox", { name, exact: true });
  }

  /** A single-incident marker whose centre lies inside the visible map (clicks land on it). */
  async markerInView(): Promise<Locator> {
    // Let the map settle (its first fit, the clusters) before measuring.
    await expect
      .poll(async () => {
        const a = JSON.stringify(await this.markers.first().boundingBox());
        await this.page.waitForTimeout(300);
        return a === JSON.stringify(await this.markers.first().boundingBox());
      })
      .toBe(true);
    const box = (await this.page.getByTestId("map").boundingBox())!;
    const n = await this.markers.count();
    for (let k = 0; k < n; k++) {
      const b = await this.markers.nth(k).boundingBox();
      if (!b) continue;
      const cx = b.x + b.width / 2;
      const cy = b.y + b.height / 2;
      if (cx > box.x + 10 && cx < box.x + box.width - 10 && cy > box.y + 10 && cy < box.y + box.height - 10) return this.markers.nth(k);
    }
    throw new Error("no single marker inside the map view");
  }

  /** Taps (on a touch screen) or clicks the centre of a locator, as a person would. */
  async press(target: Locator, touch: boolean): Promise<void> {
    // As a person would, bring it on screen first (on a phone the map starts below the fold).
    await target.scrollIntoViewIfNeeded();
    const b = (await target.boundingBox())!;
    if (touch) await this.page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
    else await this.page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
  }

  /** Whether the open popup's box lies inside the map's box. */
  async popupInsideMap(): Promise<boolean> {
    const m = (await this.map.boundingBox())!;
    const p = await this.page.locator(".leaflet-popup").boundingBox();
    return !!p && p.x >= m.x && p.y >= m.y && p.x + p.width <= m.x + m.width && p.y + p.height <= m.y + m.height;
  }

  /** The link that downloads the view on screen as "CSV" or "GeoJSON". */
  exportLink(format: "CSV" | "GeoJSON"): Locator {
    return this.page.getByTestId("export-links").getByRole("link", { name: format, exact: true });
  }

  /** The running totals beside the charts: each one's article and the article's date (YYYY-MM-DD), in order. */
  async tallyArticles(): Promise<{ articleId: number; date: string | null }[]> {
    const links = this.page.getByTestId("tallies").locator("li a[href^='/articles/']");
    return links.evaluateAll((as) =>
      as.map((a) => {
        const m = /\/articles\/(\d+)/.exec(a.getAttribute("href") ?? "");
        const date = a.getAttribute("data-published");
        return { articleId: Number(m?.[1]), date: date || null };
      }),
    );
  }

  /** The centre on the page of each single-incident marker drawn, with its incident's id. */
  async markerCentres(): Promise<{ id: number; x: number; y: number }[]> {
    // Let markercluster finish spreading them out.
    await this.page.waitForTimeout(600);
    return this.page.evaluate(() =>
      [...document.querySelectorAll<SVGPathElement>("path.incident-marker")].map((el) => {
        const b = el.getBoundingClientRect();
        return { id: Number(el.dataset.incidentId), x: b.x + b.width / 2, y: b.y + b.height / 2 };
      }),
    );
  }

  /** Each governorate label that covers a cluster count or a marker, as "label over marker". */
  async labelOverlaps(): Promise<string[]> {
    return this.page.evaluate(() => {
      const boxes = (sel: string) => [...document.querySelectorAll(sel)].map((el) => ({ el, r: el.getBoundingClientRect() })).filter((b) => b.r.width > 0);
      const out: string[] = [];
      for (const o of boxes(".incident-cluster, path.incident-marker, path.incident-uncounted"))
        for (const l of boxes(".governorate-label"))
          if (l.r.left < o.r.right && o.r.left < l.r.right && l.r.top < o.r.bottom && o.r.top < l.r.bottom)
            out.push(`${(l.el as HTMLElement).innerText.replace(/\s+/g, " ")} over ${o.el.getAttribute("aria-label") ?? (o.el as HTMLElement).innerText}`);
      return out;
    });
  }

  /** The map legend's marker colouring: its radio buttons and the colours listed. */
  colourBy(label: "Event type" | "Perpetrator"): Locator {
    return this.page.getByRole("group", { name: "Map legend" }).getByRole("radio", { name: label });
  }

  markerColours(): Locator {
    return this.page.getByRole("list", { name: /^Marker colours/ });
  }

  /** The fill colour of each single-incident marker drawn, by incident id. */
  async markerFills(): Promise<Record<number, string>> {
    return this.page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<SVGPathElement>("path.incident-marker")].map((el) => [Number(el.dataset.incidentId), el.getAttribute("fill") ?? ""]),
      ),
    );
  }

  /** The killed chart's "By ..." split buttons. */
  chartSplit(label: "By governorate" | "By perpetrator" | "By event type"): Locator {
    return this.killedChart.getByRole("radio", { name: label });
  }

  /** The map's "+" control. */
  zoomIn(): Locator {
    return this.map.getByRole("button", { name: "Zoom in" });
  }

  /** The map view the URL holds ("lat,lon,zoom"), or null. */
  mapView(): string | null {
    return new URL(this.page.url()).searchParams.get("map");
  }

  /** Where a governorate's label sits in the map (to compare two views of it). */
  async labelPosition(name: string): Promise<{ x: number; y: number }> {
    // Relative to the map, so that where the page is scrolled does not count.
    const m = (await this.map.boundingBox())!;
    const b = (await this.map.locator(".governorate-label", { hasText: name }).first().boundingBox())!;
    return { x: Math.round(b.x - m.x), y: Math.round(b.y - m.y) };
  }

  /** Opens "Figures by month" and gives its table. */
  async monthTable(): Promise<Locator> {
    await this.page.getByText("Figures by month").click();
    return this.page.getByRole("table", { name: "Figures by month" });
  }

  /** The table row of an incident. */
  row(id: number): Locator {
    return this.table.locator(`tbody tr[data-incident-id="${id}"]`);
  }

  /** Body rows of the incident table. */
  rows(): Locator {
    return this.table.locator("tbody").getByRole("row");
  }

  /** The governorate column of every body row, in order. */
  async rowGovernorates(): Promise<string[]> {
    return (await this.rows().locator("td:nth-child(3)").allInnerTexts()).map((s) => s.trim());
  }

  async rowDates(): Promise<string[]> {
    return (await this.rows().locator("td:nth-child(1)").allInnerTexts()).map((s) => s.trim());
  }

  /** Shows up to 50 rows so a check over "every row" sees them all. */
  async showManyRows(): Promise<void> {
    await this.page.getByRole("combobox", { name: "Rows per page" }).selectOption("50");
  }

  async incidentCount(): Promise<number> {
    const text = await this.incidentsCard.getByRole("definition").first().innerText();
    return Number(text.replace(/[^\d]/g, ""));
  }

  async killedInChart(): Promise<number> {
    return Number(await this.page.getByTestId("killed-chart").getAttribute("data-killed"));
  }

  /** The "Copy link" button in the header and the line that confirms the copy. */
  copyLinkButton(): Locator {
    return this.page.getByRole("button", { name: /^Copy link/ });
  }

  copyLinkStatus(): Locator {
    return this.page.getByTestId("copy-link-status");
  }

  /** A perpetrator or target chip (a toggle button named by the actor and its count). */
  actorChip(row: "Perpetrators" | "Targets", actor: string): Locator {
    return this.page.getByRole("group", { name: row }).getByRole("button", { name: new RegExp(`^${actor} [\\d,]+$`) });
  }

  /** The map's layer switch ("Markers", "Density (hexagons)") and the density's measure ("Incidents", "Killed"). */
  mapLayer(label: "Markers" | "Density (hexagons)" | "Incidents" | "Killed"): Locator {
    return this.page.getByRole("radio", { name: label, exact: true });
  }

  /** The density view's hexagons (SVG paths) and its legend. */
  hexagons(): Locator {
    return this.map.locator("path.density-hex");
  }

  densityLegend(): Locator {
    return this.page.getByTestId("density-legend");
  }

  /** A column's sort button in the table's header. */
  sortButton(column: string): Locator {
    return this.table.getByRole("columnheader", { name: column }).getByRole("button");
  }

  /** "Page 2 of 3" under the table. */
  pageLabel(): Locator {
    return this.page.getByRole("navigation", { name: "Table pages" }).getByText(/^Page \d+ of \d+$/);
  }

  /** A query parameter of the address bar. */
  param(name: string): string | null {
    return new URL(this.page.url()).searchParams.get(name);
  }

  /** Waits until a filter change has been rendered (the URL changed and nothing is pending). */
  async settled(): Promise<void> {
    await expect(this.page.locator("[aria-busy=true]")).toHaveCount(0);
  }
}

/** Incidents straight from the API (to choose test data without hard-coding seed ids). */
export async function apiIncidents(request: APIRequestContext, query = "limit=1000"): Promise<{ total: number; incidents: ApiIncident[] }> {
  const res = await request.get(`/api/incidents?${query}`);
  expect(res.ok()).toBeTruthy();
  return res.json();
}
