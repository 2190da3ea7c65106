// npm run seed: loads the articles of seeds/ (extracting their incidents) into the database.
// Idempotent: an article already stored (same URL or text) is skipped.
import path from "node:path";
import { disconnectDb } from "@/lib/db/client";
import { saveExtraction } from "@/lib/db/save-article";
import { extractArticle } from "@/lib/extract/index";
import { articleFilesIn, readArticleFile } from "./lib/article-files";
import { applyMigrations, openDatabase, ROOT } from "./lib/database";

export async function seedFolder(dir: string, log: (s: string) => void = console.log): Promise<{ created: number; skipped: number }> {
  let created = 0;
  let skipped = 0;
  for (const file of articleFilesIn(dir)) {
    const input = readArticleFile(file);
    const extraction = extractArticle(input);
    const result = await saveExtraction(extraction, { fileName: input.fileName ?? null, actor: "seed" });
    if (result.status === "created") {
      created++;
      log(`  ${path.basename(file)}: ${result.incidentsCreated} new incident(s), ${result.incidentsMerged} merged, ${result.tallies} tally(ies)`);
    } else skipped++;
  }
  return { created, skipped };
}

async function main() {
  const database = await openDatabase();
  try {
    await applyMigrations(database.url);
    const dir = path.join(ROOT, "seeds");
    const { created, skipped } = await seedFolder(dir);
    console.log(`Seeds: ${created} article(s) loaded, ${skipped} already there.`);
  } finally {
    await disconnectDb();
    await database.stop();
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
