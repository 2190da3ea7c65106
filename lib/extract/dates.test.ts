import { describe, expect, it } from "vitest";
import {
  datesCompatible,
  eventDaysOfMonth,
  eventWeekdays,
  findDates,
  findRelativeAnchors,
  latestWeekday,
  shiftDate,
  weekdayCheckedDate,
  weekdayDatesOf,
} from "./dates";

const one = (text: string, pub: string) =>
  findDates(text, pub)
    .filter((d) => !d.reporting)
    .map((d) => `${d.date}/${d.precision}`);

describe("dates relative to publication", () => {
  it("weekdays: the latest such day on or before publication", () => {
    expect(one("militants killed 54 soldiers on Tuesday", "2024-12-11")).toEqual(["2024-12-10/day"]);
    expect(one("Daesh launched this Sunday a new attack", "2020-06-22")).toEqual(["2020-06-21/day"]);
    expect(one("an attack on Wednesday", "2024-05-29")).toEqual(["2024-05-29/day"]); // same weekday = that day
    expect(one("last Wednesday", "2024-05-29")).toEqual(["2024-05-22/day"]);
  });
  it("yesterday, the day before yesterday, days ago", () => {
    expect(one("killed yesterday", "2024-03-10")).toEqual(["2024-03-09/day"]);
    expect(one("attacked the day before yesterday", "2024-03-10")).toEqual(["2024-03-08/day"]);
    expect(one("killed two days ago", "2024-03-10")).toEqual(["2024-03-08/day"]);
  });
  it("week, month and year phrases carry their precision", () => {
    expect(one("clashes last week", "2023-11-11")).toEqual(["2023-11-04/week"]);
    expect(one("attacks this week", "2023-11-11")).toEqual(["2023-11-11/week"]);
    expect(one("an ambush earlier this month", "2023-11-11")).toEqual(["2023-11-01/month"]);
    expect(one("strikes last month", "2023-01-15")).toEqual(["2022-12-01/month"]);
    expect(one("bombings in 2019", "2023-11-11")).toEqual(["2019-01-01/year"]);
  });
  it("a month without a year: the latest one on or before publication", () => {
    expect(one("In August, 33 Syrian soldiers were killed", "2023-11-11")).toEqual(["2023-08-01/month"]);
    expect(one("In December, gunmen killed two", "2023-11-11")).toEqual(["2022-12-01/month"]);
    expect(one("on Dec 20 gunmen killed two", "2023-11-11")).toEqual(["2022-12-20/day"]);
  });
  it("explicit dates", () => {
    expect(one("launched an offensive on November 27, 2024", "2024-12-11")).toEqual(["2024-11-27/day"]);
    expect(one("in March 2019", "2020-01-01")).toEqual(["2019-03-01/month"]);
  });
  it("a date in a clause telling when a place changed hands dates no attack ('which was liberated ... on Oct. 13')", () => {
    const d = findDates("A car bomb went off in Suluk, which was liberated from the YPG on Oct. 13 in Operation Peace Spring.", "2019-10-28");
    expect(d.map((x) => x.date)).toEqual([]);
  });
  it("flags statement dates and period bounds", () => {
    const d = findDates("The Observatory said on Friday that the attack on Wednesday killed five", "2023-11-11");
    expect(d.map((x) => [x.date, x.reporting])).toEqual([
      ["2023-11-10", true],
      ["2023-11-08", false],
    ]);
    const c = findDates("IS claimed responsibility Friday for attacks", "2023-11-11");
    expect(c[0]!.reporting).toBe(true);
    expect(findDates("Since March 24, 2019, SOHR has documented", "2020-09-21")[0]!.periodBound).toBe("since");
    const began = findDates("civilians who fled the heavier fighting for Wadi Barada that began on December 22", "2017-01-15");
    expect(began.map((x) => [x.date, x.periodBound])).toEqual([["2016-12-22", "since"]]);
    const g = findDates("According to the Observatory, which gave the figures on Monday, 34 people were killed", "2012-05-28");
    expect(g[0]!.reporting).toBe(true);
  });
  it("'said at the time' is no date", () => expect(one("the Observatory said at the time", "2023-11-11")).toEqual([]));
  it("'during the hours of last midnight' is the night before publication", () => {
    expect(one("the regime had used a missile during the hours of last midnight", "2018-07-04")).toEqual(["2018-07-03/day"]);
  });
  it("'at midnight of Thursday-Friday' is the Friday", () => {
    expect(one("Infighting that broke out at midnight of Thursday-Friday killed two civilians", "2023-07-01")).toEqual(["2023-06-30/day"]);
  });
  it("'last May' is the month, not the verb", () => {
    expect(one("Last May saw several similar incidents, when four commanders were killed.", "2019-06-12")).toEqual(["2019-05-01/month"]);
    expect(one("Four commanders were killed last May.", "2019-03-12")).toEqual(["2018-05-01/month"]);
  });
});

