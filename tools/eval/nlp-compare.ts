// Does a well-kept NLP library beat our hand-written tokenising on the corpus? Measured on eval/dev only:
// 1. sentence splitting: Intl.Segmenter + our fix-ups (current) against compromise and wink-nlp, with and
//    without our fix-ups, by incident F1 and time per article (a patched copy of the repository each);
// 2. number words: parseNumberWords against compromise's number parser on phrases from real reports.
// The libraries are not dependencies: install them in a folder of their own and point NLP_LIBS at it:
//   mkdir -p /tmp/nlp && npm i --prefix /tmp/nlp compromise wink-nlp wink-eng-lite-web-model
//   NLP_LIBS=/tmp/nlp npx tsx tools/eval/nlp-compare.ts
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { parseNumberWords } from "@/lib/extract/numbers";

const ROOT = process.cwd();
const libRequire = createRequire(path.join(process.env.NLP_LIBS ?? ROOT, "index.js"));
const LOOP_RE =
  / {2}for \(const seg of segmenter\.segment\(line\)\) \{\n {4}pieces\.push\(\{ s: seg\.index, e: seg\.index \+ seg\.segment\.length \}\);\n {2}\}\n/;

// Offsets of the library's sentences, found in order in the line.
const OFFSETS = String.raw`
  let from = 0;
  for (const t of SPLIT(line)) {
    const s = line.indexOf(t.trim(), from);
    if (s < 0) continue;
    pieces.push({ s, e: s + t.trim().length });
    from = s + t.trim().length;
  }
`;
const at = (m: string) => JSON.stringify(libRequire.resolve(m));
const SPLITTERS: Record<string, () => string> = {
  compromise: () => `const nlp = require(${at("compromise")});\nconst SPLIT = (l: string): string[] => nlp(l).sentences().out("array");\n`,
  "wink-nlp": () =>
    `const wnlp = require(${at("wink-nlp")})(require(${at("wink-eng-lite-web-model")}));\n` +
    `const SPLIT = (l: string): string[] => wnlp.readDoc(l).sentences().out();\n`,
};

/** A copy of the tracked files with node_modules linked, where sentences.ts may be patched. */
function copyRepo(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nlp-compare-"));
  for (const f of execFileSync("git", ["ls-files"], { cwd: ROOT, encoding: "utf8" }).split("\n").filter(Boolean)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
  }
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
  return dir;
}

function patchSplitter(dir: string, lib: string, keepFixups: boolean): void {
  const p = path.join(dir, "lib/extract/sentences.ts");
  let src = fs.readFileSync(p, "utf8");
  if (!LOOP_RE.test(src)) throw new Error("sentences.ts changed: update the patch in nlp-compare.ts");
  src = src.replace(LOOP_RE, OFFSETS);
  if (!keepFixups)
    src = src
      .replace("const abbrev = ABBREV_RE.test(prevText);", "const abbrev = false && ABBREV_RE.test(prevText);")
      .replace("if (lowerNext ||", "if (false && lowerNext ||");
  src = src.replace(
    "export interface Sentence",
    `import { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);\n${SPLITTERS[lib]!()}\nexport interface Sentence`,
  );
  fs.writeFileSync(p, src);
}

function evalDev(dir: string): { f1: number; ms: number } {
  const out = execFileSync("npx", ["tsx", "tools/eval/eval.ts", "--dir", "eval/dev", "--json"], { cwd: dir, encoding: "utf8", maxBuffer: 1 << 26 });
  const run = JSON.parse(out)[0] as { overall: { incidents: { f1: number } }; msPerArticleMean: number };
  return { f1: run.overall.incidents.f1, ms: run.msPerArticleMean };
}

const NUMBER_PHRASES: Array<[string, number]> = [
  ["seven", 7],
  ["seventeen", 17],
  ["fifty-four", 54],
  ["Thirty-three", 33],
  ["one hundred and twenty", 120],
  ["a dozen", 12],
  ["half a million", 500000],
  ["two hundred", 200],
  ["twenty-one", 21],
  ["three thousand", 3000],
  ["eleven", 11],
  ["forty", 40],
  ["ninety-nine", 99],
  ["a hundred", 100],
  ["seventy-five", 75],
  ["twelve", 12],
  ["sixty", 60],
  ["nine hundred and ninety", 990],
  ["two dozen", 24],
  ["Sixty-one", 61],
];

function compareNumbers(): void {
  const nlp = libRequire("compromise");
  const score = (parse: (s: string) => number | null) => {
    parse("one"); // warm up: the first call builds the library's lexicon
    const t0 = performance.now();
    const right = NUMBER_PHRASES.filter(([p, n]) => parse(p) === n).length;
    return { right, ms: performance.now() - t0 };
  };
  const ours = score((p) => parseNumberWords(p));
  const theirs = score((p) => (nlp(p).numbers().get()[0] as number | undefined) ?? null);
  const line = (who: string, r: { right: number; ms: number }) => `${who} ${r.right} right in ${r.ms.toFixed(1)} ms`;
  console.log(`number words (${NUMBER_PHRASES.length} phrases): ${line("ours", ours)}; ${line("compromise", theirs)}`);
}

function main(): number {
  for (const m of ["compromise", "wink-nlp", "wink-eng-lite-web-model"]) {
    try {
      libRequire.resolve(m);
    } catch {
      console.error(`${m} not found: npm i --prefix /tmp/nlp compromise wink-nlp wink-eng-lite-web-model; NLP_LIBS=/tmp/nlp`);
      return 2;
    }
  }
  compareNumbers();
  const base = evalDev(ROOT);
  console.log(`sentences: Intl.Segmenter + our fix-ups (current): dev F1 ${base.f1.toFixed(3)}, ${base.ms.toFixed(2)} ms/article`);
  for (const lib of Object.keys(SPLITTERS)) {
    for (const keep of [true, false]) {
      const dir = copyRepo();
      patchSplitter(dir, lib, keep);
      const r = evalDev(dir);
      console.log(`sentences: ${lib}${keep ? " + our fix-ups" : " alone"}: dev F1 ${r.f1.toFixed(3)}, ${r.ms.toFixed(2)} ms/article`);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return 0;
}

process.exit(main());
