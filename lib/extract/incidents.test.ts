// The extractor on small articles written for each phenomenon (none taken from the seeds).
import { describe, expect, it } from "vitest";
import { readArticle } from "./article";
import { ArticleDoc } from "./doc";
import { extractArticle } from "./index";
import { defaultTallyModel, setTallyModel } from "./tally-model";
import type { ArticleExtraction } from "./types";

const run = (raw: string, publishedAt = "2022-03-16"): ArticleExtraction => extractArticle({ raw, publishedAt }); // a Wednesday
const killed = (x: ArticleExtraction) => x.incidents.map((i) => i.killed);
// (whether a two-day provincial toll is a tally is the learned model's call; tests of other rules read it without)
function runRules(raw: string): ArticleExtraction {
  setTallyModel(null);
  try {
    return run(raw);
  } finally {
    setTallyModel(defaultTallyModel);
  }
}

describe("casualty words", () => {
  it.each([
    ["Gunmen killed four shepherds near Palmyra on Monday.", 4],
    ["Four shepherds were gunned down near Palmyra on Monday.", 4],
    ["Three civilians died when a mine exploded near Palmyra on Monday.", 3],
    ["Five soldiers lost their lives in an ambush near Palmyra on Monday.", 5],
    ["Militants executed six men near Palmyra on Monday.", 6],
    ["Two farmers were slain near Palmyra on Monday.", 2],
    ["A car bomb left nine people dead in Azaz on Monday.", 9],
    ["The death toll from Monday's car bomb in Azaz rose to 11.", 11],
    ["A landmine blast claimed the lives of three children in Daraa on Monday.", 3],
    ["The shelling of Idlib on Monday killed 12, the White Helmets said.", 12],
  ])("%s", (text, n) => expect(killed(run(text))).toEqual([n]));

  it("injured are recorded apart", () => {
    const x = run("An explosion killed two soldiers and wounded seven others in Daraa on Monday.");
    expect(x.incidents).toHaveLength(1);
    expect(x.incidents[0]).toMatchObject({ killed: 2, injured: 7, province: "Daraa" });
  });
  it("injuries told in the next sentence join the incident", () => {
    const x = run("A car bomb killed five people in Azaz on Monday. Twenty others were wounded in the blast.");
    expect(x.incidents).toHaveLength(1);
    expect(x.incidents[0]).toMatchObject({ killed: 5, injured: 20 });
  });
  it("a number without people is not a casualty", () => {
    expect(run("The strikes hit more than 75 IS locations on Sunday, killing no one.").incidents).toEqual([]);
    expect(run("The group controlled 88,000 kilometres in 2019 and lost it.").incidents).toEqual([]);
  });
  it("a named person's death without a count is not invented", () => {
    expect(run("On that day, the leader of the group, Abu Ahmad, lost his life in a raid in Idlib.").incidents).toEqual([]);
  });
});

describe("counts", () => {
  it("at least", () =>
    expect(run("At least 34 soldiers were killed in Homs on Monday.").incidents[0]).toMatchObject({ killed: 34, killedLow: 34, killedHigh: null }));
  it("more than (UCDP floor)", () =>
    expect(run("More than 20 fighters were killed in Idlib on Monday.").incidents[0]).toMatchObject({ killed: 20, killedLow: 20 }));
  it("dozens = 12", () => expect(run("Dozens of soldiers were killed in Hama on Monday.").incidents[0]).toMatchObject({ killed: 12, killedLow: 12 }));
  it("a range", () =>
    expect(run("Between 20 and 25 people were killed in Hama on Monday.").incidents[0]).toMatchObject({ killed: 20, killedLow: 20, killedHigh: 25 }));
  it("people counted in words", () => {
    expect(killed(run("Gunmen killed a teacher and a doctor in Daraa on Monday."))).toEqual([2]);
    expect(killed(run("A soldier was killed by a sniper in Quneitra on Monday."))).toEqual([1]);
    expect(killed(run("Two civilians and a child were killed in Idlib on Monday."))).toEqual([3]);
  });
  it("a breakdown is part of the count", () => {
    expect(killed(run("Militants attacked a bus in Hama on Monday, killing nine people including four women."))).toEqual([9]);
  });
  it("sources disagreeing: best is the lowest, low/high the range", () => {
    const x = run("Five soldiers were killed in Daraa on Monday, SANA said, while the Observatory said six soldiers died.");
    expect(x.incidents).toHaveLength(1);
    expect(x.incidents[0]).toMatchObject({ killed: 5, killedLow: 5, killedHigh: 6 });
  });
  it("sources disagreeing across sentences", () => {
    const x = run("Five soldiers were killed in an IS attack in Daraa on Monday, SANA said.\nThe Observatory put the death toll from the attack at seven.");
    expect(x.incidents).toHaveLength(1);
    expect(x.incidents[0]).toMatchObject({ killed: 5, killedLow: 5, killedHigh: 7 });
  });
  it("deaths among the attackers are kept apart", () => {
    const x = run("IS fighters attacked an army post near Palmyra on Monday. Six soldiers and four IS fighters were killed in the clashes.");
    expect(x.incidents).toHaveLength(1);
    expect(x.incidents[0]).toMatchObject({ killed: 6, attackersKilled: 4, perpetrator: "Islamic State" });
  });
});

describe("tallies", () => {
  it.each([
    ["Since January 1, 2022, the Observatory has documented the deaths of 120 soldiers in IS attacks.", 120, "2022-01-01"],
    ["IS attacks have killed at least 95 soldiers this year, the Observatory said.", 95, "2022-01-01"],
    ["The conflict has killed more than 500,000 people.", 500000, null],
    ["Over five years of fighting, more than 11,000 fighters lost their lives.", 11000, null],
    ["So far, 80 civilians have been killed by landmines in Daraa.", 80, null],
    ["The monitor has recorded the deaths of 40 shepherds from March 2019 to date.", 40, "2019-03-01"],
  ])("%s", (text, count, since) => {
    const x = run(text);
    expect(x.incidents).toEqual([]);
    expect(x.tallies.map((t) => [t.count, t.since])).toEqual([[count, since]]);
  });
  it("coordinated tally figures are each a tally", () => {
    const x = run("This year, these attacks have claimed the lives of at least 200 soldiers and 40 civilians.");
    expect(x.tallies.map((t) => t.count)).toEqual([200, 40]);
    expect(x.incidents).toEqual([]);
  });
  it("a tally broken down only by age and sex is one tally, its parts in its description (round 26)", () => {
    const x = run("Since Wednesday, regime shelling has killed eight children and a woman in Idlib.");
    expect(x.tallies.map((t) => [t.count, t.description])).toEqual([[9, "eight children and a woman killed (Since Wednesday)"]]);
  });
  it("a tally sentence inherits the period of the one before", () => {
    const x = run("Since March 1, 2021, the monitor has documented the killing of 300 soldiers. It has also recorded the deaths of 12 shepherds.");
    expect(x.tallies.map((t) => [t.count, t.since])).toEqual([
      [300, "2021-03-01"],
      [12, "2021-03-01"],
    ]);
  });
  it("a superlative's period does not make a tally", () => {
    const x = run("IS killed 21 soldiers near Palmyra on Monday, the deadliest attack since 2019.");
    expect(killed(x)).toEqual([21]);
    expect(x.tallies).toEqual([]);
  });
  it("a running count with its own day is an incident", () => {
    const x = run("The Observatory has documented the deaths of four soldiers in an ambush near Palmyra on Monday.");
    expect(killed(x)).toEqual([4]);
  });
});

describe("dates", () => {
  it("the attack's own date wins over the statement's", () => {
    const x = run("The Observatory said on Tuesday that an attack on Sunday killed five soldiers in Hama.");
    expect(x.incidents[0]).toMatchObject({ date: "2022-03-13", datePrecision: "day" });
  });
  it("no date in the text: publication date, precision week", () => {
    expect(run("Five soldiers were killed in Hama.").incidents[0]).toMatchObject({ date: "2022-03-16", datePrecision: "week" });
  });
  it("the main attack's date reaches sentences that refer back to it", () => {
    const x = run("Gunmen attacked a checkpoint in Daraa on Monday.\nThe attack killed four policemen, the Observatory said.");
    expect(x.incidents[0]).toMatchObject({ date: "2022-03-14", killed: 4, province: "Daraa" });
  });
  it("background incidents: month without year, 'days earlier', 'the same day'", () => {
    const x = run(
      [
        "IS militants killed 10 soldiers near Palmyra on Monday.",
        "In December, 14 soldiers were killed when IS ambushed a bus in Deir ez-Zor province.",
        "Days earlier, five civilians were killed in an IS attack in Raqqa province.",
      ].join("\n"),
    );
    expect(x.incidents.map((i) => [i.killed, i.date, i.datePrecision])).toEqual([
      [10, "2022-03-14", "day"],
      [14, "2021-12-01", "month"],
      [5, "2021-12-01", "month"],
    ]);
  });
  it("'one day after' dates the earlier killing", () => {
    const x = run("Eight soldiers were killed in Hama on Monday.\nThe attack came one day after gunmen killed two officers in Homs.");
    expect(x.incidents.map((i) => [i.killed, i.date])).toEqual([
      [8, "2022-03-14"],
      [2, "2022-03-13"],
    ]);
  });
  it("last week: week precision", () => {
    expect(run("Three soldiers were killed in Hama last week.").incidents[0]).toMatchObject({ date: "2022-03-09", datePrecision: "week" });
  });
});

describe("places and actors", () => {
  it("the place comes from the next sentence about the attack", () => {
    const x = run("In a recent attack by IS, nine soldiers were killed in Syria. The attack took place near Palmyra.");
    expect(x.incidents[0]).toMatchObject({ province: "Homs", perpetrator: "Islamic State", target: "Syrian government forces" });
  });
  it("a wire dateline is not the place of the attack", () => {
    const x = run("DAMASCUS (AFP) - Gunmen killed three soldiers in Daraa province on Monday.");
    expect(x.incidents[0]!.province).toBe("Daraa");
  });
  it("normalised perpetrator and target, words kept", () => {
    const x = extractArticle({ raw: "Turkish drones killed four SDF fighters near Qamishli on Monday.", publishedAt: "2022-03-16" });
    expect(x.incidents[0]).toMatchObject({ perpetrator: "Turkish forces", perpetratorText: "Turkish drones", target: "Syrian Democratic Forces" });
  });
  it("'guarded by the army' does not make the army the attacker", () => {
    const x = run("The jihadists attacked a convoy guarded by the army in Homs province on Monday, killing seven people.");
    expect(x.incidents[0]!.perpetrator).toBe("Islamic State");
  });
  it("claims and sources", () => {
    const x = run(
      "IS claims ambush on Syrian army\n\nIS claimed responsibility for an ambush that killed 11 " +
        "soldiers near Palmyra on Monday, according to the Syrian Observatory for Human Rights.",
    );
    expect(x.incidents).toHaveLength(1);
    expect(x.incidents[0]).toMatchObject({ claimedBy: "Islamic State", reportedBy: "Syrian Observatory for Human Rights" });
  });
});

describe("duplicates within an article", () => {
  it("headline and body tell one attack; the body's sentence is the evidence", () => {
    const x = run(
      "Nine soldiers killed in IS ambush in Syria\n\nNine soldiers were killed when " +
        "IS militants ambushed their bus near Palmyra on Monday, the Observatory said.",
    );
    expect(x.incidents).toHaveLength(1);
    expect(x.incidents[0]!.evidence).toMatch(/^Nine soldiers were killed when/);
    expect(x.incidents[0]!.province).toBe("Homs");
  });
  it("a vague lead and a precise body are one incident with the precise count", () => {
    const x = run(
      "IS claimed attacks that killed dozens of soldiers this week.\nThe Observatory said the attacks killed at least 31 soldiers near Palmyra on Monday.",
    );
    expect(x.incidents).toHaveLength(1);
    expect(x.incidents[0]).toMatchObject({ killed: 31, date: "2022-03-14" });
  });
  it("two attacks in one article stay two", () => {
    const x = run("Gunmen killed two civilians in Daraa on Monday.\nIn another attack, a mine killed two soldiers in Idlib on Tuesday.");
    expect(x.incidents).toHaveLength(2);
  });
  it("'also in' starts another incident even with the same month", () => {
    const x = run("In January, 20 soldiers were killed in an ambush near Palmyra.\nAlso in January, IS attacked a convoy, killing six people.");
    expect(killed(x)).toEqual([20, 6]);
  });
});

describe("more article shapes", () => {
  it("'the army said it killed nine of the assailants' are the attack's attackers' losses, even paragraphs later", () => {
    const near = run("Gunmen attacked a checkpoint near Morek on Monday, killing two soldiers. The army said it killed nine of the assailants.");
    expect(near.incidents.map((i) => [i.killed, i.attackersKilled])).toEqual([[2, 9]]);
    const later = run(
      [
        "A bomb exploded at a government building in Qamishli on Monday, killing seven civilians.",
        "The attackers threw grenades into the building.",
        "The building was badly damaged.",
        "Residents said the area was sealed off.",
        "Media sources said the Assayish forces killed two of the attackers and arrested three suspects.",
      ].join("\n\n"),
    );
    expect(later.incidents.map((i) => [i.killed, i.attackersKilled, i.province])).toEqual([[7, 2, "Hasakah"]]);
  });
  it("an earlier attack the text does not date gets no date, not the main attack's", () => {
    const x = run("Seven members of pro-regime forces were killed near Boukamal on Sunday. Earlier, the group had killed 12 soldiers in a similar attack.");
    expect(x.incidents.map((i) => [i.killed, i.date])).toEqual([
      [7, "2022-03-13"],
      [12, null],
    ]);
  });
  it("state media's 'killed a number of terrorists' is an attack of 3; 'many people ... since 2011' no tally", () => {
    expect(run("Army units killed a number of terrorists in al-Habbit on Monday.").incidents.map((i) => i.killed)).toEqual([3]);
    const bg = run("Syria has seen unrest since March 2011, and many people, including large numbers of security forces, have lost their lives.");
    expect([bg.incidents.length, bg.tallies.length]).toEqual([0, 0]);
  });
  it("a headline naming no place is the lead's attack, whatever place the page lends it", () => {
    const x = run(
      [
        "Seven killed by Syrian barrel bomb",
        "Seven people, four of them children, were killed when regime forces dropped a barrel bomb near Homs on Tuesday.",
        "The attack came as rebels were said to have taken the town of Handarat, west of Aleppo.",
      ].join("\n\n"),
    );
    expect(x.incidents.map((i) => [i.killed, i.province])).toEqual([[7, "Homs"]]);
  });
  it("a source's figure that names no attack, however far down, is another count of the attack told", () => {
    const x = run(
      [
        "A car bomb went off on Tuesday in the Adawiya district of Homs, killing eight people including three women, a state TV station said.",
        "The station's reporter said 10 people were wounded by the explosion, which also damaged houses in the area.",
        "Footage showed residents running and a badly mangled car.",
        "Earlier, the station had said a suicide bomber caused the blast.",
        "The Observatory confirmed that the car had been booby-trapped. Citing preliminary reports, it said seven were killed.",
      ].join("\n\n"),
    );
    expect(x.incidents.map((i) => [i.killed, i.killedLow, i.killedHigh])).toEqual([[7, 7, 8]]);
  });
  it("a figure for each day in one sentence is one attack per day, not their sum", () => {
    const x = run("Thirteen people died on Monday and two were killed on Tuesday in shelling on the town of Ariha.");
    expect(x.incidents.map((i) => [i.killed, i.date, i.place])).toEqual([
      [13, "2022-03-14", "Ariha"],
      [2, "2022-03-15", "Ariha"],
    ]);
  });
  it("one town spelt two ways in the lead and the wire copy is one attack; a two-city dateline is no place", () => {
    const x = run(
      [
        "Three car bombs went off at the same time on Monday night in Tell Tamr, a multi-ethnic town, killing at least twenty-five people.",
        "QAMISHLI, ERBIL (K24, Agencies) - At least twenty-five people were killed on Monday night when three car bombs exploded in Tel Tamer.",
      ].join("\n\n"),
    );
    expect(x.incidents.map((i) => [i.killed, i.place])).toEqual([[25, "Tal Tamr"]]);
  });
  it("an air strike told with no one named is the striking force the headline and lead name", () => {
    const x = run(
      [
        "Regime air strikes kill 20 in Idlib province",
        "Syrian government warplanes pounded towns in Idlib on Monday, monitors said.",
        "At least 14 civilians were killed in air strikes on the town of Maarat al-Numan, the Observatory said.",
        "The province is home to three million people, many of them displaced.",
        "Talks on a ceasefire stalled last month.",
        "In Saraqib, six more were killed when warplanes hit a market on Monday.",
      ].join("\n\n"),
    );
    expect(x.incidents.filter((i) => i.place === "Saraqib").map((i) => i.perpetrator)).toEqual(["Syrian government forces"]);
  });
  it("a toll of both sides after 'rebels seized the base' puts the rebels' dead in attackersKilled", () => {
    const x = run(
      "Rebels seized the army base on Monday. At least seven rebels lost their lives in the final assault, and at least eight regime troops were killed.",
    );
    expect(x.incidents.map((i) => [i.killed, i.attackersKilled, i.perpetrator])).toEqual([[8, 7, "Syrian opposition"]]);
  });
  it("'Damascus, Syria− Five civilians ...' opens with a dateline, not the place", () => {
    const x = run("Damascus, Syria− Five civilians were reported killed in Homs province on Monday when warplanes bombed Talbiseh.");
    expect(x.incidents.map((i) => i.province)).toEqual(["Homs"]);
  });
  it("a village or neighbourhood the gazetteer lacks, named in the sentence, is the place within the coarser one", () => {
    const x = run("A citizen was killed on Monday when regime warplanes bombed Ketyan village in Idlib countryside.");
    expect(x.incidents.map((i) => [i.place, i.province])).toEqual([["Ketyan", "Idlib"]]);
    const y = run("On Monday four mortar shells struck al-Zablatani area in the capital Damascus, where one citizen was martyred.");
    expect(y.incidents.map((i) => [i.place, i.province])).toEqual([["al-Zablatani", "Damascus"]]);
  });
  it("'died of wounds he suffered in an explosion ... on Saturday': the attack's day, not the death's", () => {
    const x = run("On Tuesday morning, a civilian died of wounds he suffered in an explosion that shook the city of al-Bab on Sunday evening.");
    expect(x.incidents.map((i) => i.date)).toEqual(["2022-03-13"]);
  });
  it("'In a similar attack' in the day's roundup is that day's, not an earlier attack", () => {
    const x = run(
      [
        "Two mortar rounds fell at the entrance of Jaramana on Tuesday, killing four citizens.",
        "In a similar attack, four mortar shells struck al-Zablatani area in Damascus, where one citizen was martyred and 10 others were wounded.",
      ].join("\n\n"),
    );
    expect(x.incidents.map((i) => [i.killed, i.date])).toEqual([
      [4, "2022-03-15"],
      [1, "2022-03-15"],
    ]);
  });
  it("dated updates: each entry's items are read from the entry's date, not the article's main day", () => {
    const x = run(
      [
        "Developments in Syria",
        "March 16, 2022",
        "A monitor said Wednesday that an attack on an army bus on Tuesday evening killed 33 soldiers.",
        "The shooting was the group's deadliest attack on government forces this year, the monitor said.",
        "The group lost its last territory in 2019 but keeps hideouts in the desert.",
        "March 8, 2022",
        "Islamic State militants killed 10 Syrian troops in Raqqa province, a war monitor says.",
      ].join("\n\n"),
    );
    expect(x.incidents.map((i) => [i.killed, i.date])).toEqual([
      [33, "2022-03-15"],
      [10, "2022-03-08"],
    ]);
  });
  it("'two gunmen died in the exchange of fire' after their attack are its attackers' losses", () => {
    const x = run("Gunmen attacked a checkpoint in Daraa on Monday, killing three soldiers. Two gunmen died in the exchange of fire.");
    expect(x.incidents.map((i) => [i.killed, i.killedHigh, i.attackersKilled])).toEqual([[3, 3, 2]]);
  });
  it("'raising the day's toll to 22' after the same 22 is no running total beside them; a larger one is", () => {
    const same = run("Nineteen soldiers and three civilians were killed in the attack near Palmyra on Tuesday, raising the day's toll to 22.");
    expect(same.incidents.map((i) => i.killed)).toEqual([22]);
    expect(same.tallies).toEqual([]);
    const larger = run("Two civilians were killed in the shelling of Ariha, raising the week's toll to 53.");
    expect(larger.tallies.map((t) => t.count)).toEqual([53]);
  });
  it("a bare attributed figure right after the attack is that attack's other figure, however far from it", () => {
    const x = run("Local police confirmed two deaths in the blast in Qamishli on Tuesday. The opposition said at least 15 died.");
    expect(x.incidents.map((i) => [i.killed, i.killedLow, i.killedHigh])).toEqual([[2, 2, 15]]);
  });
  it("a week's killings one paragraph each: 'The same day' takes the day told just before", () => {
    const x = run(
      [
        "On March 13, gunmen shot dead a teacher in the city of Daraa.",
        "On March 12, two government forces soldiers died when their car was targeted near Tafas.",
        "The same day, Nader al-Mafaalani was killed by unknown gunmen in the city of Hirak.",
      ].join("\n\n"),
    );
    expect(x.incidents.map((i) => [i.killed, i.date])).toEqual([
      [1, "2022-03-13"],
      [2, "2022-03-12"],
      [1, "2022-03-12"],
    ]);
  });
  it("', while the number of people who died in another place rose to 3' is another attack's toll", () => {
    const x = run(
      "A man from the town of Qminas died of wounds from a landmine, while the number of people who died in the bombing " +
        "of the town of Hass this afternoon rose to 3.",
    );
    expect(x.incidents.map((i) => [i.killed, i.killedHigh])).toEqual([
      [1, 1],
      [3, 3],
    ]);
  });
  it("an undated page's copyright year gives 'On May 1' its year", () => {
    const x = extractArticle({ raw: "On May 1, two bombs in central Damascus killed one person.\n\nCopyright © 2012 Naharnet.com." });
    expect(x.incidents.map((i) => i.date)).toEqual(["2012-05-01"]);
  });
  it("a battle since a weekday at one town is one incident counting both sides; strikes since then are a tally", () => {
    const battle = run("Since the battles broke out in Ras al-Ain on Tuesday, nine jihadists and two Kurdish fighters have been killed.");
    expect(battle.incidents.map((i) => [i.killed, i.attackersKilled])).toEqual([[11, null]]);
    expect(battle.tallies).toEqual([]);
    const strikes = run("Since Sunday, air strikes on Idlib have killed 40 civilians, the monitor said.");
    expect(strikes.incidents).toEqual([]);
    expect(strikes.tallies.map((t) => t.count)).toEqual([40]);
  });
  it("lines sharing out a total already counted are its parts, not incidents", () => {
    const x = run(
      [
        "The monitor said 640 people have been killed in Suwayda since the clashes began on July 13.",
        "It gave a breakdown of the 640 deaths recorded since then:",
        "220 residents of Suwayda province, including 70 civilians.",
        "300 members of the security forces.",
        "120 people executed in the field by gunmen.",
      ].join("\n"),
    );
    expect(x.incidents).toEqual([]);
    expect(x.tallies.map((t) => t.count)).toContain(640);
  });
  it("a day's massacres summed, then split by place: the places are incidents, the sum a tally", () => {
    const x = run(
      "Three massacres were recorded on Tuesday in Tartous, Latakia and Hama, killing 158 civilians. " +
        "According to the monitor, the victims were spread as follows: 49 deaths in Tartous, 25 in Latakia and 84 in Hama.",
    );
    expect(x.incidents.map((i) => [i.killed, i.province])).toEqual([
      [49, "Tartus"],
      [25, "Latakia"],
      [84, "Hama"],
    ]);
    expect(x.tallies.map((t) => t.count)).toContain(158);
  });
  it("an attack on the road linking two towns is placed by the first, not the far end", () => {
    const x = run("A bomb hit a bus in the Kabajeb area, on the road linking Deir Ezzor and Palmyra, killing 25 soldiers.");
    expect(x.incidents.map((i) => [i.place, i.province])).toEqual([["Kabajeb", "Deir ez-Zor"]]);
  });
  it("a second source's figure with no marker, for the same kind of attack, is that attack's range", () => {
    const x = run(
      [
        "A car bomb exploded in the Midan district of Damascus on Tuesday, killing four people, state television said.",
        "The blast went off near a bakery.",
        "The monitor also reported the explosion.",
        '"At least seven people have been killed and others wounded in a car bomb explosion," the watchdog added.',
      ].join("\n"),
    );
    expect(x.incidents.map((i) => [i.killed, i.killedLow, i.killedHigh])).toEqual([[4, 4, 7]]);
  });
  it("a daily roundup: one incident per item, all on the day named in the intro", () => {
    const x = run(
      [
        "The Observatory has documented the following deaths across Syria on Tuesday:",
        "In Daraa province, unknown gunmen shot dead a young man in the town of Tafas.",
        "In Idlib, two civilians were killed by regime shelling on the village of Sarja.",
        "In Hasakah, a child was killed and three others were injured by a Turkish drone strike near Qamishli.",
        "The death toll across Syria since the beginning of 2022 has thus risen to 1,523 people.",
      ].join("\n"),
    );
    expect(x.incidents.map((i) => [i.killed, i.date, i.province])).toEqual([
      [1, "2022-03-15", "Daraa"],
      [2, "2022-03-15", "Idlib"],
      [1, "2022-03-15", "Hasakah"],
    ]);
    expect(x.incidents[2]!.injured).toBe(3);
    expect(x.tallies.map((t) => [t.count, t.since])).toEqual([[1523, "2022-01-01"]]);
  });
  it("deaths from an earthquake or an accident are not conflict incidents", () => {
    const x = run("The February 6 earthquake killed more than 6,000 people in Syria.\nFive people died in a traffic accident near Homs on Monday.");
    expect(x.incidents).toEqual([]);
    expect(x.tallies).toEqual([]);
  });
  it("two attacks joined by 'a day after' in one sentence stay two", () => {
    const x = run("Russian strikes killed 32 IS jihadists near Palmyra on Tuesday, a day after the group killed nine soldiers in an ambush.");
    expect(x.incidents.map((i) => [i.killed, i.date, i.perpetrator])).toEqual([
      [32, "2022-03-15", "Russian forces"],
      [9, "2022-03-14", "Islamic State"], // "the group": the IS jihadists named just before
    ]);
  });
  it("'another was wounded' counts one injured", () => {
    expect(run("Two Russian soldiers were killed and another was wounded near Hama on Friday.").incidents[0]).toMatchObject({ killed: 2, injured: 1 });
  });
  it("a year-dated single attack is an incident, not a tally", () => {
    const x = run("Last year, a similar bombing in Azaz killed at least 17 people.");
    expect(x.incidents[0]).toMatchObject({ killed: 17, date: "2021-01-01", datePrecision: "year" });
    expect(x.tallies).toEqual([]);
  });
  it("a source name is not a place", () => {
    const x = run("Israeli strikes near Damascus killed eight soldiers on Tuesday, state news agency SANA said.");
    expect(x.incidents[0]!.province).toBe("Damascus");
  });
});

