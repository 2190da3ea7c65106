"use client";
// With governorates selected, the incidents whose sources name no governorate vanish from the
// figures, although the map drew them inside one. They stay drawn here, as grey rings with a
// note, so that what the map showed is not silently dropped and the figures stay the sources'.
import type L from "leaflet";
import { useMemo } from "react";
import { CircleMarker, Popup, Tooltip } from "react-leaflet";
import type { Feature, FeatureCollection } from "geojson";
import type { DashboardIncident } from "@/lib/db/dashboard";
import { pointInArea } from "@/components/map/geometry";
import { IncidentPopup, markerName } from "@/components/map/IncidentPopup";
import { nameMarker } from "@/components/map/MapBehaviours";
import { markerRadius } from "@/components/map/palette";

const UNCOUNTED = " — names no governorate, not counted in the selected ones";

/** The incidents without a governorate drawn inside one of the selected governorates. */
export function drawnInside(unplaced: DashboardIncident[], governorates: FeatureCollection | null, selected: string[]): DashboardIncident[] {
  if (!governorates || selected.length === 0) return [];
  const areas = governorates.features.filter((f: Feature) => selected.includes(String((f.properties as { name?: string } | null)?.name)));
  return unplaced.filter((i) => i.lat !== null && i.lon !== null && areas.some((f) => f.geometry && pointInArea(i.lon!, i.lat!, f.geometry)));
}

export function UncountedMarkers({ incidents, dark }: { incidents: DashboardIncident[]; dark: boolean }) {
  const centres = useMemo(() => new Map(incidents.map((i) => [i.id, [i.lat!, i.lon!] as [number, number]])), [incidents]);
  return incidents.map((i) => (
    <CircleMarker
      key={i.id}
      ref={(l: L.CircleMarker | null) => {
        if (l) nameMarker(l, `${markerName(i)}${UNCOUNTED}`, i.id);
      }}
      center={centres.get(i.id)!}
      radius={markerRadius(i.killed)}
      bubblingMouseEvents={false}
      // At creation: Leaflet reads a path's class only when it is first drawn, before react-leaflet applies pathOptions.
      className="incident-uncounted"
      pathOptions={{ className: "incident-uncounted", color: dark ? "#cbd5e1" : "#475569", weight: 2.5, fillOpacity: 0, dashArray: "3 3" }}
    >
      <Tooltip>{`${i.place ?? "Unknown place"}: names no governorate, not counted`}</Tooltip>
      <Popup>
        <p className="mb-1.5 text-xs font-semibold text-amber-800 dark:text-amber-300">
          Its sources name no governorate, so it is not counted in the selected one.
        </p>
        <IncidentPopup incident={i} />
      </Popup>
    </CircleMarker>
  ));
}

/** The line on the map that says why the grey rings are there. */
export function UncountedNote({ incidents, selected }: { incidents: DashboardIncident[]; selected: string[] }) {
  if (incidents.length === 0) return null;
  const n = incidents.length;
  return (
    <p
      className="absolute bottom-2 left-2 z-[1000] max-w-[min(28rem,calc(100%-5rem))] rounded bg-white/95 px-2 py-1 text-xs shadow dark:bg-slate-900/95"
      role="note"
      data-testid="uncounted-note"
    >
      {n === 1 ? "1 incident" : `${n} incidents`} drawn inside {selected.join(", ")} (grey dashed ring{n === 1 ? "" : "s"}) name
      {n === 1 ? "s" : ""} no governorate in {n === 1 ? "its" : "their"} sources, so {n === 1 ? "it is" : "they are"} not counted in the figures.
    </p>
  );
}
