// What an editor may set on an incident, as one zod schema: used by PATCH /api/incidents/[id],
// by the reviewed incidents of POST /api/articles, and (through the types) by the review page.
import { z } from "zod";
import { DatePrecision, Governorate, GeoPrecision } from "@/lib/extract/types";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD")
  // zod runs this even after the regex failed: the date may be anything, so check it parses first.
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, "not a real calendar date");
const count = z.number().int().min(0).max(1_000_000);
const label = z.string().trim().min(1).max(200);

export const EDITABLE_FIELDS = [
  "date", "datePrecision", "placeName", "placeId", "province", "lat", "lon", "geoPrecision",
  "perpetrator", "target", "killed", "killedLow", "killedHigh", "injured", "attackersKilled",
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export const IncidentPatch = z
  .object({
    date: isoDate.nullable(),
    datePrecision: DatePrecision.nullable(),
    placeName: label.nullable(),
    placeId: z.string().max(60).nullable(),
    province: Governorate.nullable(),
    lat: z.number().min(29).max(40).nullable(),
    lon: z.number().min(33).max(45).nullable(),
    geoPrecision: GeoPrecision.nullable(),
    perpetrator: label.nullable(),
    target: label.nullable(),
    killed: count.nullable(),
    killedLow: count.nullable(),
    killedHigh: count.nullable(),
    injured: count.nullable(),
    attackersKilled: count.nullable(),
  })
  .partial()
  .strict();
export type IncidentPatch = z.infer<typeof IncidentPatch>;

/** best within [low, high] when all are given. */
export function checkCounts(v: { killed?: number | null; killedLow?: number | null; killedHigh?: number | null }): string | null {
  const { killed, killedLow, killedHigh } = v;
  if (killedLow != null && killedHigh != null && killedLow > killedHigh) return "killedLow must not exceed killedHigh";
  if (killed != null && killedLow != null && killed < killedLow) return "killed must not be below killedLow";
  if (killed != null && killedHigh != null && killed > killedHigh) return "killed must not exceed killedHigh";
  return null;
}

/** An incident as the review page submits it: the extracted values, possibly corrected. */
export const ReviewedIncident = IncidentPatch.extend({
  evidence: z.string().max(5000),
  evidenceStart: z.number().int().min(0),
  evidenceEnd: z.number().int().min(0),
  /** Which fields the person changed (all of them for an incident the person added). */
  reviewedFields: z.array(z.enum(EDITABLE_FIELDS)).default([]),
  /** The person removed this extracted incident: kept deleted, so re-extraction does not bring it back. */
  rejected: z.boolean().default(false),
}).strict();
export type ReviewedIncident = z.infer<typeof ReviewedIncident>;

export const ArticleSubmission = z
  .object({
    text: z.string().min(1, "the article has no text").max(1_000_000, "the article is longer than 1,000,000 characters"),
    title: z.string().trim().max(500).optional(),
    source: z.string().trim().max(200).optional(),
    url: z.string().trim().url("not a URL").max(2000).optional().or(z.literal("").transform(() => undefined)),
    publishedAt: isoDate.optional().or(z.literal("").transform(() => undefined)),
    /** When given, these replace the extractor's incidents (the review page sends them). */
    incidents: z.array(ReviewedIncident).max(500).optional(),
  })
  .strict();
export type ArticleSubmission = z.infer<typeof ArticleSubmission>;
