// `npm run eval`: scores lib/extract against labelled articles.
//
// By default the real-report corpus: eval/dev (tune on it: its errors are printed), eval/test and eval/test2 to test11 and test13 to test16
// (frozen: only their figures are printed; see eval/README.md). `--dir <folder>` scores one folder
// (<folder>/articles/*.md, labels in <folder>/gold), e.g. the team's earlier holdouts; `--team`
// scores the team's own eval/articles and the seeds. Schema and matching rule:
// tools/eval/eval-lib.ts. Per set: a table per article, the errors (dev only), P/R/F1,
// per-field accuracy and the calibration of the incidents' confidence; last-run.json is written
// beside the gold folder.
//
// Usage: npm run eval -- [--json] [--verbose] [--only <name>] [--extractor <path>] [--dir <folder> | --team]
// Exit 0 whatever the scores (it is a measurement); exit 1 on a missing/invalid gold file, a gold
// fragment not found in its article, or the extractor missing, throwing or breaking the output contract.
import fs from "node:fs";
import path from "node:path";
import {
  type ArticleScore,
  aggregate,
  type CalibrationRow,
  type CorpusArticle,
  calibration,
  describeError,
  type ExtractModule,
  evidenceContains,
  FIELDS,
  GoldArticle,
  loadCorpus,
  loadExtractor,
  type OverallScore,
  PredArticle,
  scoreArticle,
  toInput,
} from "./eval-lib";

interface Options {
  json: boolean;
  verbose: boolean;
  only: string | null;
  extractor: string | null;
  dir: string | null;
  team: boolean;
}

const USAGE = "usage: npm run eval -- [--json] [--verbose] [--only <name>] [--extractor <module path>] [--dir <folder> | --team]";

function parseArgs(argv: string[]): Options {
  const o: Options = { json: false, verbose: false, only: null, extractor: null, dir: null, team: false };
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
    else if (a === "--team") o.team = true;
    else if (a === "--help" || a === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option ${a}\n${USAGE}`);
  }
  return o;
}

interface EvalSet {
  name: string;
  /** The folder holding gold/ (and articles/ unless it is the team set). */
  dir: string;
  /** Errors are printed (false for the frozen test set). */
  showErrors: boolean;
  load: () => CorpusArticle[];
}

/** The articles of <dir>/articles/*.md; metadata only from the text itself. */
function loadFolder(dir: string): CorpusArticle[] {
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

function setsToRun(root: string, o: Options): EvalSet[] {
  if (o.dir) {
    const dir = path.resolve(root, o.dir);
    return [{ name: path.relative(root, dir) || ".", dir, showErrors: true, load: () => loadFolder(dir) }];
  }
  if (o.team) return [{ name: "eval/articles + seeds", dir: path.join(root, "eval"), showErrors: true, load: () => loadCorpus(root) }];
  return [
    "dev",
    "test",
    "test2",
    "test3",
    "test4",
    "test5",
    "test6",
    "test7",
    "test8",
    "test9",
    "test10",
    "test11",
    "test13",
    "test14",
    "test15",
    "test16",
    "test17",
    "test18",
  ].map((n) => {
    const dir = path.join(root, "eval", n);
    return { name: `eval/${n}`, dir, showErrors: n === "dev", load: () => loadFolder(dir) };
  });
}

/** The gold label of each article, and what is wrong with the labels. */
function loadGold(root: string, set: EvalSet, corpus: CorpusArticle[], problems: string[]): Map<string, GoldArticle> {
  const golds = new Map<string, GoldArticle>();
  for (const a of corpus) {
    const gp = path.join(set.dir, "gold", `${a.name}.json`);
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
    if (r.data.file !== a.file) problems.push(`${gRel}: "file" is ${r.data.file}, expected ${a.file}`);
    for (const x of [...r.data.incidents, ...r.data.tallies]) {
      if (!evidenceContains(a.raw, x.evidenceIncludes)) problems.push(`${gRel}: evidence fragment not in the article: "${x.evidenceIncludes}"`);
    }
    golds.set(a.name, r.data);
  }
  return golds;
}

/** The extractor's contract element for one article, or an empty one with the problem noted. */
function predict(extractor: ExtractModule, a: CorpusArticle, problems: string[]): PredArticle {
  let raw: unknown;
  try {
    const x = extractor.extractArticle(toInput(a));
    raw = extractor.toContractJson ? extractor.toContractJson(a.file, x) : x;
  } catch (e) {
    problems.push(`${a.file}: extractor threw: ${(e as Error).stack ?? String(e)}`);
    raw = { file: a.file, publishedAt: null, incidents: [], tallies: [] };
  }
  const pr = PredArticle.safeParse(raw);
  if (pr.success) return pr.data;
  const issues = pr.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`);
  problems.push(`${a.file}: extractor output breaks the contract: ${issues.join("; ")}`);
  return PredArticle.parse({ incidents: [], tallies: [] });
}

