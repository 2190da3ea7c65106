// `npm run eval`: scores lib/extract against labelled articles.
//
// Default set: eval/articles/*.md (front matter or dateline in the text) and seeds/*.txt (metadata
// from seeds/sources.json), gold labels in eval/gold/<basename>.json. With --dir <folder>: the
// articles in <folder>/articles/*.md and the labels in <folder>/gold (the held-out sets
// eval/holdout and eval/holdout2, which the extractor's authors never tuned on:
// `npm run eval:holdout`). Schema and matching rule: tools/eval/eval-lib.ts. Prints a table per
// article, the errors, then overall precision/recall/F1 and per-field accuracy, and writes
// last-run.json beside the gold folder.
//
// Usage: npm run eval -- [--json] [--verbose] [--only <name>] [--extractor <path>] [--dir <folder>]
// Exit 0 whatever the scores (it is a measurement); exit 1 on a missing/invalid gold file, a gold
// fragment not found in its article, or the extractor missing, throwing or breaking the output contract.
import fs from "node:fs";
import path from "node:path";
import {
  type ArticleScore,
  type CorpusArticle,
  type ExtractModule,
  FIELDS,
  GoldArticle,
  PredArticle,
  aggregate,
  describeError,
  evidenceContains,
  loadCorpus,
  loadExtractor,
  scoreArticle,
  toInput,
} from "./eval-lib";

