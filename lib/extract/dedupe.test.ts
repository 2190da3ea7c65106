import { describe, expect, it } from "vitest";
import { countsCompatible, isSameIncident, mergeIncidents, perpetratorsOk } from "./dedupe";
import type { ExtractedIncident } from "./types";

const inc = (o: Partial<ExtractedIncident>): ExtractedIncident => ({
  date: "2024-12-10",
  datePrecision: "day",
  place: null,
  placeId: null,
  province: "Homs",
  lat: null,
  lon: null,
  geoPrecision: null,
  perpetrator: "Islamic State",
  perpetratorText: "IS",
  target: null,
  targetText: null,
  killed: 54,
  killedLow: 54,
  killedHigh: 54,
  injured: null,
  attackersKilled: null,
  eventType: null,
  civilians: null,
  confidence: null,
  dateConfidence: null,
  placeConfidence: null,
  claimedBy: null,
  reportedBy: null,
  evidence: "e",
  evidenceStart: 0,
  evidenceEnd: 1,
  ...o,
});

describe("isSameIncident", () => {
  it("same governorate, compatible dates and counts, same perpetrator", () => {
    expect(isSameIncident(inc({}), inc({ date: "2024-12-11", datePrecision: "week", killed: 50, killedLow: 50, killedHigh: 50 }))).toBe(true);
  });
  it("unknown governorate or perpetrator is compatible", () => {
    expect(isSameIncident(inc({}), inc({ province: null, perpetrator: null }))).toBe(true);
  });
  it("different governorate, dates, perpetrator or counts are not", () => {
    expect(isSameIncident(inc({}), inc({ province: "Hama" }))).toBe(false);
    expect(isSameIncident(inc({}), inc({ date: "2024-12-05" }))).toBe(false);
    expect(isSameIncident(inc({}), inc({ perpetrator: "Turkish forces" }))).toBe(false);
    expect(isSameIncident(inc({}), inc({ killed: 7, killedLow: 7, killedHigh: 7 }))).toBe(false);
  });
  it("month precision covers the month", () => {
    expect(isSameIncident(inc({ date: "2024-12-01", datePrecision: "month" }), inc({}))).toBe(true);
  });
  it("a vague floor is compatible with a larger figure", () => {
    expect(
      countsCompatible(inc({ killed: 12, killedLow: 12, killedHigh: null, killedVague: true }), inc({ killed: 34, killedLow: 34, killedHigh: null })),
    ).toBe(true);
  });
});

describe("mergeIncidents (ACLED)", () => {
  it("best = lowest best, low = min low, high = max high", () => {
    const m = mergeIncidents([
      inc({ killed: 5, killedLow: 5, killedHigh: 5, reportedBy: "SANA" }),
      inc({ killed: 6, killedLow: 6, killedHigh: 6, reportedBy: "SOHR" }),
    ]);
    expect(m).toMatchObject({ killed: 5, killedLow: 5, killedHigh: 6, reportedBy: "SANA; SOHR" });
  });
  it("a vague floor does not undercut a reported figure", () => {
    const m = mergeIncidents([inc({ killed: 12, killedLow: 12, killedHigh: null, killedVague: true }), inc({ killed: 34, killedLow: 34, killedHigh: null })]);
    expect(m).toMatchObject({ killed: 34, killedLow: 34 });
  });
  it("keeps the most precise date and the most specific place", () => {
    const m = mergeIncidents([
      inc({ date: "2024-12-11", datePrecision: "week", province: "Homs", geoPrecision: 3, place: "Homs" }),
      inc({ date: "2024-12-10", datePrecision: "day", province: "Homs", geoPrecision: 2, place: "Sukhna" }),
    ]);
    expect(m).toMatchObject({ date: "2024-12-10", datePrecision: "day", place: "Sukhna", geoPrecision: 2 });
  });
});

describe("round 2: ranges when sources disagree", () => {
  it("'at least 61' and '48': best is the lowest, high the highest figure reported", () => {
    const m = mergeIncidents([inc({ killed: 61, killedLow: 61, killedHigh: null }), inc({ killed: 48, killedLow: 48, killedHigh: 48 })]);
    expect([m.killed, m.killedLow, m.killedHigh]).toEqual([48, 48, 61]);
  });
  it("equal figures keep an open high", () => {
    const m = mergeIncidents([inc({ killed: 61, killedLow: 61, killedHigh: null }), inc({ killed: 61, killedLow: 61, killedHigh: null })]);
    expect(m.killedHigh).toBeNull();
  });
});

describe("perpetrators of one attack", () => {
  it("unidentified gunmen, the same side, or allies are compatible; opposing sides are not", () => {
    const by = (perpetrator: string | null) => inc({ perpetrator });
    expect(perpetratorsOk(by("Unidentified gunmen"), by("Turkish-backed factions"))).toBe(true);
    expect(perpetratorsOk(by("Russian forces"), by("Syrian government forces"))).toBe(true);
    expect(perpetratorsOk(by("Turkish forces"), by("Turkish-backed factions"))).toBe(true);
    expect(perpetratorsOk(by("Islamic State"), by("Syrian government forces"))).toBe(false);
  });
});
