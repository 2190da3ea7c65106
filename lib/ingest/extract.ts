// The extractor run on what an editor submits (lib/ingest/off-thread.ts runs it for requests,
// the ingest CLI directly). Relative imports: the off-thread worker loads it outside the Next bundle.
import { invalid } from "../errors";
import { ExtractionError, extractArticle } from "../extract/index";
import type { ArticleExtraction } from "../extract/types";
import type { ArticleSubmission } from "../incidents/submission";

export type SubmittedText = Pick<ArticleSubmission, "text" | "title" | "source" | "url" | "publishedAt">;

/** Runs the extractor on a submission; bad text becomes a 400 that says why. */
export function extractSubmission(sub: SubmittedText): ArticleExtraction {
  try {
    return extractArticle({
      raw: sub.text,
      ...(sub.title ? { title: sub.title } : {}),
      ...(sub.source ? { source: sub.source } : {}),
      ...(sub.url ? { url: sub.url } : {}),
      ...(sub.publishedAt ? { publishedAt: sub.publishedAt } : {}),
    });
  } catch (e) {
    if (e instanceof ExtractionError) throw invalid(e.message, "text");
    throw e;
  }
}
