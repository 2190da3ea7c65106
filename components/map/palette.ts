// Colours shared by markers, legends and charts.
import { type EventType, GOVERNORATES } from "@/lib/incidents/vocab";

/** Perpetrator colours. Colour-blind-safe (Okabe–Ito), plus grey for unknown. */
export const PERPETRATOR_COLOURS: Record<string, string> = {
  "Islamic State": "#D55E00",
  "Syrian government forces": "#0072B2",
  "Russian forces": "#CC79A7",
  "Turkish forces": "#E69F00",
  SDF: "#009E73",
  HTS: "#56B4E9",
  "US-led coalition": "#F0E442",
  Israel: "#999933",
};
export const UNKNOWN_COLOUR = "#6b7280";
const EXTRA = ["#882255", "#44AA99", "#AA4499", "#117733", "#332288", "#DDCC77", "#88CCEE"];

export function perpetratorColour(p: string | null | undefined): string {
  if (!p) return UNKNOWN_COLOUR;
  const known = PERPETRATOR_COLOURS[p];
  if (known) return known;
  let h = 0;
  for (const c of p) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return EXTRA[h % EXTRA.length]!;
}

/** Event type colours (Okabe–Ito and Tol's muted set, clear of the purple governorate shading), grey for unknown. */
export const EVENT_TYPE_COLOURS: Record<EventType, string> = {
  "armed-clash": "#D55E00",
  "ambush-raid": "#E69F00",
  "ied-landmine": "#009E73",
  "suicide-car-bomb": "#CC79A7",
  "air-drone-strike": "#0072B2",
  shelling: "#56B4E9",
  "execution-abduction": "#882255",
  other: "#999933",
};

export function eventTypeColour(t: string | null | undefined): string {
  return (t && EVENT_TYPE_COLOURS[t as EventType]) || UNKNOWN_COLOUR;
}

/** What the map colours its markers by. */
export type MarkerColouring = "eventType" | "perpetrator";

export const markerColour = (i: { eventType: string | null; perpetrator: string | null }, by: MarkerColouring): string =>
  by === "eventType" ? eventTypeColour(i.eventType) : perpetratorColour(i.perpetrator);

/** One colour per governorate for the stacked chart (Tableau 20, dark members first). */
const GOVERNORATE_PALETTE = [
  "#1f77b4",
  "#ff7f0e",
  "#2ca02c",
  "#d62728",
  "#9467bd",
  "#8c564b",
  "#e377c2",
  "#7f7f7f",
  "#bcbd22",
  "#17becf",
  "#393b79",
  "#ad494a",
  "#637939",
  "#8c6d31",
];
export function governorateColour(g: string | null | undefined): string {
  const i = GOVERNORATES.indexOf((g ?? "") as (typeof GOVERNORATES)[number]);
  return i < 0 ? UNKNOWN_COLOUR : GOVERNORATE_PALETTE[i % GOVERNORATE_PALETTE.length]!;
}

/** Marker radius in pixels grows with the square root of the deaths, so area tracks the count. */
export function markerRadius(killed: number | null): number {
  return 5 + 2.5 * Math.sqrt(Math.max(0, killed ?? 0));
}

/**
 * Sequential classes for the governorate choropleth (ColorBrewer Purples, stopped halfway so the
 * perpetrator colours of the markers stay readable on top of it).
 */
const CHORO_LIGHT = ["#e7e5f2", "#d2d0e6", "#bcbddc", "#a5a2cf", "#8f8ac2"];
const CHORO_DARK = ["#2b2840", "#37325a", "#443d73", "#51498c", "#5f56a5"];

function nice(n: number): number {
  if (n <= 10) return Math.max(1, Math.round(n));
  const p = 10 ** Math.floor(Math.log10(n));
  const m = n / p;
  return (m < 1.5 ? 1 : m < 3.5 ? 2.5 : m < 7.5 ? 5 : 10) * p;
}

/** Lower bounds of the classes (the first is 1: zero has its own neutral colour). */
export function choroplethBreaks(max: number): number[] {
  if (max <= 0) return [];
  const b = [1];
  for (const f of [0.2, 0.4, 0.6, 0.8]) {
    const v = nice(max * f);
    if (v > b[b.length - 1]! && v <= max) b.push(v);
  }
  return b;
}

export function choroplethColour(killed: number, breaks: number[], dark: boolean): string | null {
  if (killed <= 0 || breaks.length === 0) return null;
  let cls = 0;
  for (let i = 0; i < breaks.length; i++) if (killed >= breaks[i]!) cls = i;
  const ramp = dark ? CHORO_DARK : CHORO_LIGHT;
  // Spread fewer classes over the whole ramp so the top class is always the darkest.
  const idx = breaks.length === 1 ? ramp.length - 1 : Math.round((cls * (ramp.length - 1)) / (breaks.length - 1));
  return ramp[idx]!;
}
