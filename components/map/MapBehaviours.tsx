"use client";
// Small behaviours of the incident map that Leaflet lacks or gets wrong on a phone.
import type L from "leaflet";
import { useEffect } from "react";
import { useMap } from "react-leaflet";
import { popupSize } from "@/components/map/geometry";

/**
 * Sizes every popup to the map as it opens, so that on a phone Leaflet never pans a popup wider or
 * taller than the map (which pushed its marker out of view and closed it), and closes it on Escape.
 */
export function FitPopups() {
  const map = useMap();
  useEffect(() => {
    const fit = (e: L.PopupEvent) => {
      const size = popupSize(map.getSize());
      const o = e.popup.options;
      if (o.maxWidth === size.maxWidth && o.maxHeight === size.maxHeight) return;
      Object.assign(o, size, { autoPanPadding: [8, 8] });
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
