// Fits the weights of lib/extract/confidence.ts on eval/dev (never on eval/test): a logistic regression of
// "this predicted incident matched a gold incident" on the confidence features, by gradient descent with an
// L2 penalty towards the current weights (few wrong incidents remain on dev: the data only nudges the prior).
// Prints the weights to paste into WEIGHTS, and the calibration of the current and the fitted weights on dev.
//
//   npx tsx tools/eval/fit-confidence.ts [--dir eval/dev]
import fs from "node:fs";
import path from "node:path";
import { readArticle } from "@/lib/extract/article";
import { type ConfidenceFeatures, incidentConfidence, WEIGHTS } from "@/lib/extract/confidence";
import { toContractJson } from "@/lib/extract/index";
import { extractFromArticle } from "@/lib/extract/incidents";
import { GoldArticle, matchIncidents, PredArticle, toInput } from "./eval-lib";

type Weights = typeof WEIGHTS;
interface Sample {
  x: ConfidenceFeatures;
  right: number;
}

/** Every predicted incident of the folder's articles, with its features and whether it matched. */
function samples(dir: string): Sample[] {
  const out: Sample[] = [];
  const artDir = path.join(dir, "articles");
  for (const file of fs
    .readdirSync(artDir)
    .filter((f) => f.endsWith(".md"))
    .sort()) {
    const raw = fs.readFileSync(path.join(artDir, file), "utf8");
    const gold = GoldArticle.parse(JSON.parse(fs.readFileSync(path.join(dir, "gold", file.replace(/\.md$/, ".json")), "utf8")));
    const article = readArticle(toInput({ file, name: file, path: "", raw }));
    const parts = extractFromArticle(article);
    const contract = toContractJson(file, { ...article, incidents: parts.incidents, tallies: parts.tallies });
    const pred = PredArticle.parse(contract);
    const matched = new Set(matchIncidents(gold.incidents, pred.incidents).filter((k) => k >= 0));
    for (const [k, x] of parts.features.entries()) out.push({ x, right: matched.has(k) ? 1 : 0 });
  }
  return out;
}

const KEYS = Object.keys(WEIGHTS).filter((k) => k !== "intercept") as (keyof ConfidenceFeatures)[];
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function fitWeights(data: Sample[], steps = 20000, rate = 0.1, l2 = 0.05): Weights {
  const w = { ...WEIGHTS };
  for (let step = 0; step < steps; step++) {
    const grad: Record<string, number> = { intercept: 0 };
    for (const k of KEYS) grad[k] = l2 * (w[k] - WEIGHTS[k]);
    for (const s of data) {
      let z = w.intercept;
      for (const k of KEYS) z += w[k] * s.x[k];
      const err = sigmoid(z) - s.right;
      grad.intercept! += err / data.length;
      for (const k of KEYS) grad[k]! += (err * s.x[k]) / data.length;
    }
    w.intercept -= rate * grad.intercept!;
    for (const k of KEYS) w[k] -= rate * grad[k]!;
  }
  for (const k of Object.keys(w) as (keyof Weights)[]) w[k] = Math.round(w[k] * 100) / 100;
  return w;
}

function calibrationRows(data: Sample[], w: Weights): string[] {
  return [0.2, 0.4, 0.6, 0.8].map((t) => {
    const sel = data.filter((s) => incidentConfidence(s.x, w) >= t);
    const right = sel.filter((s) => s.right === 1).length;
    const share = sel.length ? `${((100 * right) / sel.length).toFixed(1)}%` : "–";
    return `  ≥ ${t.toFixed(1)}  ${String(sel.length).padStart(4)} predicted, ${String(right).padStart(4)} right  ${share}`;
  });
}

function main(): void {
  const at = process.argv.indexOf("--dir");
  const dir = path.resolve(at >= 0 ? process.argv[at + 1]! : "eval/dev");
  if (/(^|\/)test\d*\/?$/.test(dir)) throw new Error("refusing to fit on a frozen test set");
  const data = samples(dir);
  const fitted = fitWeights(data);
  console.log(`${data.length} predicted incidents in ${path.relative(process.cwd(), dir)}, ${data.filter((s) => s.right).length} right`);
  console.log("current weights:");
  for (const r of calibrationRows(data, WEIGHTS)) console.log(r);
  console.log("fitted weights:");
  for (const r of calibrationRows(data, fitted)) console.log(r);
  console.log(`\nexport const WEIGHTS = ${JSON.stringify(fitted, null, 2)};`);
}

main();
