import { handler } from "@/lib/api/errors";
import { readArticleBody } from "@/lib/api/article-body";
import { clientKey, rateLimit } from "@/lib/api/rate-limit";
import { requireEditor } from "@/lib/auth/editors";
import { extractSubmission } from "@/lib/db/ingest";

/** What the extractor finds in an article, without saving anything: the review page shows it. */
export const POST = handler(async (request: Request) => {
  rateLimit(`write:${clientKey(request)}`, 120, 60_000);
  await requireEditor(request);
  const { submission } = await readArticleBody(request);
  return Response.json({ extraction: extractSubmission(submission) });
});
