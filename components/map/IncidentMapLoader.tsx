"use client";
// Leaflet touches `window` when imported, so the map is loaded in the browser only. Around it:
// the empty state and the legend (markers, approximate locations, governorate shading).
import dynamic from "next/dynamic";
import { useSearchParams } from "next/navigation";
import { useId, useMemo, useState } from "react";
import { parseChoice, writeViewParams } from "@/components/dashboard/viewParams";
import { classLabels, DENSITY_MEASURES, type DensityMeasure, type DensityStats, densityColour, NONE_KILLED } from "@/components/map/hexbin";
import type { IncidentMapProps } from "@/components/map/IncidentMap";
import { choroplethBreaks, choroplethColour, type MarkerColouring, markerColour, markerRadius } from "@/components/map/palette";
import { EVENT_TYPE_LABELS, type EventType } from "@/lib/incidents/vocab";
import { numberFormat } from "@/components/format";

const IncidentMap = dynamic(() => import("@/components/map/IncidentMap"), {
  ssr: false,
  loading: () => <MapSkeleton />,
});

export function MapSkeleton() {
  return <div className="h-full w-full animate-pulse bg-slate-200 dark:bg-slate-800" role="status" aria-label="Loading map" />;
}

export function IncidentMapLoader(props: IncidentMapProps & { total: number; resetHref: string }) {
  const { total, resetHref, ...mapProps } = props;
  const unlocated = props.incidents.filter((i) => i.lat === null || i.lon === null).length;
  const [colourBy, setColourBy] = useState<MarkerColouring>("eventType");
  const view = useMapLayer();
  const [stats, setStats] = useState<DensityStats>({ classes: [], hexagons: 0, incidents: 0 });
  const density = useMemo(() => (view.layer === "density" ? { measure: view.measure, onStats: setStats } : null), [view.layer, view.measure]);
  return (
    <div className="flex h-full flex-col">
      <div
        className="relative h-[380px] overflow-hidden rounded-lg sm:h-auto sm:min-h-0 sm:flex-1 border border-slate-300 dark:border-slate-700"
        data-testid="map"
      >
        <IncidentMap {...mapProps} total={total} colourBy={colourBy} density={density} />
        {props.incidents.length === 0 && (
          <div className="pointer-events-none absolute inset-x-0 top-3 z-[1000] flex justify-center">
            <p className="pointer-events-auto rounded bg-white/95 px-3 py-2 text-sm shadow dark:bg-slate-900/95" role="status">
              No incidents match these filters.{" "}
              <a className="font-medium text-blue-700 underline dark:text-blue-300" href={resetHref}>
                Reset filters
              </a>
            </p>
          </div>
        )}
      </div>
      <LayerSwitch {...view} />
      {density ? <DensityLegend measure={density.measure} stats={stats} /> : <MapLegend {...mapProps} colourBy={colourBy} onColourBy={setColourBy} />}
      {!density && (unlocated > 0 || total > props.incidents.length) && (
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          {total > props.incidents.length &&
            `All ${numberFormat.format(total)} matching incidents are drawn as grey grid cells (sized by their number; ` +
              `click one to zoom in); the table lists the ${numberFormat.format(props.incidents.length)} most recent. `}
          {unlocated > 0 &&
            `${unlocated} incident${unlocated === 1 ? " has" : "s have"} no location and appear${unlocated === 1 ? "s" : ""} only in the table.`}
        </p>
      )}
    </div>
  );
}

const COLOURINGS: { by: MarkerColouring; label: string }[] = [
  { by: "eventType", label: "Event type" },
  { by: "perpetrator", label: "Perpetrator" },
];

/** The colours of the markers shown: each event type or perpetrator present, unknown last. */
function markerKeys(incidents: IncidentMapProps["incidents"], by: MarkerColouring): { key: string; label: string; colour: string }[] {
  const values = [...new Set(incidents.map((i) => (by === "eventType" ? i.eventType : i.perpetrator) ?? null))];
  const label = (v: string | null) => (v === null ? "Unknown" : by === "eventType" ? (EVENT_TYPE_LABELS[v as EventType] ?? v) : v);
  return values
    .map((v) => ({ key: v ?? "unknown", label: label(v), colour: markerColour({ eventType: v, perpetrator: v }, by), unknown: v === null }))
    .sort((a, b) => Number(a.unknown) - Number(b.unknown) || a.label.localeCompare(b.label));
}