interface SetRun {
  set: EvalSet;
  scores: ArticleScore[];
  overall: OverallScore;
  calibration: CalibrationRow[];
  goldIncidents: number;
  goldOptional: number;
  msPerArticle: number | null;
  problems: string[];
}

function evaluateSet(root: string, set: EvalSet, extractor: ExtractModule, only: string | null): SetRun {
  const problems: string[] = [];
  let corpus = set.load();
  if (only) corpus = corpus.filter((a) => a.name.includes(only) || a.file === only);
  const golds = loadGold(root, set, corpus, problems);
  const scores: ArticleScore[] = [];
  const timings: number[] = [];
  for (const a of corpus) {
    const gold = golds.get(a.name);
    if (!gold) continue;
    const t0 = performance.now();
    const pred = predict(extractor, a, problems);
    timings.push(performance.now() - t0);
    scores.push(scoreArticle(gold, pred));
  }
  return {
    set,
    scores,
    overall: aggregate(scores),
    calibration: calibration(scores),
    goldIncidents: scores.reduce((n, s) => n + s.incidents.tp + s.incidents.fn, 0),
    goldOptional: [...golds.values()].reduce((n, g) => n + g.incidents.filter((i) => i.optional).length, 0),
    msPerArticle: timings.length ? timings.reduce((a, b) => a + b, 0) / timings.length : null,
    problems,
  };
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const num = (x: number) => x.toFixed(2);
const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));

function printArticles(run: SetRun): void {
  const W = 44;
  console.log(`\nset: ${run.set.name}`);
  console.log(`${pad("article", W)}  gold pred  tp  fp  fn      P      R     F1  tallies  errors`);
  console.log("-".repeat(W + 80));
  for (const s of run.scores) {
    const i = s.incidents;
    const kinds = new Map<string, number>();
    for (const e of s.errors) kinds.set(e.kind === "field" ? e.field : e.kind, (kinds.get(e.kind === "field" ? e.field : e.kind) ?? 0) + 1);
    const brief = [...kinds].map(([k, n]) => (n > 1 ? `${k}×${n}` : k)).join(", ") || "ok";
    const tallies = `${s.tallies.tp}/${s.tallies.tp + s.tallies.fn}${s.tallies.fp ? `+${s.tallies.fp}` : ""}`;
    const counts = [i.tp + i.fn, i.tp + i.fp].map((n) => String(n).padStart(4)).join(" ");
    const tpfpfn = [i.tp, i.fp, i.fn].map((n) => String(n).padStart(3)).join(" ");
    const prf = [i.precision, i.recall, i.f1].map((x) => num(x).padStart(5)).join("  ");
    console.log(`${pad(s.file, W)}  ${counts} ${tpfpfn}  ${prf}  ${tallies.padStart(7)}  ${brief}`);
  }
}

function printErrors(run: SetRun, verbose: boolean): void {
  const withErrors = run.scores.filter((s) => s.errors.length);
  if (!withErrors.length) return;
  console.log(`\nErrors in ${run.set.name}${verbose ? "" : " (run with --verbose for the evidence)"}`);
  for (const s of withErrors) {
    console.log(`  ${s.file}`);
    for (const e of s.errors) console.log(`    - ${describeError(e, verbose)}`);
  }
}