describe("round 2: headlines, second sources and breakdowns", () => {
  it("the headline is merged with the lead even when it has no date of its own and names the attacker loosely", () => {
    const x = run(
      "Jihadist shells kill 8 in Mhardeh\n\nShelling by militants of the Nusra Front killed eight civilians in the " +
        "town of Mhardeh on Monday, the monitor said.\n\nOn Sunday, regime airstrikes killed four people in Kafr Nabl.",
    );
    expect(x.incidents.map((i) => [i.killed, i.date, i.perpetrator])).toEqual([
      [8, "2022-03-14", "Hayat Tahrir al-Sham"],
      [4, "2022-03-13", "Syrian government forces"],
    ]);
  });
  it("a headline's partial count yields to the body's", () => {
    const x = run("Drone kills two guards in Tal Tamr\n\nA drone strike on Monday killed two guards and a driver near Tal Tamr.");
    expect(x.incidents.map((i) => i.killed)).toEqual([3]);
  });
  it("a vague headline and a vague lead merge with the sources' figures of the same day", () => {
    const x = run(
      "Scores dead in Douma gas attack, medics say\n\nRockets hit Douma on Monday, killing scores of " +
        "people.\n\nOne medical group said 71 people were killed, while another put the toll at 43.",
    );
    expect(x.incidents.map((i) => [i.killed, i.killedLow, i.killedHigh])).toEqual([[43, 43, 71]]);
    expect(x.tallies).toEqual([]);
  });
  it("another source's lower or higher toll is a range on the same incident", () => {
    const x = run(
      "A car bomb killed at least 31 people in Azaz on Monday, the Observatory said.\n\nThe " +
        "local council gave a higher toll of 38, saying many of the dead were traders.",
    );
    expect(x.incidents.map((i) => [i.killed, i.killedLow, i.killedHigh])).toEqual([[31, 31, 38]]);
  });
  it("'N civilians were among the dead' is a breakdown, not another incident", () => {
    const x = run("Rockets killed 64 people in Jableh on Monday.\n\nAt least 40 civilians were among the dead, the monitor said.");
    expect(x.incidents.map((i) => i.killed)).toEqual([64]);
  });
  it("the attackers among the dead of both sides are kept apart", () => {
    const x = run("The jihadists overran the base on Monday after clashes in which 120 jihadists and 75 soldiers were killed.");
    expect(x.incidents.map((i) => [i.killed, i.attackersKilled, i.perpetrator])).toEqual([[75, 120, "Islamic State"]]);
  });
  it("'after days of fighting' gives week precision", () => {
    const x = run("The rebels took the hill on Monday after days of heavy fighting in which 14 soldiers were killed.");
    expect(x.incidents[0]).toMatchObject({ date: "2022-03-14", datePrecision: "week" });
  });
});

describe("round 2: furniture, injuries, dates and attackers", () => {
  it("'Latest stories' headlines are not incidents", () => {
    const x = run("A mine killed two boys near Busra on Monday.\n\nLatest stories\n\nFour killed in Jasim shooting\n\nPrices rise in Hasakah");
    expect(x.incidents.map((i) => i.killed)).toEqual([2]);
  });
  it("an attack that only wounded is not an incident (fatal events only, docs/labelling.md)", () => {
    const x = run("Shelling on Monday wounded six civilians in Atarib.");
    expect(x.incidents).toEqual([]);
  });
  it("an injury-only sentence right after an incident adds its injured", () => {
    const x = run("A drone strike killed three people in Sarmada on Monday. Doctors at the local hospital said 11 people were wounded, two of them seriously.");
    expect(x.incidents.map((i) => [i.killed, i.injured])).toEqual([[3, 11]]);
  });
  it("no publication date: 'On 3 June' takes the year of '1 June 2016' told before", () => {
    const x = extractArticle({
      raw: "On 1 June 2016, rebels took the hill near Khan Arnabah.\n\nOn 3 June, six rebels were killed in clashes near Khan Arnabah.",
    });
    expect(x.incidents.map((i) => [i.date, i.datePrecision])).toEqual([["2016-06-03", "day"]]);
  });
  it("'X claimed both attacks' names the attacker of each", () => {
    const x = run(
      "A car bomb killed 12 people in Afrin on Monday.\n\nHours later, a second blast " +
        "killed seven in Azaz.\n\nIslamic State claimed responsibility for both attacks.",
    );
    expect(x.incidents.map((i) => i.perpetrator)).toEqual(["Islamic State", "Islamic State"]);
  });
  it("'Another air raid' is by the same hand as the one just told", () => {
    const x = run(
      "Syrian government jets bombed a market in Atarib on Monday, killing 15 " +
        "people.\n\nAnother air raid on the village of Kafr Nabl killed six people on Sunday.",
    );
    expect(x.incidents.map((i) => i.perpetrator)).toEqual(["Syrian government forces", "Syrian government forces"]);
  });
  it("'rebel-held' does not make the rebels the attacker", () => {
    const x = run("Shelling killed nine civilians in the rebel-held town of Atarib on Monday.");
    expect(x.incidents[0]!.perpetrator).toBeNull();
  });
  it("a SANA-style dateline ('Hama, SANA –') is not the place", () => {
    const x = run("Hama, SANA – A terrorist rocket attack on Salamiyah city killed four citizens on Monday.");
    expect(x.incidents[0]).toMatchObject({ place: "Salamiyah", province: "Hama" });
  });
});

describe("round 2: per-place figures, capitals and datelines", () => {
  it("a second source's per-place figures ('N in A and M in B') refine the incidents told before", () => {
    const x = run(
      "A car bomb killed 21 people in Jableh on Monday, state media said.\n\nHours later, a blast killed 30 " +
        "people in Tartus, state media said.\n\nThe monitor said 26 people were killed in Jableh and 34 in Tartus.",
    );
    expect(x.incidents.map((i) => [i.province, i.killed, i.killedHigh])).toEqual([
      ["Latakia", 21, 26],
      ["Tartus", 30, 34],
    ]);
  });
  it("first-hand per-place figures stay separate incidents", () => {
    const x = run("Regime shelling on Monday killed 10 people in Douma and six in Harasta.");
    expect(x.incidents.map((i) => [i.place, i.killed])).toEqual([
      ["Douma", 10],
      ["Harasta", 6],
    ]);
  });
  it("'In Daraa, ... near the town of Nawa': the named town, not the provincial capital", () => {
    const x = run("In Daraa, two policemen were killed on Monday when a bomb exploded near the town of Nawa.");
    expect(x.incidents[0]).toMatchObject({ place: "Nawa", province: "Daraa" });
  });
  it("'HASAKAH, Syria (North Press) –' is a dateline, not the place", () => {
    const x = run("HASAKAH, Syria (North Press) – A mine killed three shepherds on Monday in the village of Tal Tamr.");
    expect(x.incidents[0]).toMatchObject({ place: "Tal Tamr", province: "Hasakah" });
  });
});

describe("round 2: a bare attributed figure right after the incident", () => {
  it("'The monitor said 13 people were killed' is the same attack's range", () => {
    const x = run("Regime jets struck a market in Atarib on Monday, killing 10 civilians.\n\nThe Syrian Observatory said 13 people were killed.");
    expect(x.incidents.map((i) => [i.killed, i.killedLow, i.killedHigh])).toEqual([[10, 10, 13]]);
  });
});

describe("round 2: an earlier attack keeps its own governorate-level place", () => {
  it("'Earlier this month, ... in Idlib province' is not placed in the main attack's town", () => {
    const x = run(
      "A drone struck a car near Afrin on Monday, killing three people.\n\nEarlier this " +
        "month, Russian strikes on Idlib province killed 11 people, the monitor said.",
    );
    expect(x.incidents.map((i) => [i.place, i.province, i.datePrecision])).toEqual([
      ["Afrin", "Aleppo", "day"],
      ["Idlib", "Idlib", "month"],
    ]);
  });
  it("'in 2019' as a tally period gives since 2019-01-01", () => {
    const x = run("Some 740 civilians were killed by landmines across the country in 2019, the network said.");
    expect(x.tallies.map((t) => [t.count, t.since])).toEqual([[740, "2019-01-01"]]);
  });
});

describe("round 2: place anaphora, bearings and homonyms", () => {
  it("'in the east of the city' takes the town of the incident just told", () => {
    const x = run(
      "Coalition strikes killed 12 civilians in Manbij on Monday.\n\nA day after the " +
        "strikes, a car bomb killed four guards at a checkpoint in the north of the city.",
    );
    expect(x.incidents.map((i) => [i.place, i.date])).toEqual([
      ["Manbij", "2022-03-14"],
      ["Manbij", "2022-03-15"],
    ]);
  });
  it("a village the gazetteer lacks, told after an attack in a known town, is that village in the town's governorate", () => {
    const x = run(
      "Regime forces shelled Maarat al-Numan on Thursday, killing six people. On Friday, a mortar shell fell on the village of Khirbat Zuhur, killing a child.",
      "2012-07-07",
    );
    expect(x.incidents.map((i) => [i.place, i.province])).toEqual([
      ["Maarat al-Numan", "Idlib"],
      ["Khirbat Zuhur", "Idlib"],
    ]);
  });
  it("'north of X, ... near the village of Y': the named village, not the landmark", () => {
    const x = run("In the hills north of Latakia, three soldiers were killed on Monday near the village of Kabani.");
    expect(x.incidents[0]).toMatchObject({ place: "Kabani", province: "Latakia" });
  });
  it("a homonym is read in the governorate the headline and lead are about", () => {
    const quneitra = run(
      "Fighting flares on the Golan line\n\nRebels attacked army posts near Khan Arnabah in Quneitra on Sunday.\n\nThe " +
        "army shelled the area.\n\nNo one was hurt.\n\nOn Monday, three rebels were killed near the village of Al-Hamidiyah.",
    );
    expect(quneitra.incidents.map((i) => i.province)).toEqual(["Quneitra"]);
    const tartus = run(
      "Blast in Tartus countryside\n\nA bomb exploded near Safita in Tartus on Sunday.\n\nPolice closed the " +
        "road.\n\nNo group claimed it.\n\nOn Monday, two workers were killed near the town of Al-Hamidiyah.",
    );
    expect(tartus.incidents.map((i) => i.province)).toEqual(["Tartus"]);
  });
});

describe("round-3: report breakdowns and headline tallies", () => {
  it("'Of those, ...' after a monitor's count is its breakdown, not an attack", () => {
    const x = run(
      "The network documented the death of 412 people in Syria during February.\n\nOf " +
        "those, 120 civilians died in air strikes, while the rest were killed by shelling.",
      "2023-03-02",
    );
    expect(x.incidents).toEqual([]);
    expect(x.tallies.map((t) => t.count)).toContain(412);
  });
  it("a report's category lines after its total are part of the tally", () => {
    const x = run(
      "The monitor documented the deaths of 640 people across Syria in May.\n\nFighters: the monitor documented " +
        "the death of 210 fighters of the factions.\n\nCivilians: 95 civilians were killed, among them 20 children.",
      "2023-06-01",
    );
    expect(x.incidents).toEqual([]);
  });
  it("a headline repeating the body's tally is not an incident", () => {
    const x = run(
      "Toll of week-long tribal clashes in Busra al-Harir rises to 23\n\nThe death toll from the week of " +
        "clashes between two tribes in Busra al-Harir, east of Daraa, rose to 23 on Monday, a local source said.",
      "2023-05-16",
    );
    expect(x.incidents).toEqual([]);
    expect(x.tallies.map((t) => t.count)).toEqual([23]);
  });
});

describe("round-3: second sources and toll updates", () => {
  it("two sources in one long sentence give a range, never a sum", () => {
    const x = run(
      "The monitor said it had recorded at least 41 deaths in Kafr Nabl, most of them civilians killed when troops " +
        "shelled the town on Monday, while the local council, a body of volunteers in the town, put the toll at 58.",
    );
    expect(x.incidents).toHaveLength(1);
    expect(x.incidents[0]).toMatchObject({ killed: 41, killedLow: 41, killedHigh: 58 });
  });
  it("'the number of dead reached N' later in the story widens the attack just told", () => {
    const x = run(
      "A roadside bomb exploded near a bus station in the town of Azaz on Monday, killing four people " +
        "and wounding 11.\n\nMedics later said the number of dead reached six, including a child.",
    );
    expect(x.incidents).toHaveLength(1);
    expect(x.incidents[0]).toMatchObject({ killed: 4, killedLow: 4, killedHigh: 6 });
  });
  it("a higher toll from another source, with no place of its own, joins the attack just told", () => {
    const x = run(
      "A drone struck a minibus on the road to Tal Tamr in Hasakah province on Tuesday, killing three " +
        "farmers, the local council said.\n\nHospital staff gave a higher toll, saying five people had died.",
    );
    expect(x.incidents).toHaveLength(1);
    expect(x.incidents[0]).toMatchObject({ killed: 3, killedHigh: 5, province: "Hasakah" });
  });
});

describe("round-3: actors", () => {
  it("'the rebel town of X' names who holds the town, not the attacker", () => {
    const x = run("Witnesses said pro-government militiamen had massacred 23 people in the rebel village of Tremseh on Monday.");
    expect(x.incidents[0]?.perpetrator).toBe("Syrian government forces");
  });
  it("'Last month, <agent> shot dead a <person> and her <relative>' is one attack, not a month's tally", () => {
    const x = run("Last month, gunmen shot dead a local politician and her bodyguard on the road south of Manbij.");
    expect(x.tallies).toEqual([]);
    expect(x.incidents.map((i) => i.killed)).toEqual([2]);
  });
});

describe("round-3: the attacking side's dead and group anaphors", () => {
  it("'N members of the group were also killed' after an attack are attackers, not a new incident", () => {
    const x = run(
      "Islamic State fighters stormed an army post near Sukhnah on Monday, killing seven " +
        "soldiers.\n\nThe monitor said nine members of the group were also killed in the clashes.",
    );
    expect(x.incidents).toHaveLength(1);
    expect(x.incidents[0]).toMatchObject({ killed: 7, attackersKilled: 9 });
  });
  it("'dozens of insurgents also died' joins the attack as its attackers' dead", () => {
    const x = run(
      "HTS fighters overran the village of Kabani on Tuesday after clashes in which 22 " +
        "soldiers were killed.\n\nDozens of insurgents also died in the assault, the army said.",
    );
    expect(x.incidents.map((i) => i.killed)).toEqual([22]);
  });
  it("'the organization massacred N' takes the group named before", () => {
    const x = run(
      "IS militants attacked a checkpoint near Ithriya on Monday, killing five soldiers.\n\nOn March " +
        "3, 2016, the organization massacred 30 shepherds in the same desert, the monitor recalled.",
    );
    expect(x.incidents.map((i) => i.perpetrator)).toEqual(["Islamic State", "Islamic State"]);
  });
});

describe("round-3: agents, injuries and areas", () => {
  it("'a base used by X' does not make X the attacker", () => {
    const x = run("Israeli jets overnight Monday also struck a depot used by Iranian-backed fighters near Deir ez-Zor, killing 11 of them.");
    expect(x.incidents[0]?.perpetrator).toBe("Israel");
  });
  it("'they captured ...' takes the actor of the sentence before", () => {
    const x = run(
      "In the north, Turkish-backed factions pushed towards Tal Rifaat.\n\nOn Monday, they " +
        "captured the village of Sheikh Issa after fighting in which four SDF fighters were killed.",
    );
    expect(x.incidents[0]?.perpetrator).toBe("Turkish-backed factions");
  });
  it("'dozens more were wounded' in the next sentence adds the injured and keeps its town", () => {
    const x = run(
      "Russian air strikes killed nine civilians in the rebel-held region of Jabal al-Zawiya on Monday, rescuers " +
        "said.\n\nThe strikes hit the village of Kansafra, the rescuers said, adding that dozens more were wounded.",
    );
    expect(x.incidents).toHaveLength(1);
    expect(x.incidents[0]).toMatchObject({ killed: 9, injured: 12, place: "Kansafra", province: "Idlib" });
  });
});

describe("round-3: a sequel sentence and singular strikes", () => {
  it("'N were slain in the clashes' takes the date and place of the clashes told just before", () => {
    const x = run(
      "A drone hit a car near Ain Issa on Wednesday, killing two farmers, the council said.\n\nThe council said its fighters had repelled an attack " +
        "by Turkish-backed factions near the village of Tal Tamr the previous day. Three SDF fighters were killed in the clashes, the council added.",
      "2022-03-17",
    );
    const sequel = x.incidents.find((i) => i.killed === 3);
    expect(sequel).toMatchObject({ date: "2022-03-15", province: "Hasakah" });
  });
  it("'a Turkish strike' (singular) names Turkish forces", () => {
    expect(run("A Turkish strike on a car near Derik killed two men on Monday.").incidents[0]?.perpetrator).toBe("Turkish forces");
  });
});

describe("round-3 guards on tally breakdowns", () => {
  it("a place label after a nationwide toll still gives that place's attack", () => {
    const x = run(
      "Across Syria, 48 people were killed on Monday, the monitor said.\n\nIdlib: Russian air strikes killed 12 civilians in the town of Ariha on Monday.",
    );
    expect(x.incidents.map((i) => i.killed)).toEqual([12]);
  });
});

describe("round-3: one tally for headline and body", () => {
  it("the same tally in the headline and the body is reported once", () => {
    const x = run(
      "Weekly toll | 212 people killed across Syria last week\n\nThe monitor documented the death of 212 people across Syria during the past week.",
      "2023-05-08",
    );
    expect(x.tallies.map((t) => t.count)).toEqual([212]);
    expect(x.incidents).toEqual([]);
  });
});

describe("holdout-2 rules", () => {
  it("'put the number of victims at six' is another source's figure for the attack just told", () => {
    const x = run(
      "A rocket hit a bakery in the town of Jasim in Daraa province on Monday, killing four civilians, a medic " +
        "said.\n\nA local network put the number of victims at six, saying two of the wounded died overnight.",
    );
    expect(x.incidents).toHaveLength(1);
    expect(x.incidents[0]).toMatchObject({ killed: 4, killedLow: 4, killedHigh: 6 });
  });
  it("two attackers in one sentence, the first place named before its figure, are two incidents", () => {
    const x = run(
      "Regime artillery shelled the town of Kafr Zita in the northern countryside of Hama on Monday, " +
        "killing 6 civilians, while Russian jets killed 3 others in the town of Saraqib in Idlib province.",
    );
    expect(x.incidents.map((i) => [i.killed, i.province]).sort()).toEqual([
      [3, "Idlib"],
      [6, "Hama"],
    ]);
  });
  it("a headline total that sums two attacks of the body is not a third incident", () => {
    const x = run(
      "Shelling and air strikes kill 10 in Hama and Idlib\n\nRegime artillery shelled the town of Kafr Zita in Hama province " +
        "on Monday, killing 6 civilians.\n\nRussian jets killed 4 people in the town of Saraqib in Idlib province on Monday.",
    );
    expect(killed(x).sort()).toEqual([4, 6]);
  });
  it("'In May,' tells a background attack with month precision", () => {
    const x = run(
      "A drone killed a farmer near Qamishli on Monday.\n\nIn January, a Turkish drone struck " +
        "a car on the road between Amuda and Darbasiyah, killing two members of the Asayish.",
    );
    const bg = x.incidents.find((i) => i.killed === 2)!;
    expect(bg).toMatchObject({ date: "2022-01-01", datePrecision: "month", province: "Hasakah" });
  });
});

describe("holdout-2 rules (2)", () => {
  it("attackers caught fleeing ('pursued the gunmen ... and killed four of their members') are attackersKilled", () => {
    const x = run(
      "Gunmen attacked a checkpoint near the town of Sanamayn in Daraa province on Monday, killing three " +
        "soldiers.\n\nTroops pursued the gunmen into the fields and killed four of their members, a military source said.",
    );
    expect(x.incidents).toHaveLength(1);
    expect(x.incidents[0]).toMatchObject({ killed: 3, attackersKilled: 4 });
  });
  it("'at least 31' merged with '31, while another source said 40' keeps the range [31, 40]", () => {
    const x = run(
      "Regime shelling hit the town of Ariha in Idlib province on Monday, killing at least 31 people, medics " +
        "said.\n\nThe civil defence put Monday's toll in Ariha at 31, while a local monitor said 40 had died.",
    );
    expect(x.incidents).toHaveLength(1);
    expect(x.incidents[0]).toMatchObject({ killed: 31, killedLow: 31, killedHigh: 40 });
  });
});

describe("holdout-2 rules (3)", () => {
  it("', while <other attacker> killed N others' keeps each attacker with its own figure", () => {
    const x = run(
      "Regime artillery shelled the town of Kafr Zita in the northern countryside of Hama on Monday, " +
        "killing 6 civilians, while Russian jets killed 3 others in the town of Saraqib in Idlib province.",
    );
    const byKilled = Object.fromEntries(x.incidents.map((i) => [i.killed, i.perpetrator]));
    expect(byKilled).toEqual({ 6: "Syrian government forces", 3: "Russian forces" });
  });
});

