// Checks gold labels against their schema and their articles, without running the extractor:
// `npx tsx tools/eval/check-gold.ts FOLDER` reads FOLDER/articles/*.md and FOLDER/gold/*.json.
import fs from "node:fs";
import path from "node:path";
import { GoldArticle } from "./gold";

const fold = (s: string) => s.normalize("NFKC").replace(/\s+/g, " ").toLowerCase();

/** Problems with one gold file, as sentences; empty when it is sound. */
export function goldProblems(goldText: string, article: string | null, file: string): string[] {
  if (article === null) return [`no article ${file}`];
  let json: unknown;
  try {
    json = JSON.parse(goldText);
  } catch (e) {
    return [`not JSON: ${(e as Error).message}`];
  }
  const parsed = GoldArticle.safeParse(json);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  const text = fold(article);
  const out: string[] = [];
  if (parsed.data.file !== file) out.push(`"file" is ${parsed.data.file}, expected ${file}`);
  for (const [kind, list] of [
    ["incident", parsed.data.incidents],
    ["tally", parsed.data.tallies],
  ] as const) {
    list.forEach((x, i) => {
      if (!text.includes(fold(x.evidenceIncludes))) out.push(`${kind} ${i}: evidenceIncludes not in the article: "${x.evidenceIncludes}"`);
    });
  }
  return out;
}

function main(argv: string[]): number {
  const dir = argv[0];
  if (!dir) {
    console.error("usage: npx tsx tools/eval/check-gold.ts FOLDER (with FOLDER/articles and FOLDER/gold)");
    return 2;
  }
  const goldDir = path.join(dir, "gold");
  if (!fs.existsSync(goldDir)) {
    console.error(`no folder ${goldDir}`);
    return 2;
  }
  let bad = 0;
  const files = fs
    .readdirSync(goldDir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  for (const g of files) {
    const md = g.replace(/\.json$/, ".md");
    const artPath = path.join(dir, "articles", md);
    const article = fs.existsSync(artPath) ? fs.readFileSync(artPath, "utf8") : null;
    const problems = goldProblems(fs.readFileSync(path.join(goldDir, g), "utf8"), article, md);
    if (problems.length) bad++;
    for (const p of problems) console.log(`${g}: ${p}`);
  }
  console.log(`${files.length} gold file(s), ${bad} with problems`);
  return bad ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? "")) {
  process.exitCode = main(process.argv.slice(2));
}
