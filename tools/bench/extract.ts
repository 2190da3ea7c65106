// `npm run bench:extract`: extraction throughput on one core.
//
// Runs extractArticle over N articles (default 1,000) cycling through eval/articles/*.md and
// seeds/*.txt. Every cycle varies the text (standalone numbers shifted, publication date moved), so
// no two inputs in a run are identical and a cache cannot help. Inputs are built before timing;
// a short warm-up (not measured) lets the JIT compile the hot paths. Node runs the extractor on a
// single thread, i.e. one core.
//
// Reports articles/second (N / wall time of the measured loop), ms per article (p50/p95/max),
// input bytes and heap used, and prints a markdown table row. --write puts the result into
// docs/benchmarks.md between <!-- bench:extract --> and <!-- /bench:extract -->.
//
// Options: --n <count> (default 1000), --warmup <count> (default 100), --write, --json,
// --extractor <module path> (default lib/extract/index.ts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ArticleInput } from "@/lib/extract/types";
import { type CorpusArticle, loadCorpus, loadExtractor, toInput } from "@/tools/eval/eval-lib";

interface Options {
  n: number;
  warmup: number;
  write: boolean;
  json: boolean;
  extractor: string | null;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { n: 1000, warmup: 100, write: false, json: false, extractor: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === "--n") o.n = Number(next());
    else if (a === "--warmup") o.warmup = Number(next());
    else if (a === "--write") o.write = true;
    else if (a === "--json") o.json = true;
    else if (a === "--extractor") o.extractor = next();
    else if (a === "--help" || a === "-h") {
      console.log("usage: npm run bench:extract -- [--n 1000] [--warmup 100] [--write] [--json] [--extractor <path>]");
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  if (!Number.isInteger(o.n) || o.n < 1) throw new Error("--n must be a positive integer");
  if (!Number.isInteger(o.warmup) || o.warmup < 0) throw new Error("--warmup must be a non-negative integer");
  return o;
}

function shiftIsoDate(iso: string, days: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** The article for cycle `cycle` (0 = as written): numbers of one to three digits shifted, publication date (or, without one, the years) moved. */
export function varyArticle(a: CorpusArticle, cycle: number): ArticleInput {
  const input = toInput(a);
  if (cycle === 0) return input;
  let raw = a.raw;
  let head = "";
  const fm = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(raw);
  if (fm) {
    head = fm[0].replace(/^(published:\s*)(\d{4}-\d{2}-\d{2})/m, (_m, k: string, d: string) => k + shiftIsoDate(d, cycle % 28));
    raw = raw.slice(fm[0].length);
  }
  const delta = 1 + (cycle % 5);
  raw = raw.replace(/(?<![\d,.])\b(\d{1,3})\b(?![\d,.]\d)/g, (m) => String(Number(m) + delta));
  // An article whose date comes only from its text (dateline) gets its years moved too, so that
  // every cycle still differs from the others.
  if (!fm && !input.publishedAt) {
    const years = Math.floor(cycle / 5);
    if (years) raw = raw.replace(/\b(19[5-9]\d|20[0-3]\d)\b/g, (m) => String(Number(m) + years));
  }
  input.raw = head + raw;
  if (input.publishedAt) input.publishedAt = shiftIsoDate(input.publishedAt, cycle % 28);
  return input;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx]!;
}

const MARK_START = "<!-- bench:extract -->";
const MARK_END = "<!-- /bench:extract -->";

function writeBenchmarks(root: string, section: string): string {
  const file = path.join(root, "docs", "benchmarks.md");
  const block = `${MARK_START}\n${section.trimEnd()}\n${MARK_END}`;
  let text: string;
  if (fs.existsSync(file)) {
    text = fs.readFileSync(file, "utf8");
    const s = text.indexOf(MARK_START);
    const e = text.indexOf(MARK_END);
    if (s >= 0 && e > s) text = text.slice(0, s) + block + text.slice(e + MARK_END.length);
    else text = `${text.trimEnd()}\n\n## Extraction\n\n${block}\n`;
  } else {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    text =
      "# Benchmarks\n\n" +
      "Every figure here comes from a committed script; each section names the command that produced it.\n\n" +
      `## Extraction\n\n${block}\n`;
  }
  fs.writeFileSync(file, text);
  return path.relative(root, file);
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  const root = process.cwd();
  const corpus = loadCorpus(root);
  if (corpus.length === 0) {
    console.error("no articles found in eval/articles or seeds");
    return 1;
  }
  const { extractArticle } = await loadExtractor(root, opts.extractor ?? undefined);

  // Build every input before timing.
  const inputs: ArticleInput[] = [];
  for (let i = 0; i < opts.n; i++) inputs.push(varyArticle(corpus[i % corpus.length]!, Math.floor(i / corpus.length)));
  const distinct = new Set(inputs.map((x) => `${x.publishedAt ?? ""}\u0000${x.raw}`)).size;
  const bytes = inputs.reduce((n, x) => n + Buffer.byteLength(x.raw, "utf8"), 0);

  // Warm-up on variants that are not in the measured set.
  for (let i = 0; i < opts.warmup; i++) {
    try {
      extractArticle(varyArticle(corpus[i % corpus.length]!, 1000 + i));
    } catch {
      /* counted below if it happens in the measured loop */
    }
  }

  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
  const heapBefore = process.memoryUsage().heapUsed;
  let heapPeak = heapBefore;
  const ms: number[] = new Array(inputs.length);
  let failures = 0;
  let incidents = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < inputs.length; i++) {
    const t0 = process.hrtime.bigint();
    try {
      incidents += extractArticle(inputs[i]!).incidents.length;
    } catch {
      failures++;
    }
    ms[i] = Number(process.hrtime.bigint() - t0) / 1e6;
    if (i % 100 === 99) heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  }
  const totalMs = Number(process.hrtime.bigint() - start) / 1e6;
  const heapAfter = process.memoryUsage().heapUsed;
  heapPeak = Math.max(heapPeak, heapAfter);