describe("round 4: sums, second attacks and headlines", () => {
  it("a figure adding up attacks told one by one is a tally", () => {
    const x = run(
      [
        "Two car bombs hit Qamishli on Monday.",
        "Two civilians died in the first blast near the market. The second car bomb killed five people at a checkpoint in Amuda.",
        "At least seven people were killed in the attacks on Monday, the health office said.",
      ].join("\n\n"),
    );
    expect(x.incidents.map((i) => i.killed).sort()).toEqual([2, 5]);
    expect(x.tallies.map((t) => t.count)).toEqual([7]);
  });
  it("two attacks in one sentence are two incidents", () => {
    const x = run("On Monday three civilians died in a blast in Qamishli, while the second car bomb left at least 6 people dead in Amuda.");
    expect(x.incidents.map((i) => i.killed).sort()).toEqual([3, 6]);
  });
  it("a headline figure that the body tells as one attack is not a tally", () => {
    const x = run("Seven soldiers killed in IS attacks\n\nIslamic State fighters ambushed an army bus near Sukhnah on Monday, killing seven soldiers.");
    expect(x.incidents.map((i) => i.killed)).toEqual([7]);
    expect(x.tallies).toEqual([]);
  });
});

describe("round 4: an attack told over the last days", () => {
  it("starts on the day its span starts", () => {
    const x = run("Since the day before yesterday, clashes in Ras al-Ain have killed 19 Nusra fighters and 10 Kurds, the monitor said.");
    expect(x.incidents.map((i) => [i.killed, i.date])).toEqual([[29, "2022-03-14"]]);
  });
  it("but a superlative's 'since' years ago dates nothing", () => {
    const x = run("The attack on the prison left 40 people dead, the group's biggest operation since it lost its last town three years ago.");
    expect(x.incidents.map((i) => i.date)).toEqual(["2022-03-16"]);
  });
});

describe("round 4: roundups and second sources", () => {
  it("shells on different named spots are different attacks, even with equal tolls", () => {
    const x = run(
      [
        "Damascus, (SANA) - Mortar shells hit the capital on Sunday.",
        "One citizen was martyred and two others were injured by a mortar shell that landed near al-Farouq school.",
        "The source said two more citizens were martyred when six mortar shells came down on Baghdad Street.",
        "A shell that fell in al-Abbassiyeen bus garage martyred one citizen and injured two others.",
      ].join("\n\n"),
    );
    expect(x.incidents.map((i) => i.killed)).toEqual([1, 2, 1]);
  });
  it("a spot inside the town already named is the same attack", () => {
    const x = run(
      [
        "Five civilians were killed when a car bomb exploded in Ras al-Ain city on Monday.",
        "Local sources said the car bomb exploded at al-Jawzah roundabout in Ras al-Ain city, killing five civilians.",
      ].join("\n\n"),
    );
    expect(x.incidents.map((i) => i.killed)).toEqual([5]);
  });
  it("another source's civilian toll goes to the civilian attack, not to the gunmen's clash told between", () => {
    const x = run(
      [
        "An air strike on Monday on a market in Maarat al-Numan killed at least 10 civilians.",
        "Over the weekend, fighting between troops and insurgents in Idlib killed dozens of gunmen on both sides.",
        "The White Helmets said nine civilians were killed and 13 were wounded.",
      ].join("\n\n"),
    );
    expect(x.incidents.map((i) => [i.killed, i.killedHigh])).toEqual([
      [9, 10],
      [12, null],
    ]);
  });
});

describe("round 4: wounded told apart", () => {
  it("'They said two more were wounded' belongs to the attack told, and a later source's toll finds it", () => {
    const x = run(
      [
        "Three airstrikes on Abu Kamal killed six militants on Monday, two militia members said.",
        "The strikes came hours after a drone attack on a base in Iraq.",
        "The militia members said four of the dead were Lebanese. They said two more were wounded.",
        "A US official said Washington did not carry out the strikes.",
        "The monitor said nine people were killed in the strikes.",
      ].join("\n\n"),
    );
    expect(x.incidents.map((i) => [i.killed, i.killedHigh, i.injured])).toEqual([[6, 9, 2]]);
  });
});

describe("round 4: other sources' tolls", () => {
  it("an explicit earlier toll far below the latest is the same attack's range", () => {
    const x = run(
      [
        "A monitor said the death toll from twin car bombs near Sweida on Friday has climbed to 26.",
        "Earlier, the state news agency SANA had put the toll at eight killed and 22 wounded.",
      ].join("\n\n"),
    );
    expect(x.incidents.map((i) => [i.killed, i.killedHigh, i.injured])).toEqual([[8, 26, 22]]);
  });
  it("'likewise confirmed' is a second source even with a place of its own", () => {
    const x = run(
      [
        "Turkish-backed militias shelled the outskirts of Tal Tamr on Tuesday evening, killing three civilians.",
        "The Observatory likewise confirmed that three civilians were killed by Turkish bombardments on villages in the countryside of Hasakah.",
      ].join("\n\n"),
    );
    expect(x.incidents.map((i) => i.killed)).toEqual([3]);
  });
  it("a second source dated by nothing does not sharpen the attack's date", () => {
    const x = runRules(
      [
        "At least 89 people have been killed over the last two days in fighting in Sweida province, the monitor said on Wednesday.",
        "The defence ministry gave a death toll of more than 30.",
      ].join("\n\n"),
    );
    expect(x.incidents.map((i) => [i.killed, i.killedHigh, i.datePrecision])).toEqual([[30, 89, "week"]]);
  });
});

describe("round 4: the attackers' own dead", () => {
  it("attackers killed when the attacked side answered are attackersKilled of that attack", () => {
    const x = run(
      [
        "Turkish-backed factions shelled villages near Tal Tamr on Tuesday, killing three civilians.",
        "The SDF said two of its fighters were wounded, and that four members of the factions were killed when the SDF fired back.",
      ].join("\n\n"),
    );
    expect(x.incidents.map((i) => [i.killed, i.attackersKilled])).toEqual([[3, 4]]);
  });
  it("an attack repelled before its victims are told: one incident, victims and attackers apart", () => {
    const x = run(
      [
        "The SDF repelled an attack on villages of Ain Issa on Monday and announced 5 mercenaries killed.",
        "Two civilians lost their lives and seven others were wounded by artillery shelling on the mentioned villages.",
      ].join("\n\n"),
    );
    expect(x.incidents.map((i) => [i.killed, i.injured, i.attackersKilled])).toEqual([[2, 7, 5]]);
  });
  it("the defenders' dead before they counterattacked are the attack's victims", () => {
    const x = run("The ministry said two soldiers were killed in Maadan on Monday before the troops counterattacked.");
    expect(x.incidents.map((i) => [i.killed, i.attackersKilled])).toEqual([[2, null]]);
  });
  it("suicide bombers are the attack's own dead", () => {
    const x = run("A third explosion near a bus in Damascus on Monday killed two suicide bombers.");
    expect(x.incidents.map((i) => [i.killed, i.attackersKilled])).toEqual([[0, 2]]);
    const y = run("A car bomb exploded near a checkpoint in Azaz on Monday, killing a suicide bomber and two soldiers.");
    expect(y.incidents.map((i) => [i.killed, i.attackersKilled])).toEqual([[2, 1]]);
  });
  it("'two of them' counts the dead told before again", () => {
    const x = run("Five soldiers were killed in the attack in Azaz on Monday and the bodies of two of them are still missing.");
    expect(x.incidents.map((i) => i.killed)).toEqual([5]);
  });
});

describe("round 4: a feature's lead", () => {
  it("dates the attack it opens with, weeks before publication", () => {
    const x = run(
      "The June 17th bombing of a military bus in Daraa is an example of the violence in the south.\n\nThe explosion killed five soldiers.",
      "2019-07-24",
    );
    expect(x.incidents.map((i) => [i.killed, i.date])).toEqual([[5, "2019-06-17"]]);
  });
});

describe("round 4: parts and later sources of one attack", () => {
  it("some of the attack's victims told after it are not another attack", () => {
    const x = run(
      "Barrel bombs killed at least 14 civilians in Maasaran on Monday.\n\nA medic was killed together with his wife and three children in the strikes.",
    );
    expect(x.incidents.map((i) => i.killed)).toEqual([14]);
  });
  it("a later source's figure 'in the town' is that attack's range", () => {
    const x = run(
      [
        "Gunmen killed at least two dozen men in an Alawite town near Homs on Friday, residents said.",
        "Shops were closed on Saturday.",
        "Funerals were held in the evening.",
        "The monitor said local sources had told it that 38 men were killed execution-style in the town.",
      ].join("\n\n"),
    );
    expect(x.incidents.map((i) => [i.killed, i.killedHigh])).toEqual([[24, 38]]);
  });
  it("'dozens, 14 children among them' is at least 14", () => {
    const x = run("Activists said dozens of people, 14 children among them, were killed in air raids on Aleppo on Sunday.");
    expect(x.incidents.map((i) => i.killed)).toEqual([14]);
  });
  it("'Today the monitor documented the deaths of 8' is a day's attack even without a publication date", () => {
    const x = extractArticle({ raw: "Today the Observatory documented the deaths of at least 8 people in bombardment on Douma." });
    expect([x.incidents.map((i) => i.killed), x.tallies]).toEqual([[8], []]);
  });
});

describe("round 4: an attack told without a toll, then its dead", () => {
  it("'X was killed in the attack' after that attack is told is its own incident, not part of the main one", () => {
    const x = run(
      [
        "Gunmen killed six SDF fighters near Shuhayl on Monday.",
        "A resident said gunmen on a motorcycle opened fire on Ismail al-Laban and Abdulkarim al-Jalud in Abu Hamam.",
        "Al-Laban was killed in the attack, while al-Jalud was wounded.",
      ].join("\n\n"),
    );
    expect(x.incidents.map((i) => i.killed)).toEqual([6, 1]);
  });
  it("'most of them civilians' frames no superlative: the period after it still counts", () => {
    const x = run("Activists said the rebels killed 200 people, most of them civilians, during the first three days of the assault.");
    expect([x.incidents, x.tallies.map((t) => t.count)]).toEqual([[], [200]]);
  });
});

describe("round 4: landmines", () => {
  it("no perpetrator is borrowed for a mine nobody is said to have laid", () => {
    const x = run("Regime forces shelled villages near Morek on Monday.\n\nA landmine killed two shepherds in farmland near Morek on Monday.");
    expect(x.incidents.map((i) => [i.killed, i.perpetrator])).toEqual([[2, null]]);
  });
});

describe("round 5: read on the former test set", () => {
  it("deaths from siege, hunger, a sinking boat or a house fire are not attacks", () => {
    for (const s of [
      "A refugee died on Monday as a result of the continuing siege on the camp in Yarmouk.",
      "Three civilians died on Monday when the boat carrying them across the river near Mayadin went down.",
      "On Monday a fire broke out in a house in Sarmin, killing one child.",
    ])
      expect(run(s).incidents).toEqual([]);
  });
  it("slaughtered, beheaded, 'were reported killed', activists and 'five others' are counted", () => {
    const killed = (s: string) => run(s).incidents.map((i) => i.killed);
    expect(killed("Residents mourned seven people who residents said were slaughtered by IS in Bukamal on Monday.")).toEqual([7]);
    expect(killed("IS fighters beheaded six shepherds near Azaz on Monday.")).toEqual([6]);
    expect(killed("On Monday 13 factory workers were reported killed in a village near Hama.")).toEqual([13]);
    expect(killed("Six activists were executed in Baba Amr on Monday.")).toEqual([6]);
  });
  it("'..., and five others were killed in a similar attack' is a second attack", () => {
    const x = run(
      "On Monday four fighters were killed in a drone attack in Qamishli, and five others, two children among them, were killed in a similar attack.",
    );
    expect(x.incidents.map((i) => i.killed)).toEqual([4, 5]);
  });
  it("a casualty word in a name's title case is no death", () => {
    const x = run("Five IS fighters were found dead in Raqqa on Monday, a member of the Raqqa is Being Slaughtered Silently campaign said.");
    expect(x.incidents.map((i) => i.killed)).toEqual([5]);
  });
  it("one attack told in a 'where' clause of a nationwide toll is an incident", () => {
    const x = run(
      "Activists said more than 50 people were killed nationwide on Monday, most of them in Hama province, where 13 workers were killed in a village.",
    );
    expect([x.incidents.map((i) => i.killed), x.tallies.map((t) => t.count)]).toEqual([[13], [50]]);
  });
});

describe("round 5: tolls that stood by a day, breakdowns, monitors", () => {
  it("'By Thursday the death toll had reached 246' is the attack told (a source's later count), not an attack of Thursday", () => {
    const x = run(
      [
        "Death toll from IS attack climbs to 240 in Sweida",
        "Over 240 people were killed in coordinated IS attacks on Wednesday in Sweida.",
        "By Thursday the death toll had reached 246, the monitor said.",
      ].join("\n\n"),
      "2018-07-26",
    );
    expect(x.incidents.map((i) => [i.killed, i.killedHigh, i.date])).toEqual([[240, 246, "2018-07-25"]]);
  });
  it("a list after a breakdown goes on with the breakdown", () => {
    const x = run(
      "The toll has reached 11 persons, among them 3 women and a man, his wife and 5 of their children, killed when warplanes struck Idlib on Sunday.",
    );
    expect(x.incidents.map((i) => i.killed)).toEqual([11]);
  });
  it("a monitor's count of a few dead in one blast is that attack", () => {
    const x = run("The Observatory has documented the deaths of two children in an IED blast in Daraa al-Balad.");
    expect([x.incidents.map((i) => i.killed), x.tallies]).toEqual([[2], []]);
  });
});

describe("round 5: ages, shares, one of them, captions with credits", () => {
  it("'two children aged 5 and 10' are two dead", () => {
    expect(run("In Beitima village on Monday, two children aged 5 and 10 were killed by mortars.").incidents.map((i) => i.killed)).toEqual([2]);
  });
  it("a share followed by 'and the rest' is part of the count", () => {
    const x = run("In Daraya on Monday 122 bodies were discovered, and two dozen died from sniper fire and the rest were summarily executed.");
    expect(x.incidents.map((i) => i.killed)).toEqual([122]);
  });
  it("'One of them, in 2017, killed 40' is one attack dated to its year", () => {
    const x = run("IS has claimed several bombings near the shrine.\n\nOne of them, in 2017, killed at least 40 people.");
    expect(x.incidents.map((i) => [i.killed, i.date, i.datePrecision])).toEqual([[40, "2017-01-01", "year"]]);
  });
  it("'34 operations, 83 fatalities' counts many attacks", () => {
    expect(run("Deir Ezzor desert: 34 operations, 83 fatalities.").tallies.map((t) => t.count)).toEqual([83]);
  });
  it("a caption ending with its picture's credit is left out, and 'a Daesh holdout' names no attacker", () => {
    const x = run(
      [
        "Coalition strikes kill 26 civilians in east Syria",
        "The Observatory said coalition air strikes hit Hajin, a town in a Daesh holdout, on Monday, killing 26 family members of militants.",
        "Smoke rises after airstrikes hit the Hajar al-Aswad neighborhood on April 22, 2018 in southern Damascus. (File) / AP Archive",
      ].join("\n\n"),
    );
    expect(x.incidents.map((i) => [i.killed, i.place, i.perpetrator])).toEqual([[26, "Hajin", "US-led coalition"]]);
  });
});

describe("round 5: the dead referred back to", () => {
  it("'killing the two children' after they were told is the same attack", () => {
    const x = run(
      [
        "On Monday two children were killed by mortars in Beitima village near Qatana.",
        "A police source said two shells fell in the Qatana area, killing the two children.",
      ].join("\n\n"),
    );
    expect(x.incidents.map((i) => i.killed)).toEqual([2]);
  });
});

describe("round 5: another disaster's toll in an attack's sentence", () => {
  it("'following the earthquake, which killed close to 30,000' is neither a tally nor an incident", () => {
    const x = run(
      "The attack near Palmyra on Monday killed 53 people, as rescue work continues following the February 6 earthquake, which killed close to 30,000 people.",
    );
    expect([x.incidents.map((i) => i.killed), x.tallies]).toEqual([[53], []]);
  });
});

describe("round 6: a toll distributed by place", () => {
  it("'<place>: <people>' lines after a toll are each place's dead", () => {
    const x = run(
      [
        "On Monday regime artillery killed nine civilians in several villages of Jabal al-Zawiyah. The dead were distributed as follows:",
        "• Balyoun town: two children.",
        "• Iblin town: a family of five.",
        "• Kansafra village: two little girls.",
      ].join("\n\n"),
    );
    expect(x.incidents.map((i) => i.killed).sort()).toEqual([2, 2, 5]);
    expect(x.tallies.map((t) => t.count)).toEqual([9]);
  });
  it("a category line is not a place's dead", () => {
    const x = run("Regime shelling killed nine people in Idlib on Monday, the monitor said:\n\nCivilians: two children.");
    expect(x.incidents.map((i) => i.killed)).toEqual([9]);
  });
});

describe("round 7: phenomena found by probing, not by articles", () => {
  const killed = (text: string) => run(text).incidents.map((i) => i.killed);
  it("a named person as the object of 'assassinated' is one dead; 'and his brother' two", () => {
    expect(killed("Unidentified gunmen assassinated Sheikh Ahmad al-Masalmeh in Tafas on Monday.")).toEqual([1]);
    expect(killed("Russian strikes killed Hamza Khaled and his brother in Ariha on Monday.")).toEqual([2]);
  });
  it("a side's name after 'killed' is not a person", () => {
    expect(killed("The army killed Islamic State fighters near Palmyra on Monday.")).toEqual([]);
  });
  it("a role before a name ('Local activist Ahmed Khalil was killed')", () => {
    expect(killed("Local activist Ahmed Khalil was killed by a sniper in Damascus on Saturday.")).toEqual([1]);
  });
  it("state media's 'martyrs' are dead", () => {
    expect(killed("Two martyrs fell on Sunday as terrorists fired rocket shells on Mhardeh city.")).toEqual([2]);
  });
  it("'five people from one family, including three children' is five", () => {
    expect(killed("Five people from one family, including three children, were killed in shelling on Kansafra on Tuesday.")).toEqual([5]);
  });
  it("'killing two others' adds victims to the attack told, it is not a second count of them", () => {
    const x = run(
      "Israeli warplanes struck positions near Damascus airport on Monday night. A Syrian military source said four soldiers were killed. " +
        "The strikes also targeted sites in Homs, killing two others.",
    );
    expect(x.incidents.map((i) => [i.killed, i.killedLow, i.killedHigh])).toEqual([[6, 6, 6]]);
  });
  it("a town used as a modifier of people ('Shahba children') is not where it happened", () => {
    const x = run("Massacre against Shahba children, 9 martyrs and 10 wounded by Turkish shelling on Tal Rifaat");
    expect(x.incidents.map((i) => i.place)).toEqual(["Tal Rifaat"]);
  });
  it("a countrywide toll split by governorate after 'breaks the casualties down like this:' is no incident", () => {
    const x = run(
      [
        "The LCC is reporting 142 people killed across the country on Monday. The LCC's report breaks the casualties down like this:",
        "fifty one martyrs in Aleppo, fifty eight martyrs in Damascus and its suburbs, eleven martyrs in Idlib, nine martyrs in Homs.",
      ].join("\n\n"),
    );
    expect(x.incidents).toEqual([]);
  });
});

describe("round 7: sums, spans and campaigns are tallies", () => {
  const tallies = (text: string) => run(text).tallies.map((t) => t.count);
  const killed = (text: string) => run(text).incidents.map((i) => i.killed);
  it("'killed in two days' is a period", () => {
    expect(killed("22 civilians and fighters have been killed in two days in Idlib.")).toEqual([]);
  });
  it("strikes 'across Idlib' or on 'both Aleppo and Idlib' cover many places", () => {
    expect(killed("This week Russian jets stepped up bombing across Idlib, killing 24 people.")).toEqual([]);
    expect(killed("13 civilians were killed in today's airstrikes on the countryside of both Aleppo and Idlib.")).toEqual([]);
  });
  it("'five operations left 17 fatalities' counts operations in words", () => {
    expect(killed("Al-Raqqah desert: Five operations left 17 fatalities.")).toEqual([]);
  });
  it("a side that 'has killed hundreds' and a battle's or an operation's dead are running counts", () => {
    expect(killed("In Deir Ezzor, Russia has killed hundreds of civilians.")).toEqual([]);
    expect(tallies("At least 19 civilians killed in the battle for the Syrian city of Homs, the monitor said.")).toEqual([19]);
    expect(killed("The operation killed scores of civilians in Afrin.")).toEqual([]);
  });
  it("the day's count over an area summing its shelling and strikes is a tally", () => {
    const x = run(
      "Regime shelling killed four people in Kafr Noran on Monday. Russian strikes killed three in Orem on Monday. " +
        "With this, the number of people killed today by ground shelling and airstrikes on the area has risen to 20.",
    );
    expect(x.incidents.map((i) => i.killed)).toEqual([4, 3]);
  });
  it("'killed or injured' is the dead and the wounded together, no death count", () => {
    expect(killed("Nearly 40 civilians killed or injured in Russian airstrikes on Idlib on Monday")).toEqual([]);
  });
  it("a headline's exact figure over a lead's 'almost a dozen' that sums the attacks told is their summary", () => {
    const x = run(
      [
        "HTS kills 11 Syrian regime soldiers in Idlib province",
        "HTS fighters killed almost a dozen Syrian regime soldiers in attacks in the northwest on Wednesday. " +
          "HTS fired shells at a military post, killing eight soldiers near Kafr Ruma on Wednesday. " +
          "Separately, three Syrian soldiers were killed by sniper fire near Kafr Nabl on Wednesday.",
      ].join("\n\n"),
    );
    expect(x.incidents.map((i) => i.killed).sort()).toEqual([3, 8]);
  });
  it("the attackers' dead told again under the same name stay the attackers' losses", () => {
    const x = run(
      "SDF fighters foiled an attack launched by IS mercenaries in Raqqa on Monday, and 14 mercenaries were killed. " +
        "The battles that broke out during the night killed 14 mercenaries.",
    );
    expect(x.incidents.map((i) => [i.killed, i.attackersKilled])).toEqual([[0, 14]]);
  });
  it("a photo caption credited to an outlet's archives is furniture", () => {
    expect(killed("Gunmen killed two farmers in Daraa on Monday.\n\nA security officer killed in an attack in Deir Ezzor (Al Mayadeen archives)")).toEqual([2]);
  });
});

describe("round 7: 'also documented' adds dead", () => {
  it("per-place figures after 'The Observatory also documented' are each their own attack, not another source's count", () => {
    const x = run(
      "Russian strikes killed nine citizens in Kafr Noran on Monday. The Syrian Observatory also documented the death of four citizens when barrel " +
        "bombs fell on the town of al-Atareb, while two citizens were killed after Russian warplanes bombed Sheikh Ali village in Aleppo countryside.",
    );
    expect(x.incidents.map((i) => [i.killed, i.killedHigh])).toEqual([
      [9, 9],
      [4, 4],
      [2, 2],
    ]);
  });
});

describe("round 8: revisions and holidays", () => {
  it("'the death toll later rose to 11, the White Helmets said' revises the toll, whoever says it", () => {
    const x = run("A car bomb killed 7 people in Afrin on Tuesday. The death toll later rose to 11, the White Helmets said.");
    expect(x.incidents.map((i) => [i.killed, i.killedLow, i.killedHigh])).toEqual([[11, 11, 11]]);
  });
  it("'on the eve of Eid al-Adha' is the day before that year's Eid", () => {
    const x = run("Six people were killed on the eve of Eid al-Adha when a car bomb exploded in a market in Azaz.", "2022-07-12");
    expect(x.incidents.map((i) => [i.date, i.datePrecision])).toEqual([["2022-07-08", "day"]]);
  });
  it("an Eid long before the publication is not guessed", () => {
    const x = run("Six people were killed on the eve of Eid al-Adha when a car bomb exploded in a market in Azaz.", "2022-03-16");
    expect(x.incidents.map((i) => i.datePrecision)).toEqual(["week"]);
  });
});

describe("round 8: ages and rough words beside numbers", () => {
  const killed = (text: string) => run(text).incidents.map((i) => i.killed);
  it("'a 10-year-old boy' is one person, the object or the subject", () => {
    expect(killed("A sniper killed a 10-year-old boy in the Tadamon district of Damascus on Saturday.")).toEqual([1]);
    expect(killed("Regime shelling killed a 12-year-old girl and her mother in Ariha on Monday.")).toEqual([2]);
  });
  it("'dozens ..., with the monitor putting the toll at 37' is 37", () => {
    const x = run("Dozens of fighters were killed in clashes in western Aleppo on Tuesday, with the monitor putting the toll at 37.");
    expect(x.incidents.map((i) => [i.killed, i.killedHigh])).toEqual([[37, 37]]);
  });
});

