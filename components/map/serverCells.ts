"use client";
import type L from "leaflet";
import { useEffect, useState } from "react";

export interface ServerCluster {
  lat: number;
  lon: number;
  incidents: number;
  killed: number;
  id?: number;
}

/** The cells (or single incidents) /api/map/clusters gives for the map's view and zoom, reloaded after each move. */
export function useServerCells(map: L.Map, query: string, enabled = true): ServerCluster[] {
  const [cells, setCells] = useState<ServerCluster[]>([]);
  useEffect(() => {
    if (!enabled) return;
    let controller: AbortController | null = null;
    const load = () => {
      controller?.abort();
      controller = new AbortController();
      const b = map.getBounds();
      const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v)).toFixed(3);
      const bbox = [clamp(b.getWest(), -180, 179), clamp(b.getSouth(), -90, 89), clamp(b.getEast(), -179, 180), clamp(b.getNorth(), -89, 90)].join(",");
      fetch(`/api/map/clusters?${query ? `${query}&` : ""}bbox=${bbox}&zoom=${Math.round(map.getZoom())}`, { signal: controller.signal })
        .then((r) => (r.ok ? r.json() : null))
        .then((d: { clusters: ServerCluster[] } | null) => d && setCells(d.clusters))
        .catch(() => {});
    };
    load();
    map.on("moveend", load);
    return () => {
      map.off("moveend", load);
      controller?.abort();
    };
  }, [map, query, enabled]);
  return cells;
}
