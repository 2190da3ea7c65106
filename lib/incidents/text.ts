// What a piece of text must be before it is stored or sent to PostgreSQL.
import { z } from "zod";

const LONE_SURROGATE_RE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** PostgreSQL's text refuses NUL, and a lone surrogate is not Unicode (Prisma's query JSON refuses it). */
export function isStorable(s: string): boolean {
  return !s.includes("\u0000") && !LONE_SURROGATE_RE.test(s);
}

export const NOT_STORABLE = "contains a NUL character or a lone surrogate, which are not text";

/** A string PostgreSQL can store; chain further checks on it. */
export const storableString = () => z.string().refine(isStorable, NOT_STORABLE);
