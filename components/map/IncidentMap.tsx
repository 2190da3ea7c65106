"use client";
// The incident map. The base layer is drawn from committed GeoJSON (Syria's governorates and
// the neighbouring countries) so it reads without internet; online tiles are added only when
// a probe tile actually loads.
import "leaflet/dist/leaflet.css";
import { useEffect, useState } from "react";
import { CircleMarker, GeoJSON, MapContainer, Popup, TileLayer, Tooltip } from "react-leaflet";
import type { Feature, FeatureCollection } from "geojson";
import type { IncidentView } from "@/lib/db/incidents";
import { formatIncidentDate, formatKilled } from "@/components/format";
import { markerRadius, perpetratorColour } from "@/components/map/palette";

const TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

function useGeoJson(url: string): FeatureCollection | null {
  const [data, setData] = useState<FeatureCollection | null>(null);
  useEffect(() => {
    let live = true;
    fetch(url)
      .then((r) => (r.ok ? r.json() : null))
      .then((d: FeatureCollection | null) => live && setData(d))
      .catch(() => live && setData(null));
    return () => {
      live = false;
    };
  }, [url]);
  return data;
}

/** True once one online tile has loaded; stays false offline, without errors shown. */
function useTilesReachable(): boolean {
  const [ok, setOk] = useState(false);
  useEffect(() => {
    const img = new Image();
    img.onload = () => setOk(true);
    img.src = TILE_URL.replace("{z}", "5").replace("{x}", "19").replace("{y}", "12");
    return () => {
      img.onload = null;
    };
  }, []);
  return ok;
}

const featureName = (f: Feature | undefined) => String((f?.properties as { name?: string } | null)?.name ?? "");

export interface IncidentMapProps {
  incidents: IncidentView[];
}

export default function IncidentMap({ incidents }: IncidentMapProps) {
  const governorates = useGeoJson("/geo/syria-governorates.geojson");
  const neighbours = useGeoJson("/geo/neighbours.geojson");
  const tiles = useTilesReachable();
  const located = incidents.filter((i) => i.lat !== null && i.lon !== null);

  return (
    <MapContainer center={[35.0, 38.5]} zoom={6} minZoom={5} maxZoom={13} className="h-full w-full" scrollWheelZoom>
      {tiles && <TileLayer url={TILE_URL} attribution="&copy; OpenStreetMap contributors" opacity={0.6} />}
      {neighbours && (
        <GeoJSON
          data={neighbours}
          style={{ color: "#94a3b8", weight: 1, fillColor: "#e2e8f0", fillOpacity: tiles ? 0 : 0.9 }}
          onEachFeature={(f, layer) => layer.bindTooltip(featureName(f), { permanent: true, direction: "center", className: "country-label" })}
        />
      )}
      {governorates && (
        <GeoJSON
          data={governorates}
          style={{ color: "#475569", weight: 1.2, fillColor: "#fefce8", fillOpacity: tiles ? 0.2 : 1 }}
          onEachFeature={(f, layer) => layer.bindTooltip(featureName(f), { permanent: true, direction: "center", className: "governorate-label" })}
        />
      )}
      {located.map((i) => {
        const approximate = (i.geoPrecision ?? 3) > 1;
        const colour = perpetratorColour(i.perpetrator);
        return (
          <CircleMarker
            key={i.id}
            center={[i.lat!, i.lon!]}
            radius={markerRadius(i.killed)}
            pathOptions={{
              className: "incident-marker",
              color: colour,
              weight: 2,
              fillColor: colour,
              fillOpacity: approximate ? 0.25 : 0.7,
              dashArray: approximate ? "4 3" : undefined,
            }}
          >
            <Tooltip>{`${i.place ?? "Unknown place"}: ${formatKilled(i.killed, i.killedLow, i.killedHigh)} killed`}</Tooltip>
            <Popup>
              <div className="space-y-1 text-sm" data-testid="incident-popup">
                <div className="font-semibold">{formatIncidentDate(i.date, i.datePrecision)}</div>
                <div>
                  {i.place ?? "Unknown place"}
                  {i.province ? `, ${i.province}` : ""}
                </div>
                <div>
                  Killed: <strong>{formatKilled(i.killed, i.killedLow, i.killedHigh)}</strong>
                </div>
                <div>Perpetrator: {i.perpetrator ?? "unknown"}</div>
                <blockquote className="border-l-2 border-slate-300 pl-2 italic">“{i.evidence}”</blockquote>
                <div>
                  Source:{" "}
                  {i.sources.map((s, n) => (
                    <span key={s.articleId}>
                      {n > 0 && "; "}
                      <a href={`/articles/${s.articleId}`}>{s.source ?? s.title ?? `article ${s.articleId}`}</a>
                    </span>
                  ))}
                </div>
              </div>
            </Popup>
          </CircleMarker>
        );
      })}
    </MapContainer>
  );
}
