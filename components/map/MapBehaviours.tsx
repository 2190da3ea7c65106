"use client";
// Small behaviours of the incident map that Leaflet lacks or gets wrong on a phone.
import L from "leaflet";
import { useEffect } from "react";
import { useMap } from "react-leaflet";
import { type Box, clearShift, POPUP_EDGE, POPUP_LEFT, popupSize } from "@/components/map/geometry";

/**
 * Sizes every popup to the map as it opens, so that on a phone Leaflet never pans a popup wider or
 * taller than the map (which pushed its marker out of view and closed it), and closes it on Escape.
 */
export function FitPopups() {
  const map = useMap();
  useEffect(() => {
    const fit = (e: L.PopupEvent) => {
      // A tap opens the marker's tooltip too, which would sit on the popup's tip.
      (e.popup as L.Popup & { _source?: L.Layer })._source?.closeTooltip();
      const size = popupSize(map.getSize());
      const o = e.popup.options;
      if (o.maxWidth === size.maxWidth && o.maxHeight === size.maxHeight) return;
      Object.assign(o, size, { autoPanPaddingTopLeft: L.point(POPUP_LEFT, POPUP_EDGE), autoPanPaddingBottomRight: L.point(POPUP_EDGE, POPUP_EDGE) });
      e.popup.update();
    };
    // Leaflet's own Escape works only while the map container itself has focus.
    const closeOnEscape = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || !map.getContainer().querySelector(".leaflet-popup")) return;
      map.closePopup();
    };
    map.on("popupopen", fit);
    document.addEventListener("keydown", closeOnEscape);
    return () => {
      map.off("popupopen", fit);
      document.removeEventListener("keydown", closeOnEscape);
    };
  }, [map]);
  return null;
}

const NAMES = new WeakMap<L.Layer, { name: string; id: number }>();

/** Labels the marker's SVG path whenever it is drawn: markercluster adds and removes markers as the map moves. */
function applyName(this: L.CircleMarker): void {
  const el = this.getElement();
  const named = NAMES.get(this);
  if (el && named) labelPath(this, el as SVGElement, named);
}

/** Gives a circle marker's SVG path a role, a name and the keyboard, which Leaflet gives icon markers only. */
export function nameMarker(layer: L.CircleMarker, name: string, id: number): void {
  if (!NAMES.has(layer)) layer.on("add", applyName, layer);
  NAMES.set(layer, { name, id });
  applyName.call(layer);
}

function labelPath(layer: L.CircleMarker, el: SVGElement, { name, id }: { name: string; id: number }): void {
  el.dataset.incidentId = String(id);
  el.setAttribute("role", "button");
  el.setAttribute("tabindex", "0");
  el.setAttribute("aria-label", name);
  el.onkeydown = (e) => {
    if (e.key !== "Enter" && e.key !== " ") return;
    e.preventDefault();
    layer.fire("click", { latlng: layer.getLatLng() });
  };
}

/** Moves each governorate label off the markers, the cluster counts and the labels placed before it. */
function placeLabels(map: L.Map, layer: L.GeoJSON): void {
  const tips: L.Tooltip[] = [];
  layer.eachLayer((l) => {
    const t = l.getTooltip();
    if (t?.getElement()) tips.push(t);
  });
  for (const t of tips) {
    t.options.offset = L.point(0, 0);
    t.update();
  }
  const obstacles: Box[] = [...map.getContainer().querySelectorAll(".incident-cluster, path.incident-marker, path.incident-uncounted")]
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0);
  // Each label placed is an obstacle to the next, so neighbours (Damascus, Rif Dimashq) do not overprint.
  for (const t of tips) {
    const box = t.getElement()!.getBoundingClientRect();
    const { dx, dy } = clearShift(box, obstacles);
    obstacles.push({ left: box.left + dx, right: box.right + dx, top: box.top + dy, bottom: box.bottom + dy });
    if (dx === 0 && dy === 0) continue;
    t.options.offset = L.point(dx, dy);
    t.update();
  }
}

/**
 * Keeps the governorate labels clear of the markers whenever either moves or changes (`version`).
 * Over server-side cells, which crowd and carry no text, the labels are drawn on top instead.
 */
export function KeepLabelsClear({ layer, version, overCells }: { layer: React.RefObject<L.GeoJSON | null>; version: unknown; overCells: boolean }) {
  const map = useMap();
  useEffect(() => {
    const pane = map.getPane("governorateLabels");
    if (pane) pane.style.zIndex = overCells ? "650" : "390";
  }, [map, overCells]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` says the labels' text or the markers changed.
  useEffect(() => {
    let frame = 0;
    const place = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => layer.current && placeLabels(map, layer.current));
    };
    // Markercluster draws its clusters after the zoom ends, as layers added one by one.
    map.on("zoomend moveend layeradd layerremove resize", place);
    place();
    return () => {
      map.off("zoomend moveend layeradd layerremove resize", place);
      cancelAnimationFrame(frame);
    };
  }, [map, layer, version]);
  return null;
}
