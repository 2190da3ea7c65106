// The incident's fields, each defined once: its value, whether an editor may set it, which views
// show it (the API, the dashboard, the exports, the extractor's CLI contract), its export name and
// its label. The SQL select lists, the view types, the edit schema and forms, the export columns
// and the extractor's output shape are all derived from this table.
import { z } from "zod";
import { storableString } from "./text";
import { DatePrecision, EventType, GeoPrecision, Governorate } from "./vocab";

/** The years a date may fall in: those of the year filter (PostgreSQL has no year 0, and 0001 marks "undated" in the rollups). */
export const YEARS = { min: 1900, max: 2100 } as const;

/** A real calendar date as YYYY-MM-DD, within YEARS. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  // zod runs this even after the regex failed: the date may be anything, so check it parses first.
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, "not a real calendar date")
  .refine((s) => {
    const year = Number(s.slice(0, 4));
    return !(year < YEARS.min || year > YEARS.max);
  }, `the year must be from ${YEARS.min} to ${YEARS.max}`);
const count = z.number().int().min(0).max(1_000_000);
const label = storableString().trim().min(1).max(200);
const text = z.string().nullable();
const int = z.number().int().nonnegative().nullable();
const share = z.number().min(0).max(1).nullable();

/** Where a field appears: the API's incidents, the dashboard's rows, the exports, the CLI contract. */
export type FieldView = "api" | "detail" | "dashboard" | "export" | "contract";

/** The widget an edit form draws for a field; a field without one is set through another (the place box sets the coordinates). */
export type FieldInput = "date" | "precision" | "place" | "governorate" | "count" | "coordinate" | "text" | "eventType" | "yesno";

export interface FieldSpec {
  /** The Incident column, when it is not the field's name. */
  column?: string;
  /** The value as the extractor gives it and the API shows it. */
  value: z.ZodType;
  /** What an editor may set (absent: not editable). */
  edit?: z.ZodType;
  input?: FieldInput;
  views: readonly FieldView[];
  /** Set by the extractor, so re-extraction rewrites it unless a person reviewed it. */
  extracted: boolean;
  /** An incident's source (one article's account) keeps its own value of it. */
  perSource?: boolean;
  /** How SQL turns the column into the value: a date as YYYY-MM-DD, an enum as text, a timestamp as whether it is set. */
  sql?: "date" | "text" | "isSet";
  /** The column name in the CSV and GeoJSON exports. */
  exportAs?: string;
  label: string;
}

const field = <const T extends FieldSpec>(spec: T): T => spec;

