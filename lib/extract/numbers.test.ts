import { describe, expect, it } from "vitest";
import { findCountExpressions, findPersonGroups, parseCount, parseNumberWords, readApposition } from "./numbers";

describe("number words", () => {
  it.each([
    ["seven", 7],
    ["seventeen", 17],
    ["fifty-four", 54],
    ["twenty one", 21],
    ["one hundred and twenty", 120],
    ["a dozen", 12],
    ["two thousand", 2000],
    ["half a million", 500000],
  ])("%s = %d", (w, n) => expect(parseNumberWords(w)).toBe(n));
  it("rejects non-numbers", () => expect(parseNumberWords("soldiers")).toBeNull());
});

describe("count expressions", () => {
  it("digits with commas and scale words", () => {
    expect(parseCount("1,200")).toMatchObject({ best: 1200, low: 1200, high: 1200, qualifier: "exact" });
    expect(parseCount("1.5 million")).toMatchObject({ best: 1_500_000 });
  });
  it("at least: a floor", () => expect(parseCount("at least 34")).toMatchObject({ best: 34, low: 34, high: null, qualifier: "atLeast" }));
  it("more than / over: UCDP floor, not n+1", () => {
    expect(parseCount("more than 20")).toMatchObject({ best: 20, low: 20, high: null, qualifier: "moreThan" });
    expect(parseCount("over 20")).toMatchObject({ best: 20, low: 20, high: null });
  });
  it("'15 or more': a floor told after the number", () => {
    expect(findCountExpressions("15 or more people were killed")[0]).toMatchObject({ text: "15 or more", best: 15, low: 15, high: null });
  });
  it("nearly / up to: a ceiling", () => expect(parseCount("nearly 30")).toMatchObject({ best: 30, low: null, high: 30 }));
  it("about: no bounds", () => expect(parseCount("about 15")).toMatchObject({ best: 15, low: null, high: null, qualifier: "approx" }));
  it("vague quantities use conventional floors", () => {
    expect(parseCount("dozens")).toMatchObject({ best: 12, low: 12, high: null, vague: true });
    expect(parseCount("tens")).toMatchObject({ best: 10, vague: true });
    expect(parseCount("scores")).toMatchObject({ best: 20, vague: true });
    expect(parseCount("a handful")).toMatchObject({ best: 3, vague: true });
    expect(parseCount("hundreds")).toMatchObject({ best: 100, vague: true });
    expect(parseCount("a number of")).toMatchObject({ best: 3, low: 3, high: null, vague: true });
    expect(parseCount("large numbers of")).toMatchObject({ best: 3, vague: true });
    expect(findCountExpressions("recorded the highest numbers of dead, with 31 and 13").map((c) => c.best)).toEqual([31, 13]);
  });
  it("ranges: best is the lowest", () => {
    expect(parseCount("between 20 and 25")).toMatchObject({ best: 20, low: 20, high: 25, qualifier: "range" });
    expect(parseCount("20 to 25")).toMatchObject({ best: 20, low: 20, high: 25 });
    expect(parseCount("20-25")).toMatchObject({ best: 20, low: 20, high: 25 });
    expect(parseCount("five or six")).toMatchObject({ best: 5, low: 5, high: 6 });
  });
  it("a year span is not a range", () => {
    const c = findCountExpressions("the 2019-2020 campaign");
    expect(c.every((x) => x.qualifier !== "range")).toBe(true);
  });
  it("does not add two separate numbers joined by and", () => {
    const c = findCountExpressions("two soldiers and three civilians");
    expect(c.map((x) => x.best)).toEqual([2, 3]);
  });
});

