// Adding an article: extract, apply what the reviewer changed, save in one transaction.
// (No "server-only" marker: the ingest CLI uses this module too.)
import { invalid } from "@/lib/errors";
import type { ArticleSubmission, ReviewedIncident, ReviewedTally, UrlSubmission } from "@/lib/incidents/submission";
import { extractOffThread } from "@/lib/ingest/off-thread";
import { pageSubmission } from "@/lib/ingest/page-article";
import { checkCounts, EDITABLE_FIELDS, EXTRACTED_FIELDS, fieldOfEditable } from "@/lib/incidents/fields";
import { saveExtraction, type IncidentToSave, type SaveResult } from "@/lib/db/save-article";
import { placeById } from "@/lib/extract/places";
import { extractSubmission } from "@/lib/ingest/extract";
import type { ArticleExtraction, ExtractedIncident, ExtractedTally } from "@/lib/extract/types";

/** An incident a person added, before their values: every extracted field unknown. */
const EMPTY = Object.fromEntries(EXTRACTED_FIELDS.map((k) => [k, null])) as unknown as Omit<ExtractedIncident, "evidence" | "evidenceStart" | "evidenceEnd">;

/** A reviewed incident from the review page, checked against the stored text. */
function fromReview(r: ReviewedIncident, text: string, index: number, extracted: ExtractedIncident[]): IncidentToSave {
  if (r.evidenceEnd > text.length || r.evidenceStart >= r.evidenceEnd || text.slice(r.evidenceStart, r.evidenceEnd) !== r.evidence) {
    throw invalid(`incidents.${index}: the evidence must be a passage of the article text at evidenceStart..evidenceEnd`, `incidents.${index}.evidence`);
  }
  const problem = checkCounts(r);
  if (problem) throw invalid(`incidents.${index}: ${problem}`, `incidents.${index}.killed`);
  // Start from what the extractor said of the same sentence, so fields the page does not show survive.
  const base = extracted.find((x) => x.evidenceStart === r.evidenceStart) ?? {
    ...EMPTY,
    evidence: r.evidence,
    evidenceStart: r.evidenceStart,
    evidenceEnd: r.evidenceEnd,
  };
  const place = r.placeId ? placeById(r.placeId) : null;
  if (r.placeId && !place) throw invalid(`incidents.${index}: unknown place id ${r.placeId}`, `incidents.${index}.placeId`);
  const merged: IncidentToSave = {
    ...base,
    evidence: r.evidence,
    evidenceStart: r.evidenceStart,
    evidenceEnd: r.evidenceEnd,
    reviewedFields: r.reviewedFields,
    rejected: r.rejected,
  };
  for (const f of EDITABLE_FIELDS) {
    if (f in r) (merged as Record<string, unknown>)[fieldOfEditable(f)] = r[f] ?? null;
  }
  if (place && !("placeName" in r)) merged.place = place.name;
  return merged;
}

/** A reviewed tally, checked against the stored text; what the page does not show comes from the extractor's tally of the same sentence. */
function tallyFromReview(r: ReviewedTally, text: string, index: number, extracted: ExtractedTally[]): ExtractedTally {
  if (r.evidenceEnd > text.length || r.evidenceStart >= r.evidenceEnd || text.slice(r.evidenceStart, r.evidenceEnd) !== r.evidence) {
    throw invalid(`tallies.${index}: the evidence must be a passage of the article text at evidenceStart..evidenceEnd`, `tallies.${index}.evidence`);
  }
  const base = extracted.find((t) => t.evidenceStart === r.evidenceStart);
  const sincePrecision = r.since === null ? null : r.since === base?.since ? base.sincePrecision : "day";
  return { ...r, sincePrecision, reportedBy: base?.reportedBy ?? null };
}

/** Saves a submission; `extraction` is the extractor's reading of it, made here unless given (the API makes it off the event loop). */
export async function submitArticle(
  sub: ArticleSubmission,
  actor: string,
  fileName?: string,
  extraction = extractSubmission(sub),
): Promise<SaveResult & { extraction: ArticleExtraction }> {
  const incidents: IncidentToSave[] = sub.incidents
    ? sub.incidents.map((r, i) => fromReview(r, extraction.text, i, extraction.incidents))
    : extraction.incidents;
  const tallies = sub.tallies ? sub.tallies.map((t, i) => tallyFromReview(t, extraction.text, i, extraction.tallies)) : extraction.tallies;
  // Incidents sent along are the ones a person looked at (the ingest page always sends them); the extractor's own wait for review.
  const meta = { actor, fileName: fileName ?? null, talliesReviewed: sub.tallies !== undefined, reviewedBy: sub.incidents ? actor : null };
  const result = await saveExtraction({ ...extraction, incidents, tallies }, meta);
  return { ...result, extraction };
}

/** Fetches the page at `req.url`, reads its article and saves it: POST /api/articles {"url"} and the ingest queue's jobs. */
export async function addArticleFromUrl(req: UrlSubmission, actor: string): Promise<SaveResult> {
  const submission = await pageSubmission(req);
  const { extraction } = await extractOffThread(submission);
  const { extraction: _, ...result } = await submitArticle(submission, actor, undefined, extraction);
  return result;
}