describe("relative anchors", () => {
  it("one day after [the casualties] = the casualties one day before the reference", () => {
    const t = "This attack comes one day after the monitor documented the killing of a lieutenant";
    expect(findRelativeAnchors(t, t.indexOf("killing"))[0]!.days).toBe(-1);
  });
  it("two days after the attack = two days later", () => {
    const t = "Two days after the attack, five civilians were killed";
    expect(findRelativeAnchors(t, t.indexOf("killed"))[0]!.days).toBe(2);
  });
  it("days earlier, the same day, the next day", () => {
    expect(findRelativeAnchors("Days earlier, 10 were killed")[0]).toMatchObject({ days: -3, precision: "week" });
    expect(findRelativeAnchors("The same day, gunmen killed two")[0]).toMatchObject({ days: 0, precision: "day" });
    expect(findRelativeAnchors("The next day, a mine killed two")[0]).toMatchObject({ days: 1 });
    expect(findRelativeAnchors("A day earlier, two died")[0]).toMatchObject({ days: -1 });
  });
  it("shifts keep the coarser precision", () => {
    expect(shiftDate({ date: "2023-08-01", precision: "month" }, -3, "week")).toEqual({ date: "2023-08-01", precision: "month" });
    expect(shiftDate({ date: "2023-08-10", precision: "day" }, -1, "day")).toEqual({ date: "2023-08-09", precision: "day" });
  });
  it("helpers", () => {
    expect(latestWeekday("2024-12-11", 2)).toBe("2024-12-10");
    expect(datesCompatible({ date: "2023-11-11", precision: "week" }, { date: "2023-11-08", precision: "day" })).toBe(true);
    expect(datesCompatible({ date: "2023-08-01", precision: "month" }, { date: "2023-11-08", precision: "day" })).toBe(false);
  });
});

describe("round 2 rules", () => {
  it("a date inside a 'since' clause is the start of a period", () => {
    const d = findDates("Since the army began its push on Idlib on May 6, more than 300 civilians have been killed.", "2019-06-10");
    expect(d.map((x) => [x.date, x.periodBound])).toEqual([["2019-05-06", "since"]]);
  });
  it("'this morning' is the publication day", () => {
    expect(one("A mine exploded in Tafas this morning.", "2023-07-14")).toEqual(["2023-07-14/day"]);
  });
  it("no publication date: a day and month take the year of the last full date told", () => {
    expect(findDates("On 4 June, two more were killed.", null, "2017-05-28").map((x) => `${x.date}/${x.precision}`)).toEqual(["2017-06-04/day"]);
    expect(findDates("On 4 June, two more were killed.", null)).toEqual([]);
  });
});

describe("dates as outlets write them (round 4)", () => {
  it("'on a cold evening on January 4' is January 4", () => {
    expect(one("Then, on a cold evening on January 4, two bodies were found.", "2019-02-28")).toEqual(["2019-01-04/day"]);
  });
  it("'a 2008 car bombing' dates that bombing to 2008", () => {
    expect(one("an operative killed in a 2008 car bombing in Syria", "2015-01-19")).toEqual(["2008-01-01/year"]);
    expect(one("A 2019 report said 20 people died", "2020-01-01")).toEqual([]);
  });
  it("'since March 2017, when ...' dates the attack told after 'when'", () => {
    const d = findDates("the deadliest since March 2017, when a suicide attack killed 31 people", "2019-02-28");
    expect(d.map((x) => [x.date, x.periodBound])).toEqual([["2017-03-01", null]]);
  });
});

describe("no publication date (round 5)", () => {
  it("a day and month take the year that puts them nearest the full date told around them", () => {
    const d = findDates("on Jan. 4 gunmen shot a teacher", null, "2022-12-29");
    expect(d.map((x) => x.date)).toEqual(["2023-01-04"]);
  });
  it("a month alone takes the year of the full date told around it (round 26)", () => {
    const d = findDates("In April, more than 50 people were killed in a truck bombing in Afrin.", null, "2020-10-06");
    expect(d.map((x) => [x.date, x.precision])).toEqual([["2020-04-01", "month"]]);
    expect(findDates("In April, more than 50 people were killed.", null)).toEqual([]);
  });
});