describe("people counted", () => {
  const groups = (t: string) => findPersonGroups(t).map((g) => [g.total, t.slice(g.start, g.end)]);
  it("a counted noun phrase with an of-tail", () => {
    expect(groups("seven members of pro-regime forces were killed")).toEqual([[7, "seven members of pro-regime forces"]]);
  });
  it("singular people in words: a lieutenant and a commander = 2", () => {
    expect(findPersonGroups("the killing of a lieutenant of the Syrian regime and a commander of the NDF in clashes")[0]!.total).toBe(2);
  });
  it("a soldier = 1", () => expect(findPersonGroups("a soldier was shot dead")[0]!.total).toBe(1));
  it("two civilians and a child = 3", () => expect(findPersonGroups("two civilians and a child were killed")[0]!.total).toBe(3));
  it("comma lists closed by and", () => expect(findPersonGroups("two soldiers, three civilians and a child died")[0]!.total).toBe(6));
  it("kin in a list: 'her mother, her aunt, her uncle's wife, her grandmother and two cousins' = 6 (round 31)", () => {
    expect(findPersonGroups("The attackers killed her mother, her aunt, her uncle's wife, her grandmother and two cousins")[0]!.total).toBe(6);
    expect(findPersonGroups("killed a mother, an aunt and two cousins")[0]!.total).toBe(4);
    expect(findPersonGroups("the fighters' lives were lost")).toEqual([]);
  });
  it("people of another age or sex after a count add to it, though their numbers sum to it (round 31)", () => {
    expect(findPersonGroups("two children, a woman and a man were killed")[0]!.total).toBe(4);
    expect(findPersonGroups("two civilians, a woman and a man were killed")[0]!.total).toBe(2);
    expect(findPersonGroups("two children, a boy and a girl were killed")[0]!.total).toBe(2);
  });
  it("breakdowns are part of the count", () => {
    const g = findPersonGroups("killing seven people including two civilians")[0]!;
    expect(g.total).toBe(7);
    expect(g.breakdown.map((b) => b.count.best)).toEqual([2]);
  });
  it("coordinated heads without a second number", () => {
    expect(findPersonGroups("at least 34 pro-government fighters and soldiers")[0]!.total).toBe(34);
  });
  it("numbers that are not people are not groups", () => {
    expect(findPersonGroups("88,000 kilometres between Syria and Iraq, 75 IS locations")).toEqual([]);
  });
  it("dozens of", () => expect(findPersonGroups("dozens of pro-government forces")[0]).toMatchObject({ total: 12, vague: true }));
  it("an apposition list after a total", () => {
    const t = "at seventeen, seven pro-government militiamen and nine members of the Daesh group.";
    const parts = readApposition(t, t.indexOf(","), findCountExpressions(t));
    expect(parts.map((p) => p.count.best)).toEqual([7, 9]);
  });
});

describe("round 2 rules: compound number words and possessive persons", () => {
  it("a capitalised hyphenated compound is one number, not the range 40-2", () => {
    const c = findCountExpressions("Forty-two conscripts died");
    expect(c.map((x) => [x.text, x.best, x.qualifier])).toEqual([["Forty-two", 42, "exact"]]);
    expect(findCountExpressions("at least sixty-one people")[0]).toMatchObject({ best: 61, low: 61, high: null });
  });
  it("a real range of number words stays a range", () => {
    expect(findCountExpressions("between ten and fifteen guards")[0]).toMatchObject({ best: 10, low: 10, high: 15 });
  });
  it("'his/her + relative' counts one person", () => {
    expect(findPersonGroups("a farmer was shot and her nephew was hurt").map((g) => [g.total, g.head])).toEqual([
      [1, "farmer"],
      [1, "nephew"],
    ]);
  });
  it("citizens, martyrs and killings are counted heads", () => {
    expect(findPersonGroups("61 citizens").map((g) => g.head)).toEqual(["citizens"]);
    expect(findPersonGroups("nine martyrs").map((g) => g.head)).toEqual(["martyrs"]);
    expect(findPersonGroups("212 killings").map((g) => g.head)).toEqual(["killings"]);
  });
});

describe("a person and their counted relatives", () => {
  it("'a mother and her two daughters' = 3, 'a man and his five sons' = 6", () => {
    expect(findPersonGroups("a mother and her two daughters were killed").map((g) => g.total)).toEqual([3]);
    expect(findPersonGroups("shelling killed a man and his five sons in Kafr Nabl").map((g) => g.total)).toEqual([6]);
  });
});

describe("'N of its soldiers', 'fighters from both sides'", () => {
  it("reads a possessive after a count and a 'both sides' tail", () => {
    expect(findPersonGroups("Moscow says 12 of its troops have died").map((g) => g.total)).toEqual([12]);
    expect(findPersonGroups("about 90 fighters on both sides and six civilians were killed").map((g) => g.total)).toEqual([96]);
  });
});

