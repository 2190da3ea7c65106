// The dashboard's ways out: the pages beside it (API docs, adding articles, the review queue, login) and the
// exports of exactly the view on screen.
const LINK = "text-blue-700 underline dark:text-blue-300";

export function SiteNav() {
  return (
    <nav aria-label="Site" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      <a className={LINK} href="/api-docs">
        API docs
      </a>
      <a className={LINK} href="/ingest">
        Add articles
      </a>
      <a className={LINK} href="/review">
        Review queue
      </a>
      <a className={LINK} href="/feeds">
        Feeds
      </a>
      <a className={LINK} href="/login">
        Editor login
      </a>
    </nav>
  );
}

/** The CSV and GeoJSON exports with the filters of the view (`query`, a query string without "?"). */
export function ExportLinks({ query }: { query: string }) {
  const href = (ext: string) => `/api/incidents.${ext}${query ? `?${query}` : ""}`;
  return (
    <p className="flex flex-wrap items-baseline gap-x-3 text-sm" data-testid="export-links">
      <span className="text-slate-700 dark:text-slate-300">Download {query ? "these incidents" : "all incidents"}:</span>
      <a className={LINK} href={href("csv")} download>
        CSV
      </a>
      <a className={LINK} href={href("geojson")} download>
        GeoJSON
      </a>
    </p>
  );
}
