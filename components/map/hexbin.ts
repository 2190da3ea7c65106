// The density view's hexagons: weighted points binned into pointy-top hexagons in screen pixels
// (so a hexagon keeps its size on screen at every zoom), and the colour classes of their counts.

export interface WeightedPoint {
  x: number;
  y: number;
  incidents: number;
  killed: number;
}

export type DensityMeasure = "incidents" | "killed";
export const DENSITY_MEASURES: readonly DensityMeasure[] = ["incidents", "killed"];

const SQRT3 = Math.sqrt(3);

/** The centre of the hexagon of side `r` that holds (x, y): axial coordinates, rounded in cube space. */
export function hexCentre(x: number, y: number, r: number): { x: number; y: number } {
  const q = ((SQRT3 / 3) * x - y / 3) / r;
  const s = ((2 / 3) * y) / r;
  let [rq, rs, rt] = [Math.round(q), Math.round(s), Math.round(-q - s)];
  const [dq, ds, dt] = [Math.abs(rq - q), Math.abs(rs - s), Math.abs(rt + q + s)];
  if (dq > ds && dq > dt) rq = -rs - rt;
  else if (ds > dt) rs = -rq - rt;
  return { x: r * SQRT3 * (rq + rs / 2), y: r * 1.5 * rs };
}

/** Sums the points falling in each hexagon of side `r`; hexagons with nothing are left out. */
export function hexBins(points: readonly WeightedPoint[], r: number): WeightedPoint[] {
  const bins = new Map<string, WeightedPoint>();
  for (const p of points) {
    const c = hexCentre(p.x, p.y, r);
    const key = `${c.x.toFixed(3)},${c.y.toFixed(3)}`;
    const bin = bins.get(key) ?? bins.set(key, { x: c.x, y: c.y, incidents: 0, killed: 0 }).get(key)!;
    bin.incidents += p.incidents;
    bin.killed += p.killed;
  }
  return [...bins.values()];
}

/** The six corners of a pointy-top hexagon, clockwise from the top. */
export function hexCorners(x: number, y: number, r: number): [number, number][] {
  return [0, 1, 2, 3, 4, 5].map((k) => {
    const a = (Math.PI / 180) * (60 * k - 90);
    return [x + r * Math.cos(a), y + r * Math.sin(a)];
  });
}

/** Hexagons with no one reported killed, when shading by killed. */
export const NONE_KILLED = "#94a3b8";

/** What the drawn hexagons hold, for the legend. */
export interface DensityStats {
  classes: number[];
  hexagons: number;
  incidents: number;
}

export const DENSITY_COLOURS = ["#fde68a", "#fbbf24", "#f97316", "#dc2626", "#7f1d1d"] as const;

/**
 * Upper bounds of up to five classes from 1 to `max`: a class of its own for 1 (single incidents
 * stand apart from pairs), the rest in even steps of the logarithm (counts are skewed).
 */
export function densityClasses(max: number): number[] {
  if (max < 1) return [];
  const bounds = [1, 2, 3, 4].map((k) => Math.ceil(max ** (k / 4)));
  return [...new Set([1, ...bounds])];
}

/** The colour of a value under those classes (values above the last take the last). */
export function densityColour(v: number, classes: readonly number[]): string {
  const i = classes.findIndex((b) => v <= b);
  const k = i < 0 ? classes.length - 1 : i;
  // Fewer classes than colours: spread them over the ramp so the top one is always the darkest.
  const step = classes.length > 1 ? (DENSITY_COLOURS.length - 1) / (classes.length - 1) : 0;
  return DENSITY_COLOURS[Math.round(k * step)]!;
}

/** A class's range for the legend: "1", "2–3", "41+"-style labels from the upper bounds. */
export function classLabels(classes: readonly number[]): string[] {
  return classes.map((b, i) => {
    const lo = i === 0 ? 1 : classes[i - 1]! + 1;
    return lo === b ? String(b) : `${lo}–${b}`;
  });
}
