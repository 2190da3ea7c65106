import { describe, expect, it } from "vitest";
import {
  GoldArticle,
  type GoldIncident,
  type PredIncident,
  calibration,
  PredArticle,
  actorKey,
  aggregate,
  countsAgree,
  datesAgree,
  maxWeightAssignment,
  placeKey,
  placesAgree,
  placeWithin25km,
  scoreArticle,
} from "./eval-lib";

function gold(partial: Partial<GoldIncident> & Pick<GoldIncident, "killed" | "date">): GoldIncident {
  return {
    datePrecision: "day",
    province: "Homs",
    place: null,
    evidenceIncludes: "were killed",
    ...partial,
  };
}

function pred(partial: Partial<PredIncident> & Pick<PredIncident, "killed" | "date">): PredIncident {
  return {
    datePrecision: "day",
    province: "Homs",
    place: null,
    perpetrator: null,
    killedLow: null,
    killedHigh: null,
    injured: null,
    attackersKilled: null,
    eventType: null,
    civilians: null,
    confidence: null,
    evidence: "Seven soldiers were killed near Palmyra.",
    ...partial,
  };
}

function article(incidents: GoldIncident[], tallies: GoldArticle["tallies"] = []): GoldArticle {
  return GoldArticle.parse({ file: "x.md", publishedAt: "2024-05-29", incidents, tallies });
}

function predicted(incidents: PredIncident[], tallies: { count: number; evidence: string }[] = []) {
  return PredArticle.parse({ file: "x.md", publishedAt: "2024-05-29", incidents, tallies });
}

describe("datesAgree", () => {
  it("day precision needs the same day", () => {
    expect(datesAgree({ date: "2024-05-28", datePrecision: "day" }, { date: "2024-05-28", datePrecision: "day" })).toBe(true);
    expect(datesAgree({ date: "2024-05-28", datePrecision: "day" }, { date: "2024-05-27", datePrecision: "day" })).toBe(false);
  });
  it("week precision on either side allows ±7 days", () => {
    expect(datesAgree({ date: "2024-05-29", datePrecision: "week" }, { date: "2024-05-22", datePrecision: "day" })).toBe(true);
    expect(datesAgree({ date: "2024-05-29", datePrecision: "day" }, { date: "2024-06-05", datePrecision: "week" })).toBe(true);
    expect(datesAgree({ date: "2024-05-29", datePrecision: "week" }, { date: "2024-05-21", datePrecision: "day" })).toBe(false);
  });
  it("month and year precision compare the calendar month / year", () => {
    expect(datesAgree({ date: "2023-08-01", datePrecision: "month" }, { date: "2023-08-24", datePrecision: "day" })).toBe(true);
    expect(datesAgree({ date: "2023-08-01", datePrecision: "month" }, { date: "2023-07-31", datePrecision: "week" })).toBe(false);
    expect(datesAgree({ date: "2023-01-01", datePrecision: "year" }, { date: "2023-12-31", datePrecision: "day" })).toBe(true);
  });
  it("null dates agree only with null", () => {
    expect(datesAgree({ date: null, datePrecision: null }, { date: null, datePrecision: null })).toBe(true);
    expect(datesAgree({ date: null, datePrecision: null }, { date: "2020-01-01", datePrecision: "day" })).toBe(false);
  });
});

describe("countsAgree", () => {
  it("exact counts", () => {
    expect(countsAgree({ killed: 7 }, { killed: 7 })).toBe(true);
    expect(countsAgree({ killed: 7 }, { killed: 17 })).toBe(false);
  });
  it("closed ranges overlap; open 'at least' is a point", () => {
    expect(countsAgree({ killed: 5, killedLow: 5, killedHigh: 6 }, { killed: 6 })).toBe(true);
    expect(countsAgree({ killed: 20, killedLow: 20, killedHigh: 25 }, { killed: 22, killedLow: 22, killedHigh: 30 })).toBe(true);
    expect(countsAgree({ killed: 34, killedLow: 34, killedHigh: null }, { killed: 40 })).toBe(false);
  });
  it("null and 0 both mean no count", () => {
    expect(countsAgree({ killed: null }, { killed: 0 })).toBe(true);
    expect(countsAgree({ killed: null }, { killed: 0, killedLow: 0, killedHigh: 0 })).toBe(true);
    expect(countsAgree({ killed: null }, { killed: 3 })).toBe(false);
  });
});

