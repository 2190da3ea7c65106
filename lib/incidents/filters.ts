// The incident filters, each defined once: its request parameter, the column it tests and how,
// its label, its widget and where its choices come from. The API's query parsing, the SQL
// where-clauses and rollup eligibility (lib/db/filters-sql.ts), the OpenAPI document, the
// dashboard's filter bar and the page links are derived from this table.
import { z } from "zod";
import { columnOf, type FieldKey, YEARS } from "./fields";
import { intInRange, isoDateParam, many, one, paramsObject, paramsToArrays, textParam, type ParsedParams } from "./params";
import { EVENT_TYPE_LABELS, EVENT_TYPES, EventType, Governorate } from "./vocab";

/** "true" or "false" in a query string. */
const yesNo = z.enum(["true", "false"]).transform((v) => v === "true");
/** A share from 0 to 1 in a query string ("0.8"). */
const shareParam = z
  .string()
  .regex(/^(?:0(?:\.\d{1,3})?|1(?:\.0{1,3})?)$/, "expected a number from 0 to 1, e.g. 0.8")
  .transform(Number);

/** How a filter tests an incident: the SQL in lib/db/filters-sql.ts implements each kind. */
export type FilterTest =
  | { kind: "dataset" }
  | { kind: "in"; field: FieldKey }
  | { kind: "year"; field: FieldKey }
  | { kind: "from"; field: FieldKey }
  | { kind: "to"; field: FieldKey }
  | { kind: "atLeast"; field: FieldKey }
  | { kind: "is"; field: FieldKey }
  /** The field's column is set (the review state's timestamp). */
  | { kind: "set"; field: FieldKey }
  /** At least this confidence, or reviewed by a person (whose values stand whatever the extractor thought). */
  | { kind: "confident"; field: FieldKey };

/** The dashboard control of a filter; none for a filter only the API offers. */
export type FilterWidget = "chips" | "year" | "date" | "multi" | "number" | "choice";

/** Where a widget's choices come from: fixed values, the years with incidents, or the column's values in the data. */
export type FilterChoices = { kind: "values"; values: readonly string[] } | { kind: "years" } | { kind: "column" };

export interface FilterSpec {
  param: ReturnType<typeof one> | ReturnType<typeof many>;
  test: FilterTest;
  label: string;
  widget?: FilterWidget;
  choices?: FilterChoices;
  /** How the filter bar names a value: in its one-line summary (phones) and in a choice's options. */
  summary?: (value: string) => string;
  /** The value the URL leaves out. */
  default?: string;
}

const filter = <const T extends FilterSpec>(spec: T): T => spec;

export const FILTERS = {
  dataset: filter({
    param: one(z.enum(["real", "synthetic"]), "Which dataset: the incidents extracted from articles (default) or the synthetic benchmark set.", "real"),
    test: { kind: "dataset" },
    label: "Dataset",
    default: "real",
  }),
  province: filter({
    param: many(Governorate, "Governorate; repeat for several.", "Homs"),
    test: { kind: "in", field: "province" },
    label: "Governorate",
    widget: "chips",
    choices: { kind: "values", values: Governorate.options },
  }),
  year: filter({
    param: one(intInRange(YEARS.min, YEARS.max), "Calendar year of the incident date.", "2024"),
    test: { kind: "year", field: "date" },
    label: "Year",
    widget: "year",
    choices: { kind: "years" },
  }),
  from: filter({
    param: one(isoDateParam, "Incidents on or after this date (YYYY-MM-DD).", "2024-01-01"),
    test: { kind: "from", field: "date" },
    label: "From",
    widget: "date",
    summary: (v) => `from ${v}`,
  }),
  to: filter({
    param: one(isoDateParam, "Incidents on or before this date (YYYY-MM-DD).", "2024-12-31"),
    test: { kind: "to", field: "date" },
    label: "To",
    widget: "date",
    summary: (v) => `to ${v}`,
  }),
  perpetrator: filter({
    param: many(textParam, "Normalised perpetrator, e.g. Islamic State; repeat for several.", "Islamic State"),
    test: { kind: "in", field: "perpetrator" },
    label: "Perpetrator",
    widget: "multi",
    choices: { kind: "column" },
  }),
  target: filter({
    param: many(textParam, "Normalised target group; repeat for several.", "Syrian government forces"),
    test: { kind: "in", field: "target" },
    label: "Target",
    widget: "multi",
    choices: { kind: "column" },
  }),
  minKilled: filter({
    param: one(intInRange(0, 1_000_000), "Only incidents with at least this many killed (best estimate).", "10"),
    test: { kind: "atLeast", field: "killed" },
    label: "Min. killed",
    widget: "number",
    summary: (v) => `≥ ${v} killed`,
  }),
  eventType: filter({
    param: many(EventType, "How the attack was carried out; repeat for several.", "air-drone-strike"),
    test: { kind: "in", field: "eventType" },
    label: "Event type",
    widget: "multi",
    choices: { kind: "values", values: EVENT_TYPES },
    summary: (v) => EVENT_TYPE_LABELS[v as EventType] ?? v,
  }),
  civilians: filter({
    param: one(yesNo, "true: only incidents with civilians among the dead; false: only those without.", "true"),
    test: { kind: "is", field: "civilians" },
    label: "Civilians killed",
    widget: "choice",
    choices: { kind: "values", values: ["true", "false"] },
    summary: (v) => (v === "true" ? "civilians among the dead" : "no civilians among the dead"),
  }),
  minConfidence: filter({
    param: one(shareParam, "Only incidents the extractor is at least this sure of (0 to 1); reviewed ones always pass.", "0.8"),
    test: { kind: "confident", field: "confidence" },
    label: "Confidence",
    widget: "choice",
    choices: { kind: "values", values: ["0.5", "0.8"] },
    summary: (v) => `confidence ≥ ${v}`,
  }),
  reviewed: filter({
    param: one(yesNo, "true: only incidents an editor reviewed; false: only those that arrived by themselves and wait in the review queue.", "true"),
    test: { kind: "set", field: "reviewed" },
    label: "Reviewed",
    widget: "choice",
    choices: { kind: "values", values: ["true", "false"] },
    summary: (v) => (v === "true" ? "reviewed" : "not reviewed yet"),
  }),
} satisfies Record<string, FilterSpec>;

