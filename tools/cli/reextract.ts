// npm run reextract: runs the current extractor over every stored article, changing only what
// nobody reviewed. A second run changes nothing.
import { Presets, SingleBar } from "cli-progress";
import { runCli, withDatabase } from "./with-database";

runCli(() =>
  withDatabase(
    async () => {
      const { reextractAll } = await import("@/lib/db/reextract");
      const bar = new SingleBar({ format: "re-extracting |{bar}| {value}/{total} articles" }, Presets.shades_classic);
      bar.start(1, 0);
      const stats = await reextractAll((done, total) => {
        bar.setTotal(total);
        bar.update(done);
      });
      bar.stop();
      console.log(
        `${stats.articles} article(s): ${stats.updated} incident(s) updated, ${stats.created} added, ${stats.removed} removed, ${stats.unchanged} unchanged.`,
      );
    },
    { quiet: true },
  ),
);
