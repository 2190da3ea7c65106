// The one way a web address becomes an article submission, for POST /api/articles {"url"}, its
// preview and the ingest queue's jobs: fetched within the safe fetcher's limits, its article read
// off the event loop, and what the requester gave winning over what the page says of itself.
import type { z } from "zod";
import { DomainError } from "@/lib/errors";
import { ArticleSubmission, type UrlSubmission } from "@/lib/incidents/submission";
import { type FetchOptions, fetchPage } from "@/lib/ingest/fetch-page";
import { readPageOffThread } from "@/lib/ingest/off-thread";

/** A page's article that does not fit a submission is refused like a bad request, naming the field. */
function checked(json: unknown): ArticleSubmission {
  const result = ArticleSubmission.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const param = issue?.path.join(".") || undefined;
  throw new DomainError("invalid", `Invalid ${param ? `"${param}"` : "page"}: ${issue?.message ?? "invalid"}`, param, {
    issues: result.error.issues.map((i: z.core.$ZodIssue) => ({ param: i.path.join("."), message: i.message })),
  });
}

/** The submission of the page at `req.url`; every failure is a DomainError with the reason. */
export async function pageSubmission(req: UrlSubmission, fetchOptions?: FetchOptions): Promise<ArticleSubmission> {
  const page = await fetchPage(req.url, fetchOptions);
  const article = await readPageOffThread(page.html, page.url);
  return checked({ ...article, ...Object.fromEntries(Object.entries(req).filter(([k, v]) => k !== "url" && v)) });
}
