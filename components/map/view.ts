// The map's view in the URL (`map=lat,lon,zoom`), beside the filters, so a copied link opens the
// same centre and zoom. The server ignores it; only the map reads and writes it.

export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
}

export const VIEW_PARAM = "map";
/** The zooms the map allows (IncidentMap's minZoom and maxZoom). */
export const ZOOMS = { min: 5, max: 13 } as const;

/** "35.123,38.456,7.25": a few metres of precision is plenty for a link. */
export function formatView(v: MapView): string {
  const r = (n: number, d: number) => String(Number(n.toFixed(d)));
  return `${r(v.lat, 4)},${r(v.lon, 4)},${r(v.zoom, 2)}`;
}

/** The view a `map` parameter gives, or null when it is missing or cannot be used. */
export function parseView(s: string | null | undefined): MapView | null {
  const m = /^(-?\d{1,2}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?),(\d{1,2}(?:\.\d+)?)$/.exec(s?.trim() ?? "");
  if (!m) return null;
  const [lat, lon, zoom] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (Math.abs(lat) > 85 || Math.abs(lon) > 180 || zoom < ZOOMS.min || zoom > ZOOMS.max) return null;
  return { lat, lon, zoom };
}

/** The current address with the view set, for history.replaceState (no navigation, no server request). */
export function urlWithView(href: string, v: MapView): string {
  const url = new URL(href);
  url.searchParams.set(VIEW_PARAM, formatView(v));
  // Commas are fine in a query string, and "35.1,38.4,7" reads better in a link than %2C.
  return `${url.pathname}${url.search.replaceAll("%2C", ",")}${url.hash}`;
}