describe("round 8: one person by role as the object", () => {
  const killed = (text: string) => run(text).incidents.map((i) => i.killed);
  it("'shot dead the mukhtar of the village' is one dead; '... and his son' two", () => {
    expect(killed("Masked gunmen on a motorcycle shot dead the mukhtar of the village of Nawa on Saturday evening.")).toEqual([1]);
    expect(killed("Gunmen killed the head of the local council and his son in Tafas on Monday.")).toEqual([2]);
  });
  it("'stabbed to death a young woman' is one dead; 'killed the terrorists' counts no one", () => {
    expect(killed("Unknown assailants stabbed to death a young woman in al-Hol camp on Sunday.")).toEqual([1]);
    expect(killed("The army killed the terrorists in Nawa on Monday.")).toEqual([]);
  });
});

describe("round 8: a tally's words in another clause", () => {
  it("'hit by several bombings this year; in January a car bomb killed 15' is an attack in January", () => {
    const x = run(
      "A suicide bomber killed 12 people at a checkpoint in Azaz on Sunday. The town has been hit by several bombings this year; " +
        "in January a car bomb killed 15 people near the town's courthouse.",
    );
    expect(x.incidents.map((i) => [i.killed, i.date, i.datePrecision])).toEqual([
      [12, "2022-03-13", "day"],
      [15, "2022-01-01", "month"],
    ]);
  });
  it("'battles that killed hundreds' is a campaign's toll", () => {
    const x = run("A landmine killed three children in Hajin on Friday. The SDF captured the town in 2019 after battles that killed hundreds.");
    expect([x.incidents.map((i) => i.killed), x.tallies.map((t) => t.count)]).toEqual([[3], [100]]);
  });
});

describe("round 8: the former regime's holdouts", () => {
  it("'remnants of the former regime' and 'gunmen loyal to the ousted regime' are not the government's forces", () => {
    const a = run("Remnants of the former regime killed four General Security members in Jableh on Monday.");
    const b = run("Gunmen loyal to the ousted regime killed two policemen in Latakia on Monday.");
    expect([a.incidents[0]!.perpetrator, b.incidents[0]!.perpetrator]).toEqual(["Former regime remnants", "Former regime remnants"]);
  });
});

describe("round 8: 'N years ago'", () => {
  it("'two years ago' dates an earlier attack to a year, not a day", () => {
    const x = run("A car bomb killed 6 people in Azaz on Sunday. Two years ago, a bombing at the same market killed 40.");
    expect(x.incidents.map((i) => [i.killed, i.date, i.datePrecision])).toEqual([
      [6, "2022-03-13", "day"],
      [40, "2020-01-01", "year"],
    ]);
  });
  it("'30 years ago, when 10,000 were killed' is one massacre in that year, not a running count", () => {
    const x = run("Rockets hit Homs on Monday, killing 8 people. Residents fear a repeat of Hama 30 years ago, when 10,000 were killed.");
    expect(x.incidents.map((i) => [i.killed, i.datePrecision])).toEqual([
      [8, "day"],
      [10000, "year"],
    ]);
  });
});

describe("round 8: a list that restates its count", () => {
  it("'three civilians, a man, his wife and their 12-year-old son' is three", () => {
    const x = run("Gunmen shot dead three civilians, a man, his wife and their 12-year-old son, near al-Qadmus on Wednesday evening.");
    expect(x.incidents.map((i) => i.killed)).toEqual([3]);
  });
  it("a toll that 'rose to nine: seven children, a woman and a man' is one tally of nine", () => {
    const x = run("The toll rose to nine: seven children, a woman and a man, all killed by regime artillery fire on several areas of Jabal al-Zawiyah.");
    expect(x.tallies.map((t) => t.count)).toEqual([9]);
  });
});

describe("round 8: the attack referred to by its weapon or its place", () => {
  it("'five women and four children were killed by the bombs near Mzairib' are among the 18 of the barrel bombing told", () => {
    const x = run(
      "Barrel bombs dropped by regime helicopters killed at least 18 people in Daraa province on Monday, activists said. " +
        "Five women and four children were killed by the bombs near the village of Mzairib, the Observatory said.",
    );
    expect(x.incidents.map((i) => i.killed)).toEqual([18]);
  });
  it("an elided figure after an aside ('and seven, a girl among them, in the town of X') is a figure", () => {
    const f = run("The raids killed three civilians, a boy among them, in Kafranbel, and seven, a girl among them, in the town of Ariha on Friday.");
    expect(f.incidents.reduce((sum, i) => sum + (i.killed ?? 0), 0)).toBe(10);
  });
});

describe("round 9: an attack the attacked side answered", () => {
  it("'two of the gunmen were killed' after the attack are its attackers' dead, not a second incident", () => {
    const x = run("Gunmen attacked an army checkpoint near Daraa on Sunday, killing three soldiers; two of the gunmen were killed in the exchange of fire.");
    expect(x.incidents.map((i) => [i.killed, i.attackersKilled])).toEqual([[3, 2]]);
  });
  it("'repelled an attack by ISIS terrorists, killing five of the terrorists': IS attacked and lost five, no victims", () => {
    const x = run("The army repelled an attack by ISIS terrorists on a checkpoint near Palmyra on Sunday, killing five of the terrorists.");
    expect(x.incidents.map((i) => [i.killed, i.attackersKilled, i.perpetrator, i.eventType])).toEqual([[0, 5, "Islamic State", "armed-clash"]]);
  });
  it("the side whose infiltration was thwarted is the perpetrator, not the side that thwarted it", () => {
    const x = run("SDF fighters thwarted an infiltration attempt by ISIS cells near Hajin on Sunday and killed three of the militants.");
    expect(x.incidents.map((i) => [i.killed, i.attackersKilled, i.perpetrator, i.eventType])).toEqual([[0, 3, "Islamic State", "armed-clash"]]);
  });
  it("an answered attack that names no attacker has no perpetrator", () => {
    const x = run("The army foiled an attack by terrorists on its positions near Morek on Sunday, killing 11 terrorists and wounding others.");
    expect(x.incidents.map((i) => [i.attackersKilled, i.perpetrator])).toEqual([[11, null]]);
  });
});

describe("round 9: a second source in other words", () => {
  it("'other sources are still giving the figures as 5 dead' is that source's figure for the attack told", () => {
    const x = run("A shell hit the market in Douma on Sunday, killing three people. Other sources are still giving the figures as 5 dead and 15 wounded.");
    expect(x.incidents.map((i) => [i.killedLow, i.killedHigh])).toEqual([[3, 5]]);
  });
  it("'local sources told <outlet> the number of dead was five' is a second source too", () => {
    const x = run("A shell hit the market in Douma on Sunday, killing three people. Local sources told Enab Baladi the number of dead was five.");
    expect(x.incidents.map((i) => [i.killedLow, i.killedHigh])).toEqual([[3, 5]]);
  });
});

describe("round 9: one person the sentence before told of", () => {
  it("'He was killed on the spot' after the shooting is one dead, with the shooting's place and attacker", () => {
    const x = run("Unknown gunmen shot Ahmad al-Zoubi, a former rebel commander, in the town of Nawa on Monday. He was killed on the spot.");
    expect(x.incidents.map((i) => [i.killed, i.place, i.perpetrator, i.eventType])).toEqual([[1, "Nawa", "Unidentified gunmen", "ambush-raid"]]);
  });
  it("'His body was found' after an abduction is one dead, an execution or abduction", () => {
    const x = run("Gunmen abducted a young man in Nawa on Sunday. His body was found on Monday.");
    expect(x.incidents.map((i) => [i.killed, i.place, i.eventType])).toEqual([[1, "Nawa", "execution-abduction"]]);
  });
  it("'shot a military commander from <group> dead' is one dead", () => {
    const x = run("An unknown assailant shot a military commander from Jaysh al-Ahrar dead near Saraqib on Friday.");
    expect(x.incidents.map((i) => [i.killed, i.place, i.eventType])).toEqual([[1, "Saraqib", "ambush-raid"]]);
  });
  it("a pronoun killed in another year, with no attack before it, is no incident", () => {
    expect(run("He was killed in 2013 in Aleppo.").incidents).toEqual([]);
  });
});

describe("round 9: the attacked side's kill right after the attack", () => {
  const attack = "ISIS militants attacked an army checkpoint near Palmyra on Sunday, killing four soldiers. ";
  it("'The army, for its part, killed 17 ISIS members' are the attack's attackers' dead", () => {
    const x = run(`${attack}The Syrian army, for its part, killed 17 ISIS members.`);
    expect(x.incidents.map((i) => [i.killed, i.attackersKilled, i.perpetrator])).toEqual([[4, 17, "Islamic State"]]);
  });
  it("'Troops fought back, killing 17 militants' too", () => {
    const x = run(`${attack}Troops fought back, killing 17 militants.`);
    expect(x.incidents.map((i) => [i.killed, i.attackersKilled])).toEqual([[4, 17]]);
  });
  it("a third side's strike on the attackers elsewhere is an attack of its own", () => {
    const x = run(`${attack}Russian warplanes killed 30 ISIS militants near Sukhnah on Sunday.`);
    expect(x.incidents.map((i) => [i.killed, i.attackersKilled, i.perpetrator])).toEqual([
      [4, null, "Islamic State"],
      [30, null, "Russian forces"],
    ]);
  });
});

describe("round 10: two attacks in one sentence, each clause naming its place first", () => {
  it("'regime forces shelled A, killing three, while Russian jets struck B, killing four' is two incidents, each its kind", () => {
    const x = run("On Monday, regime forces shelled Ariha, killing three civilians, while Russian jets struck Saraqib, killing four.");
    expect(x.incidents.map((i) => [i.killed, i.place, i.perpetrator, i.eventType])).toEqual([
      [3, "Ariha", "Syrian government forces", "shelling"],
      [4, "Saraqib", "Russian forces", "air-drone-strike"],
    ]);
  });
});

describe("round 10: sides named by community, and mutual clashes", () => {
  it("Bedouin tribal gunmen and Druze factions are named, not 'unidentified gunmen'", () => {
    const x = run("Bedouin tribal gunmen killed four Druze civilians in the village of al-Mazraa on Sunday.");
    expect(x.incidents.map((i) => [i.perpetrator, i.province])).toEqual([["Bedouin tribal fighters", "Suwayda"]]);
  });
  it("'killed in clashes with X gunmen' is an armed clash", () => {
    const x = run("Sweida: Three Druze fighters were killed in clashes with Bedouin tribal gunmen on Sunday.");
    expect(x.incidents.map((i) => i.eventType)).toEqual(["armed-clash"]);
  });
  it("'fighting between A and B' names no attacker", () => {
    const x = runRules("At least 89 people have been killed over the last two days in fighting between Druze militias and Bedouin tribes in Sweida.");
    expect(x.incidents.map((i) => [i.killed, i.perpetrator, i.eventType])).toEqual([[89, null, "armed-clash"]]);
  });
});

describe("round 10: an attack and a running total in one sentence", () => {
  it("'killed two fighters on Sunday, the third such strike this month, which have now killed seven in total': an incident of 2 and a tally of 7", () => {
    const x = run("A drone strike killed two fighters near Tal Tamr on Sunday, the third such strike this month, which have now killed seven people in total.");
    expect(x.incidents.map((i) => i.killed)).toEqual([2]);
    expect(x.tallies.map((t) => t.count)).toEqual([7]);
  });
});

describe("round 10: revised tolls in other words", () => {
  const bomb = "A car bomb killed 12 people in Azaz on Sunday. ";
  it("'Two more died of their wounds on Monday, raising the toll to 14' revises Sunday's attack to 14", () => {
    const x = run(`${bomb}Two more people died of their wounds on Monday, raising the toll to 14.`);
    expect(x.incidents.map((i) => [i.killed, i.date])).toEqual([[14, "2022-03-13"]]);
    expect(x.tallies).toEqual([]);
  });
  it("a campaign's raised toll stays a tally", () => {
    const x = run(`${bomb}The deaths raise the toll from the offensive on the town to 270, activists said.`);
    expect(x.incidents.map((i) => i.killed)).toEqual([12]);
    expect(x.tallies.map((t) => t.count)).toEqual([270]);
  });
  it("'The toll, initially put at six, rose' keeps the attack's 12", () => {
    const x = run("A car bomb in Azaz on Sunday killed 12 people. The toll, initially put at six, rose as rescuers pulled more bodies from the rubble.");
    expect(x.incidents.map((i) => [i.killed, i.killedLow, i.killedHigh])).toEqual([[12, 12, 12]]);
  });
  it("'police confirmed two deaths, and the opposition said at least 15 died' are two sources, not 17", () => {
    const x = run(`${bomb}Local police confirmed two deaths earlier in the day, and the opposition said at least 15 died.`);
    expect(x.incidents.map((i) => [i.killedLow, i.killedHigh])).toEqual([[2, 15]]);
  });
});

describe("round 11: a person and those with them", () => {
  it("'Khaldoun and four members of his entourage were killed' is five", () => {
    const x = run("Khaldoun and four members of his entourage were killed on their way back from a meeting in Daraa on Thursday.");
    expect(x.incidents.map((i) => i.killed)).toEqual([5]);
  });
  it("'killed Ahmad al-Zoubi and three of his bodyguards' is four; 'the commander and two of his companions' three", () => {
    expect(run("Gunmen killed Ahmad al-Zoubi and three of his bodyguards in Tafas on Sunday.").incidents.map((i) => i.killed)).toEqual([4]);
    expect(run("The commander and two of his companions were killed in an ambush near Nawa on Sunday.").incidents.map((i) => i.killed)).toEqual([3]);
  });
  it("a side named before the count is no person: 'Hezbollah and four members of the army' stays four", () => {
    expect(run("Hezbollah and four members of the army were killed near Qusayr on Sunday.").incidents.map((i) => i.killed)).toEqual([4]);
  });
});

describe("round 11: a raised toll said by a monitor", () => {
  it("'documented the killing of 8 more ..., bringing the toll to 23, in what it called the worst in years' revises to 23", () => {
    const x = run(
      "An ambush on a convoy on the Sweida road killed 15 Druze fighters on Sunday. The Observatory said it had documented the killing of 8 more " +
        "members of the convoy, bringing the toll to 23 dead, in what it described as the most violent targeting of the Druze in years.",
    );
    expect(x.incidents.map((i) => [i.killed, i.killedLow, i.killedHigh])).toEqual([[23, 23, 23]]);
  });
});

describe("round 11: a loose spelling match in another governorate", () => {
  it("'Qussour' in a Deir ez-Zor report is no Al Qusayr (Homs): the second source stays on the attack", () => {
    const x = run(
      [
        "Islamic State militants shell besieged Syrian city, kill 13",
        "BEIRUT (AP) — A war monitoring group and Syria's state media say at least 13 civilians were killed when Islamic State militants " +
          "shelled neighborhoods held by the government in the eastern city of Deir el-Zour.",
        "According to SANA, the shells hit the neighborhoods of al-Joura and Qussour late on Monday. SANA says a woman was among the dead.",
        "The Observatory says the shelling came shortly before sundown. The Observatory put the death toll at 14.",
      ].join("\n\n"),
    );
    expect(x.incidents.map((i) => [i.province, i.killedLow, i.killedHigh])).toEqual([["Deir ez-Zor", 13, 14]]);
  });
});

describe("round 11: dead and wounded together; raids on one town", () => {
  it("'leave 27 dead and wounded' is no death count", () => {
    expect(run("Massacre in Kafr Nabl carried out by warplanes, leave 27 dead and wounded").incidents).toEqual([]);
    expect(run("Shelling left 5 dead and 12 wounded in Ariha on Sunday.").incidents.map((i) => i.killed)).toEqual([5]);
  });
  it("'8 raids on the town of Kafr Nabl and its outskirts, killing 6' is one attack; raids on three towns a tally", () => {
    const one = run(
      "Warplanes carried out at least 8 raids on areas in the town of Kafr Nabl and its outskirts, killing 6 persons, 5 of them from one family.",
    );
    expect(one.incidents.map((i) => [i.killed, i.place])).toEqual([[6, "Kafranbel"]]);
    const three = run("Warplanes carried out 30 raids on the towns of Kafr Nabl, Saraqib and Ariha, killing 16 people.");
    expect([three.incidents.length, three.tallies.map((t) => t.count)]).toEqual([0, [16]]);
  });
});

describe("round 11: one more victim, one of a side's members, a date after the time of day", () => {
  it("'A child was also killed' and 'His assistant was also killed' add one to the attack just told", () => {
    expect(run("Shelling killed three civilians in Ariha on Sunday. A child was also killed.").incidents.map((i) => i.killed)).toEqual([4]);
    const x = run("An Israeli strike killed a Hezbollah commander in Khan Arnaba on Thursday. His assistant was also killed.");
    expect(x.incidents.map((i) => [i.killed, i.place])).toEqual([[2, "Khan Arnabah"]]);
  });
  it("'Seven civilians also died' restating a part of the lead's ten adds nothing", () => {
    const x = run(
      "On Tuesday three members of the Assayish and seven civilians lost their lives in Qamishli when militants bombed a building.\n\n" +
        "Seven civilians also died because of the explosion.",
    );
    expect(x.incidents.map((i) => i.killed)).toEqual([10]);
  });
  it("'one of its members was killed' is one dead", () => {
    expect(run("The group said one of its members was killed when their vehicle was attacked near al-Bab on Monday.").incidents.map((i) => i.killed)).toEqual([
      1,
    ]);
  });
  it("'On the morning of Wednesday, January 8, 2025' dates the attack", () => {
    const x = run("On the morning of Wednesday, January 8, 2025, five civilians were killed in a drone strike on a convoy near Tishreen Dam.", "2025-01-10");
    expect(x.incidents.map((i) => [i.date, i.datePrecision])).toEqual([["2025-01-08", "day"]]);
  });
});

describe("round 12: victims named by community, bodies found, other words for the dead", () => {
  const killed = (s: string) => run(s).incidents.map((i) => i.killed);
  it("'eight Alawites were gunned down' counts the eight, a shooting", () => {
    const x = run("Eight Alawites were gunned down at a security checkpoint in Hama on Monday.");
    expect(x.incidents.map((i) => [i.killed, i.eventType])).toEqual([[8, "ambush-raid"]]);
    expect(killed("Gunmen killed three Druze in Jaramana on Monday.")).toEqual([3]);
  });
  it("'The body of a Hezbollah member was found' at the start of a sentence is one dead", () => {
    expect(killed("The body of a Hezbollah member was found dumped in Al-Yadoudah town in western Daraa on Monday.")).toEqual([1]);
  });
  it("'liquidated' is a death word", () => {
    expect(killed("Unknown gunmen liquidated a former rebel commander in Tafas on Sunday.")).toEqual([1]);
  });
  it("'220 people fell today' counts the dead; shells that fell and soldiers who fell into an ambush do not", () => {
    expect(killed("More than 220 people fell today in Taramseh, activists said.")).toEqual([220]);
    expect(killed("Five soldiers fell into an ambush near Palmyra on Sunday, but none was hurt.")).toEqual([]);
    expect(killed("Three shells fell today on the Old City of Damascus, wounding four.")).toEqual([]);
  });
});

describe("round 12: a dateline with the outlet in brackets and no dash", () => {
  it("'Damascus, Dec 27 (IANS) ...' is where the story was filed, not the attack", () => {
    const x = run(
      "Damascus, Dec 27 (IANS) No fewer than 17 militants were killed in fighting with the army in the southern province of Quneitra, Xinhua said.",
    );
    expect(x.incidents.map((i) => [i.killed, i.province])).toEqual([[17, "Quneitra"]]);
  });
  it("'Damascus, Feb 14: ...' (a colon, no outlet) is a dateline too (round 31)", () => {
    const x = run("Damascus, Feb 14: A suicide car bomb exploded Friday in a town in Syria's southern province of Daraa, killing at least 10 people.");
    expect(x.incidents.map((i) => [i.killed, i.province])).toEqual([[10, "Daraa"]]);
  });
  it("'Damascus // A landmine ...' (a wire's double slash) is a dateline", () => {
    const x = run("Damascus // A landmine went off on Sunday in Deir ez-Zor, Syria's eastern province, killing four pro-government fighters.");
    expect(x.incidents.map((i) => [i.killed, i.province])).toEqual([[4, "Deir ez-Zor"]]);
  });
  it("'Earlier on Sunday, a journalist was also killed' (undated page) is the day's other attack, not more dead of the first", () => {
    const x = extractArticle({
      raw:
        "At least 17 civilians, three of them children, were killed on Sunday in regime air strikes on Idlib province.\n\n" +
        "Earlier on Sunday, a freelance journalist was also killed by a Russian airstrike in Idlib province.",
    });
    expect(killed(x)).toEqual([17, 1]);
  });
  it("'Hama, Aleppo, SANA –' and 'Aleppo/Damascus, SANA –' name where the story was filed", () => {
    const x = run("Hama, Aleppo, SANA – On Monday, seven civilians were martyred in terrorist rocket attacks on the town of Nubl.");
    expect(x.incidents.map((i) => [i.killed, i.place])).toEqual([[7, "Nubl"]]);
    const y = run("Aleppo/Damascus, SANA – Thirteen civilians were killed on Friday in a rocket attack on the town of Nubl.");
    expect(y.incidents.map((i) => [i.killed, i.place])).toEqual([[13, "Nubl"]]);
  });
  it("'Damascus (agencies) - ...' is a dateline too", () => {
    const x = run("Damascus (agencies) - Shells killed nine people in the town of Khan Sheikhoun in the Idleb countryside yesterday.");
    expect(x.incidents.map((i) => [i.killed, i.province])).toEqual([[9, "Idlib"]]);
  });
});

describe("round 12: the dead named again, a source's earlier figure", () => {
  it("'Azzam was killed together with three others' after 'killed four' names the four, adds none", () => {
    const x = run(
      "An Israeli drone strike on a farm in Kanaker killed four people on Friday. The farm belongs to Issam Azzam. " +
        "Azzam was killed together with three others: Hamza Kahoul, Layth Bahsas, and Fadi Abu Tarabeh.",
    );
    expect(x.incidents.map((i) => i.killed)).toEqual([4]);
  });
  it("'the four were killed when ...' in the next paragraph is the same attack", () => {
    const x = run(
      "An Israeli drone strike on a farm in the Kanaker area west of As-Suwayda killed four people today, Friday, May 2.\n\n" +
        "According to the As-Suwayda governorate, which posted on Telegram, the four were killed when Israeli aircraft targeted them.",
      "2025-05-02",
    );
    expect(x.incidents.map((i) => i.killed)).toEqual([4]);
  });
  it("'Earlier, SANA had said eight people were killed' is another source's figure of the attack told", () => {
    const x = run(
      "Twin car bombs killed 26 people in Sweida on Friday, a monitor said.\n\nThe second bomb went off near the hospital.\n\n" +
        "Earlier, Syria's official news agency SANA had said eight people were killed and 22 wounded.",
    );
    expect(x.incidents.map((i) => [i.killed, i.killedLow, i.killedHigh])).toEqual([[8, 8, 26]]);
  });
});

describe("round 12: a monitor's roundup in short sentences", () => {
  it("'2 men from the city of al-Zabadani were tortured to death' counts the two", () => {
    expect(run("2 men from the city of al- Zabadani were tortured to death in the regime jails.").incidents.map((i) => i.killed)).toEqual([2]);
  });
  it("a night's raids on one town killing two are one attack, not a sum of the one-dead attacks told before", () => {
    const x = run(
      "A man from the town of Tafas was killed by a sniper. A woman from the town of Da'el was killed by a sniper shot.\n\n" +
        "The warplanes carried out at least 6 raids on places in the city of Doma, killing a woman and a child and wounding others.",
    );
    expect(x.incidents.map((i) => i.killed)).toEqual([1, 1, 2]);
    expect(x.tallies).toEqual([]);
  });
});

