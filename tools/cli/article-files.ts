// Reads article files from disk into the extractor's input. A folder's sources.json (as in
// seeds/) supplies the publication metadata of the files it lists.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { ArticleInput } from "@/lib/extract/types";

const SourcesJson = z.object({
  articles: z.array(
    z.object({
      file: z.string(),
      source: z.string().optional(),
      url: z.string().optional(),
      title: z.string().optional(),
      published: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional(),
    }),
  ),
});
type SourceEntry = z.infer<typeof SourcesJson>["articles"][number];

const cache = new Map<string, Map<string, SourceEntry>>();

function sourcesFor(dir: string): Map<string, SourceEntry> {
  let entries = cache.get(dir);
  if (entries) return entries;
  entries = new Map();
  const file = path.join(dir, "sources.json");
  if (fs.existsSync(file)) {
    const parsed = SourcesJson.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
    if (!parsed.success) throw new Error(`${file}: not a valid sources.json (${parsed.error.issues[0]?.message})`);
    for (const a of parsed.data.articles) entries.set(a.file, a);
  }
  cache.set(dir, entries);
  return entries;
}

export class ArticleFileError extends Error {}

/** Throws ArticleFileError naming the file when it cannot be read or holds no text. */
export function readArticleFile(file: string): ArticleInput {
  let raw: string;
  try {
    raw = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new ArticleFileError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  if (!raw.trim()) throw new ArticleFileError(`${file}: the file holds no text`);
  const meta = sourcesFor(path.dirname(path.resolve(file))).get(path.basename(file));
  return {
    raw,
    fileName: path.basename(file),
    ...(meta?.title ? { title: meta.title } : {}),
    ...(meta?.source ? { source: meta.source } : {}),
    ...(meta?.url ? { url: meta.url } : {}),
    ...(meta?.published ? { publishedAt: meta.published } : {}),
  };
}

/** The article files of a folder (.txt, .md), sorted. */
export function articleFilesIn(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(txt|md)$/i.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}