describe("a day of this or last month (round 9)", () => {
  it("'on the 14th of this month' is that day of the publication's month", () => {
    const d = findDates("an airstrike killed 11 people on the 14th of this month", "2022-03-16");
    expect(d.map((x) => [x.date, x.precision])).toEqual([["2022-03-14", "day"]]);
  });
  it("'the 4th of last month' is that day of the month before; a day the month lacks stays the month", () => {
    expect(findDates("killed on the 4th of last month", "2022-03-16").map((x) => [x.date, x.precision])).toEqual([["2022-02-04", "day"]]);
    expect(findDates("killed on the 31st of last month", "2022-03-16").map((x) => [x.date, x.precision])).toEqual([["2022-02-01", "month"]]);
  });
});

describe("part of a year (round 11)", () => {
  it("'in mid-2019' and 'early 2015' are those years", () => {
    expect(findDates("in mid-2019, an ambush killed 12", "2022-03-16").map((x) => [x.date, x.precision])).toEqual([["2019-01-01", "year"]]);
    expect(findDates("in early 2015 a car bomb killed 20", "2022-03-16").map((x) => [x.date, x.precision])).toEqual([["2015-01-01", "year"]]);
  });
});

describe("round 15: last night", () => {
  it("'last night' is the day before publication; 'overnight' alone is left undated", () => {
    expect(findDates("Gunmen killed 5 people in Mahja last night.", "2022-03-16").map((d) => [d.date, d.precision])).toEqual([["2022-03-15", "day"]]);
    expect(findDates("Gunmen killed 62 people overnight in Baida.", "2022-03-16")).toEqual([]);
  });
});

describe("round 15: weekdays with no publication date", () => {
  it("the weekdays named as event days, not as reporting days or period starts", () => {
    expect([...eventWeekdays("On Friday, three civilians were killed, the agency said on Sunday.")]).toEqual([5]);
    expect([...eventWeekdays("Clashes since Tuesday have killed 9.")]).toEqual([]);
  });
});

describe("round 16: numeric dates in either order", () => {
  const at = (t: string, pub: string | null) => findDates(t, pub).map((d) => d.date);
  it("a weekday beside '1/8/2023' settles day and month", () => {
    expect(at("The first incident came on Tuesday 1/8/2023, when a citizen died.", null)).toEqual(["2023-08-01"]);
    expect(at("On Friday 4/8/2023, gunmen killed a citizen.", null)).toEqual(["2023-08-04"]);
  });
  it("without a weekday: a number above 12, else the reading nearest before publication, else day first", () => {
    expect(at("on 12/25/2019 a bomb went off", null)).toEqual(["2019-12-25"]);
    expect(at("Damascus - 06/10/2013 - The number of dead has risen to 8.", "2013-10-07")).toEqual(["2013-10-06"]);
    expect(at("Damascus - 06/10/2013 - The number of dead has risen to 8.", null)).toEqual(["2013-10-06"]);
  });
});

describe("round 16: a few days ago", () => {
  it("'a few days ago' is about when, a week's precision; 'two days ago' is a day", () => {
    expect(one("clashes on the front a few days ago", "2019-11-16")).toEqual(["2019-11-13/week"]);
    expect(one("clashes on the front two days ago", "2019-11-16")).toEqual(["2019-11-14/day"]);
  });
});

describe("round 17: weekdays placed by the page's own dates", () => {
  it("a weekday with no publication date takes the one given full date on that weekday, and only then", () => {
    const thu = weekdayDatesOf(["2016-08-25", "2016-08-20"]);
    expect(findDates("killed on Thursday in Aleppo", null, null, thu).map((d) => d.date)).toEqual(["2016-08-25"]);
    expect(findDates("killed on Friday in Aleppo", null, null, thu)).toEqual([]);
    expect(weekdayDatesOf(["2016-08-25", "2016-09-01"]).has(4)).toBe(false);
  });
});

describe("round 22: an outlet named 'Today'", () => {
  it("'the Russia Today website' and 'USA Today' are no date; a sentence's opening 'Today' is", () => {
    expect(one("According to the Russia Today website, the device exploded last night", "2020-08-25")).toEqual(["2020-08-24/day"]);
    expect(one("He told USA Today that five were killed", "2020-08-25")).toEqual([]);
    expect(one("Today the army shelled Tariq al-Bab", "2020-08-25")).toEqual(["2020-08-25/day"]);
  });
});

