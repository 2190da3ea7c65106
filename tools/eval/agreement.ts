// How far two blind labellers agree, by the rule the extractor is scored with: labeller B's incidents are
// read as predictions against labeller A's gold (B's optional ones left out: B was unsure of them), then
// the other way round. Folder A holds the articles (<A>/articles/*.md) and both hold labels (<folder>/gold/*.json);
// the articles labelled in both are compared. The agreement between two careful readers bounds the score any
// extractor can show on them.
//
//   npx tsx tools/eval/agreement.ts <folder A> <folder B>     e.g. eval/dev eval/agreement
import fs from "node:fs";
import path from "node:path";
import { aggregate, GoldArticle, type PredArticle, type PredIncident, scoreArticle } from "./eval-lib";

function readGold(folder: string, name: string): GoldArticle | null {
  const p = path.join(folder, "gold", `${name}.json`);
  return fs.existsSync(p) ? GoldArticle.parse(JSON.parse(fs.readFileSync(p, "utf8"))) : null;
}

/** The paragraph of the article holding a label's fragment: the evidence a prediction would carry. */
function paragraphOf(raw: string, fragment: string): string {
  return raw.split("\n").find((line) => line.includes(fragment)) ?? fragment;
}

function asPrediction(g: GoldArticle, raw: string): PredArticle {
  const incidents: PredIncident[] = g.incidents
    .filter((i) => !i.optional)
    .map((i) => ({
      date: i.date,
      datePrecision: i.datePrecision,
      place: i.place ?? null,
      province: i.province ?? null,
      perpetrator: i.perpetrator ?? null,
      killed: i.killed ?? null,
      killedLow: i.killedLow ?? null,
      killedHigh: i.killedHigh ?? null,
      injured: i.injured ?? null,
      attackersKilled: i.attackersKilled ?? null,
      eventType: i.eventType ?? null,
      civilians: i.civilians ?? null,
      confidence: null,
      evidence: paragraphOf(raw, i.evidenceIncludes),
    }));
  const tallies = g.tallies.filter((t) => !t.optional).map((t) => ({ count: t.count, evidence: paragraphOf(raw, t.evidenceIncludes) }));
  return { file: g.file, publishedAt: g.publishedAt, incidents, tallies };
}

function compare(articles: string, goldDir: string, predDir: string, names: string[]) {
  const scores = names.flatMap((name) => {
    const gold = readGold(goldDir, name);
    const other = readGold(predDir, name);
    if (!gold || !other) return [];
    const raw = fs.readFileSync(path.join(articles, "articles", `${name}.md`), "utf8");
    return [scoreArticle(gold, asPrediction(other, raw))];
  });
  return aggregate(scores);
}

const pct = (x: number) => (x * 100).toFixed(1);

function main(): void {
  const [a, b] = process.argv.slice(2);
  if (!a || !b) {
    console.error("usage: npx tsx tools/eval/agreement.ts <folder A with articles/ and gold/> <folder B with gold/>");
    process.exit(2);
  }
  const names = fs
    .readdirSync(path.join(a, "articles"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => f.replace(/\.md$/, ""))
    .filter((n) => readGold(a, n) && readGold(b, n))
    .sort();
  for (const [gold, pred, label] of [
    [a, b, "B read against A"],
    [b, a, "A read against B"],
  ] as const) {
    const o = compare(a, gold, pred, names);
    const i = o.incidents;
    console.log(`${label}: ${o.articles} articles, incidents P ${pct(i.precision)} R ${pct(i.recall)} F1 ${pct(i.f1)} (tp ${i.tp}, fp ${i.fp}, fn ${i.fn})`);
    const fields = Object.entries(o.fields)
      .filter(([, t]) => t.total > 0)
      .map(([f, t]) => `${f} ${pct(t.right / t.total)}%`);
    console.log(`  tallies F1 ${pct(o.tallies.f1)}; fields over matched incidents: ${fields.join(", ")}`);
  }
}

main();
