// An ingest job: the page at a URL fetched, read, extracted and saved by the same path as
// POST /api/articles {"url"}. A failure that may pass (the network, a timeout, a server error,
// the database away) is retried with backoff; one that cannot (no article on the page, not HTML,
// a private address) goes straight to the dead state with its reason. A job run again after its
// worker died finds its article already stored (the canonical URL is the duplicate key) and ends there.
import type PgBoss from "pg-boss";
import { countArticleAdded } from "@/lib/db/feeds";
import { addArticleFromUrl } from "@/lib/db/ingest";
import { DomainError } from "@/lib/errors";
import { INGEST_QUEUE, ingestJobOptions, queue, SCHEMA } from "@/lib/jobs/queue";

export interface IngestData {
  url: string;
  /** What the requester gave, winning over the page's own (POST /api/articles?async=1). */
  title?: string;
  source?: string;
  publishedAt?: string;
  /** The feed whose item this is, to count what it added. */
  feedId?: number;
  /** Who asked: an editor's name, or "feed". */
  actor: string;
}

export interface IngestOutput {
  articleId: number;
  /** "created", or "duplicate" when the page was stored already (by another job, a feed, or a person). */
  status: "created" | "duplicate";
}

/** Failures worth another attempt: the fetch's transient reasons and anything that is not a domain refusal. */
export function mayPass(e: unknown): boolean {
  if (!(e instanceof DomainError)) return true;
  const reason = e.details?.reason;
  if (reason === "timeout" || reason === "network") return true;
  const status = Number(e.details?.status);
  // A robots.txt that answers 5xx is a site in trouble, not a refusal: its pages are asked for again later.
  return (reason === "status" || reason === "robots") && (status >= 500 || status === 408 || status === 429);
}

/** Marks the job as out of attempts, so the failure about to be reported dead-letters it now. */
async function noMoreAttempts(boss: PgBoss, id: string): Promise<void> {
  await boss.getDb().executeSql(`UPDATE ${SCHEMA}.job SET retry_limit = retry_count WHERE name = $1 AND id = $2`, [INGEST_QUEUE, id]);
}

export async function runIngestJob(boss: PgBoss, job: PgBoss.Job<IngestData>): Promise<IngestOutput> {
  const { feedId, actor, ...req } = job.data;
  try {
    const result = await addArticleFromUrl(req, actor);
    if (result.status === "created" && feedId) await countArticleAdded(feedId);
    return { articleId: result.articleId, status: result.status };
  } catch (e) {
    if (!mayPass(e)) await noMoreAttempts(boss, job.id);
    throw e;
  }
}

/** Queues a page; answers the job's id. `db` writes the job in the caller's transaction. */
export async function enqueuePage(data: IngestData, db?: PgBoss.Db): Promise<string> {
  const boss = await queue();
  const id = await boss.send(INGEST_QUEUE, data as unknown as object, { ...ingestJobOptions(), ...(db ? { db } : {}) });
  if (!id) throw new Error("The queue did not take the job");
  return id;
}
