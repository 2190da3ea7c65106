// The extractor's output on every article the repository holds (eval sets, team corpus, seeds), to check
// that a refactor keeps behaviour: write a snapshot before, compare after.
//
//   npx tsx tools/eval/snapshot.ts --out /tmp/before.json
//   npx tsx tools/eval/snapshot.ts --against /tmp/before.json     (exit 1 and the first differences if any)
import fs from "node:fs";
import path from "node:path";
import { extractArticle, toContractJson } from "@/lib/extract/index";

const FOLDERS = [
  "eval/dev/articles",
  "eval/test/articles",
  "eval/test2/articles",
  "eval/test3/articles",
  "eval/test4/articles",
  "eval/test5/articles",
  "eval/test6/articles",
  "eval/test7/articles",
  "eval/test8/articles",
  "eval/test9/articles",
  "eval/test10/articles",
  "eval/test11/articles",
  "eval/test13/articles",
  "eval/test14/articles",
  "eval/test15/articles",
  "eval/test16/articles",
  "eval/test17/articles",
  "eval/test18/articles",
  "eval/holdout/articles",
  "eval/holdout2/articles",
  "eval/holdout3/articles",
  "eval/articles",
  "seeds",
];

function snapshot(root: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const folder of FOLDERS) {
    const dir = path.join(root, folder);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs
      .readdirSync(dir)
      .filter((x) => /\.(md|txt)$/.test(x))
      .sort()) {
      const rel = path.join(folder, f);
      out[rel] = toContractJson(f, extractArticle({ raw: fs.readFileSync(path.join(dir, f), "utf8"), fileName: f }));
    }
  }
  return out;
}

function main(): number {
  const args = process.argv.slice(2);
  const value = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const now = snapshot(process.cwd());
  const outFile = value("--out");
  const against = value("--against");
  if (outFile) fs.writeFileSync(outFile, `${JSON.stringify(now, null, 1)}\n`);
  if (!against && !outFile) console.error("usage: snapshot.ts --out FILE | --against FILE");
  if (!against) return outFile ? 0 : 2;
  const before = JSON.parse(fs.readFileSync(against, "utf8")) as Record<string, unknown>;
  const changed = Object.keys({ ...before, ...now }).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(now[k]));
  console.log(`${Object.keys(now).length} articles, ${changed.length} changed`);
  for (const k of changed.slice(0, 10)) console.log(`  ${k}`);
  return changed.length ? 1 : 0;
}

process.exit(main());
