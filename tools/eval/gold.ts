// The gold-label schema of the evaluation corpus (docs/labelling.md says how to label).
import { z } from "zod";
import { EVENT_TYPES, GOVERNORATES } from "../../lib/extract/types";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");
const Precision = z.enum(["day", "week", "month", "year"]);
const Count = z.number().int().nonnegative();

export const GoldIncident = z
  .object({
    date: isoDate.nullable(),
    datePrecision: Precision.nullable(),
    province: z.enum(GOVERNORATES).nullable(),
    place: z.string().min(1).nullable(),
    killed: Count.nullable(),
    killedLow: Count.nullable().optional(),
    killedHigh: Count.nullable().optional(),
    injured: Count.nullable().optional(),
    attackersKilled: Count.nullable().optional(),
    perpetrator: z.string().min(1).nullable().optional(),
    eventType: z.enum(EVENT_TYPES).optional(),
    civilians: z.boolean().optional(),
    /** A short verbatim fragment of the sentence that tells the incident. */
    evidenceIncludes: z.string().min(4),
    optional: z.boolean().optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine((g) => g.date !== null || g.datePrecision === null, "a null date has a null precision")
  .refine((g) => g.datePrecision !== "month" || (g.date ?? "").endsWith("-01"), "month precision: first day of the month")
  .refine((g) => g.killedLow == null || g.killedHigh == null || g.killedLow <= g.killedHigh, "killedLow must not exceed killedHigh");
export type GoldIncident = z.infer<typeof GoldIncident>;

export const GoldTally = z
  .object({
    count: Count,
    evidenceIncludes: z.string().min(4),
    optional: z.boolean().optional(),
    note: z.string().optional(),
  })
  .strict();
export type GoldTally = z.infer<typeof GoldTally>;

export const GoldArticle = z
  .object({
    file: z.string().min(1),
    publishedAt: isoDate.nullable(),
    incidents: z.array(GoldIncident),
    tallies: z.array(GoldTally),
    note: z.string().optional(),
  })
  .strict();
export type GoldArticle = z.infer<typeof GoldArticle>;
