// `npm run eval`: scores lib/extract against the team's labelled articles.
//
// Articles: eval/articles/*.md (front matter or dateline in the text) and seeds/*.txt (metadata
// from seeds/sources.json). Gold labels: eval/gold/<basename>.json (schema and matching rule in
// scripts/eval-lib.ts). Prints a table per article, the errors, then overall precision/recall/F1
// and per-field accuracy, and writes eval/last-run.json.
//
// Options: --json (print the JSON summary instead of the table), --verbose (every mismatch with
// its evidence), --only <name> (articles whose basename contains <name>), --extractor <path>
// (score another module exporting extractArticle, default lib/extract/index.ts).
// Exit 0 whatever the scores (it is a measurement); exit 1 on errors: a missing or invalid gold
// file, a gold fragment not found in its article, the extractor missing, throwing or breaking the
// output contract.
import fs from "node:fs";
import path from "node:path";
import {
  type ArticleScore,
  type ExtractModule,
  type CorpusArticle,
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
}

function parseArgs(argv: string[]): Options {
  const o: Options = { json: false, verbose: false, only: null, extractor: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--json") o.json = true;
    else if (a === "--verbose" || a === "-v") o.verbose = true;
    else if (a === "--only") {
      const v = argv[++i];
      if (!v) throw new Error("--only needs a name");
      o.only = v;
    } else if (a?.startsWith("--only=")) o.only = a.slice("--only=".length);
    else if (a === "--extractor") {
      const v = argv[++i];
      if (!v) throw new Error("--extractor needs a module path");
      o.extractor = v;
    }
    else if (a === "--help" || a === "-h") {
      console.log("usage: npm run eval -- [--json] [--verbose] [--only <name>] [--extractor <module path>]");
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  return o;
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const num = (x: number) => x.toFixed(2);

function pad(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + "…" : s.padEnd(n);
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  const root = process.cwd();
  const problems: string[] = [];

  let corpus = loadCorpus(root);
  if (opts.only) corpus = corpus.filter((a) => a.name.includes(opts.only!) || a.file === opts.only);
  if (corpus.length === 0) {
    console.error(opts.only ? `no article matches --only ${opts.only}` : "no articles found in eval/articles or seeds");
    return 1;
  }

  // Gold labels first: a labelling error is reported even when the extractor is missing.
  const golds = new Map<string, GoldArticle>();
  for (const a of corpus) {
    const gp = path.join(root, "eval", "gold", `${a.name}.json`);
    if (!fs.existsSync(gp)) {
      problems.push(`${a.file}: missing gold file eval/gold/${a.name}.json`);
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(fs.readFileSync(gp, "utf8"));
    } catch (e) {
      problems.push(`eval/gold/${a.name}.json: invalid JSON: ${(e as Error).message}`);
      continue;
    }
    const r = GoldArticle.safeParse(parsed);
    if (!r.success) {
      problems.push(`eval/gold/${a.name}.json: schema error: ${r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
      continue;
    }
    const g = r.data;
    if (g.file !== a.file) problems.push(`eval/gold/${a.name}.json: "file" is ${g.file}, expected ${a.file}`);
    for (const x of [...g.incidents, ...g.tallies]) {
      if (!evidenceContains(a.raw, x.evidenceIncludes)) {
        problems.push(`eval/gold/${a.name}.json: evidence fragment not in the article: "${x.evidenceIncludes}"`);
      }
    }
    golds.set(a.name, g);
  }
  if (!opts.only) {
    const names = new Set(corpus.map((a) => a.name));
    const goldDir = path.join(root, "eval", "gold");
    if (fs.existsSync(goldDir)) {
      for (const f of fs.readdirSync(goldDir).filter((x) => x.endsWith(".json"))) {
        if (!names.has(f.replace(/\.json$/, ""))) problems.push(`eval/gold/${f}: no article with this name`);
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
  const summary = {
    ranAt: new Date().toISOString(),
    command: `npm run eval${process.argv.length > 2 ? " -- " + process.argv.slice(2).join(" ") : ""}`,
    articles: scores.length,
    goldIncidents: scores.reduce((n, s) => n + s.incidents.tp + s.incidents.fn, 0),
    goldTallies: scores.reduce((n, s) => n + s.tallies.tp + s.tallies.fn, 0),
    overall: {
      ...overall,
      fieldAccuracy: Object.fromEntries(
        FIELDS.map((f) => [f, overall.fields[f].total ? overall.fields[f].right / overall.fields[f].total : null]),
      ),
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
  fs.mkdirSync(path.join(root, "eval"), { recursive: true });
  fs.writeFileSync(path.join(root, "eval", "last-run.json"), JSON.stringify(summary, null, 2) + "\n");

  if (opts.json) {
    console.log(JSON.stringify(summary, null, 2));
  } else {
    const W = 44;
    console.log(`${pad("article", W)}  gold pred  tp  fp  fn      P      R     F1  tallies  errors`);
    console.log("-".repeat(W + 80));
    for (const s of scores) {
      const i = s.incidents;
      const nGold = i.tp + i.fn;
      const nPred = i.tp + i.fp;
      const kinds = new Map<string, number>();
      for (const e of s.errors) {
        const k = e.kind === "field" ? e.field : e.kind;
        kinds.set(k, (kinds.get(k) ?? 0) + 1);
      }
      const brief = [...kinds].map(([k, n]) => (n > 1 ? `${k}×${n}` : k)).join(", ");
      console.log(
        `${pad(s.file, W)}  ${String(nGold).padStart(4)} ${String(nPred).padStart(4)} ${String(i.tp).padStart(3)} ${String(i.fp).padStart(
          3,
        )} ${String(i.fn).padStart(3)}  ${num(i.precision).padStart(5)}  ${num(i.recall).padStart(5)}  ${num(i.f1).padStart(5)}  ${`${s.tallies.tp}/${
          s.tallies.tp + s.tallies.fn
        }${s.tallies.fp ? `+${s.tallies.fp}` : ""}`.padStart(7)}  ${brief || "ok"}`,
      );
    }

    const withErrors = scores.filter((s) => s.errors.length);
    if (withErrors.length) {
      console.log("\nErrors" + (opts.verbose ? "" : " (run with --verbose for the evidence)"));
      for (const s of withErrors) {
        console.log(`  ${s.file}`);
        for (const e of s.errors) console.log(`    - ${describeError(e, opts.verbose)}`);
      }
    }

    const o = overall;
    console.log("\nOverall (micro-averaged over incidents)");
    console.log(`  articles ${o.articles}, gold incidents ${summary.goldIncidents}, predicted ${o.incidents.tp + o.incidents.fp}`);
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
    if (summary.msPerArticleMean !== null) console.log(`  mean extraction time: ${summary.msPerArticleMean.toFixed(2)} ms/article (cold; see npm run bench:extract)`);
    console.log(`\nwrote eval/last-run.json`);
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