describe("names", () => {
  it("place skeleton tolerates transliteration", () => {
    expect(placeKey("Boukamal")).toBe(placeKey("Abu Kamal"));
    expect(placeKey("Al-Bukamal")).toBe(placeKey("Abu Kamal"));
    expect(placeKey("Deir Ezzor")).toBe(placeKey("Dayr az Zawr"));
    expect(placeKey("Deir ez-Zor")).toBe(placeKey("Deir Ezzor"));
    expect(placeKey("Mayadeen")).toBe(placeKey("Al-Mayadin"));
    expect(placeKey("Raqa")).toBe(placeKey("Raqqa"));
    expect(placeKey("Sukhna")).toBe(placeKey("As Sukhnah"));
    expect(placesAgree("Palmyra", "Aleppo")).toBe(false);
    expect(placesAgree(null, null)).toBe(true);
    expect(placesAgree("Palmyra", null)).toBe(false);
  });
  it("place within 25 km: a known gold place and a predicted point near it agree; an unknown one by name only", () => {
    const g = gold({ killed: 3, date: "2019-05-12", province: "Deir ez-Zor", place: "Al-Mayadin" });
    expect(placeWithin25km(g, pred({ killed: 3, date: "2019-05-12", place: "Deir ez-Zor", lat: 35.02, lon: 40.45 }))).toBe(true);
    expect(placeWithin25km(g, pred({ killed: 3, date: "2019-05-12", place: "Abu Kamal", lat: 34.45, lon: 40.92 }))).toBe(false);
    const unknown = gold({ killed: 3, date: "2019-05-12", province: "Deir ez-Zor", place: "Qaryat Nowhere" });
    expect(placeWithin25km(unknown, pred({ killed: 3, date: "2019-05-12", place: "Al-Mayadin", lat: 35.02, lon: 40.45 }))).toBe(false);
  });
  it("gold null accepts a governorate or region phrase; a run of words inside a longer name agrees", () => {
    expect(placesAgree(null, "Idlib")).toBe(true);
    expect(placesAgree(null, "between Raqqa, Homs and Deir ez-Zor")).toBe(true);
    expect(placesAgree(null, "Badiya")).toBe(true);
    expect(placesAgree(null, "Abu Kamal")).toBe(false);
    expect(placesAgree("Al-Mayadin", "Badiya of Al-Mayadin")).toBe(true);
    expect(placesAgree("Mezzeh", "Mezzeh 86")).toBe(true);
    expect(placesAgree("Eastern Ghouta", "Rif Dimashq")).toBe(false);
    expect(placesAgree("Ain Issa", "Raqqa")).toBe(false);
  });
  it("actor keys", () => {
    expect(actorKey("Daesh")).toBe("is");
    expect(actorKey("Islamic State")).toBe("is");
    expect(actorKey("pro-regime forces")).toBe("government");
    expect(actorKey("Syrian government forces")).toBe("government");
    expect(actorKey("unknown gunmen")).toBe(null);
    expect(actorKey("Turkish forces")).toBe("turkey");
    expect(actorKey("Hayat Tahrir al-Sham")).toBe("hts");
  });
});

describe("maxWeightAssignment", () => {
  it("is one-to-one and maximises the number of matches before the weights", () => {
    // gold 0 could take pred 0 (higher) or pred 1; gold 1 can only take pred 0.
    const w = [
      [110.9, 110.1],
      [110.1, 0],
    ];
    expect(maxWeightAssignment(w)).toEqual([1, 0]);
  });
  it("handles rectangular and empty matrices", () => {
    expect(maxWeightAssignment([])).toEqual([]);
    expect(maxWeightAssignment([[0, 5, 0]])).toEqual([1]);
    expect(maxWeightAssignment([[0], [0]])).toEqual([-1, -1]);
  });
});

