"use client";
// The incident map. The base layer is drawn from committed GeoJSON (Syria's governorates,
// shaded by killed, and the neighbouring countries) so it reads without internet; online
// tiles are offered only once a probe tile has actually loaded. Markers are sized by killed,
// coloured by perpetrator, clustered when they crowd, and dashed and hollow when the
// location is approximate.
import "leaflet/dist/leaflet.css";
import "react-leaflet-cluster/dist/assets/MarkerCluster.css";
import "react-leaflet-cluster/dist/assets/MarkerCluster.Default.css";
import L from "leaflet";
import { useEffect, useMemo, useRef, useState } from "react";
import { CircleMarker, GeoJSON, LayersControl, MapContainer, Pane, Popup, TileLayer, Tooltip, useMap } from "react-leaflet";
import MarkerClusterGroup from "react-leaflet-cluster";
import type { Feature, FeatureCollection } from "geojson";
import type { DashboardIncident } from "@/lib/db/dashboard";
import { formatKilled, formatSum } from "@/components/format";
import { IncidentPopup, markerName } from "@/components/map/IncidentPopup";
import { drawnInside, UncountedMarkers, UncountedNote } from "@/components/map/UncountedMarkers";
import { choroplethBreaks, choroplethColour, type MarkerColouring, markerColour, markerRadius } from "@/components/map/palette";
import { toggleParam, useFilterState, useNavigate, useSelection } from "@/components/dashboard/DashboardContext";
import { usePrefersDark } from "@/components/charts/usePrefersDark";
import { FitPopups, KeepLabelsClear, nameMarker } from "@/components/map/MapBehaviours";
import { formatView, parseView, urlWithView, VIEW_PARAM } from "@/components/map/view";
import { useServerCells } from "@/components/map/serverCells";
import { DensityLayer } from "@/components/map/DensityLayer";
import type { DensityMeasure, DensityStats } from "@/components/map/hexbin";

const TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
const SYRIA_BOUNDS: L.LatLngBoundsExpression = [
  [32.3, 35.6],
  [37.35, 42.4],
];

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

/** A neutral disc with the number of incidents it holds (perpetrator colours stay for single markers). */
function clusterIcon(c: { getChildCount(): number }): L.DivIcon {
  const n = c.getChildCount();
  const size = n < 10 ? 30 : n < 100 ? 36 : 44;
  // The icon is a button (keyboard: true); its hidden text is what a screen reader announces.
  const html = `<span aria-hidden="true">${n}</span><span class="sr-only">${n} incident${n === 1 ? "" : "s"}</span>`;
  return L.divIcon({ html, className: "incident-cluster", iconSize: L.point(size, size) });
}

const featureName = (f: Feature | undefined) => String((f?.properties as { name?: string | null } | null)?.name ?? "");

export interface ProvinceKilled {
  province: string;
  incidents: number;
  killed: number;
  /** Killed figures that are vague words' floors: the label reads "≥ 17 killed" then. */
  killedFloors?: number;
}

export interface IncidentMapProps {
  incidents: DashboardIncident[];
  /** How many incidents match; when more than were loaded, the map draws server-side clusters of all of them. */
  total?: number;
  /** The filters as a query string, for /api/map/clusters. */
  query?: string;
  provinces: ProvinceKilled[];
  selectedProvinces: string[];
  /** Changes when the filters change: the map then fits the new markers. */
  fitKey: string;
  /** With governorates selected: the located incidents that name no governorate (drawn if inside a selected one). */
  unplaced?: DashboardIncident[];
  /** What the markers are coloured by (event type unless told). */
  colourBy?: MarkerColouring;
  /** Markers, or hexagons shaded by density (`measure`), which then tell the legend their classes. */
  density?: { measure: DensityMeasure; onStats(stats: DensityStats): void } | null;
}

/** Fits the view to the markers whenever the filters change (not on every render). */
function FitToMarkers({ points, fitKey }: { points: [number, number][]; fitKey: string }) {
  const map = useMap();
  // The first view is the whole of Syria, so a newcomer sees where things are; later filter
  // changes fit the matching markers.
  const shown = useRef(fitKey);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of filters (fitKey) refits, not every new points array.
  useEffect(() => {
    if (shown.current === fitKey) return;
    shown.current = fitKey;
    if (points.length === 0) map.flyToBounds(SYRIA_BOUNDS, { duration: 0.5 });
    else map.flyToBounds(L.latLngBounds(points).pad(0.25), { maxZoom: 7.5, duration: 0.5 });
  }, [fitKey]);
  return null;
}

