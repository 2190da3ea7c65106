// The shapes that flow out of lib/extract. One zod schema per shape; the TypeScript
// types are derived from them so the CLI, the seeder and the API agree on one contract.
import { z } from "zod";

export { DatePrecision, EVENT_TYPES, EventType, GeoPrecision, GOVERNORATES, Governorate } from "../incidents/vocab";
import { extractedShape } from "../incidents/fields";
import { DatePrecision } from "../incidents/vocab";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** What a caller hands the extractor: the raw file content plus whatever metadata it already knows. */
export const ArticleInput = z.object({
  /** The raw content, possibly with YAML front matter. */
  raw: z.string(),
  fileName: z.string().optional(),
  title: z.string().optional(),
  source: z.string().optional(),
  url: z.string().optional(),
  /** YYYY-MM-DD; wins over front matter and dateline. */
  publishedAt: isoDate.optional(),
});
export type ArticleInput = z.infer<typeof ArticleInput>;

/**
 * One incident as the extractor gives it: the extracted fields of the field table
 * (lib/incidents/fields.ts), plus where its sentence sits in the text.
 */
export const ExtractedIncident = z.object({
  ...extractedShape,
  /** True when `killed` is a conventional floor for a vague word ("dozens" = 12), not a reported figure. */
  killedVague: z.boolean().optional(),
  /** The same for `injured` ("several others wounded" = 3). */
  injuredVague: z.boolean().optional(),
  /** The offsets of the evidence sentence in the article text. */
  evidenceStart: z.number().int().nonnegative(),
  evidenceEnd: z.number().int().nonnegative(),
});
export type ExtractedIncident = z.infer<typeof ExtractedIncident>;

export const ExtractedTally = z.object({
  count: z.number().int().nonnegative(),
  /** How the text bounds the count, as for an incident's killed: "at least" (low = count), "nearly" (high = count), both null for "about". */
  countLow: z.number().int().nonnegative().nullable().optional(),
  countHigh: z.number().int().nonnegative().nullable().optional(),
  /** The count is a vague word's conventional floor ("thousands" = 1,000). */
  countVague: z.boolean().optional(),
  description: z.string(),
  /** Start of the period the figure covers, when the text gives one. */
  since: isoDate.nullable(),
  sincePrecision: DatePrecision.nullable(),
  reportedBy: z.string().nullable(),
  evidence: z.string(),
  evidenceStart: z.number().int().nonnegative(),
  evidenceEnd: z.number().int().nonnegative(),
});
export type ExtractedTally = z.infer<typeof ExtractedTally>;

export const ArticleExtraction = z.object({
  title: z.string().nullable(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: isoDate.nullable(),
  /** Where publishedAt came from. */
  publishedFrom: z.enum(["given", "front-matter", "dateline", "url"]).nullable(),
  /** The article text as stored (front matter removed, otherwise as received). All offsets point into it. */
  text: z.string(),
  incidents: z.array(ExtractedIncident),
  tallies: z.array(ExtractedTally),
});
export type ArticleExtraction = z.infer<typeof ArticleExtraction>;
