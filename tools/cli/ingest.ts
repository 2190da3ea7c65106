// npm run ingest -- FILE... | DIR | URL...
// Adds article files (.txt, .md, .html) and web pages (fetched within the limits of
// lib/ingest/fetch-page.ts) to the database with their extracted incidents, one transaction per
// article. An article already stored (same URL or text) is reported and skipped.
import fs from "node:fs";
import path from "node:path";
import { Presets, SingleBar } from "cli-progress";
import type { SubmittedText } from "@/lib/ingest/extract";
import { ArticleFileError, readArticleFile } from "./article-files";
import { CliError, runCli, withDatabase } from "./with-database";

const isUrl = (a: string) => /^https?:\/\//i.test(a);

function expand(args: string[]): string[] {
  const files: string[] = [];
  for (const a of args) {
    if (isUrl(a)) {
      files.push(a);
      continue;
    }
    if (!fs.existsSync(a)) throw new ArticleFileError(`${a}: no such file or folder`);
    if (fs.statSync(a).isDirectory()) {
      for (const f of fs.readdirSync(a).sort()) if (/\.(txt|md|html?)$/i.test(f)) files.push(path.join(a, f));
    } else files.push(a);
  }
  return files;
}

/** A file's submission: its text, with sources.json's metadata over the page's own title. */
async function fromFile(file: string): Promise<{ sub: SubmittedText; fileName?: string }> {
  const { fileToText } = await import("@/lib/ingest/html");
  const input = readArticleFile(file);
  const { text, title } = fileToText(file, input.raw);
  return { sub: { text, title: input.title ?? title, source: input.source, url: input.url, publishedAt: input.publishedAt }, fileName: input.fileName };
}

/** A web page's submission: fetched within the limits, its article read as the API reads it. */
async function fromUrl(url: string): Promise<{ sub: SubmittedText }> {
  const { fetchPage } = await import("@/lib/ingest/fetch-page");
  const { readPage } = await import("@/lib/ingest/read-page");
  const page = await fetchPage(url);
  return { sub: readPage(page.html, page.url) };
}

/** Adds each file or page; returns one line per article and the problems of those that failed. */
async function ingestFiles(files: string[]): Promise<{ lines: string[]; problems: string[] }> {
  const { submitArticle } = await import("@/lib/db/ingest");
  const bar = new SingleBar({ format: "ingesting |{bar}| {value}/{total} {file}" }, Presets.shades_classic);
  const lines: string[] = [];
  const problems: string[] = [];
  bar.start(files.length, 0, { file: "" });
  for (const [i, file] of files.entries()) {
    const name = isUrl(file) ? file : path.basename(file);
    bar.update(i, { file: name });
    try {
      const { sub, fileName } = isUrl(file) ? { ...(await fromUrl(file)), fileName: undefined } : await fromFile(file);
      const result = await submitArticle(sub, "cli", fileName);
      lines.push(
        result.status === "created"
          ? `${name}: article ${result.articleId}, ${result.incidentsCreated} ` +
              `new incident(s), ${result.incidentsMerged} merged, ${result.tallies} tally(ies)`
          : `${name}: already stored as article ${result.articleId} (same ${result.reason}), skipped`,
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
  if (!args.length) throw new CliError("usage: npm run ingest -- FILE... | DIR | URL...   (.txt, .md with optional front matter, .html; http(s) pages)", 2);
  const files = expand(args);
  if (!files.length) throw new ArticleFileError("No .txt, .md or .html files found");
  const { lines, problems } = await withDatabase(() => ingestFiles(files), { quiet: true });
  for (const l of lines) console.log(l);
  for (const p of problems) console.error(`error: ${p}`);
  if (problems.length) throw new CliError(`${problems.length} of ${files.length} article(s) not added`);
});
