// Perpetrator colours, shared by markers, legend and charts. Colour-blind-safe (Okabe–Ito).
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

export function perpetratorColour(p: string | null): string {
  return (p && PERPETRATOR_COLOURS[p]) || UNKNOWN_COLOUR;
}

/** Marker radius in pixels grows with the square root of the deaths, so area tracks the count. */
export function markerRadius(killed: number | null): number {
  return 5 + 2.5 * Math.sqrt(Math.max(0, killed ?? 0));
}