function printSummary(run: SetRun): void {
  const o = run.overall;
  const predicted = o.incidents.tp + o.incidents.fp;
  console.log(`\nOverall, ${run.set.name} (micro-averaged over incidents)`);
  console.log(`  articles ${o.articles}, gold incidents ${run.goldIncidents} (+${run.goldOptional} optional), predicted ${predicted}`);
  const inc = o.incidents;
  const counts = `tp ${inc.tp}, fp ${inc.fp}, fn ${inc.fn}; macro F1 ${pct(o.macroF1)}%`;
  console.log(`  incidents  P ${pct(inc.precision)}%  R ${pct(inc.recall)}%  F1 ${pct(inc.f1)}%   (${counts})`);
  const t = o.tallies;
  console.log(`  tallies    P ${pct(t.precision)}%  R ${pct(t.recall)}%  F1 ${pct(t.f1)}%   (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`);
  console.log(`  tallies produced as incidents: ${o.talliesAsIncidents}`);
  console.log(`  publishedAt right: ${pct(o.publishedAtAccuracy)}%`);
  console.log("  field accuracy over matched incidents:");
  for (const f of FIELDS) {
    const x = o.fields[f];
    if (x.total) console.log(`    ${f.padEnd(15)} ${pct(x.right / x.total)}%  (${x.right}/${x.total})`);
  }
  if (run.msPerArticle !== null) console.log(`  mean extraction time: ${run.msPerArticle.toFixed(2)} ms/article`);
}

function printCalibration(run: SetRun): void {
  const rows = run.calibration.filter((r) => r.predicted > 0);
  if (!rows.length) return;
  console.log("  calibration (predicted incidents by confidence; right = matched a gold incident):");
  for (const r of run.calibration) {
    const share = r.predicted ? `${pct(r.right / r.predicted)}%` : "    –";
    console.log(`    ≥ ${r.from.toFixed(1)}  ${String(r.predicted).padStart(4)} predicted, ${String(r.right).padStart(4)} right  ${share}`);
  }
  const high = run.calibration.filter((r) => r.from >= 0.8);
  const n = high.reduce((a, r) => a + r.predicted, 0);
  const ok = high.reduce((a, r) => a + r.right, 0);
  if (n) console.log(`    confidence ≥ 0.8: ${ok}/${n} right (${pct(ok / n).trim()}%)`);
}

/** What last-run.json and --json hold for one set. */
function summaryOf(run: SetRun) {
  const o = run.overall;
  return {
    ranAt: new Date().toISOString(),
    set: run.set.name,
    articles: run.scores.length,
    goldIncidents: run.goldIncidents,
    goldOptionalIncidents: run.goldOptional,
    overall: { ...o, fieldAccuracy: Object.fromEntries(FIELDS.map((f) => [f, o.fields[f].total ? o.fields[f].right / o.fields[f].total : null])) },
    calibration: run.calibration,
    msPerArticleMean: run.msPerArticle,
    problems: run.problems,
    // The frozen set shows no per-article rows: which article fails is itself a hint.
    perArticle: run.set.showErrors
      ? run.scores.map((s) => ({
          file: s.file,
          incidents: s.incidents,
          tallies: s.tallies,
          publishedAtOk: s.publishedAtOk,
          errors: s.errors.map((e) => describeError(e, true)),
        }))
      : [],
  };
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  const root = process.cwd();
  let extractor: ExtractModule;
  try {
    extractor = await loadExtractor(root, opts.extractor ?? undefined);
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    return 1;
  }
  const runs = setsToRun(root, opts).map((set) => evaluateSet(root, set, extractor, opts.only));
  if (runs.every((r) => r.scores.length === 0)) {
    console.error(opts.only ? `no article matches --only ${opts.only}` : "no labelled articles found");
    return 1;
  }
  for (const run of runs) fs.writeFileSync(path.join(run.set.dir, "last-run.json"), `${JSON.stringify(summaryOf(run), null, 2)}\n`);
  if (opts.json) fs.writeSync(1, `${JSON.stringify(runs.map(summaryOf), null, 2)}\n`);
  else {
    for (const run of runs.filter((r) => r.set.showErrors)) {
      printArticles(run);
      printErrors(run, opts.verbose);
    }
    for (const run of runs) {
      printSummary(run);
      printCalibration(run);
    }
  }
  const problems = runs.flatMap((r) => r.problems);
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
