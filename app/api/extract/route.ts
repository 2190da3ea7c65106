import { handler } from "@/lib/api/errors";
import { readArticleBody } from "@/lib/api/article-body";
import { authorizeWrite } from "@/lib/api/limits";
import { extractOffThread } from "@/lib/ingest/off-thread";

/**
 * What the extractor finds in an article, without saving anything: the review page shows it,
 * with the sentences so that a person can mark one the extractor missed.
 */
export const POST = handler(async (request: Request) => {
  await authorizeWrite(request);
  const { submission } = await readArticleBody(request);
  const { extraction, sentences } = await extractOffThread(submission, true);
  return Response.json({ extraction, sentences });
});