describe("round 12: what a source had said before", () => {
  it("'the monitor had said earlier that the sheikh was killed in the attack' is one of its dead", () => {
    const x = run(
      "Twin car bombs killed 26 people in Sweida on Friday, a monitor said. " +
        "Abdel Rahman had said earlier that Sheikh Wahid al-Balous was killed in the attack while driving on the edge of the city.",
    );
    expect(x.incidents.map((i) => i.killed)).toEqual([26]);
  });
  it("'state television had given a toll of 12 dead' is that source's figure of the attack", () => {
    const x = run(
      "A car bomb killed 27 people at a funeral in Jaramana on Tuesday, activists said. " +
        "A few hours before that, state television had given a toll of 12 dead, and said a further 48 people had been wounded.",
    );
    expect(x.incidents.map((i) => [i.killed, i.killedLow, i.killedHigh])).toEqual([[12, 12, 27]]);
  });
});

describe("round 13: a monitor's monthly report", () => {
  it("its figures with no day of their own are tallies; an attack told with its day stays an incident", () => {
    const x = run(
      "Rights group says 324 civilians killed across Syria in April\n\n" +
        "The Syrian Network for Human Rights said it had recorded the names of 324 civilians killed in April.\n\n" +
        "According to the group, attacks by the Russian forces killed 13 civilians, among them two children.\n\n" +
        "On Thursday, April 4, a strike on a market in Ariha killed five people.",
      "2019-05-01",
    );
    expect(x.incidents.map((i) => [i.killed, i.date])).toEqual([[5, "2019-04-04"]]);
    expect(x.tallies.map((t) => t.count)).toEqual(expect.arrayContaining([324, 13]));
  });
  it("a daily report is no monthly one (the rules alone)", () => {
    setTallyModel(null);
    const x = run("Attacks by Russian forces killed 13 civilians in Idlib, the monitor said.", "2019-05-01");
    setTallyModel(defaultTallyModel);
    expect(x.incidents.map((i) => i.killed)).toEqual([13]);
  });
});

describe("round 13: sides trading fire, tolls named after their figure, words and pictures", () => {
  const killed = (s: string) => run(s).incidents.map((i) => i.killed);
  it("'traded fire, which led to the deaths of four Turkish soldiers and six Syrian soldiers' counts both sides", () => {
    const x = run("Syrian and Turkish forces traded fire near Saraqeb on Thursday, which led to the deaths of four Turkish soldiers and six Syrian soldiers.");
    expect(x.incidents.map((i) => [i.killed, i.attackersKilled, i.eventType])).toEqual([[10, null, "armed-clash"]]);
  });
  it("'it rose to 10 ... the number of people killed' is a toll", () => {
    expect(
      killed("Warplanes struck the al-Ommal neighbourhood of Deir Ezzor on Thursday, and it rose to 10 -including a woman- the number of people killed."),
    ).toEqual([10]);
  });
  it("'attained martyrdom' and 'got martyred' are death words", () => {
    expect(killed("Three of our fighters also attained martyrdom during the clashes near Dhiban on Thursday.")).toEqual([3]);
    expect(killed("On Thursday, 18 civilians got martyred and dozens were injured in Masyaf.")).toEqual([18]);
  });
  it("a definition, and what pictures of bodies show, are no attacks; a video showing a killing still tells it", () => {
    expect(killed('By the word "massacre", SNHR means an incident in which five unarmed people were killed at once.')).toEqual([]);
    expect(killed("In the images, the bloodied, lifeless bodies of several children lie in the back of a van.")).toEqual([]);
    expect(killed("A group put a video online that it said showed the mutilated bodies of 10 people killed in Banias.")).toEqual([]);
    expect(killed("The group released a video on Monday showing its fighters killing 19 people in Deir ez-Zor.")).toEqual([19]);
  });
});

describe("round 13: a total shared out by place", () => {
  const told = (s: string) => run(s).incidents.map((i) => [i.killed, i.place]);
  it("'Seven people were killed, four in Douma and three in Harasta' is two attacks, not 14 or a range", () => {
    const both = [
      [4, "Douma"],
      [3, "Harasta"],
    ];
    expect(told("Seven people were killed on Saturday, four in Douma and three in Harasta, the Observatory said.")).toEqual(both);
    expect(told("Seven people were killed on Saturday: four in Douma and three in Harasta.")).toEqual(both);
  });
  it("'Two civilians were killed - one during army raids in Damascus and one by gunfire in Homs' is two attacks", () => {
    const x = run(
      "Two civilians were also killed on Saturday, the Observatory said - one during army raids in Damascus and one by gunfire in the city of Homs.",
    );
    expect(x.incidents.map((i) => [i.killed, i.province])).toEqual([
      [1, "Damascus"],
      [1, "Homs"],
    ]);
  });
});

describe("round 13: one attack claimed, then told by state TV", () => {
  it("the same toll in the same town is one attack, even when the second telling reads like another", () => {
    const x = run(
      "The Islamic State group said on Wednesday it was behind the suicide bombings that killed 31 people in the city of Qamishli.\n\n" +
        "Syrian national TV, meanwhile, said two blasts in Qamishli killed 31 people and wounded more than 170 others.",
      "2016-07-27",
    );
    expect(x.incidents.map((i) => [i.killed, i.place])).toEqual([[31, "Qamishli"]]);
  });
  it("the same toll in the same town on another day is another attack", () => {
    const x = run("A car bomb killed 5 people in Qamishli on Monday.\n\nOn Friday, a second car bomb killed 5 people in Qamishli.", "2016-07-27");
    expect(x.incidents.length).toBe(2);
  });
});

describe("round 15: a total shared out by place, loose restatements, sources adding attacks", () => {
  it("a day's total shared out by town in the next sentence is a tally of two attacks, though the gazetteer lacks a town", () => {
    const x = run(
      "A war monitor said air strikes by regime ally Russia killed 10 civilians on Monday in the Idlib region.\n\n" +
        "The monitor said the raids killed three civilians, a boy among them, in the town of Kafranbel, " +
        "and seven, a girl among them, in the town of Tal Hawash.",
    );
    expect(x.incidents.map((i) => i.killed)).toEqual([3, 7]);
    expect(x.tallies.map((t) => t.count)).toEqual([10]);
    expect(x.incidents[0]!.perpetrator).toBe("Russian forces");
  });
  it("'killing dozens' beside the same attack told with its figure is that attack, not another", () => {
    // (no publication date: "yesterday" dates nothing, so the day cannot tie the two together)
    const x = extractArticle({
      raw:
        "Activists said yesterday that rebels had stormed a village in the east of the country and killed dozens of Shiites.\n\n" +
        "The killings happened on June 11 in the eastern province of Deir ez-Zor. The Observatory said no fewer than 60 people were killed in the village.",
    });
    expect(killed(x)).toEqual([60]);
  });
  it("a vague count with a day of its own in another governorate stays an attack", () => {
    const x = run("A car bomb killed 9 people in Azaz on Monday.\n\nOn Sunday, air strikes killed dozens of people in Douma.");
    expect(killed(x)).toEqual([9, 12]);
  });
  it("'The Observatory also said a rocket struck X, killing four' is another attack, even with the same toll and day", () => {
    const x = run(
      "Two suicide attacks near a shrine in southern Damascus on Monday left four people dead, SANA said.\n\n" +
        "The Observatory also said a rocket struck the Adra prison northeast of Damascus on Monday, killing four people.",
    );
    expect(x.incidents.map((i) => [i.killed, i.province])).toEqual([
      [4, "Damascus"],
      [4, "Rif Dimashq"],
    ]);
  });
  it("no publication date: a year alone ('the 2018 deal') or a page's address gives 'On July 11' no year", () => {
    const raw = "Since the 2018 deal, assassinations have been common in Daraa.\n\nOn July 11, gunmen shot dead two men in Jassim.";
    expect(extractArticle({ raw }).incidents.map((i) => [i.killed, i.date])).toEqual([[2, null]]);
    expect(extractArticle({ raw, url: "https://example.org/2020/07/story" }).incidents.map((i) => i.date)).toEqual([null]);
  });
  it("a victim's name with an age ('Hayfa Qasim (23)') is no place: the victims named are the attack's", () => {
    const x = run(
      "A bomb killed two civilians in Afrin on Monday.\n\n" +
        "The two civilians killed by the bomb were Newzed Ekrem Tobal (45) and Hayfa Sherif Qasim (23), in Basute village in Afrin's Sherawa district.",
    );
    expect(x.incidents.map((i) => [i.killed, i.province])).toEqual([[2, "Aleppo"]]);
  });
  it("'came two weeks after the massacre in Houla, where militiamen killed 108': the massacre was two weeks before", () => {
    const x = run(
      "A car bomb killed 9 people in Azaz on Monday.\n\nThe killings came less than two weeks after the massacre in Houla, where militiamen killed 108 people.",
    );
    expect(x.incidents.map((i) => [i.killed, i.date])).toEqual([
      [9, "2022-03-14"],
      [108, "2022-02-28"],
    ]);
  });
  it("no event happens after publication: a date reckoned past it falls back to the publication week", () => {
    const x = run(
      "Islamic State militants entered Qaryatayn on Monday with a hit list.\n\n" +
        "By the time they pulled out three weeks later, more than 70 civilians were dead.",
    );
    expect(x.incidents.map((i) => [i.killed, i.date, i.datePrecision])).toEqual([[70, "2022-03-16", "week"]]);
  });
  it("'six more people were killed by air strikes elsewhere' adds dead: it is no sum of the attacks told", () => {
    const x = run(
      "Regime shelling killed 4 civilians in Douma on Monday.\n\nA mortar killed 2 people in Harasta on Monday.\n\n" +
        "The monitor said six more people were killed by regime air strikes elsewhere in Eastern Ghouta.",
    );
    expect(killed(x)).toEqual([4, 2, 6]);
    expect(x.tallies).toEqual([]);
  });
  it("a monitor's aside ('it is worth noting that ... over the past few days') does not make the attack's toll a tally", () => {
    const x = run(
      "A car exploded in Azaz on Monday, which killed a man and injured 8 others, it is worth noting that several explosions " +
        "have hit the area over the past few days.",
    );
    expect(killed(x)).toEqual([1]);
    expect(x.tallies).toEqual([]);
  });
  it("a run-on sentence that tells a second attack after ', and' with its own place is two attacks", () => {
    const x = run(
      "On Monday the Observatory documented the death of at least 12 people, among them 4 children, in the massacre carried out by " +
        "warplanes which targeted Nawa city, and the shelling coincided with the detonation of a booby-trapped vehicle which targeted " +
        "an area southwest of Jasim town, which killed at least 14 members of the regime forces and militiamen loyal to them.",
    );
    expect(x.incidents.map((i) => [i.killed, i.place, i.attackersKilled])).toEqual([
      [12, "Nawa", null],
      [14, "Jasim", null],
    ]);
  });
  it("the day in 'supporters who had been killed in a bomb attack on Monday' is an earlier attack's, not the article's", () => {
    const x = run(
      "A car bomb that went off during a funeral has killed 27 people in Jaramana, activists said.\n\n" +
        "The funeral was being held for two supporters who had been killed in a bomb attack on Monday.",
    );
    expect(x.incidents.find((i) => i.killed === 27)?.date).not.toBe("2022-03-14");
  });
  it("'Meanwhile, the Observatory said five were killed' is another source's toll; 'Meanwhile, jets bombed Qastal' another attack", () => {
    const x = run(
      "Six civilians were killed when Turkish-backed forces bombed villages near Manbij on Monday, the Manbij Military Council said.\n\n" +
        "Meanwhile, the Syrian Observatory for Human Rights said that five people, including children, were killed.",
    );
    expect(x.incidents.map((i) => [i.killed, i.killedLow, i.killedHigh])).toEqual([[5, 5, 6]]);
    const y = run(
      "Seven fighters were killed in an ambush in Morik on Monday.\n\nMeanwhile, jets bombed the village of Qastal, killing at least three civilians.",
    );
    expect(killed(y)).toEqual([7, 3]);
  });
  it("'all of them originally from Hasakah province' is where the victims came from, not where they were hit", () => {
    const x = run(
      "Gunmen opened fire on a camp for displaced people near Al-Tha'la in Sweida province on Monday, killing a child.\n\n" +
        "The attack left one child dead and four other people injured, all of them originally from Hasakah province.",
    );
    expect(x.incidents.map((i) => [i.killed, i.province])).toEqual([[1, "Suwayda"]]);
  });
  it("'In one clash, 16 jihadists were killed' is one of several clashes, not the main attack of the day told", () => {
    const x = run("Islamic State fighters killed 135 people in Deir ez-Zor on Saturday.\n\nIn one clash, 16 jihadists were killed.");
    expect(x.incidents.find((i) => i.killed === 16)?.datePrecision).toBe("week");
  });
  it("with no publication date, 'On Friday' after 'On Saturday' is still another day's attack", () => {
    const x = extractArticle({
      raw:
        "Hama, SANA - On Saturday five civilians were martyred when a landmine blew up in Salamyah.\n\n" +
        "The blast killed 5 persons and injured 13 others.\n\nOn Friday, three civilians were killed in the explosion of a landmine in Salamyah.",
    });
    expect(killed(x)).toEqual([5, 3]);
  });
  it("with no publication date, 'On Thursday, eight died in bombings of <town>' is that town's attack, not a tally", () => {
    const x = extractArticle({
      raw:
        "Activists say the two rebel strongholds have been bombed heavily for a week.\n\n" +
        "On Thursday, eight people, among them a woman and a child, died in bombings of Moadamiyet al-Sham, and one person was killed in Daraya.",
    });
    expect(x.incidents.map((i) => [i.killed, i.date])).toEqual([
      [8, null],
      [1, null],
    ]);
    expect(x.tallies).toEqual([]);
  });
  it("'This raises to 177 the number of citizens ... who have been killed ... since <date>' is a running total", () => {
    const x = run(
      "Turkish shelling on Kortkeh killed two civilians of one family on Tuesday.\n\n" +
        "This raises to 177 the number of Syrian citizens of the Kurds, Arabs and Armenians, among them 29 children and 25 women, " +
        "who have been killed by the Turkish shelling in the Afrin area since the 20th of January 2018.",
      "2018-03-01",
    );
    expect(killed(x)).toEqual([2]);
    expect(x.tallies.map((t) => t.count)).toContain(177);
  });
  it("'the assault failed and at least 20 of the attackers were killed', no victims told: killed 0, attackersKilled 20", () => {
    const x = run("The Observatory said the assault on the army post near Hama failed and at least 20 of the attackers were killed.");
    expect(x.incidents.map((i) => [i.killed, i.attackersKilled])).toEqual([[0, 20]]);
  });
  it("an attack the text says failed, then dead of the attacking side: killed 0, attackersKilled n, that side the perpetrator", () => {
    const x = run(
      "Fighting broke out on Monday south of Manbij. IS fighters attacked SDF positions in the village of Arima but failed to take it. " +
        "The SDF says three IS fighters were killed.",
    );
    expect(x.incidents.map((i) => [i.killed, i.attackersKilled, i.perpetrator])).toEqual([[0, 3, "Islamic State"]]);
  });
  it("a repelled attack by attackers no one names, then 'At least 15 militants were killed': the attackers' dead", () => {
    const x = run("Troops beat back an attack on the military airport near Sweida on Tuesday. The army kept control of it. At least 15 militants were killed.");
    expect(x.incidents.map((i) => [i.killed, i.attackersKilled])).toEqual([[0, 15]]);
  });
  it("after a failed attack, militants killed by an air strike, or soldiers of the side that answered, are victims", () => {
    const strike = run("Troops beat back an attack near Palmyra on Tuesday. Russian jets then struck the town, killing 30 militants.");
    expect(strike.incidents.map((i) => [i.killed, i.attackersKilled ?? null])).toEqual([[30, null]]);
    const own = run("IS fighters attacked army posts near Palmyra on Tuesday but failed to advance. Four soldiers were killed.");
    expect(own.incidents.map((i) => [i.killed, i.attackersKilled ?? null])).toEqual([[4, null]]);
  });
  it("a day's toll by governorate ('gave yesterday's toll by province as follows:'): each line is that governorate's incident", () => {
    const x = run(
      "The monitor recorded yesterday, Tuesday, the names of 45 people killed by government fire across the country.\n\n" +
        "It gave yesterday's toll by province as follows:\n\nHama: 20 martyrs, including three women.\n\n" +
        "Aleppo: 15 martyrs, including 6 children.\n\nHoms: 10 martyrs.",
    );
    expect(x.incidents.map((i) => [i.killed, i.province])).toEqual([
      [20, "Hama"],
      [15, "Aleppo"],
      [10, "Homs"],
    ]);
    expect(x.tallies.map((t) => t.count)).toEqual([45]);
  });
  it("a second breakdown of a period's total ('By province, ... as follows:') after the first one's list: lines are tallies", () => {
    const x = run(
      "The office documented 146 civilian martyrs killed in bombardment since the fifth of last May.\n\n" +
        "The regime killed most of the martyrs, 138 of them.\n\n*- The civilian martyrs break down as follows:\n\n– 41 children.\n\n– 18 women.\n\n" +
        "*- By province, the civilian martyrs are spread as follows:\n\n– 95 martyrs in Dara' province.\n\n– 15 martyrs in Homs province.",
    );
    expect(x.incidents).toEqual([]);
    expect(x.tallies.map((t) => t.count)).toEqual([146, 95, 15]);
  });
  it("a monitor's run-on item: 'rose to 26, where 14 civilians died and 12 IS members were killed, meanwhile two citizens died ...'", () => {
    const x = run(
      "The number of those who died in the bombardment on Palmyra on Monday rose to at least 26, where 14 civilians died and 12 members " +
        "of the Islamic State were killed, meanwhile two citizens died when the regime forces bombarded al-Wa'er neighborhood in Homs.",
    );
    expect(x.incidents.map((i) => [i.killed, i.place])).toEqual([
      [26, "Palmyra"],
      [2, "Al-Waer"],
    ]);
  });
  it("'the killing of 8 more members, bringing the toll to 23' after the 23 told: the 8 are inside the toll", () => {
    const x = run(
      "On Thursday, 23 Druze gunmen were killed in an ambush on a convoy near Sahnaya.\n\nThe convoy was moving towards Sahnaya.\n\n" +
        "The Observatory said it had documented the killing of 8 more members of the convoy, bringing the toll to 23 dead.",
    );
    expect(killed(x)).toEqual([23]);
  });
});

describe("round 16: sources that say which attack they count", () => {
  it("'Eyewitnesses have still insisted that 7 people were killed' is another source's toll", () => {
    const x = run(
      "A car bomb killed 6 people in the market of Azaz on Monday, the Observatory said.\n\nEyewitnesses have still insisted that 7 people were killed.",
    );
    expect(x.incidents.map((i) => [i.killed, i.killedLow, i.killedHigh])).toEqual([[6, 6, 7]]);
  });
  it("'10 people were killed in Tuesday's attack', a source's toll of the attack told with 3, is a range", () => {
    const x = run(
      "Suicide bombers hit an army post north of Hama on Tuesday, killing three soldiers, state media said.\n\n" +
        "The army said the attack was repelled.\n\nThe group that claimed it posted pictures.\n\n" +
        "According to the Observatory, 10 people were killed in Tuesday's attack.",
    );
    expect(x.incidents.map((i) => [i.killed, i.killedLow, i.killedHigh])).toEqual([[3, 3, 10]]);
  });
  it("'a booby-trapped car blew up today, Saturday 16 November' dates the article's attack, not 'a few days ago'", () => {
    const x = run(
      "Fifteen people were killed when a car bomb exploded in the city of al-Bab.\n\n" +
        "The correspondent reported that a booby-trapped car blew up today, Saturday 16 November, in front of the garage gate.\n\n" +
        "Sporadic clashes have gone on around Afrin, the latest a few days ago.",
      "2019-11-16",
    );
    expect(x.incidents.map((i) => [i.killed, i.date, i.datePrecision])).toEqual([[15, "2019-11-16", "day"]]);
  });
  it("in a monitor's run-on sentence, 'so far' in its next item is not the first item's period", () => {
    const x = run(
      "On Monday rebel factions targeted Dimu and Asilah in the western countryside of Hama, where two shells fell and at least 3 persons " +
        "were killed, and the Syrian Observatory published hours ago that Jaysh al-Izza targeted Asila town, with no information about casualties so far.",
    );
    expect(killed(x)).toEqual([3]);
    expect(x.tallies).toEqual([]);
  });
  it("'The official news agency SANA had reported the martyrdom of one person' is that source's earlier toll of the attack", () => {
    const x = run(
      "Four people were killed on Monday when a car bomb exploded in front of a building in Hasakah, the Observatory said.\n\n" +
        "The official news agency SANA had reported the martyrdom of one person and the injury of 15 others in the car bomb.",
    );
    expect(x.incidents.map((i) => [i.killed, i.killedLow, i.killedHigh])).toEqual([[1, 1, 4]]);
  });
  it("'thirty gunmen were killed as Kurdish fighters pushed back an attack' are the attackers' losses", () => {
    const x = run("Thirty gunmen were killed on Monday as Kurdish fighters pushed back an attack on Ain Daqna village near Tal Rifaat.");
    expect(x.incidents.map((i) => [i.killed, i.attackersKilled])).toEqual([[0, 30]]);
  });
});

describe("round 17: a monitor's run-on roundup", () => {
  it("'no information about casualties so far' is no period for the items after it, and ', also' opens the next item", () => {
    const x = run(
      "On Monday helicopters dropped barrels on places in Kinda area, while the warplanes bombed areas in Idlib city, no information " +
        "about casualties so far, also at least 4 persons were killed when a warplane bombed areas in the town of Ma'arrat Misrin, also " +
        "the number of people killed in the bombing on areas in Saraqeb town rose to 9, also 2 members of Fath al-Sham Front were " +
        "killed when the warplanes struck a car at Kafr Takharim area.",
    );
    expect(killed(x)).toEqual([4, 9, 2]);
    expect(x.tallies).toEqual([]);
  });
  it("', and the Syrian Observatory published hours ago that ...' starts the monitor's next item", () => {
    const x = run(
      "On Monday rebels shelled Dimu and Asilah in the countryside of Hama, where at least 3 persons were killed, and the Syrian " +
        "Observatory published hours ago that gunmen shot dead a woman in the village of Marzaf.",
    );
    expect(killed(x)).toEqual([3, 1]);
  });
  it("with no publication date, 'on Thursday' takes the one full date the page tells for a Thursday (a caption's)", () => {
    const x = extractArticle({
      raw:
        "Barrel bomb kills 15 in Aleppo\n\nSyrians carry a wounded child in the rubble after a barrel bomb attack on Aug. 25, 2016.\n\n" +
        "A barrel bomb struck a rebel-held neighborhood of Aleppo on Thursday and killed at least 15 people, the Observatory said.",
    });
    expect(x.incidents.map((i) => [i.killed, i.date])).toEqual([[15, "2016-08-25"]]);
    const y = extractArticle({ raw: "A barrel bomb struck a rebel-held neighborhood of Aleppo on Friday and killed at least 15 people." });
    expect(y.incidents.map((i) => i.date)).toEqual([null]);
  });
  it("'Besides the children, four women were killed' is more of the attack's dead, not another source's count", () => {
    const x = run("A barrel bomb killed 15 people in Bab al-Nayrab on Thursday, among them 11 children.\n\nBesides the children, four women were killed.");
    expect(x.incidents.map((i) => [i.killed, i.killedLow, i.killedHigh])).toEqual([[15, 15, 15]]);
  });
  it("a sentence split by place: the opening day is every place's, and a town the gazetteer lacks keeps its name", () => {
    const x = run("On 21/10/2023 the raids killed three civilians in the town of Kafranbel, and seven in the town of Tal Hawash.", "2023-11-06");
    expect(x.incidents.map((i) => [i.killed, i.date, i.place, i.province])).toEqual([
      [3, "2023-10-21", "Kafranbel", "Idlib"],
      [7, "2023-10-21", "Tal Hawash", "Idlib"],
    ]);
  });
});

describe("roundup sections", () => {
  it("a statement with no place of its own takes the governorate its paragraph is filed under", () => {
    const x = run(
      "Syria update\n\nAleppo province: Rebels handed out bread in the east of the city. " +
        "Today the army shelled Tariq al-Bab, killing 15. In Jabriyya a sniper killed one civilian.\n\n" +
        "Dara`a province: A civilian from the village of al-Shajara was detained by the army and tortured to death.",
    );
    expect(x.incidents.map((i) => [i.killed, i.province])).toEqual([
      [15, "Aleppo"],
      [1, "Aleppo"],
      [1, "Daraa"],
    ]);
  });
});

