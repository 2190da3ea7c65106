// Property-based tests: whatever string arrives, the extractor returns a result or throws its
// own typed ExtractionError, quickly; it never hangs and never throws anything else. Every
// offset it reports points at its evidence in the stored text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkCounts } from "../incidents/fields";
import { ExtractionError, extractArticle } from "./index";

// A hang detector, not a speed test (speed is measured by npm run bench:extract): typical inputs
// take milliseconds, and the bound leaves room for a loaded CI machine.
const TIME_BOUND_MS = 15_000;

function runChecked(raw: string): void {
  const t0 = performance.now();
  try {
    const x = extractArticle({ raw });
    for (const i of [...x.incidents, ...x.tallies]) {
      expect(x.text.slice(i.evidenceStart, i.evidenceEnd)).toBe(i.evidence);
    }
    for (const i of x.incidents) {
      for (const n of [i.killed, i.killedLow, i.killedHigh, i.injured, i.attackersKilled]) if (n !== null) expect(Number.isInteger(n) && n >= 0).toBe(true);
      // The database refuses an incident whose counts are out of order (migration "incident_integrity").
      expect(checkCounts(i)).toBeNull();
    }
  } catch (e) {
    if (!(e instanceof ExtractionError)) throw e;
  }
  expect(performance.now() - t0).toBeLessThan(TIME_BOUND_MS);
}

const PIECES = [
  "Seven soldiers were killed",
  " near Palmyra",
  " on Tuesday",
  ", the Observatory said.",
  " at least 34",
  " between 5 and 12",
  " up to 20 people",
  " dozens of",
  " between Raqa, Homs and Deir Ezzor",
  " since March 24, 2019",
  "\n",
  "\n\n",
  " يقتل ",
  " 💥 ",
  "PHOTO/AFP - ",
  " including two children",
  " wounded",
  " Daesh",
  " 1,000,000",
  " -",
  ".",
  " (",
  ")",
  " \u0000",
  " \uFFFD",
  "Related Articles\n",
];

describe("extractArticle never fails unexpectedly", () => {
  it("on arbitrary unicode strings", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), runChecked), { numRuns: 300 });
  });

  it("on arbitrary binary-looking strings", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 400 }), runChecked), { numRuns: 200 });
  });

  it("on news-like strings made of casualty phrases in random order", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }), (parts) => runChecked(parts.join(""))),
      { numRuns: 300 },
    );
  });

  it("on the empty string and whitespace (a typed error)", () => {
    for (const raw of ["", "   ", "\n\n\n"]) expect(() => extractArticle({ raw })).toThrow(ExtractionError);
  });

  it("on huge and degenerate inputs within the time bound", () => {
    const cases = [
      "\n".repeat(1_000_000),
      "killed ".repeat(300_000),
      "Seven soldiers were killed near Palmyra on Tuesday. ".repeat(40_000),
      "a".repeat(5_000_000),
      "🙂".repeat(200_000),
      "قتل سبعة جنود في هجوم لداعش قرب البوكمال. ".repeat(5_000),
    ];
    for (const raw of cases) runChecked(raw);
  });
});
