// npm run seed: loads the articles of seeds/ (extracting their incidents) into the database.
// Idempotent: an article already stored (same URL or text) is skipped.
import path from "node:path";
import { saveExtraction } from "@/lib/db/save-article";
import { extractArticle } from "@/lib/extract/index";
import { articleFilesIn, readArticleFile } from "@/tools/cli/article-files";
import { ROOT } from "@/server/database";
import { runCli, withDatabase } from "./with-database";

export async function seedFolder(dir: string, log: (s: string) => void = console.log): Promise<{ created: number; skipped: number }> {
  let created = 0;
  let skipped = 0;
  for (const file of articleFilesIn(dir)) {
    const input = readArticleFile(file);
    const extraction = extractArticle(input);
    const result = await saveExtraction(extraction, { fileName: input.fileName ?? null, actor: "seed", reviewedBy: "seed" });
    if (result.status === "created") {
      created++;
      log(`  ${path.basename(file)}: ${result.incidentsCreated} new incident(s), ${result.incidentsMerged} merged, ${result.tallies} tally(ies)`);
    } else skipped++;
  }
  return { created, skipped };
}

if (require.main === module) {
  runCli(() =>
    withDatabase(async () => {
      const { created, skipped } = await seedFolder(path.join(ROOT, "seeds"));
      console.log(`Seeds: ${created} article(s) loaded, ${skipped} already there.`);
    }),
  );
}
