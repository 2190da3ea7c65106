// npm run ingest -- FILE... | DIR
// Adds article files (.txt, .md, .html) to the database with their extracted incidents, one
// transaction per article. An article already stored (same URL or text) is reported and skipped.
import fs from "node:fs";
import path from "node:path";
import { Presets, SingleBar } from "cli-progress";
import { ArticleFileError, readArticleFile } from "./article-files";
import { CliError, runCli, withDatabase } from "./with-database";

function expand(args: string[]): string[] {
  const files: string[] = [];
  for (const a of args) {
    if (!fs.existsSync(a)) throw new ArticleFileError(`${a}: no such file or folder`);
    if (fs.statSync(a).isDirectory()) {
      for (const f of fs.readdirSync(a).sort()) if (/\.(txt|md|html?)$/i.test(f)) files.push(path.join(a, f));
    } else files.push(a);
  }
  return files;
}

/** Adds each file; returns one line per file and the problems of those that failed. */
async function ingestFiles(files: string[]): Promise<{ lines: string[]; problems: string[] }> {
  const { submitArticle } = await import("@/lib/db/ingest");
  const { fileToText } = await import("@/lib/ingest/html");
  const bar = new SingleBar({ format: "ingesting |{bar}| {value}/{total} {file}" }, Presets.shades_classic);
  const lines: string[] = [];
  const problems: string[] = [];
  bar.start(files.length, 0, { file: "" });
  for (const [i, file] of files.entries()) {
    bar.update(i, { file: path.basename(file) });
    try {
      const input = readArticleFile(file);
      const { text, title } = fileToText(file, input.raw);
      const sub = { text, title: input.title ?? title, source: input.source, url: input.url, publishedAt: input.publishedAt };
      const result = await submitArticle(sub, "cli", input.fileName);
      lines.push(
        result.status === "created"
          ? `${path.basename(file)}: article ${result.articleId}, ${result.incidentsCreated} ` +
              `new incident(s), ${result.incidentsMerged} merged, ${result.tallies} tally(ies)`
          : `${path.basename(file)}: already stored as article ${result.articleId} (same ${result.reason}), skipped`,
      );
    } catch (e) {
      problems.push(`${file}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  bar.update(files.length, { file: "" });
  bar.stop();
  return { lines, problems };
}

runCli(async () => {
  const args = process.argv.slice(2);
  if (!args.length) throw new CliError("usage: npm run ingest -- FILE... | DIR   (.txt, .md with optional front matter, .html)", 2);
  const files = expand(args);
  if (!files.length) throw new ArticleFileError("No .txt, .md or .html files found");
  const { lines, problems } = await withDatabase(() => ingestFiles(files), { quiet: true });
  for (const l of lines) console.log(l);
  for (const p of problems) console.error(`error: ${p}`);
  if (problems.length) throw new CliError(`${problems.length} of ${files.length} file(s) not added`);
});