interface Options {
  json: boolean;
  verbose: boolean;
  only: string | null;
  extractor: string | null;
  dir: string | null;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { json: false, verbose: false, only: null, extractor: null, dir: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (what: string): string => {
      const v = argv[++i];
      if (!v) throw new Error(`${a} needs ${what}`);
      return v;
    };
    if (a === "--json") o.json = true;
    else if (a === "--verbose" || a === "-v") o.verbose = true;
    else if (a === "--only") o.only = next("a name");
    else if (a?.startsWith("--only=")) o.only = a.slice("--only=".length);
    else if (a === "--extractor") o.extractor = next("a module path");
    else if (a === "--dir") o.dir = next("a folder");
    else if (a === "--help" || a === "-h") {
      console.log("usage: npm run eval -- [--json] [--verbose] [--only <name>] [--extractor <module path>] [--dir <folder>]");
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  return o;
}

/** The held-out articles: <dir>/articles/*.md; metadata only from the text itself. */
function loadHoldout(dir: string): CorpusArticle[] {
  const artDir = path.join(dir, "articles");
  if (!fs.existsSync(artDir)) return [];
  return fs
    .readdirSync(artDir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => {
      const p = path.join(artDir, f);
      return { file: f, name: f.replace(/\.md$/, ""), path: p, raw: fs.readFileSync(p, "utf8") };
    });
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const num = (x: number) => x.toFixed(2);
const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  const root = process.cwd();
  const dir = opts.dir ? path.resolve(root, opts.dir) : path.join(root, "eval");
  const rel = path.relative(root, dir) || ".";
  const problems: string[] = [];

  let corpus = opts.dir ? loadHoldout(dir) : loadCorpus(root);
  if (opts.only) corpus = corpus.filter((a) => a.name.includes(opts.only!) || a.file === opts.only);
  if (corpus.length === 0) {
    console.error(opts.only ? `no article matches --only ${opts.only}` : `no articles found in ${rel}/articles`);
    return 1;
  }

  const golds = new Map<string, GoldArticle>();
  for (const a of corpus) {
    const gp = path.join(dir, "gold", `${a.name}.json`);
    const gRel = path.relative(root, gp);
    if (!fs.existsSync(gp)) {
      problems.push(`${a.file}: missing gold file ${gRel}`);
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(fs.readFileSync(gp, "utf8"));
    } catch (e) {
      problems.push(`${gRel}: invalid JSON: ${(e as Error).message}`);
      continue;
    }
    const r = GoldArticle.safeParse(parsed);
    if (!r.success) {
      problems.push(`${gRel}: schema error: ${r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
      continue;
    }
    const g = r.data;
    if (g.file !== a.file) problems.push(`${gRel}: "file" is ${g.file}, expected ${a.file}`);
    for (const x of [...g.incidents, ...g.tallies]) {
      if (!evidenceContains(a.raw, x.evidenceIncludes)) problems.push(`${gRel}: evidence fragment not in the article: "${x.evidenceIncludes}"`);
    }
    golds.set(a.name, g);
  }
  if (!opts.only) {
    const names = new Set(corpus.map((a) => a.name));
    const goldDir = path.join(dir, "gold");
    if (fs.existsSync(goldDir)) {
      for (const f of fs.readdirSync(goldDir).filter((x) => x.endsWith(".json"))) {
        if (!names.has(f.replace(/\.json$/, ""))) problems.push(`${path.relative(root, goldDir)}/${f}: no article with this name`);
      }
    }
  }

  let extractor: ExtractModule;
  try {
    extractor = await loadExtractor(root, opts.extractor ?? undefined);
  } catch (e) {
    for (const p of problems) console.error(`error: ${p}`);
    console.error(`error: ${(e as Error).message}`);
    return 1;
  }

  const scores: ArticleScore[] = [];
  const timings: number[] = [];
  for (const a of corpus) {
    const gold = golds.get(a.name);
    if (!gold) continue;
    let predRaw: unknown;
    const t0 = performance.now();
    try {
      const x = extractor.extractArticle(toInput(a));
      predRaw = extractor.toContractJson ? extractor.toContractJson(a.file, x) : x;
    } catch (e) {
      problems.push(`${a.file}: extractor threw: ${(e as Error).stack ?? String(e)}`);
      predRaw = { file: a.file, publishedAt: null, incidents: [], tallies: [] };
    }
    timings.push(performance.now() - t0);
    const pr = PredArticle.safeParse(predRaw);
    if (!pr.success) {
      problems.push(
        `${a.file}: extractor output breaks the contract: ${pr.error.issues
          .slice(0, 5)
          .map((i) => `${i.path.join(".")}: ${i.message}`)
          .join("; ")}`,
      );
    }
    const pred = pr.success ? pr.data : PredArticle.parse({ incidents: [], tallies: [] });
    scores.push(scoreArticle(gold, pred));
  }

  const overall = aggregate(scores);
  const goldOptional = [...golds.values()].reduce((n, g) => n + g.incidents.filter((i) => i.optional).length, 0);
  const summary = {
    ranAt: new Date().toISOString(),
    command: `npm run eval --${process.argv.length > 2 ? ` ${process.argv.slice(2).join(" ")}` : ""}`,
    set: rel,
    articles: scores.length,
    goldIncidents: scores.reduce((n, s) => n + s.incidents.tp + s.incidents.fn, 0),
    goldOptionalIncidents: goldOptional,
    goldTallies: scores.reduce((n, s) => n + s.tallies.tp + s.tallies.fn, 0),
    overall: {
      ...overall,
      fieldAccuracy: Object.fromEntries(FIELDS.map((f) => [f, overall.fields[f].total ? overall.fields[f].right / overall.fields[f].total : null])),
    },
    msPerArticleMean: timings.length ? timings.reduce((a, b) => a + b, 0) / timings.length : null,
    problems,
    perArticle: scores.map((s) => ({
      file: s.file,
      incidents: s.incidents,
      tallies: s.tallies,
      talliesAsIncidents: s.talliesAsIncidents,
      publishedAtOk: s.publishedAtOk,
      errors: s.errors.map((e) => describeError(e, true)),
    })),
  };
  fs.writeFileSync(path.join(dir, "last-run.json"), `${JSON.stringify(summary, null, 2)}\n`);

  if (opts.json) {
    console.log(JSON.stringify(summary, null, 2));
  } else {
    const W = 44;
    console.log(`set: ${opts.dir ? rel : "eval/articles + seeds"}`);
    console.log(`${pad("article", W)}  gold pred  tp  fp  fn      P      R     F1  tallies  errors`);
    console.log("-".repeat(W + 80));
    for (const s of scores) {
      const i = s.incidents;
      const kinds = new Map<string, number>();
      for (const e of s.errors) {
        const k = e.kind === "field" ? e.field : e.kind;
        kinds.set(k, (kinds.get(k) ?? 0) + 1);
      }
      const brief = [...kinds].map(([k, n]) => (n > 1 ? `${k}×${n}` : k)).join(", ");
      const tallies = `${s.tallies.tp}/${s.tallies.tp + s.tallies.fn}${s.tallies.fp ? `+${s.tallies.fp}` : ""}`;
      console.log(
        `${pad(s.file, W)}  ${String(i.tp + i.fn).padStart(4)} ${String(i.tp + i.fp).padStart(4)} ${String(i.tp).padStart(3)} ${String(i.fp).padStart(
          3,
        )} ${String(i.fn).padStart(3)}  ${num(i.precision).padStart(5)}  ${num(i.recall).padStart(5)}  ${num(i.f1).padStart(
          5,
        )}  ${tallies.padStart(7)}  ${brief || "ok"}`,
      );
    }

    const withErrors = scores.filter((s) => s.errors.length);
    if (withErrors.length) {
      console.log(`\nErrors${opts.verbose ? "" : " (run with --verbose for the evidence)"}`);
      for (const s of withErrors) {
        console.log(`  ${s.file}`);
        for (const e of s.errors) console.log(`    - ${describeError(e, opts.verbose)}`);
      }
    }

    const o = overall;
    console.log("\nOverall, held-out set (micro-averaged over incidents)");
    console.log(`  articles ${o.articles}, gold incidents ${summary.goldIncidents} (+${goldOptional} optional), predicted ${o.incidents.tp + o.incidents.fp}`);
    console.log(
      `  incidents  P ${pct(o.incidents.precision)}%  R ${pct(o.incidents.recall)}%  F1 ${pct(o.incidents.f1)}%   (tp ${o.incidents.tp}, fp ${
        o.incidents.fp
      }, fn ${o.incidents.fn}; macro F1 ${pct(o.macroF1)}%)`,
    );
    console.log(
      `  tallies    P ${pct(o.tallies.precision)}%  R ${pct(o.tallies.recall)}%  F1 ${pct(o.tallies.f1)}%   (tp ${o.tallies.tp}, fp ${o.tallies.fp}, fn ${
        o.tallies.fn
      })`,
    );
    console.log(`  tallies produced as incidents: ${o.talliesAsIncidents}`);
    console.log(`  publishedAt right: ${pct(o.publishedAtAccuracy)}%`);
    console.log("  field accuracy over matched incidents:");
    for (const f of FIELDS) {
      const t = o.fields[f];
      if (t.total) console.log(`    ${f.padEnd(14)} ${pct(t.right / t.total)}%  (${t.right}/${t.total})`);
    }
    if (summary.msPerArticleMean !== null) console.log(`  mean extraction time: ${summary.msPerArticleMean.toFixed(2)} ms/article`);
    console.log(`\nwrote ${path.relative(root, path.join(dir, "last-run.json"))}`);
  }

  for (const p of problems) console.error(`error: ${p}`);
  return problems.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