describe("roundup section lines", () => {
  it("a governorate label on a line of its own places the paragraphs under it until the next label", () => {
    const x = run(
      "Monitor update\n\nIdlib Province:\n\nNine citizens died after aerial bombardment hit areas in Jarjanaz town.\n\n" +
        "Two men were killed by shelling on Kafr Zeita.\n\nHama Province:\n\nA woman was killed by sniper fire in Maarzaf.",
    );
    expect(x.incidents.map((i) => [i.killed, i.province])).toEqual([
      [9, "Idlib"],
      [2, "Hama"],
      [1, "Hama"],
    ]);
  });
});

describe("dated bulletins", () => {
  it("a bulletin's 'today' is the day its headline names, even when it went up the next day", () => {
    const x = run("Syria Update March 14, 2022\n\nToday the army shelled Tariq al-Bab in Aleppo, killing 15.", "2022-03-15");
    expect(x.incidents.map((i) => i.date)).toEqual(["2022-03-14"]);
  });
  it("a headline's date in a story that is no bulletin leaves 'today' to the publication date", () => {
    const x = run("Remembering March 14, 2022\n\nToday the army shelled Tariq al-Bab in Aleppo, killing 15.", "2022-03-15");
    expect(x.incidents.map((i) => i.date)).toEqual(["2022-03-15"]);
  });
});

describe("a background toll told twice", () => {
  it("one toll in one town, each telling dated only by its context, is one attack on the day its anchor gives", () => {
    const x = run(
      "Shelling killed 34 people in Hama on Sunday, the Observatory said.\n\n" +
        "The Security Council condemned a massacre in the town of Houla that killed at least 108 people.\n\n" +
        "The killings came two days after 108 people were killed in Houla.",
      "2012-05-28",
    );
    expect(x.incidents.map((i) => [i.killed, i.date])).toEqual([
      [34, "2012-05-27"],
      [108, "2012-05-25"],
    ]);
  });
});

describe("the sentence after the lead", () => {
  it("'took the fighters by surprise on the outskirts of X' tells the attack, and places it", () => {
    const x = run(
      "Troops ambushed a rebel checkpoint on Saturday and killed at least 12 fighters, activists said.\n\n" +
        "Government forces took the rebel fighters by surprise on the outskirts of the village of Baboulein in Idlib province.",
    );
    expect(x.incidents.map((i) => [i.killed, i.province, i.place])).toEqual([[12, "Idlib", "Baboulein"]]);
  });
});

describe("an attack pushed back, its losses told next", () => {
  it("the dead of the side whose attack the sentence before says was pushed back are its attackers", () => {
    const x = run(
      "The ISIS attack on SDF positions at the Jafra station was met with a harsh response and pushed back by SDF fighters. " +
        "9 ISIS members were killed in the clashes in this area.",
    );
    expect(x.incidents.map((i) => [i.killed, i.attackersKilled, i.perpetrator])).toEqual([[0, 9, "Islamic State"]]);
  });
});

describe("a total shared out in the sentences after it", () => {
  it("'killed 10 ...', then 'seven of them died around X' and 'fire on Y killed the other three': two attacks and a tally", () => {
    const x = run(
      "Turkish forces killed 10 civilians in bombardment of northeastern Syria on Saturday, a monitor said.\n\n" +
        "The monitor said at least seven of them died in air strikes and shelling around Ras al-Ain. " +
        "Artillery fire on the city of Qamishli further east killed the other three.",
    );
    expect(x.incidents.map((i) => [i.killed, i.place])).toEqual([
      [7, "Ras al-Ain"],
      [3, "Qamishli"],
    ]);
    expect(x.tallies.map((t) => t.count)).toEqual([10]);
  });
  it("a share that adds up to no total is part of the attack told", () => {
    const x = run("Rebels stormed the village of Hatla and killed 60 people on Tuesday. At least 10 of them died in the fighting, activists said.");
    expect(x.incidents.map((i) => i.killed)).toEqual([60]);
  });
});

describe("a governorate spelt otherwise", () => {
  it("'in Deir Ezzor province' in the lead names no other site than the towns the body gives", () => {
    const x = run(
      "ISIL executes 10 civilians\n\nSeveral civilians have been executed by ISIL in Deir Ezzor province, the Observatory reported. " +
        "The report said ISIL executed ten civilians held captive in the towns of Hajin, Al-Bukhatir and Al-Shafah.",
      "2018-03-01",
    );
    expect(x.incidents.map((i) => [i.killed, i.place])).toEqual([[10, "Hajin"]]);
  });
});

describe("the day's attack, then the running total", () => {
  it("'killed 10 ..., bringing to 28 the toll' after a smaller figure keeps the 10 and makes the 28 a tally", () => {
    const x = run(
      "At least seven were killed in strikes around Ras al-Ain, a monitor said.\n\n" +
        "Turkish forces killed 10 civilians in Ras al-Ain and Qamishli on Saturday, bringing to 28 the civilian death toll of the offensive.",
      "2019-10-12",
    );
    expect(x.tallies.map((t) => t.count)).toContain(28);
    expect(x.incidents.map((i) => i.killed)).not.toContain(28);
  });
  it("'brings to 48 the number of civilians killed since yesterday' is a running total, no revision of the attack before", () => {
    const x = run("Shelling on Douma killed 12 civilians on Wednesday. This brings to 48 the number of civilians killed since yesterday in the town.");
    expect(x.tallies.map((t) => t.count)).toEqual([48]);
  });
});

describe("a vague lead on a page dated only by publication", () => {
  it("'killed several civilians', then the ministry's seven and the monitor's four: one attack of 4 to 7", () => {
    const x = run(
      "A reported Israeli airstrike on Damascus killed several civilians, among them women and children, state media said.\n\n" +
        "The ministry said the strike on a building in the Mazzeh neighborhood killed seven civilians.\n\n" +
        "In its initial count the Observatory put the dead at four, two of them non-Syrians.",
    );
    expect(x.incidents.map((i) => [i.killed, i.killedLow, i.killedHigh])).toEqual([[4, 4, 7]]);
  });
});

describe("one of the incidents", () => {
  it("'One of the most striking incidents took place in Tartus, where two bodies were found' tells one attack, no sum", () => {
    const x = run(
      "One of the most striking incidents took place in Tartus, where the bodies of two young men were discovered near Safita.\n\n" +
        "In Homs, a man was found beheaded in the village of al-Kazimiyah. In Barzeh, a man was shot dead.",
    );
    expect(x.incidents.map((i) => i.killed)).toEqual([2, 1, 1]);
    expect(x.tallies).toEqual([]);
  });
});

describe("a total's categories", () => {
  it("the lines after 'put the number of fatalities ... at 321, as follows:' that name no one place are tallies", () => {
    const x = run(
      "Monitor statistics put the number of fatalities in the Syrian desert since early 2024 at 321, as follows:\n\n" +
        "• 24 ISIS members killed by regime forces and their proxy militias.\n\n" +
        "• 37 civilians, among them a child and a woman, killed in ISIS attacks in the Syrian desert.",
    );
    expect(x.incidents).toEqual([]);
    expect(x.tallies.map((t) => t.count)).toEqual([321, 24, 37]);
  });
});

describe("a page stamped with a month and year only", () => {
  it("'MARCH 2021' on a line of its own gives 'Late on March 26' its year", () => {
    const x = extractArticle({ raw: "Army kills four gunmen\n\nMARCH 2021\n\nLate on March 26, the army killed four gunmen near Sad al-Ain in Suwayda." });
    expect(x.incidents.map((i) => i.date)).toEqual(["2021-03-26"]);
  });
});

describe("an attack nothing places", () => {
  it("is in the one governorate the headline and lead are about", () => {
    const x = run(
      "Turkish drone injures civilian in Manbij\n\nA Turkish drone injured a civilian on Sunday in the countryside of Manbij in Aleppo province.\n\n" +
        "Earlier, a drone strike killed four fighters of the military council.",
    );
    expect(x.incidents.map((i) => [i.killed, i.province, i.geoPrecision])).toEqual([[4, "Aleppo", 3]]);
  });
  it("is only offered when the headline and lead name one governorate", () => {
    const doc = (raw: string) => new ArticleDoc(readArticle({ raw, publishedAt: "2022-03-16" }));
    expect(doc("Fear in Idlib and Hama\n\nResidents of Idlib and Hama fear a new offensive.").soleGovernorate()).toBeNull();
    expect(doc("Fear in Idlib\n\nResidents of Saraqeb fear a new offensive.").soleGovernorate()).toBe("Idlib");
  });
});

describe("a total split by place in the next sentence", () => {
  it("'20 killed in an attack on the Idlib region', then six, ten and four by town: three attacks and a tally", () => {
    const x = run(
      "Strikes on Idlib kill at least 20\n\nAt least 20 people were killed in an attack by the army on the Idlib region on Tuesday.\n\n" +
        "The attack stretched across the region: in Idlib city six people were killed; in Maarat Misrin ten were killed; " +
        "and in Binnish four more people were killed.",
    );
    expect(x.incidents.map((i) => i.killed)).toEqual([6, 10, 4]);
    expect(x.tallies.map((t) => t.count)).toEqual([20]);
  });
});

describe("another attack's day is not the lead's", () => {
  it("'were also killed yesterday' further down does not date a lead that gives no day", () => {
    const x = run(
      "Death toll of air raids on Douma rises to 70\n\nActivists said the death toll from the air raids on the town of Douma has risen to 70. " +
        "Regime forces are still bombing the Jobar neighborhood. Rebels clashed with troops near Dukhaniya. " +
        "Three pro-regime militants were also killed yesterday in clashes with rebels in Al Marj.",
      "2014-09-13",
    );
    expect(x.incidents.find((i) => i.killed === 70)?.date).toBe("2014-09-13");
  });
});

describe("one attack told by its region and its town", () => {
  it("'on the Kurdish enclave of Afrin', then 'in Jandairis', then who the dead were: one attack", () => {
    const x = run(
      "At least four civilians, two of them minors, were killed on Tuesday by Turkish artillery fire on the Kurdish enclave of Afrin.\n\n" +
        "The SDF said in a statement that four civilians were killed and dozens wounded in Jandairis.\n\n" +
        "The Observatory confirmed the shelling of Jandairis and said that, besides the two minors, the other two dead were women.",
    );
    expect(x.incidents.map((i) => i.killed)).toEqual([4]);
  });
});

describe("a page with no publication date whose lead gives a full date", () => {
  it("the lead's day dates the attacks told after it without a day of their own", () => {
    const x = extractArticle({
      raw:
        "Army kills four gunmen in Suwayda\n\nLate on March 26, 2021, the army killed four local gunmen near Sad al-Ain in Suwayda.\n\n" +
        "Pro-government sources said the gunmen had opened fire on a checkpoint in Qrayya, killing a soldier.",
    });
    expect(x.incidents.map((i) => [i.killed, i.date])).toEqual([
      [4, "2021-03-26"],
      [1, "2021-03-26"],
    ]);
  });
});

describe("an activists' daily report listing the dead by town", () => {
  it("each town is an attack of that day; the day's total and a region's sum are tallies", () => {
    const x = run(
      "Daily Report\n\nTwenty residents lost their lives in rural Damascus this Wednesday. " +
        "Per area the fatalities were: Albuwaida 12, Athiyabiyah 5, Beqain 2 and 'Erbeen 1.\n\n" +
        "The Southern Suburban Area: Regime forces shelled the region. Seventeen citizens were killed as a result.",
      "2013-10-10",
    );
    expect(x.incidents.map((i) => [i.killed, i.place, i.date])).toEqual([
      [12, "Albuwaida", "2013-10-09"],
      [5, "Athiyabiyah", "2013-10-09"],
      [2, "Beqain", "2013-10-09"],
      [1, "Arbin", "2013-10-09"],
    ]);
    expect(x.tallies.map((t) => t.count)).toEqual([20, 17]);
  });
});

describe("a daily report's list after the day's toll", () => {
  it("'Twenty lost their lives on this Thursday; A 11 (1 victim from Idlib), Dareyya 4, ...': the towns, in the report's governorate", () => {
    const x = extractArticle({
      raw:
        "---\ntitle: Revolutionary Command Council in Damascus Suburbs | Daily Report\npublished: 2013-01-26\n---\n\n" +
        "Thursday January 24, 2013\n\nTwenty citizens lost their lives across the suburban area on this Thursday; " +
        "Mu'adamyyat Asham 11 (1 victim from Idlib), Dareyya 4, Sbaineh 3 and Azzabadani 2.\n\n" +
        "Dareyya: Regime forces fired Grad missiles at residential areas. Four residents were killed in the regime's attacks.",
    });
    expect(x.incidents.map((i) => [i.killed, i.province])).toEqual([
      [11, "Rif Dimashq"],
      [4, "Rif Dimashq"],
      [3, "Rif Dimashq"],
      [2, "Rif Dimashq"],
    ]);
    expect(x.tallies.map((t) => t.count)).toEqual([20]);
  });
});

describe("a year's statistics by governorate", () => {
  it("'The murders left 222 fatalities ... distributed as follows:' then 'Daraa: 65 murder crimes left ...': all tallies", () => {
    const x = run(
      "A young man died of his wounds after gunmen attacked him on the Talbiseh road on Tuesday.\n\n" +
        "Since early 2024, the Observatory has documented 202 murders in regime-controlled areas. Robberies were behind some of them. " +
        "The murders left 222 fatalities. By region, the fatalities are distributed as follows:\n\n" +
        "Daraa: 65 murder crimes left 59 men, five children and 12 women dead.\n\nHoms: 22 murder crimes left 20 men and two women dead.",
    );
    expect(x.incidents.map((i) => i.killed)).toEqual([1]);
    expect(x.tallies.map((t) => t.count)).toEqual([202, 222, 76, 22]);
  });
});

describe("a country's daily toll and one city's share of it", () => {
  it("'at least 56 killed today, 44 in Homs', then 'Of these, 44 fell in Homs, in various neighbourhoods': a tally and Homs's attack", () => {
    const x = run(
      "Syria: at least 56 killed today, 44 in Homs\n\nAt least 56 people were killed today by forces loyal to the president in various places across Syria. " +
        "Of these, 44 fell in Homs, in various neighbourhoods.",
      "2012-03-08",
    );
    expect(x.incidents.map((i) => [i.killed, i.province])).toEqual([[44, "Homs"]]);
    expect(x.tallies.map((t) => t.count)).toEqual([56]);
  });
});

describe("'The troops also pounded the village of X, killing five, the monitor said'", () => {
  it("is a second place struck, not the monitor's second count of the attack before", () => {
    const x = run(
      "Regime forces shelled Maarat al-Numan on Friday, killing six people. The troops also pounded the village of Khirbat Zuhur, " +
        "killing at least five people, the monitor said.",
      "2012-06-09",
    );
    expect(x.incidents.map((i) => [i.killed, i.place])).toEqual([
      [6, "Maarat al-Numan"],
      [5, "Khirbat Zuhur"],
    ]);
  });
});

describe("with no publication date, a weekday that a full date just told falls on", () => {
  it("is that date", () => {
    const x = extractArticle({
      raw:
        "The toll of the air strikes that hit Idlib city two days ago, on the 4th of February 2018, keeps climbing. " +
        "It has now reached 11 people, who were killed when warplanes struck the city last Sunday.",
    });
    expect(x.incidents.map((i) => [i.killed, i.date])).toEqual([[11, "2018-02-04"]]);
  });
});

describe("the main attack's day is not another attack's", () => {
  it("a dated attack later in the text, in another governorate, does not date the undated lead", () => {
    const x = run(
      "Fourteen fighters killed in Afrin clashes\n\nNo fewer than 14 fighters of Turkish-backed groups were killed near Afrin in fighting " +
        "between rival factions, a war monitor said. The fighting was followed by clashes with Kurdish forces.\n\nMore than a dozen others " +
        "were wounded. The factions have fought over smuggling routes for months.\n\nOn Sunday, a Turkish drone struck a car near Qamishli, " +
        "killing two members of the security forces.",
      "2023-09-18",
    );
    expect(x.incidents.map((i) => [i.killed, i.date])).toEqual([
      [14, "2023-09-18"],
      [2, "2023-09-17"],
    ]);
  });
});

describe("a toll 'climbed to four' over the attack that killed four", () => {
  it("is the attack's latest count, not a tally beside it", () => {
    const x = run(
      "Latakia death toll rises to 4\n\nThe number of people killed in attacks by remnants of the former regime during protests in Latakia " +
        "has climbed to four, with 108 others wounded, state media said Monday.\n\nSANA reported that four people lost their lives and 108 " +
        "were injured in the attacks that took place on Sunday.",
      "2025-12-29",
    );
    expect(x.incidents.map((i) => i.killed)).toEqual([4]);
    expect(x.tallies).toEqual([]);
  });
});

describe("a series framed by a period, then one attack of it after a colon", () => {
  it("the attack after the colon, with its own day, is an incident, not the period's tally", () => {
    const x = run(
      "The area has seen a rise in attacks by remnants of the former regime over the past months: armed groups attacked a checkpoint " +
        "in the city of Jableh on 22 December, killing two members and wounding three others.",
      "2025-02-01",
    );
    expect(x.incidents.map((i) => [i.killed, i.date])).toEqual([[2, "2024-12-22"]]);
    expect(x.tallies).toEqual([]);
  });
});

describe("a survivor's account of kin killed, with no date of its own", () => {
  it("is not dated to the week the feature was published", () => {
    const x = run("Issa told how a shell hit their house in al-Waer, killing his mother, father and sister.", "2013-11-29");
    expect(x.incidents.map((i) => [i.killed, i.date])).toEqual([[3, null]]);
  });
});

describe("a source named, then speaking again: '..., it said.'", () => {
  it("the group's own toll two sentences after its statement is its figure for the attack told", () => {
    const x = run(
      "Gunmen attacked a house in Thiban on Monday, killing seven employees of the local council. " +
        "The attack was the deadliest in the area this year. " +
        "Hours later, the group's news agency put out a statement saying its members had attacked the house. " +
        "Ten people were killed and others were injured, it said.",
      "2022-04-27",
    );
    expect(x.incidents.map((i) => [i.killed, i.killedHigh])).toEqual([[7, 10]]);
  });
});

describe("a toll shared out in its own sentence: 'N of them in X'", () => {
  it("'killed around the country, four of them in Homs': the country's toll and Homs's attack", () => {
    const x = run("Activists said at least 14 people were killed around the country on Friday, four of them in Homs.", "2012-06-09");
    expect(x.incidents.map((i) => [i.killed, i.province])).toEqual([[4, "Homs"]]);
    expect(x.tallies.map((t) => t.count)).toEqual([14]);
  });
  it("'..., at least 30 of them in a massacre in the town of Salqin and 27 others in the city of Harasta': two attacks", () => {
    const x = run(
      "Some 150 people were killed in Syria on Monday, at least 30 of them in a massacre in the town of Salqin and 27 others in the city of Harasta.",
      "2012-06-12",
    );
    expect(x.incidents.map((i) => [i.killed, i.place]).sort()).toEqual([
      [27, "Harasta"],
      [30, "Salqin"],
    ]);
    expect(x.tallies.map((t) => t.count)).toEqual([150]);
  });
  it("'the overall toll at 78 dead, 45 of them in Jableh and 33 in Tartus': the toll stays a tally when its parts add up to it", () => {
    const x = run("State media put the overall toll at 78 dead, 45 of them in Jableh and 33 in Tartus.", "2016-05-23");
    expect(x.tallies.map((t) => t.count)).toEqual([78]);
    expect(x.incidents.map((i) => i.killed).sort()).toEqual([33, 45]);
  });
});

describe("a coordination committees' toll by governorate", () => {
  it("'the number of martyrs has risen to fifty-seven: twenty in Daraa, sixteen in Damascus and its countryside, ...'", () => {
    const x = run(
      "The committees said today that the number of martyrs has risen to fifty-seven: twenty in Daraa, " +
        "sixteen in Damascus and its countryside, most of them in the Eastern Ghouta, fifteen in Aleppo, five in Homs, and one martyr in Idlib.",
    );
    expect(x.incidents.map((i) => [i.killed, i.province])).toEqual([
      [20, "Daraa"],
      [16, "Damascus"],
      [15, "Aleppo"],
      [5, "Homs"],
      [1, "Idlib"],
    ]);
    expect(x.tallies.map((t) => t.count)).toEqual([57]);
  });
  it("'in the Idlib countryside and 27 others in Harasta': a place before 'and N others' is no companion", () => {
    expect(
      run("Thirty were killed in a massacre in the town of Salqin in the Idlib countryside and 27 others in the city of Harasta.").incidents.map(
        (i) => i.killed,
      ),
    ).toEqual([30, 27]);
  });
});

describe("a weekday on a page with no publication date", () => {
  it("'On Tuesday, a shell killed two farmers' in a feature whose lead gives a full date stays undated", () => {
    const x = extractArticle({
      raw:
        "Saraqib: the crossroads town\n\nOn 3 February 2020, government shelling hit Turkish positions near Saraqib, killing seven Turkish soldiers.\n\n" +
        "Today, Saraqib is a ghost town. On Tuesday, a shell struck a car on the road between Saraqib and Ariha, killing two farmers.",
    });
    expect(x.incidents.map((i) => [i.killed, i.date])).toEqual([
      [7, "2020-02-03"],
      [2, null],
    ]);
  });
});

describe("round 22: the attackers' dead told after a quote", () => {
  it("'..., he said, adding that at least 18 militants had also died' are the attack's attackers", () => {
    const x = run(
      [
        "IS militants attacked government positions in Albu Kamal on Friday.",
        "The operation killed at least 25 government and allied fighters, the Observatory said.",
        "The militants used suicide car bombs.",
        "Reinforcements were sent from Mayadin.",
        '"Fighting is ongoing in the center," he said, adding that at least 18 militants, the suicide attackers among them, had also died.',
      ].join("\n\n"),
      "2018-06-09",
    );
    expect(x.incidents.map((i) => [i.killed, i.attackersKilled])).toEqual([[25, 18]]);
  });
});

describe("round 22: 'another' as many dead in another town", () => {
  it("'shelling killed three in Al-Bara', then 'another three were killed in attacks on Habit' are two attacks", () => {
    const x = run(
      [
        "Regime attacks kill civilians in Idlib",
        "At least 13 civilians were killed on Wednesday in attacks by regime forces on the de-escalation zone in northwestern Syria.",
        "According to the sources, regime shelling killed three people in the village of Al-Bara.",
        "Another three civilians were killed in attacks on the town of Habit, the sources added.",
      ].join("\n\n"),
      "2019-05-30",
    );
    expect(x.incidents.filter((i) => i.killed === 3).map((i) => i.place)).toEqual(["Al-Bara", "Al-Habit"]);
  });
});

describe("round 22: unnamed militants counted beside the attacked side", () => {
  it("'nine Syrian soldiers and three extremist fighters were killed' in an HTS attack: 9 killed, 3 attackers", () => {
    const x = run(
      [
        "Nine Syrian soldiers killed in HTS attack in northern Latakia",
        "A monitor said nine Syrian soldiers and three extremist fighters were killed on Friday when Hayat Tahrir al-Sham fighters stormed an army post.",
      ].join("\n\n"),
      "2023-09-02",
    );
    expect(x.incidents.map((i) => [i.killed, i.attackersKilled])).toEqual([[9, 3]]);
  });
});

describe("round 22: who the dead were", () => {
  it("'Among the dead were three rebel leaders, killed during a battle ...' describes the dead told, and adds no attack", () => {
    const x = run(
      [
        "Militants killed in Quneitra",
        "No fewer than 17 militants have died over the past two days in fighting with the army in Quneitra province, the Observatory said.",
        "Among the dead were three rebel leaders, killed during a battle that militant groups launched against army posts in Quneitra.",
      ].join("\n\n"),
      "2014-12-27",
    );
    expect(killed(x)).toEqual([17]);
  });
});

describe("round 22: a district of Aleppo city, then 'another 15' in another town", () => {
  it("'14 were killed in the Tariq al-Bab district of Aleppo city', 'Another 15 ... near the town of Al-Bab' are two attacks", () => {
    const x = run(
      [
        "Air raids kill 29 in and around Aleppo",
        "According to the monitor, at least 14 people were killed in the eastern Tariq al-Bab district of Aleppo city.",
        "Another 15 people, a woman and a child among them, were killed in four air strikes near the town of Al-Bab and the area of Tadef, the monitor said.",
      ].join("\n\n"),
    );
    expect(x.incidents.filter((i) => i.killed !== 29).map((i) => i.killed)).toEqual([14, 15]);
  });
});