function MapLegend({ incidents, provinces, colourBy, onColourBy }: IncidentMapProps & { colourBy: MarkerColouring; onColourBy(by: MarkerColouring): void }) {
  const keys = markerKeys(incidents, colourBy);
  const radioName = useId();
  const max = Math.max(0, ...provinces.map((p) => p.killed));
  const breaks = choroplethBreaks(max);
  const sizes = [1, 10, 50].filter((n, i) => i === 0 || n <= Math.max(10, ...incidents.map((x) => x.killed ?? 0)));
  return (
    // biome-ignore lint/a11y/useSemanticElements: a legend of swatches, not a group of form controls.
    <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2 text-xs text-slate-700 dark:text-slate-300" aria-label="Map legend" role="group">
      <div>
        <fieldset className="mb-0.5 flex flex-wrap items-center gap-x-2">
          <legend className="float-left mr-1 font-semibold">Colour by</legend>
          {COLOURINGS.map((c) => (
            <label key={c.by} className="flex cursor-pointer items-center gap-1">
              <input type="radio" name={radioName} value={c.by} checked={colourBy === c.by} onChange={() => onColourBy(c.by)} />
              {c.label}
            </label>
          ))}
        </fieldset>
        <ul className="flex flex-wrap gap-x-3 gap-y-0.5" aria-label={`Marker colours: ${colourBy === "eventType" ? "event types" : "perpetrators"}`}>
          {keys.length === 0 && <li>—</li>}
          {keys.map((k) => (
            <li key={k.key} className="flex items-center gap-1">
              <span aria-hidden className="inline-block h-3 w-3 rounded-full" style={{ background: k.colour }} />
              {k.label}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <div className="mb-0.5 font-semibold">Killed (marker size)</div>
        <div className="flex items-end gap-2">
          {sizes.map((n) => {
            const r = markerRadius(n);
            return (
              <span key={n} className="flex items-center gap-1">
                <svg width={r * 2 + 4} height={r * 2 + 4} aria-hidden>
                  <circle cx={r + 2} cy={r + 2} r={r} fill="#94a3b8" fillOpacity={0.6} stroke="#475569" strokeWidth={1.5} />
                </svg>
                {n}
              </span>
            );
          })}
          <span className="flex items-center gap-1">
            <svg width={22} height={22} aria-hidden>
              <circle cx={11} cy={11} r={8} fill="#94a3b8" fillOpacity={0.15} stroke="#475569" strokeWidth={2} strokeDasharray="4 3" />
            </svg>
            approximate location
          </span>
        </div>
      </div>
      <div>
        <div className="mb-0.5 font-semibold">Killed per governorate</div>
        <div className="flex items-center gap-1">
          <span aria-hidden className="inline-block h-3 w-5 border border-slate-400 bg-slate-50 dark:bg-slate-800" />0
          {breaks.map((b, i) => (
            <span key={b} className="ml-1 flex items-center gap-1">
              <span aria-hidden className="inline-block h-3 w-5 dark:hidden" style={{ background: choroplethColour(b, breaks, false)! }} />
              <span aria-hidden className="hidden h-3 w-5 dark:inline-block" style={{ background: choroplethColour(b, breaks, true)! }} />
              {i === breaks.length - 1 ? `${b}+` : `${b}–${breaks[i + 1]! - 1}`}
            </span>
          ))}
        </div>
        <div className="mt-0.5 text-slate-600 dark:text-slate-400">Click a governorate to filter by it.</div>
      </div>
    </div>
  );
}

type MapLayer = "markers" | "density";
const LAYERS: readonly MapLayer[] = ["markers", "density"];

/** The map's layer and the density's measure, from the link (`layer=density&density=killed`) and written back to it. */
function useMapLayer() {
  const link = useSearchParams();
  const [layer, setLayerState] = useState<MapLayer>(() => parseChoice(link.get("layer"), LAYERS, "markers"));
  const [measure, setMeasureState] = useState<DensityMeasure>(() => parseChoice(link.get("density"), DENSITY_MEASURES, "incidents"));
  const write = (l: MapLayer, m: DensityMeasure) =>
    writeViewParams({ layer: l === "markers" ? null : l, density: l === "markers" || m === "incidents" ? null : m });
  return {
    layer,
    measure,
    setLayer(l: MapLayer) {
      setLayerState(l);
      write(l, measure);
    },
    setMeasure(m: DensityMeasure) {
      setMeasureState(m);
      write(layer, m);
    },
  };
}

const SEGMENT = "flex cursor-pointer items-center rounded px-2 py-0.5 focus-within:ring-2 focus-within:ring-blue-600";
const SEGMENT_ON = "bg-slate-800 text-white dark:bg-slate-200 dark:text-slate-900";

/** Markers or hexagons; with hexagons, shaded by incidents or by killed. */
function LayerSwitch({ layer, measure, setLayer, setMeasure }: ReturnType<typeof useMapLayer>) {
  const name = useId();
  const choice = <T extends string>(group: string, value: T, current: T, label: string, set: (v: T) => void) => (
    <label key={value} className={`${SEGMENT} ${current === value ? SEGMENT_ON : ""}`}>
      <input type="radio" className="sr-only" name={group} value={value} checked={current === value} onChange={() => set(value)} />
      {label}
    </label>
  );
  return (
    <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <fieldset className="flex items-center gap-1 rounded border border-slate-400 p-0.5 dark:border-slate-500">
        <legend className="sr-only">Map view</legend>
        {choice(`${name}-layer`, "markers", layer, "Markers", setLayer)}
        {choice(`${name}-layer`, "density", layer, "Density (hexagons)", setLayer)}
      </fieldset>
      {layer === "density" && (
        <fieldset className="flex items-center gap-1 rounded border border-slate-400 p-0.5 dark:border-slate-500">
          <legend className="sr-only">Shade hexagons by</legend>
          {choice(`${name}-measure`, "incidents", measure, "Incidents", setMeasure)}
          {choice(`${name}-measure`, "killed", measure, "Killed", setMeasure)}
        </fieldset>
      )}
    </div>
  );
}

function DensityLegend({ measure, stats }: { measure: DensityMeasure; stats: DensityStats }) {
  const { classes } = stats;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a legend of swatches, not a group of form controls.
    <div className="mt-2 text-xs text-slate-700 dark:text-slate-300" aria-label="Map legend" role="group" data-testid="density-legend">
      <div className="mb-0.5">
        <span className="font-semibold">{measure === "killed" ? "Killed" : "Incidents"} per hexagon</span>
        <span data-testid="density-total">
          {" · "}
          {numberFormat.format(stats.incidents)} incident{stats.incidents === 1 ? "" : "s"} in {numberFormat.format(stats.hexagons)} hexagon
          {stats.hexagons === 1 ? "" : "s"}
        </span>
      </div>
      <ul className="flex flex-wrap items-center gap-x-3 gap-y-0.5">
        {classes.length === 0 && <li>no located incidents</li>}
        {measure === "killed" && classes.length > 0 && (
          <li className="flex items-center gap-1">
            <span aria-hidden className="inline-block h-3 w-5" style={{ background: NONE_KILLED }} />
            none killed
          </li>
        )}
        {classLabels(classes).map((label, i) => (
          <li key={label} className="flex items-center gap-1">
            <span aria-hidden className="inline-block h-3 w-5" style={{ background: densityColour(classes[i]!, classes) }} />
            {label}
          </li>
        ))}
      </ul>
      <div className="mt-0.5 text-slate-600 dark:text-slate-400">
        Hexagons keep their size on screen: zoom in for finer detail; click one to zoom to it. Incidents without a location are not drawn.
      </div>
    </div>
  );
}
