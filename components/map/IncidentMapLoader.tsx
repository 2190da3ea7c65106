"use client";
// Leaflet touches `window` when imported, so the map is loaded in the browser only.
import dynamic from "next/dynamic";
import type { IncidentMapProps } from "@/components/map/IncidentMap";

const IncidentMap = dynamic(() => import("@/components/map/IncidentMap"), {
  ssr: false,
  loading: () => <div className="h-full w-full animate-pulse bg-slate-200 dark:bg-slate-800" aria-label="Loading map" />,
});

export function IncidentMapLoader(props: IncidentMapProps) {
  return <IncidentMap {...props} />;
}