describe("round 22: where the attackers are based", () => {
  it("'shelling by rebel groups based ... in Idlib Province' does not place the Aleppo dead in Idlib", () => {
    const x = run(
      [
        "Report: 7 killed in shelling in Syrian government-held city",
        "Syrian state media says at least seven civilians have been killed in the city of Aleppo by rebel shelling.",
        "A monitor said at least six were killed in the shelling by rebel groups based on the western edges of the city and in opposition-held Idlib.",
      ].join("\n\n"),
      "2019-11-21",
    );
    expect(x.incidents.map((i) => [i.killed, i.killedHigh, i.province])).toEqual([[6, 7, "Aleppo"]]);
  });
});

describe("round 22: state media's far lower toll for the same bombing", () => {
  it("'killed no fewer than 50' and state media's 'put the death toll at two' for the suicide bombing: one attack, 2 to 50", () => {
    const x = run(
      [
        "Suicide bomber kills 50 security men",
        "An Islamist suicide car bomber killed no fewer than 50 Syrian security men in Hama province on Monday, an opposition group said.",
        "State media said a suicide bomber had targeted a rural development centre in Sahl al-Ghab in Hama province, and put the death toll at two.",
      ].join("\n\n"),
      "2012-11-06",
    );
    expect(x.incidents.map((i) => [i.killed, i.killedHigh])).toEqual([[2, 50]]);
  });
});

describe("round 23: a day's toll split by governorate", () => {
  it("'By the LCC's count, 24 were killed in Idlib, 13 in Hama, ..., five in Beit Jinn, ... and one in Aleppo': each place's", () => {
    const x = run(
      "By the LCC's count, twenty-four people were killed in Idlib, 13 in Hama, 12 in Homs, five in the " +
        "Damascus suburb of Beit Jinn, two in Daraa, two in Deir Ezzor and one in Aleppo.",
    );
    expect(x.incidents.map((i) => [i.killed, i.province])).toEqual([
      [24, "Idlib"],
      [13, "Hama"],
      [12, "Homs"],
      [5, "Rif Dimashq"],
      [2, "Daraa"],
      [2, "Deir ez-Zor"],
      [1, "Aleppo"],
    ]);
    expect(x.tallies).toEqual([]);
  });
});

describe("round 23: 'eight each in Hama and Idlib', and a country's toll told place by place", () => {
  it("each place's figure is that place's attack, the count after 'each' holding for both places", () => {
    const x = run(
      "Syrian regime forces killed 49 in Homs, 13 in the suburbs of the capital Damascus, eight each in " +
        "Hama and Idlib, seven each in Aleppo and Daraa, and three in Deir ez-Zor in air and ground " +
        "offensives across the country.",
    );
    expect(x.incidents.map((i) => [i.killed, i.province])).toEqual([
      [49, "Homs"],
      [13, "Rif Dimashq"],
      [8, "Hama"],
      [8, "Idlib"],
      [7, "Aleppo"],
      [7, "Daraa"],
      [3, "Deir ez-Zor"],
    ]);
  });
  it("the country's total before its places stays a tally: 'killed 50 people in Syria on Saturday', then 21 in Aleppo and 29 in Hama", () => {
    const x = run(
      [
        "A watchdog says Syrian regime forces killed 50 people across Syria on Saturday.",
        "The network said government aircraft killed 21 people in Aleppo and 29 in Hama.",
      ].join("\n\n"),
    );
    expect(x.tallies.map((t) => t.count)).toEqual([50]);
    expect(x.incidents.map((i) => [i.killed, i.province])).toEqual([
      [21, "Aleppo"],
      [29, "Hama"],
    ]);
  });
});

describe("round 23: an earthquake's toll told in the next sentence", () => {
  it("'A 7.8-magnitude earthquake hit Kahramanmaras ... As of Monday the death toll in the two countries stands at 35,000' is no incident", () => {
    const x = run(
      "A Turkish drone killed a fighter in Kobane on Sunday. Last week a 7.8-magnitude earthquake hit " +
        "Kahramanmaras in Turkey and tore through neighbouring Syria. As of Monday afternoon the confirmed " +
        "death toll in the two countries stands at more than 35,000.",
    );
    expect(x.incidents.map((i) => i.killed)).toEqual([1]);
  });
});

describe("round 23: the attackers' dead of a repelled attack", () => {
  it("'army units fought the attackers, ...' then 'More than 50 terrorists were killed in the clashes': attackers killed", () => {
    const x = run(
      "A military source said army units fought the attackers, who had tried to attack military posts " +
        "around Maan town in the Hama countryside on Monday.\n\nMore than 50 terrorists were killed in the " +
        "clashes.",
    );
    expect(x.incidents.map((i) => [i.killed, i.attackersKilled])).toEqual([[0, 50]]);
  });
  it("'Our forces confronted two attacks on the villages ..., killing eight mercenaries': attackers killed", () => {
    const x = run("Our forces confronted two attacks on the villages of al-Mushairfa and Sayda in Ain Issa on Monday evening, killing eight mercenaries.");
    expect(x.incidents.map((i) => [i.killed, i.attackersKilled])).toEqual([[0, 8]]);
  });
  it("'In the night battle, 43 terrorists were killed' after the attack that killed four servicemen: that attack's attackers", () => {
    const x = run(
      "Four Russian servicemen were killed when militants attacked a Syrian army artillery battery in Deir " +
        "ez-Zor on Monday night.\n\nIn the night battle, 43 terrorists were killed.",
    );
    expect(x.incidents.map((i) => [i.killed, i.attackersKilled])).toEqual([[4, 43]]);
  });
});

describe("round 23: the attackers counted among the dead after the verb", () => {
  it(
    "'11 people were killed in the fighting, among them a Syrian soldier, eight Iranian-backed fighters " +
      "and two ISIS terrorists' after an ISIS attack: 9 and 2 attackers",
    () => {
      const x = run(
        "ISIS cells attacked several positions of the Syrian army near al-Sukhnah on Monday.\n\nThe attack " +
          "set off heavy clashes. The monitor said at least 11 people were killed in the fighting, among them a " +
          "Syrian soldier, eight Iranian-backed fighters and two ISIS terrorists.",
      );
      expect(x.incidents.map((i) => [i.killed, i.attackersKilled])).toEqual([[9, 2]]);
    },
  );
});

describe("round 23: dead who were attacking", () => {
  it("'17 fighters of the Army of Conquest were killed as it intensified its assault on the last two villages': attackers killed", () => {
    const x = run(
      "Elsewhere, 17 fighters of the Army of Conquest were killed on Monday as it intensified its assault on the last two villages the regime holds in Idlib.",
    );
    expect(x.incidents.map((i) => [i.killed, i.attackersKilled])).toEqual([[0, 17]]);
    const y = run("Seventeen civilians were killed on Monday as the regime intensified its assault on the villages of Idlib.");
    expect(y.incidents.map((i) => [i.killed, i.attackersKilled])).toEqual([[17, null]]);
  });
});

describe("round 23: a vague word and the number after it", () => {
  it("'dozens of people were killed on Monday when militants overran villages, with more than 200 people killed' is 200", () => {
    const x = run("Dozens of people were killed on Monday when ISIS militants overran villages east of Sweida, with more than 200 people killed.");
    expect(x.incidents.map((i) => i.killed)).toEqual([200]);
    expect(killed(run("Dozens of soldiers and 15 civilians were killed on Monday when ISIS militants overran villages east of Sweida."))).toEqual([27]);
  });
});

describe("round 23: a source's reported clauses, 'that ..., that ..., and that ...'", () => {
  it("each reported clause with its own count and place is its own statement", () => {
    const x = run(
      "The Observatory reported that a civilian was shot dead in Idlib on Monday, that two others died in " +
        "the central province of Homs, and that one was killed by gunfire in Daraa.",
    );
    expect(x.incidents.map((i) => [i.killed, i.province])).toEqual([
      [1, "Idlib"],
      [2, "Homs"],
      [1, "Daraa"],
    ]);
  });
});

describe("round 23: a repelled attack's place and attacker", () => {
  it("the attackers' dead take the place of the attack the sentence before told, and no attacker from those who answered", () => {
    const x = run(
      [
        "Regime forces killed three people in Deir ez-Zor on Monday.",
        "Army units fought the attackers, who had tried to attack military posts around Maan town in the Hama countryside on Monday.",
        "More than 50 terrorists were killed in the clashes.",
      ].join("\n\n"),
    );
    expect(x.incidents.map((i) => [i.killed, i.attackersKilled, i.province, i.perpetrator])).toEqual([
      [3, null, "Deir ez-Zor", "Syrian government forces"],
      [0, 50, "Hama", null],
    ]);
  });
  it("with no publication date, a lead's 'slaughter of 187 civilians' over 'Sunday (21/7/2013)' dates the day's places", () => {
    const x = extractArticle({
      raw:
        "The LCC said that over the whole of Sunday (21/7/2013) regime forces carried out a savage slaughter of 187 civilians.\n\n" +
        "In Idlib province 28 civilians were killed. In Hamah province regime forces slaughtered 12 civilians.",
    });
    expect(x.incidents.map((i) => [i.killed, i.date])).toEqual([
      [28, "2013-07-21"],
      [12, "2013-07-21"],
    ]);
  });
  it("with no publication date or full date, 'on Tuesday, 11 February' takes the one named year it is a Tuesday in", () => {
    const raw =
      "A landmine exploded on Tuesday, 11 February, killing 4 people near al-Sukhnah in the Homs countryside.\n\n" +
      "Since the start of the current year 2025, the Civil Defence has responded to more than 45 explosions of mines.";
    expect(extractArticle({ raw }).incidents.map((i) => i.date)).toEqual(["2025-02-11"]);
    expect(extractArticle({ raw: raw.replace("2025", "2024") }).incidents.map((i) => i.date)).toEqual([null]);
  });
  it("'foiled an attempt by ISIS terrorists to attack posts ..., killing 5 of them' are attackers; dead in another town are not its victims", () => {
    const x = run(
      "An army unit foiled an attempt by ISIS terrorists to attack military posts in the Tal Brook area northwest of Deir Ezzor city, " +
        "killing 5 of them and wounding others.\n\nLocal sources in al-Mayadin city said popular resistance groups killed nine terrorists.",
    );
    expect(x.incidents.map((i) => [i.killed, i.attackersKilled ?? null, i.place])).toEqual([
      [0, 5, "Tal Brook"],
      [9, null, "Al-Mayadin"],
    ]);
  });
  it("'at least 11 people were killed ... -- four soldiers ... and seven civilians killed': the dash opens the total's breakdown", () => {
    const x = run(
      "At least 11 people were killed on Friday in clashes in the city of Daraa -- " +
        "four soldiers shot by gunmen and seven civilians killed by the security forces.",
    );
    expect(killed(x)).toEqual([11]);
  });
  it("'After the attack 23 dead bodies were found' is the attack's own dead; 'after the attack, troops shelled' is another", () => {
    const lead = "A car bomb attack close to the Bab al-Salama crossing killed at least 23 people on Thursday.\n\n";
    expect(killed(run(`${lead}"After the attack 23 dead bodies were found," an activist said.`))).toEqual([23]);
    expect(killed(run(`${lead}After the attack, troops shelled the town of Azaz, killing 5 people.`))).toEqual([23, 5]);
  });
  it("'the strikes also killed eight fighters' after fourteen civilians adds them to the attack, even in a source's words", () => {
    const x = run(
      "A Turkish-led bombardment killed 14 civilians in the village of Bab al-Kheir on Friday.\n\n" +
        "The Observatory said the 14 civilians were killed by Turkish airstrikes in and around the village of Bab al-Kheir.\n\n" +
        "The monitor said the strikes also killed eight fighters of the Syrian Democratic Forces.",
    );
    expect(killed(x)).toEqual([22]);
    expect(x.tallies).toEqual([]);
  });
  it("'a car bomb in al-Bab killed one soldier, while 11 militants were killed in clashes on Sunday': two attacks", () => {
    const x = run(
      "The military said on Monday that a car bomb attack in the town of al-Bab killed one Turkish soldier, " +
        "while 11 ISIS militants were killed in clashes on Sunday.",
    );
    expect(killed(x)).toEqual([1, 11]);
    expect(killed(run("Clashes in the town of al-Bab killed one Turkish soldier, while 11 ISIS militants were killed in clashes on Sunday."))).toEqual([12]);
  });
  it("a source's own count for the attack on the same town ('left 25 citizens dead' after 28) is one attack; 19 and 13 stay two", () => {
    const lead = "On Wednesday, a terrorist attack on a bus in the Kabajeb area of Deir al Zour killed 20 soldiers and 8 civilians.\n\n";
    const x = run(
      `${lead}SANA quoted its correspondent as saying that a Pullman in the Kabajeb area came under a terrorist attack that left 25 citizens dead.`,
    );
    expect(x.incidents.map((i) => [i.killed, i.killedHigh])).toEqual([[25, 28]]);
    const y = run(
      `${lead}SANA quoted its correspondent as saying that a Pullman in the Kabajeb area came under a terrorist attack that left 19 citizens dead.`,
    );
    expect(killed(y)).toEqual([28, 19]);
  });
  it("with no year to place them, 'On February 7' and 'yesterday, February 18' are still two days, so two clashes", () => {
    const x = extractArticle({
      raw:
        "On February 7, three smugglers were killed in clashes on the Syria-Jordan border.\n\n" +
        "In addition, five other smugglers were killed yesterday, February 18, in clashes with Jordanian forces.",
    });
    expect(killed(x)).toEqual([3, 5]);
  });
  it("a headline's '14 dead' over a release whose update says the toll climbed above 50 is that one attack", () => {
    const x = run(
      "Airstrikes destroy Al Quds hospital in Aleppo leaving 14 dead\n\n" +
        "Update: the number of dead at the Al Quds hospital has now climbed above 50.\n\n" +
        "At least 14 people have been killed in the bombing of the Al Quds hospital in Aleppo on Wednesday night.",
    );
    expect(x.incidents.map((i) => [i.killed, i.killedHigh])).toEqual([[14, 50]]);
  });
  it("'The airstrikes followed by just a few hours a deadly blast that killed 34' tells the blast apart", () => {
    const x = run(
      "Airstrikes on the rebel-held province of Idlib killed at least 21 civilians on Monday, a monitor reported.\n\n" +
        "The Syrian government made no official comment.\n\n" +
        "The airstrikes followed by just a few hours a deadly blast in Idlib that killed 34 people, 18 of them civilians, the Observatory said.",
    );
    expect(killed(x)).toEqual([21, 34]);
  });
  it("'33 soldiers were killed in a surprise offensive by ISIL, while ... clashes to repel the assault go on': victims, not attackers", () => {
    const x = run(
      "Amaq said 33 Syrian soldiers were killed in Al-Shawla in a surprise offensive by ISIL jihadists, " +
        "while a military source said that clashes to repel the terrorists' assault are still going on.",
    );
    expect(x.incidents.map((i) => [i.killed, i.attackersKilled ?? null])).toEqual([[33, null]]);
  });
  it("'four armed militants were killed on Monday when they attacked an army checkpoint' are attackers", () => {
    const x = run("In al-Rosafa, at least four armed militants were killed on Monday when they attacked an army checkpoint.");
    expect(x.incidents.map((i) => [i.killed, i.attackersKilled ?? null])).toEqual([[0, 4]]);
  });
  it("'He added that a Syrian soldier had also been killed in Homs' is one more of the province's dead", () => {
    const x = run(
      "The Observatory told dpa that a woman and three men had been killed in Homs province on Monday.\n\n" +
        "He added that a Syrian soldier had also been killed in Homs.",
    );
    expect(killed(x)).toEqual([5]);
  });
  it("'said on Dec 10' and 'the Islamic State in Iraq and Syria' name no site that keeps the Sukhna executions apart", () => {
    const x = extractArticle({
      raw:
        "BEIRUT – A Syria war monitor said on Dec 10 that militants of the Islamic State in Iraq and Syria (ISIS) had killed 54 fleeing soldiers " +
        "in central Homs province.\n\n" +
        'The Syrian Observatory said ISIS militants seized soldiers and "executed 54" of them in the Sukhna area of Homs province.',
    });
    expect(killed(x)).toEqual([54]);
  });
  it("with no publication date, 'this afternoon, February 14, 2021' below the lead places 'Yesterday's explosion'", () => {
    const raw =
      "Two explosions in the northern Aleppo countryside kill 2\n\nThe town of Jindires was hit by a car bomb.\n\nResidents fled the market.\n\n" +
      "The car explosion, which took place this afternoon, February 14, 2021, wounded 6 people.\n\n" +
      "Yesterday's explosion in Al-Rai killed two people on the spot and injured 8 others.";
    const x = extractArticle({ raw });
    expect(x.incidents.map((i) => [i.killed, i.date])).toEqual([[2, "2021-02-13"]]);
    expect(readArticle({ raw }).publishedAt).toBeNull();
  });
  it("the fighting in which 170 soldiers died is no second count of the 160 executed at the same base", () => {
    const x = run(
      "IS executes more than 160 Syrian soldiers captured at Tabqa air base\n\n" +
        "Jihadists executed more than 160 Syrian soldiers captured after they seized Tabqa air base, the Observatory said Thursday.\n\n" +
        "The video showed dozens of men being marched through the desert.\n\n" +
        "The jihadists seized the air base on Sunday after days of fierce fighting in which over 170 soldiers were killed, according to the Observatory.",
      "2014-08-28",
    );
    expect(killed(x)).toEqual([160, 170]);
  });
  it("a title that joined no attack of the body is no attack of its own; alone, it still is one", () => {
    const body = "Shelling by government forces killed four children in the village of Qastoun in the Idlib countryside on Tuesday.";
    expect(killed(run(`Shelling kills four children in Hama province\n\n${body}`))).toEqual([4]);
    expect(killed(run("Shelling kills four children in Hama province\n\nThe village has been shelled for weeks."))).toEqual([4]);
  });
  it("a toll told town by town splits even where the gazetteer lacks some towns ('7 (one family) in Otaya')", () => {
    const x = run("Regime shelling killed at least 20 civilians in Hammouriyah, 7 (one family) in Otaya, 12 in Saqba and 4 in Jisreen on Tuesday.");
    // (the towns the gazetteer lacks are placed in the governorate of the list's known towns)
    expect(x.incidents.map((i) => [i.killed, i.place, i.province])).toEqual([
      [20, "Hamouriyeh", "Rif Dimashq"],
      [7, "Rif Dimashq", "Rif Dimashq"],
      [12, "Saqba", "Rif Dimashq"],
      [4, "Rif Dimashq", "Rif Dimashq"],
    ]);
    // (no town the gazetteer knows: no list of places, one toll)
    expect(killed(run("Shelling killed 6 civilians in Blimbo and 9 others in Qarqashtan on Tuesday."))).toEqual([15]);
  });
  it("the places after the first of a list share its attacker and weapon ('Regime shelling killed 20 in A, 12 in B')", () => {
    const x = run("Regime shelling killed at least 20 civilians in Hammouriyah, 12 in Saqba and 4 in Jisreen on Tuesday.");
    expect(x.incidents.map((i) => [i.killed, i.perpetrator, i.eventType])).toEqual([
      [20, "Syrian government forces", "shelling"],
      [12, "Syrian government forces", "shelling"],
      [4, "Syrian government forces", "shelling"],
    ]);
    // (a clause with its own verb keeps its own kind: "while rebels also killed 12 ... in Deraa")
    const y = run("Defectors ambushed a checkpoint in Idlib, killing 10 soldiers, while rebels also killed 12 loyalists in the southern town of Deraa.");
    expect(y.incidents.map((i) => i.eventType)).toEqual(["ambush-raid", "other"]);
  });
  it("a list of unknown places splits when a place is told as one ('two others, a child among them, in the Blimbo neighborhood')", () => {
    const x = run("Air strikes hit Aleppo on Sunday. Nine civilians were killed in Qarqashtan and two others, a child among them, in the Blimbo neighborhood.");
    expect(killed(x)).toEqual([9, 2]);
  });
  it("one sentence of several villages' dead, some of them villages the gazetteer lacks ('bombed Om Nayr village'), splits", () => {
    const x = run(
      "On Monday one citizen died in ground shelling on the vicinity of Murak town in the northern countryside of Hama; " +
        "and another citizen was killed when Russian warplanes bombed Om Nayr village in Jabal Shashabo.",
    );
    expect(killed(x)).toEqual([1, 1]);
  });
  it("', while the bodies of eight men were found' and ', where 20 soldiers were killed in fighting' start statements of their own", () => {
    const x = run("The toll included five rebels and one civilian killed in Salaheddin, while the bodies of eight unidentified men were found near a base.");
    expect(killed(x)).toEqual([6, 8]);
    const y = run(
      "Regime shelling killed 12 people on Friday in a Kurdish town in Aleppo province, where 20 soldiers and seven rebels were killed in fighting at a base.",
    );
    expect(killed(y)).toEqual([12, 27]);
  });
});

describe("attackers' losses told again (round 26)", () => {
  const text =
    "11 members of gang groups were killed in clashes in Sheikh Maqsoud neighborhood of Aleppo.\n\n" +
    "The YPG said the groups shelled the neighborhood with mortars on Monday night.\n\n" +
    "At the same time, the gang groups tried to infiltrate the neighborhood from two sides, and heavy clashes broke out with YPG forces. " +
    "At least 11 gang members were confirmed killed in the clashes.";
  it("'tried to infiltrate ..., and clashes broke out. 11 gang members were killed in the clashes': the lead's 11 were the attackers", () => {
    expect(run(text).incidents.map((i) => [i.killed, i.attackersKilled])).toEqual([[0, 11]]);
  });
  it("dead of the clashes after an attack that did not fail stay its victims", () => {
    const x = run(text.replace("tried to infiltrate", "entered").replace("11 gang members", "11 members"));
    expect(x.incidents.map((i) => [i.killed, i.attackersKilled])).toEqual([[11, null]]);
  });
});

describe("another estimate of the same dead (round 26)", () => {
  it("'killed roughly 10 ..., although later estimates were higher, putting the dead at 20' is 10 (10-20), not 30", () => {
    const x = run(
      "On Monday, a rocket attack in Afrin killed roughly 10 civilians and injured 34, although some later estimates were higher, " +
        "putting the dead at 20 and the injured at 40.",
    );
    expect(x.incidents.map((i) => [i.killed, i.killedLow, i.killedHigh])).toEqual([[10, 10, 20]]);
  });
});

describe("a source's figure told again (round 26)", () => {
  it("the Observatory's fourteen, then its statement quoted with the 14: one attack of 8 (8-14)", () => {
    const x = run(
      [
        "A bomb hit a military bus near Palmyra on Monday, killing eight soldiers, the defence ministry said.",
        "The Syrian Observatory for Human Rights, however, put the toll at fourteen.",
        'Its statement read: "14 members of the regime forces were killed and 19 were wounded when the bus was hit."',
      ].join("\n\n"),
    );
    expect(x.incidents.map((i) => [i.killed, i.killedLow, i.killedHigh])).toEqual([[8, 8, 14]]);
  });
});

describe("'also reported' another attack (round 26)", () => {
  it("'The Observatory also reported that government fire on rebel-held districts killed four' is its own attack, not a lower toll", () => {
    const x = run(
      [
        "Rebel shells on government-held districts of Aleppo killed at least 19 civilians on Monday, a monitor said.",
        "The Observatory also reported that government fire on rebel-held neighbourhoods of the city killed four people.",
      ].join("\n\n"),
    );
    expect(x.incidents.map((i) => i.killed)).toEqual([19, 4]);
  });
});

describe("a side named after a capital (round 26)", () => {
  it("'artillery fire by pro-Damascus forces killed eight children in Balshun, Idlib' is in Idlib, not Damascus", () => {
    const x = run("On Monday, in the village of Balshun in Idlib province, artillery fire by pro-Damascus forces killed eight children.");
    expect(x.incidents.map((i) => i.province)).toEqual(["Idlib"]);
  });
});