describe("round 22: the day a source spoke, told before it", () => {
  it("'On Tuesday the Observatory said the toll of yesterday's bombings ...' dates the bombings the day before", () => {
    expect(one("On Tuesday the Observatory said the toll of yesterday's two bombings had risen to 32", "2015-09-15")).toEqual(["2015-09-14/day"]);
  });
  it("with no other day in the sentence, the day told before the source stays the attack's", () => {
    expect(one("On Thursday the Observatory reported that an SDF commander was assassinated", "2018-10-19")).toEqual(["2018-10-18/day"]);
  });
});

describe("round 22: a yardstick is no date", () => {
  it("'one of the biggest the militants have mounted this year' gives no date; 'the deadliest since March 2017, when' does", () => {
    expect(one("The operation, one of the biggest the militants have mounted this year, killed 25", "2018-06-09")).toEqual([]);
    expect(one("the deadliest in the city since March 2017, when a suicide attack killed 31", "2018-03-15")).toEqual(["2017-03-01/month"]);
    expect(one("This year 25 fighters were killed in the town", "2018-06-09")).toEqual(["2018-01-01/year"]);
  });
  it("a weekday, day and month take the one year the text names in which that day is that weekday", () => {
    expect(weekdayCheckedDate("exploded on Tuesday, 11 February, killing 4 ... in 2024 and in 2025")).toBe("2025-02-11");
    expect(weekdayCheckedDate("on Friday, August 22 ... since 2023 ... August 22, 2025 ... 2016")).toBe("2025-08-22");
    expect(weekdayCheckedDate("exploded on Tuesday, 11 February, killing 4 ... in 2024")).toBeNull();
    expect(weekdayCheckedDate("exploded on Tuesday, 11 February, in 2014 and 2025")).toBeNull(); // both fit
  });
  it("days of the month a text names, with or without a year to place them", () => {
    expect([...eventDaysOfMonth("On February 7, three were killed; on the 18th of February five more")]).toEqual(["1-7", "1-18"]);
    expect([...eventDaysOfMonth("killed yesterday, February 18, 2024")]).toEqual([]);
    expect([...eventDaysOfMonth("fighting that began on December 22")]).toEqual([]);
    expect([...eventDaysOfMonth("in the attack of 22 December")]).toEqual(["11-22"]);
    expect([...eventDaysOfMonth("since December 22, the toll")]).toEqual([]);
  });
});

describe("round 26", () => {
  it("'On Saturday, 08-09-2012' is 8 September (day first, with dashes, the weekday agreeing)", () => {
    expect(findDates("On Saturday, 08-09-2012, a MIG23 airplane dropped barrels.", null).map((x) => x.date)).toEqual(["2012-09-08"]);
    expect(findDates("On 08-09-2012 a plane dropped barrels.", null).map((x) => x.date)).toEqual(["2012-09-08"]);
    expect(findDates("the 12-05/2012 figure", null).map((x) => x.date)).not.toContain("2012-05-12");
  });
});

describe("round 26, midnight", () => {
  it("'at midnight between Thursday and Friday' is the Friday", () => {
    expect(findDates("an attack at midnight between Thursday and Friday on a military site", "2024-02-17").map((x) => x.date)).toEqual(["2024-02-16"]);
  });
});

describe("round 26, midnight on", () => {
  it("'After midnight on Monday – Tuesday' is the Tuesday", () => {
    expect(findDates("After midnight on Monday – Tuesday, warplanes also hit Afs village", "2018-02-06").map((x) => x.date)).toEqual(["2018-02-06"]);
  });
});

describe("round 28", () => {
  it("a day and month with no year and no publication date takes the nearby year in which its weekday falls", () => {
    const d = findDates("An officer was shot dead today, Thursday 31 December.", null, "2020-02-02", null);
    // (31 December 2019, nearest the caption's 2 February 2020, was a Tuesday)
    expect(d.map((x) => x.date)).toEqual(["2020-12-31"]);
    expect(findDates("An officer was shot dead on 31 December.", null, "2020-02-02", null).map((x) => x.date)).toEqual(["2019-12-31"]);
  });
});

describe("round 31: a month last year", () => {
  it("'last year in August', 'in July last year' are that month of the year before publication", () => {
    expect(findDates("Last year in August, at least 27 people were killed by another car bomb.", "2013-08-06").map((x) => x.date)).toContain("2012-08-01");
    expect(findDates("In a similar incident in July last year, a mortar attack killed six people.", "2014-11-10").map((x) => x.date)).toContain("2013-07-01");
    expect(findDates("In July, a mortar attack killed six people.", "2014-11-10").map((x) => x.date)).toContain("2014-07-01");
  });
});
