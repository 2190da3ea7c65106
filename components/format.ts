// Formatting shared by the map, the table and the pages.
import type { DatePrecision } from "@/lib/incidents/vocab";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A date as precise as we know it: "10 December 2024", "week of 8 Nov 2023", "August 2023", "2019". */
export function formatIncidentDate(date: string | null, precision: DatePrecision | null): string {
  if (!date) return "date unknown";
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const month = MONTHS[m - 1] ?? "";
  switch (precision) {
    case "year":
      return String(y);
    case "month":
      return `${month} ${y}`;
    case "week":
      return `week of ${d} ${month.slice(0, 3)} ${y}`;
    default:
      return `${d} ${month} ${y}`;
  }
}

/** "2023-08-01" -> "Aug 2023" (chart axes). */
export function formatMonth(period: string, long = false): string {
  const [y, m] = period.split("-").map(Number) as [number, number];
  const name = MONTHS[m - 1] ?? "";
  return `${long ? name : name.slice(0, 3)} ${y}`;
}

export const PRECISION_LABEL: Record<DatePrecision, string> = {
  day: "exact day",
  week: "within a week",
  month: "month only",
  year: "year only",
};

/** A figure as stored: its best estimate, its bounds, and whether it is a vague word's floor. */
export interface Figure {
  best: number | null;
  low: number | null;
  high: number | null;
  vague?: boolean | null;
}

/** How the text bounded a figure (numbers.ts's conventions): a floor, an upper bound, "about", a range, or exact. */
export function figureKind(f: Figure): "unknown" | "floor" | "upTo" | "about" | "range" | "exact" {
  if (f.best === null) return "unknown";
  if (f.vague) return "floor";
  if (f.low === null && f.high === null) return "about";
  if (f.low === null) return f.high === f.best ? "upTo" : "range";
  if (f.high === null) return f.low === f.best ? "floor" : "range";
  return f.low === f.best && f.high === f.best ? "exact" : "range";
}

/** What each kind of figure means, for the incident page. */
export const FIGURE_KIND: Record<ReturnType<typeof figureKind>, string> = {
  unknown: "not reported",
  floor: "a floor: “at least”, “more than”",
  upTo: "an upper bound: “nearly”, “up to”",
  about: "approximate: “about”, “some”",
  range: "a range: sources or the text disagree",
  exact: "as reported",
};

/** What a vague word's figure is, for the incident page. */
export const VAGUE_NOTE = "a vague word such as “several” or “dozens”, counted at its conventional minimum";

/** A figure in a cell or a popup: "34", "≥12" (a floor: "at least", "dozens"), "≤500" ("nearly"), "about 1,000", "46 (46–61)". */
export function formatFigure(f: Figure): string {
  const n = (v: number | null) => numberFormat.format(v ?? 0);
  switch (figureKind(f)) {
    case "unknown":
      return "unknown";
    case "floor":
      return `≥${n(f.best)}`;
    case "upTo":
      return `≤${n(f.best)}`;
    case "about":
      return `about ${n(f.best)}`;
    case "range":
      return `${n(f.best)} (${f.low === null ? "" : n(f.low)}–${f.high === null ? "" : n(f.high)})`;
    default:
      return n(f.best);
  }
}

/** A figure in a sentence: "at least 1,000", "nearly 500,000", "about 20", "34". */
export function figureInWords(f: Figure): string {
  const n = numberFormat.format(f.best ?? 0);
  const kind = figureKind(f);
  if (kind === "floor") return `at least ${n}`;
  if (kind === "upTo") return `up to ${n}`;
  if (kind === "about") return `about ${n}`;
  return kind === "unknown" ? "an unknown number of" : n;
}

/** A sum of figures, some of which may be floors: "≥ 182" when any is, so a floor is never read as a count. */
export function formatSum(sum: number, floors: number): string {
  return floors > 0 ? `≥ ${numberFormat.format(sum)}` : numberFormat.format(sum);
}

/** Says which figures of a sum are floors of vague words. */
export const floorsNote = (floors: number) =>
  floors === 1
    ? "includes 1 vague figure counted at its floor"
    : floors > 1
      ? `includes ${numberFormat.format(floors)} vague figures counted at their floor`
      : null;

/** Killed as the table and the popups show it. */
export const formatKilled = (best: number | null, low: number | null, high: number | null, vague: boolean | null = null): string =>
  formatFigure({ best, low, high, vague });

export const GEO_PRECISION_LABEL: Record<number, string> = {
  1: "town",
  2: "near a town / small area",
  3: "governorate or region",
};

export const numberFormat = new Intl.NumberFormat("en-GB");

/** What a running total counts, as a phrase: "at least 1,000 deaths since 1 March 2011". */
export function tallyPhrase(t: {
  count: number;
  countLow: number | null;
  countHigh: number | null;
  countVague: boolean | null;
  description: string;
  since: string | null;
}) {
  // Stored before the bounds were read (all null): the sources' running totals are floors.
  const known = t.countLow !== null || t.countHigh !== null || t.countVague !== null;
  const figure = known ? figureInWords({ best: t.count, low: t.countLow, high: t.countHigh, vague: t.countVague }) : `at least ${numberFormat.format(t.count)}`;
  // "(since)" alone: the period's word without its date, which `since` carries.
  const description = t.description.replace(/\s*\((?:since|from|in|during|over|for)\)\s*$/i, "");
  const since = t.since && !/\(|\bsince\b/.test(description) ? ` since ${formatIncidentDate(t.since, "day")}` : "";
  return { figure, rest: ` ${description}${since}` };
}

/** A count known only as a number and a vague mark: "—" when not reported, "≥3" for "several". */
export const formatCount = (n: number | null, vague: boolean | null = null): string =>
  n === null ? "—" : vague ? `≥${numberFormat.format(n)}` : numberFormat.format(n);

/** Injured as the table and the popups show it: "—" when not reported, "≥3" for "several wounded". */
export const formatInjured = formatCount;