describe("an attacker is not carried into another governorate (round 27)", () => {
  it("'a rocket attack in Afrin killed 10 (a source's 20)' after Idlib shelling by pro-Damascus forces names no attacker", () => {
    const x = run(
      [
        "Shelling and ambushes kill dozens across Syria",
        "In Idlib, artillery fire by pro-Damascus forces killed eight children in the village of Balshun on Monday.",
        "On Monday, a rocket attack in Afrin killed roughly 10 civilians and injured 34, although some later estimates were higher, " +
          "putting the dead at 20.",
      ].join("\n\n"),
      "2018-02-20",
    );
    expect(x.incidents.map((i) => [i.killed, i.perpetrator])).toEqual([
      [8, "Syrian government forces"],
      [10, null],
    ]);
  });
});

describe("a spot named again without a preposition (round 27)", () => {
  it("'at Sarouja market ... killed three', then 'fell at the entrance of the old Sarouja market in Old Damascus' is one attack", () => {
    const x = extractArticle({
      raw: [
        "Three killed in terrorist mortar attacks in Damascus",
        "Damascus, SANA- Two mortar shells fired by terrorists at Sarouja market and al-Amara neighborhood in Damascus killed three civilians.",
        "A police source in Damascus told SANA that a mortar shell fired by terrorists fell at the entrance of the old Sarouja market in " +
          "Old Damascus, killing three people and wounding a dozen others.",
      ].join("\n\n"),
    });
    expect(x.incidents.map((i) => [i.killed, i.injured])).toEqual([[3, 12]]);
  });
});

describe("a dateline of a name, a full date and a dash (round 27)", () => {
  it("'KurdWatch, December 11, 2015—Reports said ... killed ... on December 7, 2015' is dated the 7th, not the filing day", () => {
    const x = extractArticle({
      raw: [
        "Coalition bombs kill civilians near al-Hawl",
        "KurdWatch, December 11, 2015—Reports said that as many as twenty-six civilians were killed when the US-led coalition bombed " +
          "areas near the small city of al-Hawl on December 7, 2015.",
      ].join("\n\n"),
    });
    expect(x.incidents.map((i) => [i.killed, i.date])).toEqual([[26, "2015-12-07"]]);
  });
});

describe("one of the dead named with where he fell (round 27)", () => {
  it("'Seven ... were killed ..., which says a commander killed in the Al-Villat neighborhood is among the dead' is seven", () => {
    const x = run(
      "Seven members of the pro-Iran militia were killed early Tuesday in an airstrike in Deir ez-Zor, according to the " +
        "Observatory, which says a commander killed in the city's Al-Villat neighborhood is among the dead.",
    );
    expect(killed(x)).toEqual([7]);
  });
});

describe("a toll shared out by place after 'with' (round 27)", () => {
  it("'has risen to 23, with 10 killed in the city of Deir ez-Zor and 13 in the city of Al Mayadin' is two attacks and a tally", () => {
    const x = run(
      "The death toll of the US airstrikes on Friday night has risen to 23, the Observatory said, with 10 killed in the city of " +
        "Deir ez-Zor and 13 in the city of Al Mayadin.",
    );
    expect(killed(x)).toEqual([10, 13]);
    expect(x.tallies.map((t) => t.count)).toEqual([23]);
  });
});

describe("a page with no publication date dated by its massacre's line (round 27)", () => {
  it("'Report of Douma Massacre on June 16, 2012' dates the shelling that killed eight", () => {
    const raw = [
      '---\ntitle: "The Syrian People Go from One Massacre to the Next"\nsource: Rights Network\n---',
      "The Syrian People Go from One Massacre to the Next",
      "The Syrian People Go from One Massacre to the Next…. Report of Douma Massacre on June 16, 2012",
      "Incident details:",
      "Syrian regime forces launched a heavy attack on Douma city, east of the capital. Mortars shelled the city from every side, along " +
        "with shelling from the army's vehicle base in Harasta city, close to Douma. The bombardment lasted from midnight until dawn. The " +
        "artillery also hit a residential building, killing eight people at once, three women among them.",
      "Our team could not reach the area because it was cordoned off.",
      "We contacted relatives of the victims and obtained the names of eight victims killed in the bombardment, and recorded 40 wounded.",
    ].join("\n\n");
    expect(extractArticle({ raw }).incidents.map((i) => [i.killed, i.date])).toEqual([[8, "2012-06-16"]]);
  });
});

describe("a roundup naming a governorate twice with two counts (round 27)", () => {
  it("'five in Hama and Idlib each, three in Daraa, two in Idlib' is split place by place", () => {
    const x = run(
      "Syrian regime forces killed 26 in the suburbs of the capital Damascus, nine in Homs and Aleppo each, five in Hama and Idlib each, " +
        "three in Daraa, two in Idlib, and one in Quneitra and Hasaka each on Friday.",
    );
    expect(x.incidents.map((i) => `${i.killed} ${i.province}`)).toEqual([
      "26 Rif Dimashq",
      "9 Homs",
      "9 Aleppo",
      "5 Hama",
      "5 Idlib",
      "3 Daraa",
      "2 Idlib",
      "1 Quneitra",
      "1 Hasakah",
    ]);
  });
});

describe("round 28", () => {
  it("a toll that the next sentences' attacks, in places of its governorate, add up to in order is their sum (a tally)", () => {
    const x = run(
      "On Saturday fourteen civilians were killed in Idlib as regime forces widened the areas they target. " +
        "In the centre of Idlib city, seven civilians were killed when a jet struck homes near the stadium. " +
        "A jet that struck the market in Binnish killed a woman and three children. " +
        "A bombardment on the village of al-Neirab killed three civilians.",
    );
    expect(killed(x)).toEqual([7, 4, 3]);
    expect(x.tallies.map((t) => t.count)).toEqual([14]);
    // (attacks on other days than the toll's own are no parts of it)
    const y = run(
      "ISIS members executed three shepherds in the desert of Deir Ezzor on Friday. " +
        "Two oil workers lost their lives in a landmine explosion near Al-Omar oil field yesterday. " +
        "On Saturday, gunmen shot dead a young man at a checkpoint in Al-Busayrah.",
    );
    expect(killed(y)).toEqual([3, 2, 1]);
  });
});

describe("round 28: a source's next statement", () => {
  it("'N were killed in the shelling', adding that 'the number killed since ... has risen to M': an attack, then a tally", () => {
    const x = run(
      'The Observatory said "11 civilians were killed in the shelling that hit two buildings in Ariha", adding that ' +
        '"the number of those killed since the start of the escalation on 30 April has risen to 2743".',
    );
    expect(killed(x)).toEqual([11]);
    expect(x.tallies.map((t) => t.count)).toEqual([2743]);
  });
});

describe("round 28: a campaign's span", () => {
  it("'a week-long campaign of strikes had killed 90', 'killed in the fourth phase of the operation': tallies, not attacks", () => {
    const a = run("The monitor said a week-long campaign of U.S.-led strikes on Tabqa had killed at least 90 civilians.");
    expect([killed(a), a.tallies.map((t) => t.count)]).toEqual([[], [90]]);
    const b = run("11 ISIS members were killed and 30 SDF fighters lost their lives in the fourth phase of the operation launched on April 13.");
    expect([killed(b), b.tallies.map((t) => t.count)]).toEqual([[], [11, 30]]);
    // (a one-day raid within a campaign is still an attack)
    expect(killed(run("A strike killed seven civilians in Tabqa on Monday, the monitor said."))).toEqual([7]);
  });
});

describe("round 28: a second source's toll after another story", () => {
  it("'Al-Mayadeen confirmed the airstrike but gave a figure of six' joins the strike, not the next story's town", () => {
    const x = run(
      "An Israeli airstrike on the outskirts of Damascus on Sunday killed 11 people, a war monitor reported. " +
        "Israel keeps targeting Syrian military assets even though Assad has been overthrown.\n\n" +
        "According to the Syrian Observatory for Human Rights, the strike was aimed at a weapons depot near Adra, northeast of Damascus. " +
        "The observatory said most of the dead were civilians. " +
        "The Beirut-based Al-Mayadeen TV confirmed the airstrike but gave a figure of six fatalities.\n\n" +
        "In other developments, Turkish-backed Syrian rebels launched an attack near Kobani, a strategic town held by the Kurdish-led SDF.",
    );
    expect(x.incidents.map((i) => [i.killed, i.killedHigh, i.province])).toEqual([[6, 11, "Rif Dimashq"]]);
  });
});

describe("round 28: 'two days earlier' after a sentence naming a day", () => {
  it("'... his funeral on March 24, 2012. He was reportedly killed two days earlier': March 22", () => {
    const x = extractArticle({
      raw: "Mourners buried 13-year-old Ahmad at his funeral on March 24, 2012. He was reportedly killed two days earlier when regime forces shelled Sermin.",
    });
    expect(x.incidents.map((i) => [i.killed, i.date])).toEqual([[1, "2012-03-22"]]);
  });
});

describe("round 28: 'so far' in one attack's toll", () => {
  it("'a massacre in Tramla, where 5 people have been killed so far' is the attack's toll; 'so far' alone is still a tally", () => {
    const x = run("The raids caused a massacre in Tramla, where 5 people have been killed so far, among them a child and 2 women.");
    expect([killed(x), x.tallies.length]).toEqual([[5], 0]);
    const y = run("A UN spokesman said the UN had so far verified the killing of 111 civilians.");
    expect([killed(y), y.tallies.map((t) => t.count)]).toEqual([[], [111]]);
  });
});

describe("round 28: 'and another 17 died in other towns'", () => {
  it("a clause of more dead 'in other towns' after a place's toll is an attack apart, not added to it", () => {
    const x = run("At least 20 civilians were killed in Douma on Saturday, and another 17 civilians died in other battlefront towns, the monitor said.");
    expect(killed(x)).toEqual([20, 17]);
    // (a toll's own breakdown "as five were killed in other towns" is not)
    expect(killed(run("The death toll in Idlib rose to 7, as five civilians were killed in other towns on Wednesday."))).not.toEqual([7, 5]);
  });
});

describe("round 28: a governorate's line of a total", () => {
  it("'– Homs: 104 (102 men and two women)' after a total 'distributed as follows:' is a tally of that governorate", () => {
    const x = run(
      "Revenge killings since the start of 2025 have reached 129 operations, which claimed 256 people, distributed as follows:\n" +
        "– Homs: 104 (102 men and two women), 68 cases for sectarian affiliation.\n" +
        "– Hama: 71 (68 men, two women and a child).\n" +
        "– Idlib: 70 casualties in an arms depot blast.",
    );
    expect(x.tallies.map((t) => t.count)).toEqual([104, 71]);
    expect(killed(x)).toEqual([]);
  });
});

describe("round 28: days without a publication date", () => {
  it("'raids on Thursday night had killed 37 ..., and strikes on Wednesday had killed another 15': two days, two attacks", () => {
    const raw = "Raids on the town on Thursday night had killed 37 civilians, 13 of them children, and strikes on Wednesday had killed another 15.";
    expect(extractArticle({ raw }).incidents.map((i) => i.killed)).toEqual([37, 15]);
    // (the same weekday twice is no split)
    expect(extractArticle({ raw: raw.replace("Wednesday", "Thursday") }).incidents.length).toBe(1);
  });
});

describe("a named spot the gazetteer lacks refines a coarse place (round 29)", () => {
  const places = (raw: string) => run(raw).incidents.map((i) => [i.killed, i.place, i.province]);
  it("'in the Karm al Louz neighbourhood' after 'In Homs,': an article standing apart inside the name", () => {
    expect(places("In Homs, gunmen broke into several houses in the Karm al Louz neighbourhood on Monday and killed 15 civilians.")).toEqual([
      [15, "Karm al Louz", "Homs"],
    ]);
  });
  it("'slammed into the Dablan neighbourhood' with the city only in the lead: the spot refines the borrowed place", () => {
    const raw =
      "Mortar attack kills 10 in Homs\n\nHoms came under fire again on Monday, officials said.\n\n" +
      "Three mortar rounds slammed into the Dablan neighbourhood before dawn on Monday, leaving 10 dead and 26 wounded.";
    expect(places(raw)).toEqual([[10, "Dablan", "Homs"]]);
  });
  it("'the besieged neighborhood of Harabesh in Deir Ezzor city': a city seat is coarse beside its neighbourhood", () => {
    expect(places("On Monday rocket shells fired by ISIS on the besieged neighborhood of Harabesh in Deir Ezzor city killed 3 persons.")).toEqual([
      [3, "Harabesh", "Deir ez-Zor"],
    ]);
  });
});

describe("a day's toll shared out by place after 'including' (round 29)", () => {
  const rows = (raw: string) => {
    const x = run(raw);
    return { incidents: x.incidents.map((i) => [i.killed, i.province, i.date]), tallies: x.tallies.map((t) => t.count) };
  };
  it("'45 were killed on Monday, including 20 in Homs, 15 in Idlib and 10 in Daraa': three attacks, the 45 a tally", () => {
    expect(rows("Activists said 45 people were killed on Monday, including 20 in Homs, 15 in Idlib and 10 in Daraa.")).toEqual({
      incidents: [
        [20, "Homs", "2022-03-14"],
        [15, "Idlib", "2022-03-14"],
        [10, "Daraa", "2022-03-14"],
      ],
      tallies: [45],
    });
  });
  it("some places' shares only ('including 20 in Homs and 15 in Idlib' of 45): still the places' attacks, never 80 in Homs", () => {
    expect(rows("Activists said 45 people were killed on Monday, including 20 in Homs and 15 in Idlib.")).toEqual({
      incidents: [
        [20, "Homs", "2022-03-14"],
        [15, "Idlib", "2022-03-14"],
      ],
      tallies: [45],
    });
  });
  it("a day told between the toll and its first place is every place's", () => {
    const x = rows("The LCC said 37 people died in Syria on Monday, including 22 in Homs, 7 in the town of Jabatha in Quneitra and 3 in Idlib.");
    expect(x.incidents.map((i) => i[2])).toEqual(["2022-03-14", "2022-03-14", "2022-03-14"]);
  });
  it("a breakdown by kind stays part of the count", () => {
    expect(rows("Five people from one family, including three children, were killed in Homs on Monday.").incidents).toEqual([[5, "Homs", "2022-03-14"]]);
  });
});

describe("'the town' with no place of its own (round 29)", () => {
  it("is the town named as a town in the sentences just before, not the governorate of the headline", () => {
    const raw =
      "Drones crowd Idlib skies as province awaits battle\n\nFollowing deadly air raids on Monday, people in Idlib say drones are flying over the area.\n\n" +
      "An uneasy calm has settled over the town of Jisr al-Shoghur in northwestern Idlib province after several days of air strikes.\n\n" +
      "On Tuesday residents said the air raids had halted, but drones were circling over the town and the surrounding area.\n\n" +
      "Russian and Syrian jets bombed the town and its outskirts on Monday, killing 10 civilians and wounding 20.";
    expect(run(raw).incidents.map((i) => [i.killed, i.place])).toEqual([[10, "Jisr al-Shughur"]]);
  });
});

describe("who left a mine (round 30)", () => {
  const perps = (raw: string) => run(raw).incidents.map((i) => i.perpetrator);
  it("'a mine left over by the Islamic State', 'a landmine that ISIS had planted': the one who laid it", () => {
    expect(perps("Three children died when a mine left over by the Islamic State went off near Raqqa on Monday.")).toEqual(["Islamic State"]);
    expect(perps('A soldier was killed by a landmine that the "Islamic State" had planted near Palmyra on Monday.')).toEqual(["Islamic State"]);
  });
  it("'a mine exploded', 'a mine planted by unknown persons': no one named", () => {
    expect(perps("Three civilians died when a mine exploded near Palmyra on Monday.")).toEqual([null]);
    expect(perps("Two men were killed when a mine planted by unknown persons exploded near Daraa on Monday.")).toEqual([null]);
  });
});

describe("the attacker a headline names (round 30)", () => {
  const body = "At least 27 regime forces and allied fighters were killed in fierce clashes in the village of Al-Ateira in Latakia on Monday.";
  const perp = (title: string) => run(`---\ntitle: "${title}"\n---\n\n${body}`).incidents.map((i) => i.perpetrator);
  it("'Rebels kill 27 regime fighters': the body's clash is the rebels' attack", () => {
    expect(perp("Rebels kill 27 regime fighters in northwest Syria")).toEqual(["Syrian opposition"]);
  });
  it("not to a statement in another governorate than the only one the headline names", () => {
    const raw =
      '---\ntitle: "Regime shelling kills dozens in Eastern Ghouta"\n---\n\n' +
      "In the north, the bodies of eight unidentified men were found near the town of Saraqeb in Idlib province on Monday.";
    expect(run(raw).incidents.map((i) => i.perpetrator)).toEqual([null]);
  });
  it("a headline naming no one as the subject of its attack lends no attacker", () => {
    expect(perp("27 regime fighters killed in northwest Syria")).toEqual([null]);
    expect(perp("Rebels mourn as fighting rages in Latakia")).toEqual([null]);
  });
});

describe("a breakdown after a long verb phrase (round 30)", () => {
  it("'four civilians in the city were killed by the government's security forces, among them an infant and a girl' is four", () => {
    const raw =
      "Four civilians in the city were killed by the government's security forces on Monday, " +
      "among them an infant and a young girl who died in machine-gun fire.";
    expect(run(raw).incidents.map((i) => i.killed)).toEqual([4]);
  });
});

describe("more words for a killing (round 30)", () => {
  it.each([
    ["Altogether seven prisoners were put to death in Raqqa on Monday.", 7],
    ["An Iraqi refugee was discovered murdered in al-Hol camp on Monday.", 1],
  ])("%s", (raw, n) => expect(run(raw).incidents.map((i) => i.killed)).toEqual([n]));
});

describe("one person by role and another (round 30)", () => {
  it("'killing the driver and a girl' is two; 'killing the driver and wounding two' one", () => {
    expect(run("A shell hit a car in Daraa on Monday, killing the driver and a girl.").incidents.map((i) => i.killed)).toEqual([2]);
    expect(run("A shell hit a car in Daraa on Monday, killing the driver and wounding two.").incidents.map((i) => i.killed)).toEqual([1]);
  });
});

describe("a part of a town by its bearing (round 30)", () => {
  const places = (raw: string) => run(raw).incidents.map((i) => i.place);
  it("'in the western al-Nashwa neighborhood of Hasakah city' is al-Nashwa", () => {
    expect(places("Gunmen shot dead an SDF member in the western al-Nashwa neighborhood of Hasakah city on Monday.")).toEqual(["al-Nashwa"]);
  });
  it("'in the eastern Idlib town of Kefraya' is Kefraya, not the governorate before 'town'", () => {
    expect(places("Air strikes killed a man and his wife in the eastern Idlib town of Kefraya on Monday.")).toEqual(["Kefraya"]);
  });
});

describe("the lines of a breakdown (round 30)", () => {
  it("'... all killed by regime artillery fire. The dead were distributed as follows: • Balyoun town: two children.' is the regime's", () => {
    const raw =
      "Early on Sunday morning regime forces fired rockets at Kansfara, al-Ramy and Balyoun in the southern Idlib countryside, with no " +
      "information yet on casualties.\n\nYesterday, activists recorded the death of a child who succumbed to the wounds she had suffered in " +
      "regime artillery fire on Balshoun village in southern Idlib. With her death, the toll of today's massacre rose to nine: seven " +
      "children, a woman and a man, all killed by regime artillery fire on several areas of Jabal al-Zawiyah in the southern Idlib " +
      "countryside. The dead were distributed as follows:\n\n• Balyoun town: two children.\n\n• Iblin town: a family of five.";
    const lines = extractArticle({ raw }).incidents.filter((i) => i.killed !== 1);
    expect(lines.map((i) => [i.killed, i.perpetrator])).toEqual([
      [2, "Syrian government forces"],
      [5, "Syrian government forces"],
    ]);
  });
});

describe("round 31: more dead with a place of their own, inside one sentence", () => {
  const counts = (raw: string) => run(raw, "2019-12-23").incidents.map((i) => i.killed);
  it("'killed a further nine people, and another six people ... were killed in the town of Maasaran': two attacks", () => {
    const raw = "Airstrikes on the nearby town of Telmans killed a further nine people, and another six people were killed in the town of Maasaran.";
    expect(counts(raw).sort()).toEqual([6, 9]);
  });
  it("'and another 17 civilians died in other battlefront towns' stays the split by place", () => {
    const x = run("At least 20 civilians were killed in Douma on Saturday, and another 17 civilians died in other battlefront towns.", "2018-03-18");
    expect(x.incidents.map((i) => [i.killed, i.place]).sort()).toEqual([
      [17, "Rif Dimashq"],
      [20, "Douma"],
    ]);
  });
  it("'Seven people were killed in the city centre, six in Binnish and four in Al-Nerab': the centre is a place of the list", () => {
    const raw = "Seven people were killed in the city centre, six in the village of Binnish and four in the village of Al-Nerab.";
    expect(counts(raw).sort((a, b) => a! - b!)).toEqual([4, 6, 7]);
  });
  it("', while the planes carried out similar raids on the town of Hazza, killing one civilian': the town before its figure", () => {
    const raw =
      "Six civilians were killed by air raids on the town of Jisreen, while the planes carried out similar raids on the town of Hazza, " +
      "killing one civilian, and another civilian was killed in similar shelling on the city of Zamalka.";
    expect(counts(raw).sort()).toEqual([1, 1, 6]);
  });
});

describe("round 31: 'died in the same battle'", () => {
  it("three others who died in the same battle are more dead of the attack told", () => {
    const x = run(
      "Ali Hassan, 22, was killed on Wednesday in Qalamoun, north of Damascus. They said three other fighters from among his comrades died in the same battle.",
    );
    expect(x.incidents.map((i) => i.killed)).toEqual([4]);
  });
});

describe("round 31: 'the incident' after an aside that told no dead", () => {
  it("joins the article's attack, not the aside", () => {
    const x = run(
      [
        "A series of explosions hit a police truck carrying prisoners through a tense part of northwestern Syria on Saturday, killing at least 14 people.",
        "Elsewhere in northern Syria, troops fought fierce battles with defectors in Idlib province, and dozens of people were wounded.",
        "The Syrian Observatory for Human Rights confirmed the incident on Saturday and said 15 prisoners had been killed.",
      ].join("\n\n"),
    );
    expect(x.incidents.map((i) => [i.killed, i.killedHigh])).toEqual([[14, 15]]);
  });
});

describe("round 34: days, second sources and breakdowns", () => {
  it("a day told in the pluperfect ('On Tuesday, 25 people had been injured') is not the main attack's day", () => {
    const x = run(
      [
        "Militants shell Syria's Deraa",
        "MOSCOW, July 2. Militant groups fired shells at residential districts held by government troops in the city of Deraa, " +
          "the official SANA news agency quoted a local health official as saying on Saturday.",
        "The mortar fire killed two civilians and injured 12. On Tuesday, 25 people had been injured in fighting in the city.",
      ].join("\n\n"),
      "2017-07-02",
    );
    expect(x.incidents.map((i) => [i.killed, i.date])).toEqual([[2, "2017-07-02"]]);
  });
  it("a source's toll 'on the 17th of August' is not another toll of a bombing 'on the 11th of August'", () => {
    const raw = [
      "Several killed after unidentified airstrike on militants in Daraa",
      "On the 17th of August, unidentified aircraft bombed areas held by an ISIS-affiliated group in the west of Daraa province.",
      "This is not the first time the coalition has hit the group in Daraa. The most recent attack blamed on the group was a " +
        "suicide bombing on the 11th of August, when a bomber blew himself up at a meeting in the town of Naseeb, killing two dozen fighters.",
      "According to locals, the latest airstrikes on the 17th of August killed more than 20 people.",
    ].join("\n\n");
    expect(killed(extractArticle({ raw })).sort()).toEqual([20, 24]);
  });
  it("one sentence's figures that add up to the attack's dead are its breakdown, not tallies", () => {
    const x = run(
      [
        "At least 12 people were killed on Thursday in fighting between rebel groups in Douma, a monitor said.",
        "According to Orient News, seven Jaish al-Islam members and five civilians had been killed in the fighting so far.",
      ].join("\n\n"),
    );
    expect(killed(x)).toEqual([12]);
    expect(x.tallies.map((t) => t.count)).toEqual([]);
  });
});
