import { describe, expect, it } from "vitest";
import { monthsBetween, stackedMonth, toMonthSeries } from "./monthSeries";

describe("monthsBetween", () => {
  it("lists every month, across a year end", () => {
    expect(monthsBetween("2019-11-01", "2020-02-01")).toEqual(["2019-11-01", "2019-12-01", "2020-01-01", "2020-02-01"]);
  });
  it("gives one month when first and last are the same", () => {
    expect(monthsBetween("2020-05-01", "2020-05-01")).toEqual(["2020-05-01"]);
  });
});

describe("toMonthSeries", () => {
  const total = [
    { period: "2020-03-01", incidents: 2, killed: 9, injured: 1, killedFloors: 0, injuredKnown: 0 },
    { period: "2020-01-01", incidents: 1, killed: 4, injured: 0, killedFloors: 0, injuredKnown: 0 },
  ];
  const byProvince = [
    { period: "2020-01-01", group: "Homs", incidents: 1, killed: 4, injured: 0, killedFloors: 0, injuredKnown: 0 },
    { period: "2020-03-01", group: "Raqqa", incidents: 1, killed: 7, injured: 1, killedFloors: 0, injuredKnown: 0 },
    { period: "2020-03-01", group: null, incidents: 1, killed: 2, injured: 0, killedFloors: 0, injuredKnown: 0 },
  ];
  const byPerpetrator = [
    { period: "2020-01-01", group: "ISIS", incidents: 1, killed: 4, injured: 0, killedFloors: 0, injuredKnown: 0 },
    { period: "2020-03-01", group: "ISIS", incidents: 2, killed: 9, injured: 1, killedFloors: 0, injuredKnown: 0 },
  ];

  it("fills the months between with zeros and aligns every column with them", () => {
    const s = toMonthSeries(total, byProvince, byPerpetrator);
    expect(s.months).toEqual(["2020-01-01", "2020-02-01", "2020-03-01"]);
    expect(s.incidents).toEqual([1, 0, 2]);
    expect(s.killed).toEqual([4, 0, 9]);
    expect(s.injured).toEqual([0, 0, 1]);
    expect(s.byPerpetrator).toEqual([{ group: "ISIS", killed: [4, 0, 9] }]);
  });

  it("orders groups by total killed, largest first, keeping the unknown group", () => {
    const s = toMonthSeries(total, byProvince, byPerpetrator);
    expect(s.byProvince).toEqual([
      { group: "Raqqa", killed: [0, 0, 7] },
      { group: "Homs", killed: [4, 0, 0] },
      { group: null, killed: [0, 0, 2] },
    ]);
  });

  it("adds up points of the same month and group", () => {
    const s = toMonthSeries(
      total,
      [...byProvince, { period: "2020-03-01", group: "Raqqa", incidents: 1, killed: 1, injured: 0, killedFloors: 0, injuredKnown: 0 }],
      [],
    );
    expect(s.byProvince[0]).toEqual({ group: "Raqqa", killed: [0, 0, 8] });
  });

  it("keeps per month how many killed figures are floors", () => {
    const floors = total.map((p, n) => ({ ...p, killedFloors: n }));
    expect(toMonthSeries(floors, [], []).killedFloors).toEqual([1, 0, 0]);
  });

  it("is empty when nothing is dated", () => {
    expect(toMonthSeries([], [], [])).toEqual({
      months: [],
      incidents: [],
      killed: [],
      injured: [],
      killedFloors: [],
      injuredKnown: [],
      byProvince: [],
      byPerpetrator: [],
      byEventType: [],
    });
  });
});

describe("stackedMonth", () => {
  const series = [
    { group: "Homs", killed: [4, 0, 0] },
    { group: "Raqqa", killed: [0, 0, 7] },
  ];
  it("leaves a group without deaths out of a bar's month", () => {
    expect(stackedMonth(series, ["Homs", "Raqqa"], 1, false)).toEqual({ Homs: undefined, Raqqa: undefined });
  });
  it("gives areas a 0 for an empty month, so they drop to the axis instead of bridging it", () => {
    expect(stackedMonth(series, ["Homs", "Raqqa"], 1, true)).toEqual({ Homs: 0, Raqqa: 0 });
    expect(stackedMonth(series, ["Homs", "Raqqa"], 2, true)).toEqual({ Homs: 0, Raqqa: 7 });
  });
});