/**
 * Keeps Leaflet's idea of the container size right (the panel's height settles after mount), opens
 * on the view the URL names (else all of Syria), and from then on keeps the view in the URL so a
 * copied link opens it: through history.replaceState, which neither navigates nor asks the server.
 */
function KeepSized() {
  const map = useMap();
  const { pending } = useFilterState();
  // The view waiting to be written while a filter change is being rendered (see keep below).
  const held = useRef<(() => void) | null>(null);
  const pendingNow = useRef(pending);
  pendingNow.current = pending;
  useEffect(() => {
    if (!pending && held.current) {
      held.current();
      held.current = null;
    }
  }, [pending]);
  useEffect(() => {
    map.invalidateSize();
    const asked = parseView(new URLSearchParams(window.location.search).get(VIEW_PARAM));
    if (asked) map.setView([asked.lat, asked.lon], asked.zoom, { animate: false });
    else map.fitBounds(SYRIA_BOUNDS);
    const el = map.getContainer();
    const ro = new ResizeObserver(() => map.invalidateSize());
    ro.observe(el);
    // Registered after the first view is set, so opening the page alone writes nothing. Only a view that
    // changed is written, and never while a filter change is in flight: the address then still holds the old
    // filters, and Next takes a replaceState as a navigation, so writing it would undo the change.
    const viewNow = () => {
      const c = map.getCenter();
      return { lat: c.lat, lon: c.lng, zoom: map.getZoom() };
    };
    let written = formatView(viewNow());
    const write = () => {
      const v = viewNow();
      if (formatView(v) === written) return;
      written = formatView(v);
      window.history.replaceState(null, "", urlWithView(window.location.href, v));
    };
    const keep = () => {
      if (pendingNow.current) held.current = write;
      else write();
    };
    map.on("moveend", keep);
    return () => {
      ro.disconnect();
      map.off("moveend", keep);
    };
  }, [map]);
  return null;
}

/** What the map uses of markercluster's group (its types are not installed). */
interface ClusterGroup extends L.FeatureGroup {
  _inZoomAnimation?: number | boolean;
  /** The marker itself when drawn, else the cluster drawn in its place (with an icon). */
  getVisibleParent(layer: L.Layer): (L.Layer & { _icon?: HTMLElement; spiderfy(): void }) | null;
}

/**
 * Flies to the incident selected in the table and opens its popup. From UNCLUSTER_ZOOM on only
 * incidents at one point are clustered, so at FLY_ZOOM the marker is on the map on its own or
 * in such a cluster, which is spread out first (markercluster's zoomToShowLayer waits for a
 * marker icon, which circle markers do not have).
 */
function FlyToSelected({ layers, clusters }: { layers: React.RefObject<Map<number, L.CircleMarker>>; clusters: React.RefObject<ClusterGroup | null> }) {
  const map = useMap();
  const { selectedId, selectedBy } = useSelection();
  useEffect(() => {
    if (selectedId === null || selectedBy !== "table") return;
    const layer = layers.current.get(selectedId);
    if (!layer) return;
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const open = () => {
      // The cluster group adds the marker back after its own zoom animation.
      if ((layer as L.CircleMarker & { _map?: L.Map | null })._map) return void layer.openPopup();
      const group = clusters.current;
      const parent = group?.getVisibleParent(layer);
      // Incidents at one point stay a cluster at any zoom: spread it out (not while it animates, which markercluster ignores).
      if (parent?._icon && !group?._inZoomAnimation && map.getZoom() >= UNCLUSTER_ZOOM) parent.spiderfy();
      if (tries++ < 20) timer = setTimeout(open, 100);
    };
    map.closePopup();
    map.once("moveend", open);
    map.flyTo(layer.getLatLng(), Math.max(map.getZoom(), FLY_ZOOM), { duration: 0.6 });
    return () => {
      map.off("moveend", open);
      if (timer) clearTimeout(timer);
    };
  }, [selectedId, selectedBy, layers, clusters, map]);
  return null;
}

/**
 * For sets larger than the page loads (the synthetic million, say): grid cells, or single
 * incidents when few are in view, computed by /api/map/clusters for the current view and
 * zoom, so the map never downloads every point.
 */
function ServerClusters({ query }: { query: string }) {
  const map = useMap();
  const cells = useServerCells(map, query);
  return (
    <>
      {cells.map((c) => (
        <CircleMarker
          key={`${c.id ?? "cell"}-${c.lat.toFixed(4)}-${c.lon.toFixed(4)}`}
          center={[c.lat, c.lon]}
          radius={c.id ? markerRadius(c.killed) : 6 + 4 * Math.log10(1 + c.incidents)}
          eventHandlers={{ click: () => (c.id ? window.location.assign(`/incidents/${c.id}`) : map.flyTo([c.lat, c.lon], map.getZoom() + 2)) }}
          pathOptions={{ className: c.id ? "incident-marker" : "incident-cell", color: "#334155", weight: 1.5, fillColor: "#64748b", fillOpacity: 0.45 }}
        >
          <Tooltip>
            {c.id ? `${c.killed} killed (incident #${c.id})` : `${c.incidents.toLocaleString("en")} incidents, ${c.killed.toLocaleString("en")} killed`}
          </Tooltip>
        </CircleMarker>
      ))}
    </>
  );
}