export const INCIDENT_FIELDS = {
  date: field({
    value: isoDate.nullable(),
    edit: isoDate,
    input: "date",
    views: ["api", "detail", "dashboard", "export", "contract"],
    extracted: true,
    perSource: true,
    sql: "date",
    exportAs: "date",
    label: "Date",
  }),
  datePrecision: field({
    value: DatePrecision.nullable(),
    edit: DatePrecision,
    input: "precision",
    views: ["api", "detail", "dashboard", "export", "contract"],
    extracted: true,
    perSource: true,
    sql: "text",
    exportAs: "date_precision",
    label: "Date precision",
  }),
  place: field({
    column: "placeName",
    value: text,
    edit: label,
    input: "place",
    views: ["api", "detail", "dashboard", "export", "contract"],
    extracted: true,
    exportAs: "place",
    label: "Place",
  }),
  placeId: field({ value: text, edit: storableString().max(60), views: ["detail"], extracted: true, label: "Gazetteer id" }),
  province: field({
    value: Governorate.nullable(),
    edit: Governorate,
    input: "governorate",
    views: ["api", "detail", "dashboard", "export", "contract"],
    extracted: true,
    exportAs: "province",
    label: "Governorate",
  }),
  lat: field({
    value: z.number().nullable(),
    edit: z.number().min(29).max(40),
    input: "coordinate",
    views: ["api", "detail", "dashboard", "export", "contract"],
    extracted: true,
    exportAs: "lat",
    label: "Latitude",
  }),
  lon: field({
    value: z.number().nullable(),
    edit: z.number().min(33).max(45),
    input: "coordinate",
    views: ["api", "detail", "dashboard", "export", "contract"],
    extracted: true,
    exportAs: "lon",
    label: "Longitude",
  }),
  geoPrecision: field({
    value: GeoPrecision.nullable(),
    edit: GeoPrecision,
    views: ["api", "detail", "dashboard", "export", "contract"],
    extracted: true,
    exportAs: "geo_precision",
    label: "Geo precision",
  }),
  perpetrator: field({
    value: text,
    edit: label,
    input: "text",
    views: ["api", "detail", "dashboard", "export", "contract"],
    extracted: true,
    exportAs: "perpetrator",
    label: "Perpetrator",
  }),
  perpetratorText: field({ value: text, views: ["detail"], extracted: true, label: "Perpetrator as written" }),
  target: field({
    value: text,
    edit: label,
    input: "text",
    views: ["api", "detail", "dashboard", "export", "contract"],
    extracted: true,
    exportAs: "target",
    label: "Target",
  }),
  targetText: field({ value: text, views: ["detail"], extracted: true, label: "Target as written" }),
  killed: field({
    value: int,
    edit: count,
    input: "count",
    views: ["api", "detail", "dashboard", "export", "contract"],
    extracted: true,
    perSource: true,
    exportAs: "killed",
    label: "Killed (best)",
  }),
  killedLow: field({
    value: int,
    edit: count,
    input: "count",
    views: ["api", "detail", "dashboard", "export", "contract"],
    extracted: true,
    perSource: true,
    exportAs: "killed_low",
    label: "Killed, low",
  }),
  killedHigh: field({
    value: int,
    edit: count,
    input: "count",
    views: ["api", "detail", "dashboard", "export", "contract"],
    extracted: true,
    perSource: true,
    exportAs: "killed_high",
    label: "Killed, high",
  }),
  killedVague: field({
    value: z.boolean().nullable(),
    edit: z.boolean(),
    input: "yesno",
    views: ["api", "detail", "dashboard", "export"],
    extracted: true,
    perSource: true,
    exportAs: "killed_vague",
    label: "Killed is a vague word’s floor",
  }),
  injured: field({
    value: int,
    edit: count,
    input: "count",
    views: ["api", "detail", "dashboard", "export", "contract"],
    extracted: true,
    perSource: true,
    exportAs: "injured",
    label: "Injured",
  }),
  injuredVague: field({
    value: z.boolean().nullable(),
    edit: z.boolean(),
    input: "yesno",
    views: ["api", "detail", "dashboard", "export"],
    extracted: true,
    perSource: true,
    exportAs: "injured_vague",
    label: "Injured is a vague word’s floor",
  }),
  attackersKilled: field({
    value: int,
    edit: count,
    input: "count",
    views: ["api", "detail", "export", "contract"],
    extracted: true,
    exportAs: "attackers_killed",
    label: "Attackers killed",
  }),
  eventType: field({
    value: EventType.nullable(),
    edit: EventType,
    input: "eventType",
    views: ["api", "detail", "dashboard", "export", "contract"],
    extracted: true,
    exportAs: "event_type",
    label: "Event type",
  }),
  civilians: field({
    value: z.boolean().nullable(),
    edit: z.boolean(),
    input: "yesno",
    views: ["api", "detail", "dashboard", "export", "contract"],
    extracted: true,
    exportAs: "civilians",
    label: "Civilians among the dead",
  }),
  confidence: field({
    value: share,
    views: ["api", "detail", "dashboard", "export", "contract"],
    extracted: true,
    exportAs: "confidence",
    label: "Confidence",
  }),
  dateConfidence: field({ value: share, views: ["detail", "export", "contract"], extracted: true, exportAs: "date_confidence", label: "Date confidence" }),
  placeConfidence: field({ value: share, views: ["detail", "export", "contract"], extracted: true, exportAs: "place_confidence", label: "Place confidence" }),
  claimedBy: field({ value: text, views: ["detail"], extracted: true, label: "Claimed by" }),
  reportedBy: field({ value: text, views: ["detail"], extracted: true, perSource: true, label: "Figure reported by" }),
  evidence: field({
    value: z.string(),
    views: ["api", "detail", "dashboard", "export", "contract"],
    extracted: true,
    perSource: true,
    exportAs: "evidence",
    label: "Evidence",
  }),
  /** An editor looked at the incident as a whole; false: it arrived by itself and waits in the review queue (/review). */
  reviewed: field({
    column: "reviewedAt",
    value: z.boolean(),
    views: ["api", "detail", "dashboard", "export"],
    extracted: false,
    sql: "isSet",
    exportAs: "reviewed",
    label: "Reviewed",
  }),
  reviewedBy: field({ value: text, views: ["api", "detail"], extracted: false, label: "Reviewed by" }),
} as const;

type Fields = typeof INCIDENT_FIELDS;
export type FieldKey = keyof Fields;
type FieldValue<K extends FieldKey> = z.output<Fields[K]["value"]>;
type ColumnOf<K extends FieldKey> = Fields[K] extends { column: infer C extends string } ? C : K;

/** The fields a view shows, in table order. */
export type FieldsIn<V extends FieldView> = { [K in FieldKey]: V extends Fields[K]["views"][number] ? K : never }[FieldKey];
/** An incident as a view shows it: one property per field of the view. */
export type IncidentValues<V extends FieldView> = { [K in FieldsIn<V>]: FieldValue<K> };

/** An incident's exported fields, by their export names. */
export type ExportValues = { [K in FieldsIn<"export"> as Fields[K] extends { exportAs: infer N extends string } ? N : K]: FieldValue<K> };

type PerSourceKey = { [K in FieldKey]: Fields[K] extends { perSource: true } ? K : never }[FieldKey];
/** What one source (one article's account) says of the fields it keeps its own value of. */
export type SourceValues = { [K in PerSourceKey]: FieldValue<K> };

