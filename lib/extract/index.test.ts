import { describe, expect, it } from "vitest";
import { ExtractionError, extractArticle, toContractJson } from "./index";
import { ArticleExtraction } from "./types";

describe("extractArticle", () => {
  it("returns a valid ArticleExtraction whose offsets point into the stored text", () => {
    const raw = "---\npublished: 2022-03-16\n---\nFive soldiers killed in Hama\n\nFive soldiers were killed in Hama on Monday.\n";
    const x = extractArticle({ raw });
    expect(ArticleExtraction.safeParse(x).success).toBe(true);
    for (const i of x.incidents) expect(x.text.slice(i.evidenceStart, i.evidenceEnd)).toBe(i.evidence);
    expect(x.text.startsWith("Five soldiers killed")).toBe(true);
  });
  it.each([
    ["", "EMPTY"],
    ["   \n\n  ", "EMPTY"],
    ["abc\u0000\u0001def", "BINARY"],
    ["x".repeat(2_000_001), "TOO_LARGE"],
  ])("refuses unusable input (%#)", (raw, code) => {
    try {
      extractArticle({ raw });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ExtractionError);
      expect((e as ExtractionError).code).toBe(code);
    }
  });
  it.each(["javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd"])("refuses a front-matter url of %s", (url) => {
    expect(() => extractArticle({ raw: `---\nurl: ${url}\n---\nFive soldiers were killed in Hama on Monday.` })).toThrow(/http/);
  });
  it("takes a title of at most 300 characters from an endless first line, cut at a word", () => {
    const line = Array.from({ length: 100_000 }, (_, n) => `word${n}`).join(" ");
    const x = extractArticle({ raw: `${line}\n\nFive soldiers were killed in Hama on Monday.`, publishedAt: "2022-03-16" });
    expect(x.title!.length).toBeLessThanOrEqual(300);
    expect(x.title).toMatch(/^word0 word1 .* word\d+…$/);
  });
  it("drops front-matter metadata that YAML escapes made into something no text column holds", () => {
    const x = extractArticle({ raw: '---\ntitle: "A\\0B"\nsource: "\\uD800"\n---\nFive soldiers were killed in Hama on Monday.' });
    expect([x.title, x.source]).toEqual([null, null]);
  });
  it("never hangs on pathological input", () => {
    const t0 = Date.now();
    extractArticle({ raw: `${"\n".repeat(1_000_000)}Two soldiers were killed.`, publishedAt: "2022-01-01" });
    extractArticle({ raw: "Seven soldiers were killed in Raqqa on Tuesday, and ".repeat(30000), publishedAt: "2022-01-01" });
    extractArticle({ raw: "Five soldiers were killed near Palmyra on Monday.\n".repeat(30000), publishedAt: "2022-01-01" });
    extractArticle({ raw: `${"at least at least at least ".repeat(50000)}34 killed`, publishedAt: "2022-01-01" });
    extractArticle({ raw: `${"(".repeat(100000)}killed`, publishedAt: "2022-01-01" });
    expect(Date.now() - t0).toBeLessThan(8000);
  });
});

describe("toContractJson", () => {
  it("produces exactly the contract's element shape (issue 4, with issue 17's fields)", () => {
    const x = extractArticle({ raw: "Five soldiers were killed in Hama on Monday. The war has killed more than 500,000 people.", publishedAt: "2022-03-16" });
    const j = toContractJson("/some/dir/article.txt", x);
    expect(Object.keys(j)).toEqual(["file", "publishedAt", "incidents", "tallies"]);
    expect(j.file).toBe("article.txt");
    expect(Object.keys(j.incidents[0]!)).toEqual([
      "date",
      "datePrecision",
      "place",
      "province",
      "lat",
      "lon",
      "geoPrecision",
      "perpetrator",
      "target",
      "killed",
      "killedLow",
      "killedHigh",
      "injured",
      "attackersKilled",
      "eventType",
      "civilians",
      "confidence",
      "dateConfidence",
      "placeConfidence",
      "evidence",
    ]);
    expect(j.incidents[0]!.confidence).toBeGreaterThan(0);
    expect(j.incidents[0]!.confidence).toBeLessThanOrEqual(1);
    expect(Object.keys(j.tallies[0]!)).toEqual(["count", "description", "since", "evidence"]);
  });
  it("the evidence is the stored text at its offsets, line breaks included (a sentence wrapped over two lines)", () => {
    const raw = "Seven soldiers were killedSeven soldiers were killed dozens of\nSeven soldiers were killed";
    const x = extractArticle({ raw });
    expect(x.incidents.length).toBeGreaterThan(0);
    for (const i of [...x.incidents, ...x.tallies]) expect(i.evidence).toBe(x.text.slice(i.evidenceStart, i.evidenceEnd));
  });
});
