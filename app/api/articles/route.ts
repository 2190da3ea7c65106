import { ApiError, handler } from "@/lib/api/errors";
import { readArticleBody, readUrlBody } from "@/lib/api/article-body";
import { readQuery } from "@/lib/api/query";
import { authorizeWrite } from "@/lib/api/limits";
import { listArticles } from "@/lib/db/articles";
import { submitArticle } from "@/lib/db/ingest";
import { extractOffThread } from "@/lib/ingest/off-thread";
import { enqueuePage } from "@/lib/jobs/ingest";

export const GET = handler(async (request: Request) => {
  const { limit, offset } = readQuery(request, ["limit", "offset"]);
  return Response.json(await listArticles(limit ?? 100, offset ?? 0));
});

/** Queues the page of a {"url"} body (?async=1): 202 with the job to follow. */
async function queuePage(request: Request, actor: string): Promise<Response> {
  const jobId = await enqueuePage({ ...(await readUrlBody(request)), actor });
  const link = `/api/jobs/${jobId}`;
  return Response.json({ jobId, state: "queued", link }, { status: 202, headers: { Location: link } });
}

/** Adds an article: extracts its incidents (or takes the reviewed ones sent along) and saves it. */
export const POST = handler(async (request: Request) => {
  const actor = await authorizeWrite(request);
  if (readQuery(request, ["async"]).async === "1") return queuePage(request, actor.name);
  const { submission, fileName } = await readArticleBody(request);
  const { extraction } = await extractOffThread(submission);
  const result = await submitArticle(submission, actor.name, fileName, extraction);
  if (result.status === "duplicate") {
    throw new ApiError(
      "conflict",
      `This article is already stored (same ${result.reason === "url" ? "URL" : "text"}): /articles/${result.articleId}`,
      undefined,
      {
        articleId: result.articleId,
        link: `/articles/${result.articleId}`,
      },
    );
  }
  return Response.json(
    {
      articleId: result.articleId,
      link: `/articles/${result.articleId}`,
      incidentsCreated: result.incidentsCreated,
      incidentsMerged: result.incidentsMerged,
      tallies: result.tallies,
    },
    { status: 201, headers: { Location: `/api/articles/${result.articleId}` } },
  );
});
