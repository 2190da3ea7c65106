// npm run feed:add -- URL
// Follows a feed (RSS 2.0, Atom or JSON Feed): read at once, its items queued as ingest jobs for
// the worker that `npm start` runs, and polled every ATLAS_FEED_INTERVAL seconds from then on.
import { CliError, runCli, withDatabase } from "./with-database";

runCli(async () => {
  const [cmd, url, ...rest] = process.argv.slice(2);
  if (cmd !== "add" || !url || rest.length || !/^https?:\/\//i.test(url)) throw new CliError("usage: npm run feed:add -- https://.../feed.xml", 2);
  const line = await withDatabase(
    async () => {
      const { addFeed } = await import("@/lib/jobs/feeds");
      const { stopQueue } = await import("@/lib/jobs/queue");
      try {
        const { feed, newItems } = await addFeed(url, "cli");
        return `Feed ${feed.id} (${feed.title ?? feed.url}): ${newItems} item(s) queued; the worker of \`npm start\` fetches them.`;
      } finally {
        await stopQueue();
      }
    },
    { quiet: true },
  );
  console.log(line);
});