  const sorted = [...ms].sort((a, b) => a - b);
  const perSec = inputs.length / (totalMs / 1000);
  const cpu = os.cpus()[0]?.model.replace(/\s+/g, " ").trim() ?? "unknown CPU";
  const result = {
    date: new Date().toISOString().slice(0, 10),
    command: `npm run bench:extract${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`,
    node: process.version,
    cpu,
    articles: inputs.length,
    distinctInputs: distinct,
    baseArticles: corpus.length,
    warmup: opts.warmup,
    failures,
    incidentsFound: incidents,
    totalMs,
    articlesPerSecond: perSec,
    msP50: percentile(sorted, 50),
    msP95: percentile(sorted, 95),
    msMax: sorted[sorted.length - 1] ?? NaN,
    inputBytes: bytes,
    heapUsedMB: heapAfter / 2 ** 20,
    heapPeakMB: heapPeak / 2 ** 20,
  };

  const header =
    "| date | articles | articles/s | ms/article p50 | ms/article p95 | input | heap used (peak) | Node | CPU |\n" +
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |";
  const row = `| ${result.date} | ${result.articles} | ${perSec.toFixed(0)} | ${result.msP50.toFixed(2)} | ${result.msP95.toFixed(2)} | ${(
    bytes / 2 ** 20
  ).toFixed(2)} MB | ${result.heapUsedMB.toFixed(1)} MB (${result.heapPeakMB.toFixed(1)} MB) | ${result.node} | ${cpu} |`;

  if (opts.json) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(
      `extractArticle over ${result.articles} articles (${distinct} distinct inputs from ${corpus.length} base articles, warm-up ${opts.warmup}), one thread`,
    );
    console.log(`  ${perSec.toFixed(1)} articles/s; ${totalMs.toFixed(0)} ms in all`);
    console.log(`  ms per article: p50 ${result.msP50.toFixed(3)}, p95 ${result.msP95.toFixed(3)}, max ${result.msMax.toFixed(3)}`);
    console.log(
      `  input ${(bytes / 2 ** 20).toFixed(2)} MB (${bytes} bytes); heap used ${result.heapUsedMB.toFixed(1)} MB, peak ${result.heapPeakMB.toFixed(1)} MB`,
    );
    console.log(`  incidents found ${incidents}; failures ${failures}`);
    console.log("");
    console.log(header);
    console.log(row);
  }

  if (opts.write) {
    const section =
      `Command: \`${result.command}\` (script: \`tools/bench/extract.ts\`). ` +
      `It runs \`extractArticle\` on one thread over ${result.articles} inputs cycled from the ${corpus.length} labelled articles ` +
      `(eval/articles and seeds), each cycle with its numbers and publication date shifted so no input repeats; ` +
      `inputs are built before timing and a warm-up of ${opts.warmup} articles is not measured. ` +
      `articles/s = inputs / wall time of the measured loop.\n\n` +
      `${header}\n${row}\n`;
    const f = writeBenchmarks(root, section);
    if (!opts.json) console.log(`\nwrote ${f}`);
  }
  return failures ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
