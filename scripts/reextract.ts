// npm run reextract: runs the current extractor over every stored article, changing only what
// nobody reviewed. A second run changes nothing.
import { Presets, SingleBar } from "cli-progress";
import { applyMigrations, openDatabase } from "./lib/database";

async function main() {
  const database = await openDatabase({ log: () => {} });
  const { reextractAll } = await import("@/lib/db/reextract");
  const { disconnectDb } = await import("@/lib/db/client");
  try {
    await applyMigrations(database.url);
    const bar = new SingleBar({ format: "re-extracting |{bar}| {value}/{total} articles" }, Presets.shades_classic);
    bar.start(1, 0);
    const stats = await reextractAll((done, total) => {
      bar.setTotal(total);
      bar.update(done);
    });
    bar.stop();
    console.log(`${stats.articles} article(s): ${stats.updated} incident(s) updated, ${stats.created} added, ${stats.removed} removed, ${stats.unchanged} unchanged.`);
  } finally {
    await disconnectDb();
    await database.stop();
  }
}

main().catch((e) => {
  console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