const UNCLUSTER_ZOOM = 9;
/** Below UNCLUSTER_ZOOM crowded markers cluster; from it on only those at one point do, and a click spreads them apart. */
const clusterRadius = (zoom: number) => (zoom >= UNCLUSTER_ZOOM ? 1 : 28);
const FLY_ZOOM = 9.5;

export default function IncidentMap({
  incidents,
  provinces,
  selectedProvinces,
  fitKey,
  total,
  query = "",
  unplaced = [],
  colourBy = "eventType",
  density = null,
}: IncidentMapProps) {
  const serverSide = total !== undefined && total > incidents.length;
  const governorates = useGeoJson("/geo/syria-governorates.geojson");
  const neighbours = useGeoJson("/geo/neighbours.geojson");
  const tiles = useTilesReachable();
  const dark = usePrefersDark();
  const { selectedId, select } = useSelection();
  const navigate = useNavigate();
  const layers = useRef(new Map<number, L.CircleMarker>());
  const govLayer = useRef<L.GeoJSON | null>(null);
  const clusters = useRef<ClusterGroup | null>(null);

  const located = useMemo(() => incidents.filter((i) => i.lat !== null && i.lon !== null), [incidents]);
  const points = useMemo(() => located.map((i) => [i.lat!, i.lon!] as [number, number]), [located]);
  const weights = useMemo(() => located.map((i) => ({ id: i.id, lat: i.lat!, lon: i.lon!, incidents: 1, killed: i.killed ?? 0 })), [located]);
  // One array per marker for the life of the data: a new one each render moved every marker
  // (setLatLng), which made markercluster fold spread-out markers back and close their popup.
  const centres = useMemo(() => new Map(located.map((i, k) => [i.id, points[k]!])), [located, points]);
  const uncounted = useMemo(
    () => (serverSide ? [] : drawnInside(unplaced, governorates, selectedProvinces)),
    [serverSide, unplaced, governorates, selectedProvinces],
  );
  const byProvince = useMemo(() => new Map(provinces.map((p) => [p.province, p])), [provinces]);
  const breaks = useMemo(() => choroplethBreaks(Math.max(0, ...provinces.map((p) => p.killed))), [provinces]);

  const governorateStyle = useMemo(
    () =>
      (f?: Feature): L.PathOptions => {
        const name = featureName(f);
        const killed = byProvince.get(name)?.killed ?? 0;
        // Under the hexagons the governorates stay plain, so only one colour scale is on the map.
        const plain = dark ? "#1e293b" : "#f8fafc";
        const fill = density ? plain : (choroplethColour(killed, breaks, dark) ?? plain);
        const selected = selectedProvinces.includes(name);
        return {
          color: selected ? (dark ? "#93c5fd" : "#1d4ed8") : dark ? "#64748b" : "#475569",
          weight: selected ? 3 : 1.2,
          fillColor: fill,
          fillOpacity: tiles ? 0.45 : 1,
          className: "governorate",
        };
      },
    [byProvince, breaks, dark, selectedProvinces, tiles, density],
  );

  // The permanent labels carry the killed count under the current filters.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the layer is rebuilt when the governorates change; relabel then too.
  useEffect(() => {
    govLayer.current?.eachLayer((l) => {
      const f = (l as L.Layer & { feature?: Feature }).feature;
      const name = featureName(f);
      if (!name) return;
      const killed = byProvince.get(name)?.killed ?? 0;
      const label = formatSum(killed, byProvince.get(name)?.killedFloors ?? 0);
      // setStyle does not touch the class attribute: mark the selected ones by hand.
      (l as L.Path).getElement()?.classList.toggle("governorate-selected", selectedProvinces.includes(name));
      l.setTooltipContent(killed > 0 ? `${name}<br><span class="governorate-count">${label} killed</span>` : name);
    });
  }, [byProvince, governorates, selectedProvinces]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: new markers (located) need the selection class too.
  useEffect(() => {
    for (const [id, layer] of layers.current) layer.getElement()?.classList.toggle("selected", id === selectedId);
  }, [selectedId, located]);

  const neighbourStyle: L.PathOptions = {
    color: dark ? "#475569" : "#94a3b8",
    weight: 1,
    fillColor: dark ? "#111827" : "#e7e3db",
    fillOpacity: tiles ? 0 : 1,
  };

  return (
    <MapContainer
      bounds={SYRIA_BOUNDS}
      zoomSnap={0.25}
      minZoom={5}
      maxZoom={13}
      className="h-full w-full"
      scrollWheelZoom={false}
      aria-label="Map of incidents"
    >
      {tiles && (
        <LayersControl position="topright">
          <LayersControl.Overlay checked name="Online map tiles (OpenStreetMap)">
            <TileLayer url={TILE_URL} attribution="&copy; OpenStreetMap contributors" opacity={0.6} />
          </LayersControl.Overlay>
        </LayersControl>
      )}
      {/* The base layers get their own panes under the markers' (overlay pane, z-index 400),
          whichever finishes loading first. */}
      <Pane name="neighbours" style={{ zIndex: 340 }} />
      <Pane name="governorates" style={{ zIndex: 350 }} />
      {/* Labels under the markers (400) and cluster counts (600), not over them as in the tooltip pane. */}
      <Pane name="governorateLabels" style={{ zIndex: 390, pointerEvents: "none" }} />
      {/* The density hexagons under those labels, so the names stay readable over them. */}
      <Pane name="density" style={{ zIndex: 380 }} />
      {neighbours && (
        <GeoJSON
          pane="neighbours"
          data={neighbours}
          style={neighbourStyle}
          interactive={false}
          onEachFeature={(f, layer) => layer.bindTooltip(featureName(f), { permanent: true, direction: "center", className: "country-label" })}
        />
      )}
      {governorates && (
        <GeoJSON
          pane="governorates"
          ref={govLayer}
          data={governorates}
          style={governorateStyle}
          onEachFeature={(f, layer) => {
            const name = featureName(f);
            if (!name) return;
            layer.bindTooltip(name, { permanent: true, direction: "center", className: "governorate-label", pane: "governorateLabels" });
            layer.on("click", () => navigate((p) => toggleParam(p, "province", name)));
          }}
        />
      )}
      {density && <DensityLayer points={weights} serverQuery={serverSide ? query : null} measure={density.measure} dark={dark} onStats={density.onStats} />}
      {!density && serverSide && <ServerClusters query={query} />}
      {!density && !serverSide && (
        <MarkerClusterGroup
          chunkedLoading
          ref={clusters}
          maxClusterRadius={clusterRadius}
          showCoverageOnHover={false}
          // Phones otherwise drop markers the moment they leave the view, closing their popups.
          removeOutsideVisibleBounds={false}
          iconCreateFunction={clusterIcon}
        >
          {located.map((i) => {
            const approximate = (i.geoPrecision ?? 3) > 1;
            const colour = markerColour(i, colourBy);
            const selected = i.id === selectedId;
            return (
              <CircleMarker
                key={i.id}
                ref={(l) => {
                  if (l) layers.current.set(i.id, l);
                  else layers.current.delete(i.id);
                  if (l) nameMarker(l, markerName(i), i.id);
                }}
                center={centres.get(i.id)!}
                radius={markerRadius(i.killed)}
                eventHandlers={{ click: () => select(i.id, "map") }}
                // A click that reached the map would fold spread-out markers back into their cluster, closing the popup.
                bubblingMouseEvents={false}
                pathOptions={{
                  className: `incident-marker${approximate ? " approximate" : ""}`,
                  color: selected ? (dark ? "#ffffff" : "#0f172a") : colour,
                  weight: selected ? 4 : 2.5,
                  fillColor: colour,
                  fillOpacity: approximate ? 0.15 : 0.75,
                  dashArray: approximate ? "5 4" : undefined,
                }}
              >
                <Tooltip>{`${i.place ?? "Unknown place"}: ${formatKilled(i.killed, i.killedLow, i.killedHigh, i.killedVague)} killed`}</Tooltip>
                <Popup maxWidth={320} minWidth={240}>
                  <IncidentPopup incident={i} />
                </Popup>
              </CircleMarker>
            );
          })}
        </MarkerClusterGroup>
      )}
      {!density && <UncountedMarkers incidents={uncounted} dark={dark} />}
      <UncountedNote incidents={uncounted} selected={selectedProvinces} />
      <KeepSized />
      <FitPopups />
      <KeepLabelsClear layer={govLayer} overCells={serverSide} version={`${governorates ? 1 : 0}-${located.length}-${provinces.map((p) => p.killed).join()}`} />
      <FitToMarkers points={points} fitKey={fitKey} />
      <FlyToSelected layers={layers} clusters={clusters} />
    </MapContainer>
  );
}
