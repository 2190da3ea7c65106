// CLI: npm run --silent extract -- [--published YYYY-MM-DD] FILE...
// Prints one JSON array on stdout, one element per readable file (issue 4's contract). Metadata for a
// file comes from a sources.json beside it (the seeds/ folder has one); --published overrides the date.
// A file that cannot be read or holds no text: a message on stderr naming it, exit code 1 at the end,
// the other files still reported. A bad argument: a message and exit code 2.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ExtractionError, extractArticle, toContractJson, type ContractElement } from "@/lib/extract/index";

interface SourceMeta {
  file: string;
  source?: string;
  url?: string;
  published?: string;
  title?: string;
}

const USAGE = "usage: npm run --silent extract -- [--published YYYY-MM-DD] FILE...";

function validIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const metaCache = new Map<string, Map<string, SourceMeta>>();
function metadataFor(file: string): SourceMeta | null {
  const dir = path.dirname(path.resolve(file));
  let table = metaCache.get(dir);
  if (!table) {
    table = new Map();
    const p = path.join(dir, "sources.json");
    if (existsSync(p)) {
      try {
        const json: unknown = JSON.parse(readFileSync(p, "utf8"));
        const list = Array.isArray(json) ? json : (json as { articles?: unknown }).articles;
        if (Array.isArray(list)) {
          for (const e of list) {
            if (e && typeof e === "object" && typeof (e as SourceMeta).file === "string") table.set((e as SourceMeta).file, e as SourceMeta);
          }
        }
      } catch (err) {
        process.stderr.write(`warning: ${p} is not valid JSON (${(err as Error).message}); ignoring it\n`);
      }
    }
    metaCache.set(dir, table);
  }
  return table.get(path.basename(file)) ?? null;
}

function main(argv: string[]): number {
  let published: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--published" || a.startsWith("--published=")) {
      const v = a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[++i];
      if (v === undefined || !validIsoDate(v)) {
        process.stderr.write(`error: --published needs a valid date YYYY-MM-DD (got ${v === undefined ? "nothing" : JSON.stringify(v)})\n${USAGE}\n`);
        return 2;
      }
      published = v;
    } else if (a === "--help" || a === "-h") {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (a === "--") {
    } else if (a.startsWith("--")) {
      process.stderr.write(`error: unknown option ${a}\n${USAGE}\n`);
      return 2;
    } else files.push(a);
  }
  if (files.length === 0) {
    process.stderr.write(`error: no files given\n${USAGE}\n`);
    return 2;
  }
  const out: ContractElement[] = [];
  let failed = false;
  for (const file of files) {
    let raw: string;
    try {
      raw = readFileSync(file, "utf8");
    } catch (err) {
      process.stderr.write(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})\n`);
      failed = true;
      continue;
    }
    const meta = metadataFor(file);
    try {
      const x = extractArticle({
        raw,
        fileName: path.basename(file),
        ...(meta?.title ? { title: meta.title } : {}),
        ...(meta?.source ? { source: meta.source } : {}),
        ...(meta?.url ? { url: meta.url } : {}),
        ...(published ? { publishedAt: published } : meta?.published && validIsoDate(meta.published) ? { publishedAt: meta.published } : {}),
      });
      out.push(toContractJson(file, x));
    } catch (err) {
      const msg = err instanceof ExtractionError ? `${err.code}: ${err.message}` : (err as Error).message;
      process.stderr.write(`${file}: ${msg}\n`);
      failed = true;
    }
  }
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