describe("people counted in words (holdout-2 rules)", () => {
  const total = (s: string) => findPersonGroups(s).map((g) => g.total);
  it("'a girl and a pensioner' = 2 (school and age nouns are people)", () => {
    expect(total("the rockets killed a girl and a pensioner in the market")).toEqual([2]);
  });
  it("'a colonel and four of his comrades' = 5", () => {
    expect(total("the blast killed a colonel and four of his comrades near the base")).toEqual([5]);
  });
  it("'Two fighters, a commander and his driver,' restates the total (2, not 4)", () => {
    expect(total("Two fighters, a commander and his driver, were killed near Jarablus")).toEqual([2]);
  });
  it("'Three civilians, a mother and her two sons,' = 3 (a possessive count inside the apposition)", () => {
    expect(total("Three civilians, a mother and her two sons, died when the shell hit")).toEqual([3]);
  });
});

describe("breakdowns between members (real reporting)", () => {
  const totals = (t: string) => findPersonGroups(t).map((g) => g.total);
  it("'N civilians, a child among them, and one policeman' adds the policeman", () => {
    expect(totals("Nine civilians, a child among them, and one member of the Asayish were killed")).toEqual([10]);
  });
  it("a comma before 'and' closes an 'including' breakdown", () => {
    expect(totals("Nine civilians, including a child, and one member of the Asayish were killed")).toEqual([10]);
    expect(totals("Six people, including a child and a woman, were killed")).toEqual([6]);
  });
});

describe("a name in passing between two members", () => {
  it("'10 members of the Kurdish forces, known as the Asayish, and six civilians' is 16", () => {
    const [g] = findPersonGroups("killed 10 members of the Kurdish forces, known as the Asayish, and six civilians.");
    expect(g?.total).toBe(16);
    const [h] = findPersonGroups("killed 10 members of the Kurdish forces, called the Asayish, as well as six civilians, the monitor said.");
    expect(h?.total).toBe(16);
  });
});

describe("a breakdown after the list it counts", () => {
  it("'61 civilians, 23 children and 9 women among them' is 61", () => {
    const [g] = findPersonGroups("responsible for killing 61 civilians, 23 children and 9 women among them.");
    expect([g?.total, g?.breakdown.map((p) => p.count.best)]).toEqual([61, [23, 9]]);
  });
  it("members that outnumber the first are no breakdown", () => {
    expect(findPersonGroups("killed 2 soldiers and 3 civilians among them.")[0]?.total).toBe(5);
  });
});

describe("a singular noun after a count (round 27)", () => {
  const totals = (t: string) => findPersonGroups(t).map((g) => g.total);
  it("'killing 17 civilian and wounding 68 others' counts 17 civilians", () => expect(totals("killing 17 civilian and wounding 68 others")).toEqual([17, 68]));
  it("'five civilian homes' is no group of people", () => expect(totals("shells destroyed five civilian homes in the town")).toEqual([]));
});

describe("round 28", () => {
  it("'another 5', 'a further 23' are exact counts of more dead, not approximations", () => {
    expect(findCountExpressions("killed another 5").map((c) => [c.best, c.low, c.high])).toEqual([[5, 5, 5]]);
    expect(findCountExpressions("a further 23 people").map((c) => [c.best, c.low, c.high])).toEqual([[23, 23, 23]]);
    expect(findCountExpressions("about 40 people").map((c) => [c.best, c.low, c.high])).toEqual([[40, null, null]]);
  });
});

describe("outlets named '<place> 24'", () => {
  const counts = (t: string) => findCountExpressions(t).map((c) => c.best);
  it("'Suwayda 24 recorded', 'the Daraa 24 network', 'Kurdistan 24 reported' are names, not counts", () => {
    expect(counts("Suwayda 24 recorded eight people killed in November.")).toEqual([8]);
    expect(counts("The Daraa 24 network recorded the deaths of no fewer than 27 people.")).toEqual([27]);
    expect(counts("Kurdistan 24 reported that five people were killed.")).toEqual([5]);
  });
  it("a list line or a noun of people after the place keeps the count", () => {
    expect(counts("The dead by province: Daraa 24, Homs 12.")).toEqual([24, 12]);
    expect(counts("In Daraa 24 people were killed.")).toEqual([24]);
  });
});
