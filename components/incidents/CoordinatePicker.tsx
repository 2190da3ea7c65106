"use client";
// A small map in the correction form: a click sets the incident's coordinates (and, inside a
// governorate, its governorate). The typed inputs stay for keyboard users and exact values.
import "leaflet/dist/leaflet.css";
import type { FeatureCollection } from "geojson";
import type L from "leaflet";
import { useEffect, useState } from "react";
import { CircleMarker, GeoJSON, MapContainer, useMapEvents } from "react-leaflet";
import { usePrefersDark } from "@/components/charts/usePrefersDark";

export interface PickedPoint {
  lat: number;
  lon: number;
  /** The governorate clicked in, when the click fell inside one. */
  province: string | null;
}

const SYRIA: L.LatLngBoundsExpression = [
  [32.3, 35.6],
  [37.35, 42.4],
];
const round = (n: number) => Math.round(n * 10_000) / 10_000;

function ClickToPick({ onPick }: { onPick: (p: PickedPoint) => void }) {
  const map = useMapEvents({ click: (e) => onPick({ lat: round(e.latlng.lat), lon: round(e.latlng.lng), province: null }) });
  // The map is made as its <details> opens, before the box has its size: fit Syria once it has.
  useEffect(() => {
    const fitSyria = () => {
      map.invalidateSize();
      map.fitBounds(SYRIA);
    };
    fitSyria();
    const ro = new ResizeObserver(fitSyria);
    ro.observe(map.getContainer());
    return () => ro.disconnect();
  }, [map]);
  return null;
}

export default function CoordinatePicker({ lat, lon, onPick }: { lat: number | null; lon: number | null; onPick: (p: PickedPoint) => void }) {
  const [shapes, setShapes] = useState<FeatureCollection | null>(null);
  const dark = usePrefersDark();
  useEffect(() => {
    let live = true;
    fetch("/geo/syria-governorates.geojson")
      .then((r) => (r.ok ? r.json() : null))
      .then((d: FeatureCollection | null) => live && setShapes(d))
      .catch(() => live && setShapes(null));
    return () => {
      live = false;
    };
  }, []);
  const shape = { color: dark ? "#64748b" : "#94a3b8", weight: 1, fillColor: dark ? "#1e293b" : "#f8fafc", fillOpacity: 1 };
  return (
    <div data-testid="picking-map">
      <MapContainer bounds={SYRIA} zoomSnap={0.25} minZoom={5} maxZoom={13} className="h-64 w-full rounded border border-slate-400 sm:h-80">
        {shapes && (
          <GeoJSON
            data={shapes}
            style={shape}
            onEachFeature={(f, layer) => {
              const name = String((f.properties as { name?: string } | null)?.name ?? "");
              layer.on("click", (e: L.LeafletMouseEvent) => onPick({ lat: round(e.latlng.lat), lon: round(e.latlng.lng), province: name || null }));
            }}
            // A click on a governorate is handled there, with its name; the map's own handler takes the rest.
            bubblingMouseEvents={false}
          />
        )}
        <ClickToPick onPick={onPick} />
        {lat !== null && lon !== null && <CircleMarker center={[lat, lon]} radius={7} pathOptions={{ color: "#b91c1c", weight: 3, fillOpacity: 0.4 }} />}
      </MapContainer>
    </div>
  );
}
