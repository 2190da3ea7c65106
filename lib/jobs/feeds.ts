// Polling a feed: fetched with the safe fetcher (sending back its ETag and Last-Modified, so an
// unchanged feed costs a 304), read by lib/ingest/feed.ts, and each link it names for the first
// time queued as one ingest job, in the same transaction that marks it seen.
import { createFeed, type FeedView, feedIds, getFeed, feedToPoll, type PollRead, recordPoll, type SqlExecutor, recordPollOutcome } from "@/lib/db/feeds";
import { DomainError } from "@/lib/errors";
import { readFeed } from "@/lib/ingest/feed";
import { envFetchOptions, fetchPage } from "@/lib/ingest/fetch-page";
import { enqueuePage, type IngestData } from "@/lib/jobs/ingest";

export interface PollResult {
  feedId: number;
  /** "not_modified" when the server answered 304. */
  status: "polled" | "not_modified" | "error";
  newItems: number;
  error?: string;
}

const enqueueItem = (feedId: number) => (url: string, db: SqlExecutor) => enqueuePage({ url, feedId, actor: "feed" } satisfies IngestData, db);

/** Fetches and reads a feed; `conditional` is what the last read left (ETag, Last-Modified). */
async function readFeedAt(url: string, conditional: { etag?: string | null; lastModified?: string | null } = {}): Promise<PollRead | null> {
  const page = await fetchPage(url, { ...envFetchOptions(), expect: "feed", conditional });
  if (page.notModified) return null;
  return { ...readFeed(page.html, page.url), etag: page.etag, lastModified: page.lastModified };
}

/** Follows a feed: read first, so an address that is not a feed is refused (400) and nothing is stored; its items are queued at once. */
export async function addFeed(url: string, actor: string): Promise<{ feed: FeedView; newItems: number }> {
  const read = await readFeedAt(url);
  const feed = await createFeed(url, actor);
  const added = await recordPoll(feed.id, read!, enqueueItem(feed.id));
  return { feed: await getFeed(feed.id), newItems: added.length };
}

/** Polls one feed now; a feed that cannot be read keeps the reason as its last error. */
export async function pollFeed(id: number): Promise<PollResult> {
  const feed = await feedToPoll(id);
  try {
    const read = await readFeedAt(feed.url, { etag: feed.etag, lastModified: feed.lastModified });
    if (!read) {
      await recordPollOutcome(id, null);
      return { feedId: id, status: "not_modified", newItems: 0 };
    }
    const added = await recordPoll(id, read, enqueueItem(id));
    return { feedId: id, status: "polled", newItems: added.length };
  } catch (e) {
    if (!(e instanceof DomainError) || e.kind !== "invalid") throw e;
    await recordPollOutcome(id, e.message);
    return { feedId: id, status: "error", newItems: 0, error: e.message };
  }
}

/** Polls every feed in turn (the worker's periodic job). */
export async function pollAllFeeds(): Promise<PollResult[]> {
  const results: PollResult[] = [];
  for (const id of await feedIds()) {
    try {
      results.push(await pollFeed(id));
    } catch (e) {
      // One feed deleted meanwhile, or the database away: the others are still polled.
      results.push({ feedId: id, status: "error", newItems: 0, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return results;
}
