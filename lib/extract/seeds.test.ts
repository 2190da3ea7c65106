// The five seed articles must come out right: main incidents (date, governorate, killed), background
// incidents, and none of their tallies as incidents.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle } from "./index";
import type { ArticleExtraction, ExtractedIncident } from "./types";

const SEEDS = path.resolve(__dirname, "../../seeds");
const sources = JSON.parse(readFileSync(path.join(SEEDS, "sources.json"), "utf8")) as {
  articles: Array<{ file: string; source: string; url: string; published: string }>;
};

function run(prefix: string): ArticleExtraction {
  const meta = sources.articles.find((a) => a.file.startsWith(prefix))!;
  return extractArticle({
    raw: readFileSync(path.join(SEEDS, meta.file), "utf8"),
    fileName: meta.file,
    source: meta.source,
    url: meta.url,
    publishedAt: meta.published,
  });
}

function find(x: ArticleExtraction, killed: number): ExtractedIncident {
  const i = x.incidents.find((inc) => inc.killed === killed);
  expect(i, `incident with ${killed} killed in ${JSON.stringify(x.incidents.map((k) => k.killed))}`).toBeDefined();
  return i!;
}

/** No tally figure may appear as an incident count. */
function noTallyAsIncident(x: ArticleExtraction, tallyCounts: number[]): void {
  for (const c of tallyCounts) expect(x.incidents.map((i) => i.killed)).not.toContain(c);
}

describe("seed articles", () => {
  it("000: 7 pro-regime fighters killed near Boukamal (Deir ez-Zor)", () => {
    const x = run("000");
    expect(x.publishedAt).toBe("2024-05-29");
    expect(x.incidents).toHaveLength(1);
    const i = find(x, 7);
    expect(i.province).toBe("Deir ez-Zor");
    expect(i.date).toBe("2024-05-29");
    expect(i.perpetrator).toBe("Islamic State");
    expect(i.evidence).toContain("seven members of pro-regime forces were killed");
    expect(x.text.slice(i.evidenceStart, i.evidenceEnd)).toBe(i.evidence);
    noTallyAsIncident(x, [385, 165, 500000]);
    expect(x.tallies.map((t) => t.count)).toEqual(expect.arrayContaining([385, 165, 500000]));
    expect(x.tallies.find((t) => t.count === 385)!.since).toBe("2024-01-01");
  });

  it("001: 7 killed in Raqqa province, plus 2 killed one day earlier in the Deir ez-Zor desert", () => {
    const x = run("001");
    expect(x.incidents).toHaveLength(2);
    const main = find(x, 7);
    expect(main.province).toBe("Raqqa");
    expect(main.perpetrator).toBe("Islamic State");
    expect(main.attackersKilled).toBe(9);
    const bg = find(x, 2);
    expect(bg.province).toBe("Deir ez-Zor");
    expect(bg.date! < main.date!).toBe(true);
    noTallyAsIncident(x, [753, 4, 11, 17]);
    expect(x.tallies.find((t) => t.count === 753)!.since).toBe("2019-03-24");
  });

  it("002: at least 34 killed on Wednesday; August background incidents", () => {
    const x = run("002");
    const main = find(x, 34);
    expect(main.date).toBe("2023-11-08");
    expect(main.datePrecision).toBe("day");
    expect(main.killedLow).toBe(34);
    expect(main.perpetrator).toBe("Islamic State");
    const aug = find(x, 33);
    expect(aug).toMatchObject({ date: "2023-08-01", datePrecision: "month", province: "Deir ez-Zor" });
    const raqa = find(x, 10);
    expect(raqa.province).toBe("Raqqa");
    expect(raqa.date!.slice(0, 7)).toBe("2023-08");
    const convoy = find(x, 7);
    expect(convoy.date).toBe("2023-08-01");
    expect(x.incidents.map((i) => i.killed)).not.toContain(9); // 7 including 2 civilians is 7
    expect(x.incidents.map((i) => i.killed)).not.toContain(12); // "dozens" in the lead is the same attack
    expect(x.incidents).toHaveLength(4);
    noTallyAsIncident(x, [500000]);
  });

  it("003: at least 8 killed in Badiya al-Mayadeen this Sunday, 3 killed at Al-Bolil; al-Baghdadi's death in the background", () => {
    const x = run("003");
    const main = find(x, 8);
    expect(main).toMatchObject({ date: "2020-06-21", province: "Deir ez-Zor", perpetrator: "Islamic State" });
    const bolil = find(x, 3);
    expect(bolil.province).toBe("Deir ez-Zor");
    // "changed completely on October 25, 2019. On that day, Abu Bakr al Bagdadi ... lost his life ... in northwest Syria"
    expect(find(x, 1)).toMatchObject({ date: "2019-10-25", province: null });
    expect(x.incidents).toHaveLength(3);
    noTallyAsIncident(x, [570, 4, 11, 212, 127]);
    expect(x.tallies.map((t) => t.count)).toEqual(expect.arrayContaining([570, 212]));
  });

  it("004: 54 soldiers killed in the Sukhna area of Homs on Tuesday", () => {
    const x = run("004");
    expect(x.incidents).toHaveLength(1);
    const i = find(x, 54);
    expect(i).toMatchObject({ date: "2024-12-10", datePrecision: "day", province: "Homs", perpetrator: "Islamic State" });
    expect(i.place).toMatch(/Sukhna/i);
    noTallyAsIncident(x, [21000, 12000, 75, 1000]);
    expect(x.tallies.map((t) => t.count)).toContain(21000);
  });
});
