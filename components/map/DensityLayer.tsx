"use client";
// The density view: incidents binned into hexagons of a fixed size on screen, shaded by their
// number or their killed. Binned again after each zoom; the points are the page's incidents, or
// for sets larger than the page, the server's cells for the view (each weighted by its counts).
import L from "leaflet";
import { useEffect, useMemo, useState } from "react";
import { Polygon, Tooltip, useMap } from "react-leaflet";
import {
  type DensityMeasure,
  type DensityStats,
  densityClasses,
  densityColour,
  hexBins,
  hexCorners,
  NONE_KILLED,
  type WeightedPoint,
} from "@/components/map/hexbin";
import { useServerCells } from "@/components/map/serverCells";
import { useSelection } from "@/components/dashboard/DashboardContext";

/** Side of a hexagon in screen pixels: small enough to show structure, big enough to tap. */
const HEX_SIDE = 20;

export interface GeoWeight {
  id: number;
  lat: number;
  lon: number;
  incidents: number;
  killed: number;
}

interface Props {
  /** The incidents of the page: binned unless `serverQuery` asks for server cells; found there by "Show on map". */
  points: GeoWeight[];
  serverQuery: string | null;
  measure: DensityMeasure;
  dark: boolean;
  /** Tells the legend the classes in use and what the hexagons hold. */
  onStats(stats: DensityStats): void;
}

export function DensityLayer({ points, serverQuery, measure, dark, onStats }: Props) {
  const map = useMap();
  const cells = useServerCells(map, serverQuery ?? "", serverQuery !== null);
  const source = serverQuery !== null ? cells : points;
  const [zoom, setZoom] = useState(() => map.getZoom());
  useEffect(() => {
    const onZoom = () => setZoom(map.getZoom());
    map.on("zoomend", onZoom);
    return () => void map.off("zoomend", onZoom);
  }, [map]);

  // "Show on map" in the table: no marker to open here, so fly to where the incident is.
  const { selectedId, selectedBy } = useSelection();
  useEffect(() => {
    const p = selectedBy === "table" ? points.find((x) => x.id === selectedId) : undefined;
    if (p) map.flyTo([p.lat, p.lon], Math.max(map.getZoom(), 9), { duration: 0.6 });
  }, [selectedId, selectedBy, points, map]);

  const hexes = useMemo(() => {
    const projected: WeightedPoint[] = source.map((p) => {
      const { x, y } = map.project([p.lat, p.lon], zoom);
      return { x, y, incidents: p.incidents, killed: p.killed };
    });
    return hexBins(projected, HEX_SIDE);
  }, [source, map, zoom]);
  const classes = useMemo(() => densityClasses(Math.max(0, ...hexes.map((h) => h[measure]))), [hexes, measure]);
  useEffect(() => onStats({ classes, hexagons: hexes.length, incidents: hexes.reduce((n, h) => n + h.incidents, 0) }), [classes, hexes, onStats]);

  return (
    <>
      {hexes.map((h) => {
        const corners = hexCorners(h.x, h.y, HEX_SIDE).map(([x, y]) => map.unproject(L.point(x, y), zoom));
        const centre = map.unproject(L.point(h.x, h.y), zoom);
        const label = `${h.incidents.toLocaleString("en")} incident${h.incidents === 1 ? "" : "s"}, ${h.killed.toLocaleString("en")} killed`;
        const zoomIn = () => map.flyTo(centre, Math.min(map.getMaxZoom(), zoom + 2));
        return (
          <Polygon
            key={`${zoom}:${h.x.toFixed(1)},${h.y.toFixed(1)}`}
            positions={corners}
            pane="density"
            // a Leaflet option read when the path is created (pathOptions are only applied through setStyle, which skips it)
            className="density-hex"
            eventHandlers={{ click: zoomIn, add: (e) => focusable((e.target as L.Path).getElement(), `${label}: zoom in`, zoomIn) }}
            pathOptions={{
              color: dark ? "#e2e8f0" : "#ffffff",
              weight: 1,
              fillColor: h[measure] > 0 ? densityColour(h[measure], classes) : NONE_KILLED,
              fillOpacity: 0.85,
            }}
          >
            <Tooltip>{label}</Tooltip>
          </Polygon>
        );
      })}
    </>
  );
}

/** A hexagon the keyboard can reach: a named button that zooms in on Enter or Space, as a click does. */
function focusable(el: Element | undefined, label: string, activate: () => void): void {
  if (!el) return;
  el.setAttribute("tabindex", "0");
  el.setAttribute("role", "button");
  el.setAttribute("aria-label", label);
  el.addEventListener("keydown", (e) => {
    const key = (e as KeyboardEvent).key;
    if (key !== "Enter" && key !== " ") return;
    e.preventDefault();
    activate();
  });
}
