import { z } from "zod";
import { handler } from "@/lib/api/errors";
import { readJson } from "@/lib/api/body";
import { authorizeWrite } from "@/lib/api/limits";
import { readQuery } from "@/lib/api/query";
import { listFeeds } from "@/lib/db/feeds";
import { isWebUrl, WEB_URL_MESSAGE } from "@/lib/incidents/text";
import { addFeed } from "@/lib/jobs/feeds";

const FeedBody = z.object({ url: z.string().trim().max(2000).refine(isWebUrl, WEB_URL_MESSAGE) }).strict();

export const GET = handler(async (request: Request) => {
  readQuery(request, []);
  return Response.json({ feeds: await listFeeds() });
});

/** Follows a feed: read at once (400 with the reason when it is not a feed), its items queued. */
export const POST = handler(async (request: Request) => {
  const actor = await authorizeWrite(request);
  const { url } = await readJson(request, FeedBody);
  const { feed, newItems } = await addFeed(url, actor.name);
  return Response.json({ feed, newItems }, { status: 201, headers: { Location: `/api/feeds/${feed.id}` } });
});
