import { describe, expect, it } from "vitest";
import { figureInWords, floorsNote, formatFigure, formatSum, tallyPhrase } from "./format";

describe("formatFigure", () => {
  it("marks a vague word's floor, a lower and an upper bound, and 'about'", () => {
    expect(formatFigure({ best: 3, low: 3, high: null, vague: true })).toBe("≥3");
    expect(formatFigure({ best: 34, low: 34, high: null })).toBe("≥34");
    expect(formatFigure({ best: 500000, low: null, high: 500000 })).toBe("≤500,000");
    expect(formatFigure({ best: 1000, low: null, high: null })).toBe("about 1,000");
  });

  it("leaves an exact figure bare and shows a range", () => {
    expect(formatFigure({ best: 7, low: 7, high: 7 })).toBe("7");
    expect(formatFigure({ best: 46, low: 46, high: 61 })).toBe("46 (46–61)");
    expect(formatFigure({ best: null, low: null, high: null })).toBe("unknown");
  });

  it("says the same in words", () => {
    expect(figureInWords({ best: 1000, low: 1000, high: null, vague: true })).toBe("at least 1,000");
    expect(figureInWords({ best: 500000, low: null, high: 500000 })).toBe("up to 500,000");
    expect(figureInWords({ best: 20, low: null, high: null })).toBe("about 20");
  });
});

describe("sums with floors", () => {
  it("read as floors when any figure in them is one", () => {
    expect(formatSum(182, 1)).toBe("≥ 182");
    expect(formatSum(175, 0)).toBe("175");
    expect(floorsNote(2)).toBe("includes 2 vague figures counted at their floor");
    expect(floorsNote(0)).toBeNull();
  });
});

describe("tallyPhrase", () => {
  const t = { count: 500000, countLow: null, countHigh: 500000, countVague: false, description: "deaths (since)", since: "2011-03-01" };
  it("gives 'nearly N' as an upper bound and drops the period word left without its date", () => {
    const p = tallyPhrase(t);
    expect(p.figure).toBe("up to 500,000");
    expect(p.rest).toBe(" deaths since 1 March 2011");
  });

  it("reads a tally stored before its bounds were known as a floor", () => {
    expect(tallyPhrase({ ...t, countHigh: null, countVague: null, since: null }).figure).toBe("at least 500,000");
  });
});
