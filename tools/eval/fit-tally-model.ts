// Fits lib/extract/data/tally-model.json on a labelled folder (eval/dev by default; never a frozen set): every
// death figure whose sentence holds exactly one kind of gold label (a tally of that count, or an incident with
// it as killed, low, high or attackers killed) is an example; the features are tally-model.ts's. Logistic
// regression by gradient descent with an L2 penalty, deterministic. With --exclude a,b it leaves out articles
// of those slices (the file name's letters before the number) and prints, on them, how often the rules alone,
// the model alone and the two together decide "tally" as the labels do: a measure on slices it did not see.
//
// With --cv k it prints, per threshold, what the model adds on slices held out in turn.
//
//   npx tsx tools/eval/fit-tally-model.ts [--dir eval/dev] [--exclude w,x,y] [--cv 5] [--l2 0.01] [--write]
import fs from "node:fs";
import path from "node:path";
import { readArticle } from "@/lib/extract/article";
import { ArticleDoc } from "@/lib/extract/doc";
import { extractFromArticle } from "@/lib/extract/incidents";
import { type FigureContext, setTallyModel, type TallyModel, tallyFeatures, tallyProbability } from "@/lib/extract/tally-model";
import { evidenceContains, GoldArticle } from "./eval-lib";

interface Example {
  slice: string;
  features: string[];
  tally: boolean;
  /** Whether the extractor's output, with the rules alone, holds this figure as a tally. */
  output: boolean;
  context: FigureContext;
  /** Whether the sentence gives the figure a day or week (the extractor then does not ask the model). */
  dated: boolean;
}

function examplesOf(dir: string, file: string): Example[] {
  const raw = fs.readFileSync(path.join(dir, "articles", file), "utf8");
  const gold = GoldArticle.parse(JSON.parse(fs.readFileSync(path.join(dir, "gold", file.replace(/\.md$/, ".json")), "utf8")));
  const article = readArticle({ raw, fileName: file });
  const doc = new ArticleDoc(article);
  const out = extractFromArticle(article);
  const slice = file.split("_")[0]!.replace(/\d+$/, "");
  return doc.infos.flatMap((info) => {
    const dated = doc.eventDates(info).some((d) => d.precision === "day" || d.precision === "week");
    const has = (fragment: string) => evidenceContains(info.s.text, fragment);
    return info.figures
      .filter((f) => f.kind === "death")
      .flatMap((f) => {
        const tally = gold.tallies.some((t) => t.count === f.best && has(t.evidenceIncludes));
        const counts = (i: GoldArticle["incidents"][number]) => [i.killed, i.killedLow, i.killedHigh, i.attackersKilled];
        const incident = gold.incidents.some((i) => !i.optional && counts(i).includes(f.best) && has(i.evidenceIncludes));
        if (tally === incident) return [];
        const context = { text: info.s.text, start: f.start, end: f.end, best: f.best, heading: info.s.heading };
        const output = out.tallies.some((t) => t.count === f.best && t.evidence === info.s.text);
        return [{ slice, features: tallyFeatures(context), tally, output, context, dated }];
      });
  });
}

function fitModel(examples: Example[], l2 = 0.003, steps = 500, rate = 0.5, minCount = 2, threshold = 0.8): TallyModel {
  const df = new Map<string, number>();
  for (const e of examples) for (const k of e.features) df.set(k, (df.get(k) ?? 0) + 1);
  const vocab = new Set([...df].filter(([, n]) => n >= minCount).map(([k]) => k));
  const rows = examples.map((e) => e.features.filter((k) => vocab.has(k)));
  const w = new Map<string, number>([...vocab].map((k) => [k, 0]));
  let bias = 0;
  for (let s = 0; s < steps; s++) {
    const grad = new Map<string, number>();
    let gBias = 0;
    rows.forEach((row, n) => {
      const z = row.reduce((sum, k) => sum + w.get(k)!, bias);
      const err = 1 / (1 + Math.exp(-z)) - (examples[n]!.tally ? 1 : 0);
      for (const k of row) grad.set(k, (grad.get(k) ?? 0) + err);
      gBias += err;
    });
    for (const [k, v] of w) w.set(k, v - rate * ((grad.get(k) ?? 0) / rows.length + l2 * v));
    bias -= (rate * gBias) / rows.length;
  }
  const weights = Object.fromEntries([...w].filter(([, v]) => Math.abs(v) >= 1e-4).map(([k, v]) => [k, Number(v.toFixed(5))]));
  // (l2 0.003 and 0.8: on five folds by slice they added the most held-out tallies for the fewest incidents lost)
  return { weights, bias: Number(bias.toFixed(5)), threshold };
}

