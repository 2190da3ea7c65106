// The time slider's arithmetic: months as indexes into the list of months the data spans, and the
// from/to dates the filters already use (so the range lives in the URL like any other filter).
import { monthsBetween } from "@/components/charts/monthSeries";

export type Range = readonly [number, number];

/** Every month from the first to the last period given (YYYY-MM-01), gaps included. */
export function spanMonths(periods: readonly string[]): string[] {
  if (periods.length === 0) return [];
  const sorted = [...periods].sort();
  return monthsBetween(`${sorted[0]!.slice(0, 7)}-01`, `${sorted[sorted.length - 1]!.slice(0, 7)}-01`);
}

/** The index of the month a date falls in, clamped to the span. */
export function monthIndex(months: readonly string[], date: string): number {
  const key = `${date.slice(0, 7)}-01`;
  if (key <= months[0]!) return 0;
  if (key >= months[months.length - 1]!) return months.length - 1;
  return months.indexOf(key);
}

/** The range the URL asks for (from, to, or a year), as month indexes; the whole span when it asks for none. */
export function rangeFromParams(months: readonly string[], p: { from?: string | null; to?: string | null; year?: string | null }): Range {
  const last = months.length - 1;
  const from = p.from ?? (p.year ? `${p.year}-01-01` : null);
  const to = p.to ?? (p.year ? `${p.year}-12-31` : null);
  const a = from ? monthIndex(months, from) : 0;
  const b = to ? monthIndex(months, to) : last;
  return a <= b ? [a, b] : [b, a];
}

/** The last day of a YYYY-MM-01 month. */
export function lastDay(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return `${month.slice(0, 8)}${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
}

/** The from/to parameters for a range: none when it is the whole span (nothing to filter). */
export function paramsForRange(months: readonly string[], [a, b]: Range): { from: string; to: string } | null {
  if (a === 0 && b === months.length - 1) return null;
  return { from: months[a]!, to: lastDay(months[b]!) };
}

/** Where playback starts: the range as it is, or one month at the start when the range is the whole span. */
export function playStart(n: number, [a, b]: Range): Range {
  return a === 0 && b === n - 1 ? [0, 0] : [a, b];
}

/** The range one month later, keeping its length; null at the end of the span. */
export function nextWindow(n: number, [a, b]: Range): Range | null {
  return b + 1 < n ? [a + 1, b + 1] : null;
}
