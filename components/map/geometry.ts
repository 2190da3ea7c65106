// Pixel arithmetic of the map, apart from Leaflet so that it can be unit-tested without a browser.

/** Room left around a popup: its close button, its tip and the marker below it. */
const SIDE = 24;
/** What Leaflet's popup adds around its content (margins and border), in pixels. */
const CHROME = 26;
const ABOVE = 16;
const BELOW = 48;

export interface PopupSize {
  maxWidth: number;
  minWidth: number;
  maxHeight: number;
}

/** The popup's size limits for a map of this size in pixels (320 wide at most, as on a desktop). */
export function popupSize(map: { x: number; y: number }): PopupSize {
  const maxWidth = Math.max(160, Math.min(320, map.x - 2 * SIDE - CHROME));
  return { maxWidth, minWidth: Math.min(240, maxWidth), maxHeight: Math.max(120, map.y - ABOVE - BELOW) };
}
