// Polling a feed: fetched with the safe fetcher (sending back its ETag and Last-Modified, so an
// unchanged feed costs a 304), read by lib/ingest/feed.ts, and each link it names for the first
// time queued as one ingest job, in the same transaction that marks it seen.
import { feedIds, feedToPoll, recordPoll, recordPollOutcome } from "@/lib/db/feeds";
import { DomainError } from "@/lib/errors";
import { readFeed } from "@/lib/ingest/feed";
import { envFetchOptions, fetchPage } from "@/lib/ingest/fetch-page";
import { enqueuePage } from "@/lib/jobs/ingest";

export interface PollResult {
  feedId: number;
  /** "not_modified" when the server answered 304. */
  status: "polled" | "not_modified" | "error";
  newItems: number;
  error?: string;
}

/** Polls one feed now; a feed that cannot be read keeps the reason as its last error. */
export async function pollFeed(id: number): Promise<PollResult> {
  const feed = await feedToPoll(id);
  try {
    const page = await fetchPage(feed.url, { ...envFetchOptions(), expect: "feed", conditional: { etag: feed.etag, lastModified: feed.lastModified } });
    if (page.notModified) {
      await recordPollOutcome(id, null);
      return { feedId: id, status: "not_modified", newItems: 0 };
    }
    const read = readFeed(page.html, page.url);
    const added = await recordPoll(id, { ...read, etag: page.etag, lastModified: page.lastModified }, (url, db) =>
      enqueuePage({ url, feedId: id, actor: "feed" }, db),
    );
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