export type FilterKey = keyof typeof FILTERS;
export const FILTER_KEYS = Object.keys(FILTERS) as FilterKey[];
/** The filters a person sets (the dataset is a choice of data, not a filter): what "reset" clears. */
export const RESETTABLE_FILTERS = FILTER_KEYS.filter((k) => (FILTERS[k] as FilterSpec).widget !== undefined);

type FilterParams = { [K in FilterKey]: (typeof FILTERS)[K]["param"] };
export const FILTER_PARAMS = Object.fromEntries(FILTER_KEYS.map((k) => [k, FILTERS[k].param])) as FilterParams;

/** The Incident column a filter tests (none for the dataset flag). */
export function filterColumn(key: FilterKey): string | null {
  const t: FilterTest = (FILTERS[key] as FilterSpec).test;
  return t.kind === "dataset" ? null : columnOf(t.field);
}

export const IncidentFilters = paramsObject(FILTER_PARAMS)
  .transform((f) => ({ ...f, dataset: f.dataset ?? "real" }))
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "from must not be after to", path: ["from"] });
export type IncidentFilters = Omit<ParsedParams<FilterParams>, "dataset"> & { dataset: "real" | "synthetic" };

/** No filter set: every incident of the real dataset. */
export const EMPTY_FILTERS = Object.fromEntries(
  FILTER_KEYS.map((k) => [k, FILTERS[k].param.many ? [] : ((FILTERS[k] as FilterSpec).default ?? undefined)]),
) as unknown as IncidentFilters;

/** A value in a page's URL that the filters cannot use, and why, so the page can say so. */
export interface UnusableFilter {
  key: FilterKey;
  value: string;
  message: string;
}

/** Why a value was refused, in words for the page: a fixed choice names what it may be (and a near miss). */
function whyUnusable(key: FilterKey, value: string, zodMessage: string): string {
  const choices = (FILTERS[key] as FilterSpec).choices;
  if (choices?.kind !== "values") return zodMessage;
  const near = choices.values.find((v) => v.toLowerCase() === value.trim().toLowerCase());
  return near ? `not a ${FILTERS[key].label.toLowerCase()} as written; did you mean “${near}”?` : `not a ${FILTERS[key].label.toLowerCase()} we know`;
}

/**
 * For pages: the filters from the URL, with each value that cannot be used set aside (and
 * why) instead of failing, so that a hand-edited link still renders and says what it ignored.
 */
export function readFilterParams(params: Record<string, string | string[] | undefined>): { filters: IncidentFilters; unusable: UnusableFilter[] } {
  const raw = paramsToArrays(params);
  const kept: Record<string, string[]> = {};
  const unusable: UnusableFilter[] = [];
  for (const key of FILTER_KEYS) {
    const { item, many } = FILTERS[key].param;
    for (const value of raw[key] ?? []) {
      const r = item.safeParse(value);
      if (!r.success) unusable.push({ key, value, message: whyUnusable(key, value, r.error.issues[0]?.message ?? "not a usable value") });
      else if (!many && kept[key]) unusable.push({ key, value, message: "given more than once; the first one is used" });
      else (kept[key] ??= []).push(value);
    }
  }
  if (kept.from && kept.to && kept.from[0]! > kept.to[0]!) {
    unusable.push({ key: "to", value: kept.to[0]!, message: `before the “from” date ${kept.from[0]}` });
    delete kept.to;
  }
  const parsed = IncidentFilters.safeParse(kept);
  return parsed.success ? { filters: parsed.data, unusable } : { filters: EMPTY_FILTERS, unusable };
}

/** The filters from a page's URL, without what cannot be used. */
export function filtersFromSearchParams(params: Record<string, string | string[] | undefined>): IncidentFilters {
  return readFilterParams(params).filters;
}

/** The filters as a query string, in table order, defaults left out: for links and API calls. */
export function filtersToSearchParams(f: Partial<IncidentFilters>): URLSearchParams {
  const p = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = f[key] as unknown;
    if (Array.isArray(value)) for (const v of value) p.append(key, String(v));
    else if (value !== undefined && value !== null && String(value) !== (FILTERS[key] as FilterSpec).default) p.set(key, String(value));
  }
  return p;
}