function report(held: Example[], m: TallyModel): void {
  const p = (e: Example) => tallyProbability(e.context, m);
  const deciders: Array<[string, (e: Example) => boolean]> = [
    ["rules alone", (e) => e.output],
    ["model alone", (e) => p(e) >= m.threshold],
    ["rules or model", (e) => e.output || p(e) >= m.threshold],
  ];
  console.log(`${held.length} held-out figures, ${held.filter((e) => e.tally).length} of them tallies`);
  for (const [name, decide] of deciders) {
    const right = held.filter((e) => decide(e) === e.tally).length;
    const found = held.filter((e) => e.tally && decide(e)).length;
    const wrong = held.filter((e) => !e.tally && decide(e)).length;
    console.log(`  ${name.padEnd(24)} right ${((100 * right) / held.length).toFixed(1)}%, tallies found ${found}, incidents taken for tallies ${wrong}`);
  }
}

// Each slice is held out once (slices dealt round-robin into k folds): how often "rules or model" agrees with the
// labels on figures the model was not fitted on, per threshold. The rules were written on these slices, so only
// what the model adds is measured out of sample.
function crossValidate(all: Example[], k: number, l2: number): void {
  const slices = [...new Set(all.map((e) => e.slice))].sort();
  const fold = new Map(slices.map((s, n) => [s, n % k]));
  const thresholds = [0.5, 0.6, 0.7, 0.8, 0.9];
  // [undated, dated] per threshold: the extractor asks the model only about figures with no day of their own
  const found = thresholds.map(() => [0, 0]);
  const wrong = thresholds.map(() => [0, 0]);
  for (let f = 0; f < k; f++) {
    const m = fitModel(
      all.filter((e) => fold.get(e.slice) !== f),
      l2,
    );
    for (const e of all.filter((x) => fold.get(x.slice) === f)) {
      const p = tallyProbability(e.context, m);
      for (const [n, t] of thresholds.entries()) {
        if (e.output || p < t) continue;
        (e.tally ? found : wrong)[n]![e.dated ? 1 : 0]!++;
      }
    }
  }
  const missed = all.filter((e) => e.tally && !e.output).length;
  console.log(
    `${k}-fold by slice, l2 ${l2}: ${missed} tallies the rules miss, ${all.filter((e) => !e.tally && e.output).length} incidents the rules take for tallies`,
  );
  for (const [n, t] of thresholds.entries()) {
    const [f, w] = [found[n]!, wrong[n]!];
    console.log(`  threshold ${t}: adds ${f[0]} tallies, takes ${w[0]} incidents (figures with no day); ${f[1]} and ${w[1]} (with a day)`);
  }
}

function main(): void {
  const arg = (name: string) => {
    const at = process.argv.indexOf(name);
    return at >= 0 ? process.argv[at + 1] : undefined;
  };
  const dir = path.resolve(arg("--dir") ?? "eval/dev");
  if (/(^|\/)test\d*\/?$/.test(dir)) throw new Error("refusing to fit on a frozen test set");
  const exclude = new Set((arg("--exclude") ?? "").split(",").filter(Boolean));
  const files = fs
    .readdirSync(path.join(dir, "articles"))
    .filter((f) => f.endsWith(".md"))
    .sort();
  // the examples and the extractor's own decisions are read with the rules alone
  setTallyModel(null);
  const all = files.flatMap((f) => examplesOf(dir, f));
  const l2 = Number(arg("--l2") ?? 0.003);
  const cv = Number(arg("--cv") ?? 0);
  if (cv > 1) crossValidate(all, cv, l2);
  const model = fitModel(
    all.filter((e) => !exclude.has(e.slice)),
    l2,
  );
  console.log(`${all.length} figures from ${files.length} articles; ${Object.keys(model.weights).length} weights`);
  if (exclude.size > 0)
    report(
      all.filter((e) => exclude.has(e.slice)),
      model,
    );
  if (process.argv.includes("--write")) {
    const out = path.resolve("lib/extract/data/tally-model.json");
    fs.writeFileSync(out, `${JSON.stringify(model)}\n`);
    console.log(`wrote ${path.relative(process.cwd(), out)}`);
  }
}

main();
