// What an editor submits: an article with its reviewed incidents (POST /api/articles, the
// review page, the ingest CLI).
// What an editor may set on one incident (PATCH /api/incidents/[id]) is the field table's
// IncidentPatch (lib/incidents/fields.ts).
import { z } from "zod";
import { EDITABLE_FIELDS, IncidentPatch, isoDate } from "./fields";
import { isWebUrl, storableString, WEB_URL_MESSAGE } from "./text";

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

/** A tally as the review page submits it: the extractor's, its figure or words corrected; one left out was removed. */
export const ReviewedTally = z
  .object({
    count: z.number().int().min(0).max(1_000_000_000),
    description: storableString().trim().min(1).max(300),
    since: isoDate.nullable(),
    evidence: z.string().max(5000),
    evidenceStart: z.number().int().min(0),
    evidenceEnd: z.number().int().min(0),
  })
  .strict();
export type ReviewedTally = z.infer<typeof ReviewedTally>;

export const ArticleSubmission = z
  .object({
    text: storableString().min(1, "the article has no text").max(1_000_000, "the article is longer than 1,000,000 characters"),
    /** Cut to TITLE_MAX characters by the extractor, as a title taken from the text is. */
    title: storableString().trim().max(500).optional(),
    source: storableString().trim().max(200).optional(),
    url: z
      .string()
      .trim()
      .max(2000)
      .refine((s) => s === "" || isWebUrl(s), WEB_URL_MESSAGE)
      .transform((s) => s || undefined)
      .optional(),
    publishedAt: isoDate.optional().or(z.literal("").transform(() => undefined)),
    /** When given, these replace the extractor's incidents (the review page sends them). */
    incidents: z.array(ReviewedIncident).max(500).optional(),
    /** When given, these replace the extractor's tallies, and re-extraction leaves them alone. */
    tallies: z.array(ReviewedTally).max(500).optional(),
  })
  .strict();
export type ArticleSubmission = z.infer<typeof ArticleSubmission>;

/** An article named by its address alone (POST /api/articles, /api/extract): the server fetches it; what is given here wins over what the page says. */
export const UrlSubmission = z
  .object({
    url: z.string().trim().max(2000).refine(isWebUrl, WEB_URL_MESSAGE),
    title: storableString().trim().max(500).optional(),
    source: storableString().trim().max(200).optional(),
    publishedAt: isoDate.optional().or(z.literal("").transform(() => undefined)),
  })
  .strict();
export type UrlSubmission = z.infer<typeof UrlSubmission>;