type EditableKey = { [K in FieldKey]: Fields[K] extends { edit: z.ZodType } ? K : never }[FieldKey];
/** The name an editor uses for a field: its column (placeName, not place). */
export type EditableField = { [K in EditableKey]: ColumnOf<K> }[EditableKey];
type EditOf<K extends FieldKey> = Fields[K] extends { edit: infer E extends z.ZodType } ? E : never;
type PatchShape = { [K in EditableKey as ColumnOf<K>]: z.ZodOptional<z.ZodNullable<EditOf<K>>> };

const entries = Object.entries(INCIDENT_FIELDS) as [FieldKey, FieldSpec][];

/** The Incident column of a field. */
export const columnOf = (key: FieldKey): string => (INCIDENT_FIELDS[key] as FieldSpec).column ?? key;

/** The fields of a view, in table order. */
export function fieldsIn<V extends FieldView>(view: V): FieldsIn<V>[] {
  return entries.filter(([, f]) => f.views.includes(view)).map(([k]) => k as FieldsIn<V>);
}

/** The fields the extractor sets. */
export const EXTRACTED_FIELDS: FieldKey[] = entries.filter(([, f]) => f.extracted).map(([k]) => k);
/** The fields an incident's source keeps its own value of. */
export const PER_SOURCE_FIELDS = entries.filter(([, f]) => f.perSource).map(([k]) => k) as PerSourceKey[];

/** The fields an editor may set, by the names the edit API uses. */
export const EDITABLE_FIELDS = entries.filter(([, f]) => f.edit).map(([k]) => columnOf(k)) as [EditableField, ...EditableField[]];

/** The field an editable name belongs to. */
export const fieldOfEditable = (name: EditableField): FieldKey => entries.find(([k]) => columnOf(k) === name)![0];

/** The fields an edit form shows, in table order, with their widgets. */
export const FORM_FIELDS = entries
  .filter(([, f]) => f.edit && f.input)
  .map(([k, f]) => ({ name: columnOf(k) as EditableField, label: f.label, input: f.input! }));

/** Every editable field as an optional, nullable property: PATCH /api/incidents/[id] and the review page. */
export const IncidentPatch = z
  .object(Object.fromEntries(entries.filter(([, f]) => f.edit).map(([k, f]) => [columnOf(k), f.edit!.nullable()])))
  .partial()
  .strict() as unknown as z.ZodObject<PatchShape, z.core.$strict>;
export type IncidentPatch = z.infer<typeof IncidentPatch>;

/** PATCH /api/incidents/[id]: the fields to set, and the incident's version the change is based on (or If-Match). */
export const IncidentEdit = IncidentPatch.extend({ version: z.number().int().positive().max(2_147_483_647).optional() }).strict();

/** The extractor's values of the extracted fields, as a zod shape (lib/extract/types builds on it). */
export const extractedShape = Object.fromEntries(EXTRACTED_FIELDS.map((k) => [k, INCIDENT_FIELDS[k].value])) as {
  [K in FieldKey as Fields[K]["extracted"] extends true ? K : never]: Fields[K]["value"];
};

/** best within [low, high] when all are given. */
export function checkCounts(v: { killed?: number | null; killedLow?: number | null; killedHigh?: number | null }): string | null {
  const { killed, killedLow, killedHigh } = v;
  if (killedLow != null && killedHigh != null && killedLow > killedHigh) return "killedLow must not exceed killedHigh";
  if (killed != null && killedLow != null && killed < killedLow) return "killed must not be below killedLow";
  if (killed != null && killedHigh != null && killed > killedHigh) return "killed must not exceed killedHigh";
  return null;
}

type Counts = { killed: number | null; killedLow: number | null; killedHigh: number | null };

/**
 * Counts put in order (low ≤ best ≤ high) after some were computed afresh (from the sources, by
 * the extractor): a count a person set (`reviewed`) stands, and the computed ones give way to it.
 */
export function orderedCounts(v: Counts, reviewed: ReadonlySet<string>): Counts {
  let { killed, killedLow, killedHigh } = v;
  const computed = (k: keyof Counts) => !reviewed.has(k);
  if (killed !== null && computed("killed")) {
    if (!computed("killedLow") && killedLow !== null) killed = Math.max(killed, killedLow);
    if (!computed("killedHigh") && killedHigh !== null) killed = Math.min(killed, killedHigh);
  }
  if (killed !== null && computed("killedLow") && killedLow !== null) killedLow = Math.min(killedLow, killed);
  if (killed !== null && computed("killedHigh") && killedHigh !== null) killedHigh = Math.max(killedHigh, killed);
  if (killedLow !== null && killedHigh !== null && killedLow > killedHigh) {
    if (computed("killedHigh")) killedHigh = killedLow;
    else if (computed("killedLow")) killedLow = killedHigh;
  }
  return { killed, killedLow, killedHigh };
}
