// Would a learned filter over the extractor's incidents raise F1 on reporting it was not fitted on? A
// logistic regression of "this predicted incident matched a gold one" on the confidence features and a few
// words of its evidence, fitted on four fifths of the folder's articles and applied to the fifth (5-fold,
// by article), then incidents below a threshold dropped and the folder scored again. Prints F1 per threshold
// next to the extractor unfiltered. A measure, not a rule: nothing here changes the extractor.
//
//   npx tsx tools/eval/filter-cv.ts [--dir eval/dev]
import fs from "node:fs";
import path from "node:path";
import { readArticle } from "@/lib/extract/article";
import type { ConfidenceFeatures } from "@/lib/extract/confidence";
import { toContractJson } from "@/lib/extract/index";
import { extractFromArticle } from "@/lib/extract/incidents";
import { aggregate, GoldArticle, matchIncidents, PredArticle, scoreArticle, toInput } from "./eval-lib";

interface Article {
  gold: GoldArticle;
  pred: PredArticle;
  x: number[][];
  right: number[];
}

// Words of the evidence sentence that the rules already read one way or another: reporting, running
// counts, background, added victims.
const WORDS: RegExp[] = [
  /\b(?:said|says|according|reported|told)\b/i,
  /\b(?:since|so far|in total|toll|tally|documented)\b/i,
  /\b(?:earlier|previous|ago|last (?:year|month|week)|in (?:19|20)\d\d)\b/i,
  /\b(?:more|also|another|other)\b/i,
];

function features(f: ConfidenceFeatures, i: PredArticle["incidents"][number]): number[] {
  const ev = i.evidence ?? "";
  const killed = i.killed ?? 0;
  return [
    ...Object.values(f),
    ...WORDS.map((re) => (re.test(ev) ? 1 : 0)),
    killed >= 20 ? 1 : 0,
    killed === 1 ? 1 : 0,
    killed === 0 ? 1 : 0,
    i.perpetrator ? 1 : 0,
    i.province ? 1 : 0,
    i.datePrecision === "day" ? 1 : 0,
  ];
}

function load(dir: string): Article[] {
  const artDir = path.join(dir, "articles");
  return fs
    .readdirSync(artDir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((file) => {
      const raw = fs.readFileSync(path.join(artDir, file), "utf8");
      const gold = GoldArticle.parse(JSON.parse(fs.readFileSync(path.join(dir, "gold", file.replace(/\.md$/, ".json")), "utf8")));
      const article = readArticle(toInput({ file, name: file, path: "", raw }));
      const parts = extractFromArticle(article);
      const pred = PredArticle.parse(toContractJson(file, { ...article, incidents: parts.incidents, tallies: parts.tallies }));
      const matched = new Set(matchIncidents(gold.incidents, pred.incidents).filter((k) => k >= 0));
      const x = parts.features.map((f, k) => features(f, pred.incidents[k]!));
      return { gold, pred, x, right: x.map((_, k) => (matched.has(k) ? 1 : 0)) };
    });
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Weights (intercept last) by gradient descent with an L2 penalty. */
function fitLogistic(xs: number[][], ys: number[], steps = 3000, rate = 0.3, l2 = 0.01): number[] {
  const d = xs[0]?.length ?? 0;
  const w = new Array<number>(d + 1).fill(0);
  for (let s = 0; s < steps; s++) {
    const g = w.map((v, k) => (k < d ? l2 * v : 0));
    xs.forEach((x, n) => {
      const err = sigmoid(x.reduce((z, v, k) => z + v * w[k]!, w[d]!)) - ys[n]!;
      for (const [k, v] of x.entries()) g[k]! += (err * v) / xs.length;
      g[d]! += err / xs.length;
    });
    for (let k = 0; k <= d; k++) w[k]! -= rate * g[k]!;
  }
  return w;
}

const predict = (w: number[], x: number[]) => sigmoid(x.reduce((z, v, k) => z + v * w[k]!, w[w.length - 1]!));

function main(): void {
  const at = process.argv.indexOf("--dir");
  const dir = path.resolve(at >= 0 ? process.argv[at + 1]! : "eval/dev");
  if (/(^|\/)test\d*\/?$/.test(dir)) throw new Error("refusing to fit on a frozen test set");
  const arts = load(dir);
  const folds = 5;
  // Out-of-fold probability of every predicted incident.
  const prob = arts.map((a) => a.x.map(() => 1));
  for (let k = 0; k < folds; k++) {
    const train = arts.filter((_, n) => n % folds !== k);
    const w = fitLogistic(
      train.flatMap((a) => a.x),
      train.flatMap((a) => a.right),
    );
    arts.forEach((a, n) => {
      if (n % folds === k) prob[n] = a.x.map((x) => predict(w, x));
    });
  }
  console.log(`${path.relative(process.cwd(), dir)}: ${arts.length} articles, ${folds}-fold by article`);
  console.log("threshold  predicted   P      R      F1");
  for (const t of [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6]) {
    const scores = arts.map((a, n) => scoreArticle(a.gold, { ...a.pred, incidents: a.pred.incidents.filter((_, k) => prob[n]![k]! >= t) }));
    const o = aggregate(scores).incidents;
    const kept = arts.reduce((s, a, n) => s + a.pred.incidents.filter((_, k) => prob[n]![k]! >= t).length, 0);
    console.log(
      `  ${t.toFixed(1)}      ${String(kept).padStart(5)}   ${(100 * o.precision).toFixed(1)}  ${(100 * o.recall).toFixed(1)}  ${(100 * o.f1).toFixed(1)}`,
    );
  }
}

main();
