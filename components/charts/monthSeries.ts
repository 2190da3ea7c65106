// The dashboard's charts as one compact shape: a list of months and, per figure and per group,
// one number per month. The API's timeline points repeat the period and field names for every
// month and group (at a million incidents ~2,500 points per split, ~180 KB for the two splits);
// as columns the same figures are ~15 KB, so a filter change sends and decodes far less.
import type { TimelinePoint } from "@/lib/db/incidents";

export interface GroupSeries {
  /** The governorate or perpetrator; null for "unknown". */
  group: string | null;
  /** Killed per month, aligned with MonthSeries.months. */
  killed: number[];
}

export interface MonthSeries {
  /** Every month from the first to the last with a dated incident (YYYY-MM-01), gaps included. */
  months: string[];
  incidents: number[];
  killed: number[];
  injured: number[];
  /** Killed figures per month that are vague words' floors: that month's sum is a floor. */
  killedFloors: number[];
  /** Incidents per month that report an injured figure: none means the month's injured is unknown, not 0. */
  injuredKnown: number[];
  /** Largest total killed first (then by name), so the stack and the legend keep one order. */
  byProvince: GroupSeries[];
  byPerpetrator: GroupSeries[];
  /** The event type's key ("armed-clash"), or null for unknown. */
  byEventType: GroupSeries[];
}

/** Every month from the first to the last, so gaps show as gaps. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split("-").map(Number) as [number, number];
  const [ly, lm] = last.split("-").map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, "0")}-01`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** Split timeline points as series aligned with `months` (the event type split, fetched when asked for). */
export function seriesOf(points: TimelinePoint[], months: string[]): GroupSeries[] {
  return groupSeries(points, new Map(months.map((m, i) => [m, i])), months.length);
}

function groupSeries(points: TimelinePoint[], index: Map<string, number>, length: number): GroupSeries[] {
  const byGroup = new Map<string | null, number[]>();
  for (const p of points) {
    const i = index.get(p.period);
    if (i === undefined) continue;
    const g = p.group ?? null;
    let killed = byGroup.get(g);
    if (!killed) byGroup.set(g, (killed = new Array<number>(length).fill(0)));
    killed[i]! += p.killed;
  }
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  return [...byGroup.entries()]
    .map(([group, killed]) => ({ group, killed, total: sum(killed) }))
    .sort((a, b) => b.total - a.total || (a.group ?? "~").localeCompare(b.group ?? "~"))
    .map(({ group, killed }) => ({ group, killed }));
}

/** Monthly timeline points (total, and split by governorate and by perpetrator) as month columns. */
export function toMonthSeries(
  total: TimelinePoint[],
  byProvince: TimelinePoint[],
  byPerpetrator: TimelinePoint[],
  byEventType: TimelinePoint[] = [],
): MonthSeries {
  const periods = total.map((p) => p.period).sort();
  const months = periods.length ? monthsBetween(periods[0]!, periods[periods.length - 1]!) : [];
  const index = new Map(months.map((m, i) => [m, i]));
  const column = () => new Array<number>(months.length).fill(0);
  const incidents = column();
  const killed = column();
  const injured = column();
  const killedFloors = column();
  const injuredKnown = column();
  for (const p of total) {
    const i = index.get(p.period);
    if (i === undefined) continue;
    incidents[i]! += p.incidents;
    killed[i]! += p.killed;
    injured[i]! += p.injured;
    killedFloors[i]! += p.killedFloors ?? 0;
    injuredKnown[i]! += p.injuredKnown ?? 0;
  }
  return {
    months,
    incidents,
    killed,
    injured,
    killedFloors,
    injuredKnown,
    byProvince: groupSeries(byProvince, index, months.length),
    byPerpetrator: groupSeries(byPerpetrator, index, months.length),
    byEventType: groupSeries(byEventType, index, months.length),
  };
}

/**
 * One month's killed per group for a stacked chart. Bars leave out groups without deaths (undefined), so the
 * tooltip lists only what happened; areas join the points they are given, so there a month without deaths
 * must be 0, or the area would run straight across empty years as if people were killed all along.
 */
export function stackedMonth(series: GroupSeries[], groups: string[], i: number, areas: boolean): Record<string, number | undefined> {
  const out: Record<string, number | undefined> = {};
  series.forEach((s, g) => {
    out[groups[g]!] = s.killed[i] || (areas ? 0 : undefined);
  });
  return out;
}
