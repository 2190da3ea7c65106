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

export function formatKilled(best: number | null, low: number | null, high: number | null): string {
  if (best === null) return "unknown";
  if (low !== null && high !== null && (low !== best || high !== best)) return `${best} (${low}–${high})`;
  return String(best);
}

export const GEO_PRECISION_LABEL: Record<number, string> = {
  1: "town",
  2: "near a town / small area",
  3: "governorate or region",
};

export const numberFormat = new Intl.NumberFormat("en-GB");
