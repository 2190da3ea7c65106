// Splits the labelled real-report corpus once, by article, into dev (tune on it) and test
// (frozen): within each writer's slice (the file name's first letter), the 8 articles with the
// lowest sha256 of their name go to test. Run once, when the corpus was labelled:
// `npx tsx tools/eval/split-corpus.ts eval/incoming` moves its files to eval/dev and eval/test.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const TEST_PER_SLICE = 8;
const hash = (s: string) => createHash("sha256").update(s).digest("hex");

function main(dir: string): void {
  const root = path.resolve(dir, "..");
  const names = fs
    .readdirSync(path.join(dir, "articles"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => f.replace(/\.md$/, ""));
  const slices = new Map<string, string[]>();
  for (const n of names) slices.set(n[0]!, [...(slices.get(n[0]!) ?? []), n]);
  const test = new Set([...slices.values()].flatMap((s) => s.sort((a, b) => hash(a).localeCompare(hash(b))).slice(0, TEST_PER_SLICE)));
  for (const n of names) {
    if (!fs.existsSync(path.join(dir, "gold", `${n}.json`))) throw new Error(`${n} has no gold label yet`);
  }
  for (const n of names) {
    const to = path.join(root, test.has(n) ? "test" : "dev");
    for (const [sub, ext] of [
      ["articles", ".md"],
      ["gold", ".json"],
    ] as const) {
      fs.mkdirSync(path.join(to, sub), { recursive: true });
      fs.renameSync(path.join(dir, sub, n + ext), path.join(to, sub, n + ext));
    }
  }
  console.log(`${names.length - test.size} to dev, ${test.size} to test`);
}

main(process.argv[2] ?? "eval/incoming");
