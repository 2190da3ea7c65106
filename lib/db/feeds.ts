// Feeds as stored, and what a poll leaves behind: the items it saw (each link once per feed) and
// the figures an editor reads on /feeds. A poll's new items and their jobs are written in one
// transaction, so an item is never marked seen without its job, nor queued twice.
import { db, pgPool } from "@/lib/db/client";
import { conflict, notFound } from "@/lib/errors";

export interface FeedView {
  id: number;
  url: string;
  title: string | null;
  lastPolledAt: string | null;
  itemsSeen: number;
  articlesAdded: number;
  lastError: string | null;
  createdAt: string;
}

const SELECT = { id: true, url: true, title: true, lastPolledAt: true, itemsSeen: true, articlesAdded: true, lastError: true, createdAt: true } as const;

type Row = { [K in keyof typeof SELECT]: K extends "lastPolledAt" ? Date | null : K extends "createdAt" ? Date : FeedView[K] };
const view = (r: Row): FeedView => ({ ...r, lastPolledAt: r.lastPolledAt?.toISOString() ?? null, createdAt: r.createdAt.toISOString() });

export async function createFeed(url: string, actor: string): Promise<FeedView> {
  const existing = await db().feed.findUnique({ where: { url }, select: { id: true } });
  if (existing) throw conflict(`This feed is already followed: /api/feeds/${existing.id}`, "url", { feedId: existing.id });
  try {
    return view(await db().feed.create({ data: { url, createdBy: actor }, select: SELECT }));
  } catch (e) {
    // Added by someone else in between: the unique URL says so.
    if ((e as { code?: string }).code === "P2002") throw conflict("This feed is already followed", "url");
    throw e;
  }
}

export async function listFeeds(): Promise<FeedView[]> {
  return (await db().feed.findMany({ select: SELECT, orderBy: { id: "asc" } })).map(view);
}

export async function getFeed(id: number): Promise<FeedView> {
  const feed = await db().feed.findUnique({ where: { id }, select: SELECT });
  if (!feed) throw notFound(`No feed ${id}`, "id");
  return view(feed);
}

/** The feed with what a conditional fetch sends back. */
export async function feedToPoll(id: number) {
  const feed = await db().feed.findUnique({ where: { id }, select: { ...SELECT, etag: true, lastModified: true } });
  if (!feed) throw notFound(`No feed ${id}`, "id");
  return feed;
}

export const feedIds = async () => (await db().feed.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((f) => f.id);

export async function deleteFeed(id: number): Promise<void> {
  const { count } = await db().feed.deleteMany({ where: { id } });
  if (!count) throw notFound(`No feed ${id}`, "id");
}

/** A poll that found nothing new (304) or failed: its time, and its error or none. */
export async function recordPollOutcome(id: number, error: string | null): Promise<void> {
  await db().feed.updateMany({ where: { id }, data: { lastPolledAt: new Date(), lastError: error?.slice(0, 1000) ?? null } });
}

export async function countArticleAdded(id: number): Promise<void> {
  await db().feed.updateMany({ where: { id }, data: { articlesAdded: { increment: 1 } } });
}

/** What pg-boss needs to write in our transaction. */
export interface SqlExecutor {
  executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}

export interface PollRead {
  title?: string;
  etag?: string;
  lastModified?: string;
  links: string[];
}

/**
 * Records a poll: the links not seen before become items, each with the job `enqueue` makes for
 * it in the same transaction; the feed row is locked meanwhile, so two polls of one feed cannot
 * both take an item for new.
 */
export async function recordPoll(id: number, read: PollRead, enqueue: (link: string, tx: SqlExecutor) => Promise<string | null>): Promise<string[]> {
  const client = await pgPool().connect();
  const tx: SqlExecutor = { executeSql: (text, values) => client.query(text, values) };
  try {
    await client.query("BEGIN");
    const locked = await client.query(`SELECT id FROM "Feed" WHERE id = $1 FOR UPDATE`, [id]);
    if (!locked.rowCount) throw notFound(`No feed ${id}`, "id");
    const fresh = await client.query<{ id: number; link: string }>(
      `INSERT INTO "FeedItem" ("feedId", link) SELECT $1, l FROM unnest($2::text[]) AS l ON CONFLICT DO NOTHING RETURNING id, link`,
      [id, read.links],
    );
    for (const item of fresh.rows) {
      await client.query(`UPDATE "FeedItem" SET "jobId" = $2 WHERE id = $1`, [item.id, await enqueue(item.link, tx)]);
    }
    await client.query(
      `UPDATE "Feed" SET title = COALESCE($2, title), etag = $3, "lastModified" = $4, "lastPolledAt" = now(), ` +
        `"itemsSeen" = "itemsSeen" + $5, "lastError" = NULL WHERE id = $1`,
      [id, read.title ?? null, read.etag ?? null, read.lastModified ?? null, fresh.rowCount ?? 0],
    );
    await client.query("COMMIT");
    return fresh.rows.map((r) => r.link);
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}
