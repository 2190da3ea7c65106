// `npm run lint` part two: no source line longer than 160 characters. Biome's formatter wraps
// code at that width but leaves long strings, regular expressions and comments alone; those are
// written as named parts instead.
import { execFileSync } from "node:child_process";
import fs from "node:fs";

export const MAX_LINE = 160;

/** The lines of a text longer than the limit, as 1-based line numbers with their length. */
export function longLines(text: string, max = MAX_LINE): { line: number; length: number }[] {
  return text
    .split("\n")
    .map((l, i) => ({ line: i + 1, length: [...l].length }))
    .filter((l) => l.length > max);
}

function main(): number {
  const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { encoding: "utf8" })
    .split("\n")
    .filter((f) => /\.(ts|tsx|mts|mjs)$/.test(f) && !f.startsWith("generated/") && fs.existsSync(f));
  let bad = 0;
  for (const f of files) {
    for (const l of longLines(fs.readFileSync(f, "utf8"))) {
      console.log(`${f}:${l.line}: ${l.length} characters (at most ${MAX_LINE})`);
      bad++;
    }
  }
  if (bad) console.log(`${bad} line(s) too long`);
  return bad ? 1 : 0;
}

if (process.argv[1] && import.meta.filename && process.argv[1].endsWith("line-length.ts")) process.exitCode = main();