describe("scoreArticle", () => {
  const g1 = gold({ killed: 7, date: "2024-05-28", place: "Abu Kamal", province: "Deir ez-Zor", evidenceIncludes: "seven members" });
  const g2 = gold({ killed: 33, date: "2023-08-01", datePrecision: "month", province: "Deir ez-Zor", evidenceIncludes: "33 Syrian soldiers" });

  it("perfect prediction", () => {
    const s = scoreArticle(
      article([g1, g2]),
      predicted([
        pred({ killed: 7, date: "2024-05-28", place: "Boukamal", province: "Deir ez-Zor", evidence: "seven members of pro-regime forces were killed" }),
        pred({ killed: 33, date: "2023-08-01", datePrecision: "month", province: "Deir ez-Zor" }),
      ]),
    );
    expect(s.incidents).toMatchObject({ tp: 2, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(s.fields.place).toEqual({ right: 2, total: 2 }); // "Boukamal" = "Abu Kamal"; null = null
    expect(s.errors).toEqual([]);
  });

  it("missing incident lowers recall", () => {
    const s = scoreArticle(article([g1, g2]), predicted([pred({ killed: 7, date: "2024-05-28", province: "Deir ez-Zor" })]));
    expect(s.incidents).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(s.errors.some((e) => e.kind === "missed")).toBe(true);
  });

  it("extra incident lowers precision, and a tally produced as an incident is counted", () => {
    const s = scoreArticle(
      article([g1], [{ count: 385, evidenceIncludes: "at least 385" }]),
      predicted([
        pred({ killed: 7, date: "2024-05-28", province: "Deir ez-Zor" }),
        pred({ killed: 385, date: "2024-05-29", datePrecision: "week", evidence: "claimed the lives of at least 385 members" }),
      ]),
    );
    expect(s.incidents).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(s.talliesAsIncidents).toBe(1);
    expect(s.tallies).toMatchObject({ tp: 0, fn: 1 });
  });

  it("wrong date beyond tolerance is a miss plus a spurious incident", () => {
    const s = scoreArticle(article([g1]), predicted([pred({ killed: 7, date: "2024-05-21", province: "Deir ez-Zor" })]));
    expect(s.incidents).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it("week tolerance: matched, but the exact date field is scored wrong", () => {
    const g = gold({ killed: 7, date: "2024-05-29", datePrecision: "week" });
    const s = scoreArticle(article([g]), predicted([pred({ killed: 7, date: "2024-05-24", datePrecision: "day" })]));
    expect(s.incidents.tp).toBe(1);
    expect(s.fields.date).toEqual({ right: 0, total: 1 });
    expect(s.fields.datePrecision).toEqual({ right: 0, total: 1 });
  });

  it("one-to-one: two identical predictions match one gold incident once", () => {
    const s = scoreArticle(
      article([g1]),
      predicted([pred({ killed: 7, date: "2024-05-28", province: "Deir ez-Zor" }), pred({ killed: 7, date: "2024-05-28", province: "Deir ez-Zor" })]),
    );
    expect(s.incidents).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  it("one-to-one prefers the assignment that matches more gold incidents", () => {
    const a = gold({ killed: 5, killedLow: 5, killedHigh: 6, date: "2021-03-02", evidenceIncludes: "five killed" });
    const b = gold({ killed: 6, date: "2021-03-02", evidenceIncludes: "six killed" });
    // p0 (6) fits both a and b; p1 (5) fits only a. Greedy on "exact count" would give p0→b… fine,
    // but greedy on evidence could give p0→a and leave b unmatched; the exact solver must not.
    const s = scoreArticle(
      article([a, b]),
      predicted([pred({ killed: 6, date: "2021-03-02", evidence: "five killed" }), pred({ killed: 5, date: "2021-03-02", evidence: "nothing" })]),
    );
    expect(s.incidents).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(s.matches).toEqual([1, 0]);
  });

  it("optional gold incidents neither cost recall nor count as false positives", () => {
    const opt = gold({ killed: 1, date: "2019-10-25", optional: true, evidenceIncludes: "lost his life" });
    const none = scoreArticle(article([g1, opt]), predicted([pred({ killed: 7, date: "2024-05-28", province: "Deir ez-Zor" })]));
    expect(none.incidents).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    const both = scoreArticle(
      article([g1, opt]),
      predicted([pred({ killed: 7, date: "2024-05-28", province: "Deir ez-Zor" }), pred({ killed: 1, date: "2019-10-25" })]),
    );
    expect(both.incidents).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it("no gold and no prediction is a perfect article; aggregate is micro-averaged", () => {
    const empty = scoreArticle(article([]), predicted([]));
    expect(empty.incidents.f1).toBe(1);
    const half = scoreArticle(article([g1, g2]), predicted([pred({ killed: 7, date: "2024-05-28", province: "Deir ez-Zor" })]));
    const all = aggregate([empty, half]);
    expect(all.incidents).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(all.macroF1).toBeCloseTo((1 + 2 / 3) / 2);
  });

  it("perpetrator and injured are scored only when the gold label gives them", () => {
    const g = gold({ killed: 7, date: "2024-05-28", perpetrator: "Islamic State", injured: 3 });
    const s = scoreArticle(article([g]), predicted([pred({ killed: 7, date: "2024-05-28", perpetrator: "Daesh", injured: 2 })]));
    expect(s.fields.perpetrator).toEqual({ right: 1, total: 1 });
    expect(s.fields.injured).toEqual({ right: 0, total: 1 });
    const s2 = scoreArticle(article([gold({ killed: 7, date: "2024-05-28" })]), predicted([pred({ killed: 7, date: "2024-05-28" })]));
    expect(s2.fields.perpetrator.total).toBe(0);
  });
});

describe("gold schema", () => {
  it("rejects unknown governorates and month dates not on the first", () => {
    expect(() => article([gold({ killed: 1, date: "2020-01-01", province: "Deir Ezzor" as never })])).toThrow();
    expect(() => article([gold({ killed: 1, date: "2020-01-05", datePrecision: "month" })])).toThrow();
  });
});

describe("calibration", () => {
  it("puts each predicted incident in its confidence bucket, with whether it matched a gold incident", () => {
    const g = article([gold({ killed: 7, date: "2024-05-28" })]);
    const s = scoreArticle(g, predicted([pred({ killed: 7, date: "2024-05-28", confidence: 0.9 }), pred({ killed: 3, date: "2024-05-01", confidence: 0.3 })]));
    const rows = calibration([s]);
    expect(rows.find((r) => r.from === 0.8)).toEqual({ from: 0.8, predicted: 1, right: 1 });
    expect(rows.find((r) => r.from === 0.2)).toEqual({ from: 0.2, predicted: 1, right: 0 });
  });
});
