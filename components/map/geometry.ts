// Pixel arithmetic of the map, apart from Leaflet so that it can be unit-tested without a browser.

/** Room kept left of a popup for the zoom buttons (drawn above popups), and on the other sides. */
export const POPUP_LEFT = 52;
export const POPUP_EDGE = 8;
/** What a popup adds around its content: its margins in app/globals.css (12 + 24, room for ×) and border. */
const CHROME = 38;
/** Room for the popup's tip and the marker below it. */
const BELOW = 48;

export interface PopupSize {
  maxWidth: number;
  minWidth: number;
  maxHeight: number;
}

/** The popup's size limits for a map of this size in pixels (320 wide at most, as on a desktop). */
export function popupSize(map: { x: number; y: number }): PopupSize {
  const maxWidth = Math.max(160, Math.min(320, map.x - POPUP_LEFT - POPUP_EDGE - CHROME));
  return { maxWidth, minWidth: Math.min(240, maxWidth), maxHeight: Math.max(120, map.y - 2 * POPUP_EDGE - BELOW) };
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box, gap: number) => a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;
const shifted = (a: Box, dx: number, dy: number): Box => ({ left: a.left + dx, right: a.right + dx, top: a.top + dy, bottom: a.bottom + dy });

/**
 * The smallest shift (up, down, left or right, past one of the boxes it covers) that moves a
 * label clear of every obstacle; no shift when it is clear already, or when no single move clears it
 * within `reach` pixels (it is then drawn under the markers, which stay readable).
 */
export function clearShift(label: Box, obstacles: Box[], gap = 2, reach = 60): { dx: number; dy: number } {
  const hit = obstacles.filter((o) => overlaps(label, o, gap));
  if (hit.length === 0) return { dx: 0, dy: 0 };
  const moves = hit.flatMap((o) => [
    { dx: 0, dy: o.top - gap - label.bottom },
    { dx: 0, dy: o.bottom + gap - label.top },
    { dx: o.left - gap - label.right, dy: 0 },
    { dx: o.right + gap - label.left, dy: 0 },
  ]);
  const clear = moves
    .filter((m) => Math.abs(m.dx) + Math.abs(m.dy) <= reach)
    .filter((m) => !obstacles.some((o) => overlaps(shifted(label, m.dx, m.dy), o, gap - 0.5)))
    .sort((a, b) => Math.abs(a.dx) + Math.abs(a.dy) - (Math.abs(b.dx) + Math.abs(b.dy)));
  return clear[0] ?? { dx: 0, dy: 0 };
}

type Ring = number[][];
type Area = { type: "Polygon"; coordinates: Ring[] } | { type: "MultiPolygon"; coordinates: Ring[][] };

/** Ray casting: whether [lon, lat] is inside a closed ring of [lon, lat] points. */
function inRing([x, y]: [number, number], ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a point lies in a GeoJSON polygon or multipolygon (inside its outer ring and out of its holes). */
export function pointInArea(lon: number, lat: number, area: Area | { type: string }): boolean {
  const polygons =
    area.type === "Polygon" ? [(area as Area).coordinates as Ring[]] : area.type === "MultiPolygon" ? ((area as Area).coordinates as Ring[][]) : [];
  return polygons.some(([outer, ...holes]) => !!outer && inRing([lon, lat], outer) && !holes.some((h) => inRing([lon, lat], h)));
}
