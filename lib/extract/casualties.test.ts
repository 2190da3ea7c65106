// Round-2 rules of casualties.ts, each on a sentence written for the test.
import { describe, expect, it } from "vitest";
import { findCasualtyFigures } from "./casualties";

const figs = (s: string) => findCasualtyFigures(s).map((f) => `${f.kind}:${f.best}`);

describe("casualty wording", () => {
  it("an age used as the noun counts people: 'two 13-year-olds', 'a 12-year-old was shot'", () => {
    expect(figs("A 40-year-old woman and two 13 year olds were killed on Tuesday.")).toEqual(["death:3"]);
    expect(figs("Two 13-year-olds were killed by a landmine.")).toEqual(["death:2"]);
    expect(figs("A 12-year-old was shot dead at the checkpoint.")).toEqual(["death:1"]);
  });
  it("'raises to 177 the number of citizens ... who have been killed': the toll's figure comes first", () => {
    expect(figs("This raises to 177 the number of Syrian citizens who have been killed by the shelling.")).toEqual(["death:177"]);
  });
  it("'Death tolls given by activists run from 217 to 260': a toll's range", () => {
    expect(figs("Death tolls given by activists and opposition groups run from 217 to 260.")).toEqual(["death:217"]);
  });
  it("figures of speech are no figures", () => {
    expect(figs('"I\'m dying a thousand deaths a day," he said by phone.')).toEqual([]);
    expect(figs("The strike killed a thousand people.")).toEqual(["death:1000"]);
  });
  it("a surname with a 'who' aside, and soldiers named by their forces, are counted", () => {
    expect(figs("Rifa'i, who had been waiting for a bus to take him to work, was killed on the spot.")).toEqual(["death:1"]);
    expect(figs("Two government forces soldiers died when their car was targeted.")).toEqual(["death:2"]);
    expect(figs("Meanwhile, the soldiers were killed.")).toEqual([]);
  });
  it("list members with an injury verb of their own are wounded, not dead", () => {
    expect(figs("The strike killed three soldiers and seven others were wounded.")).toEqual(["death:3", "injury:7"]);
    expect(figs('The attack led to "the death of three soldiers, and seven others have been wounded."')).toEqual(["death:3", "injury:7"]);
    expect(figs("Three soldiers and two civilians were killed.")).toEqual(["death:5"]);
  });
  it("two single people joined by 'and' are two dead", () => {
    expect(figs("A girl child and a young man were killed in the city of Aleppo on Saturday.")).toEqual(["death:2"]);
    expect(figs("An SDF commander and the head of a local council were assassinated in eastern Deir ez-Zor.")).toEqual(["death:2"]);
  });
  it("a day before its month is a date, and the count after the month is people: 'On 25 March 5 civilians'", () => {
    expect(figs("On 25 March 5 civilians were killed and 22 others were injured in shell attacks on Aleppo.")).toEqual(["death:5", "injury:22"]);
    expect(figs("On 25 March five civilians were killed.")).toEqual(["death:5"]);
    expect(figs("On March 6 soldiers were killed.")).toEqual([]);
  });
  it("an elided figure before a place with a lower-case article: 'and four in al-Bara'", () => {
    expect(figs("The shelling killed nine in Balyun and four in al-Bara.")).toEqual(["death:9", "death:4"]);
  });
  it("'killing himself and three children': the bomber's victims are read", () => {
    expect(figs("A suicide bomber blew himself up at a checkpoint, killing himself and three members of the security forces.")).toEqual(["death:3"]);
  });
  it("trades and offices name people: 'killing a custodian', 'killed two electricians'", () => {
    expect(figs("Gunmen fired mortar shells at the shrine, killing a custodian.")).toEqual(["death:1"]);
    expect(figs("The strike killed two electricians repairing the line.")).toEqual(["death:2"]);
  });
  it("an age written in two pieces is the victim's: 'a 12 year-old boy', 'a 12-year old boy'", () => {
    expect(figs("A mortar attack on Harasta killed a 12 year-old boy and injured his mother.")).toEqual(["death:1", "injury:1"]);
    expect(figs("A mortar attack killed a 12-year old boy.")).toEqual(["death:1"]);
  });
  it("translated Arabic's 'element' is a member of a force", () => {
    expect(figs("A civilian and an SDF element were killed in the explosion.")).toEqual(["death:2"]);
    expect(figs("Three regime elements were killed in the attack.")).toEqual(["death:3"]);
  });
  it("'killed along with their father', 'had been killed along with six teachers' add the others", () => {
    expect(figs("2 children were killed along with their father when a landmine exploded.")).toEqual(["death:3"]);
    expect(figs("22 children had been killed along with six teachers in air strikes.")).toEqual(["death:28"]);
  });
  it("'the mother of a student' in a list of the dead is one more person", () => {
    expect(figs("The attack killed six children, a teacher, and the mother of a student.")).toEqual(["death:8"]);
  });
  it("kin after a possessive share it: 'his mother, father and sister' are three", () => {
    expect(figs("A shell hit the house, killing his mother, father and sister.")).toEqual(["death:3"]);
    expect(figs("His father and brother were killed in the shelling.")).toEqual(["death:2"]);
  });
  it("'killed only one person': a small toll stressed is still read", () => {
    expect(figs("The news agency said that car bombing killed only one person and injured a dozen others.")).toEqual(["death:1", "injury:12"]);
  });
  it("a count after 'according to' counts the sources, not the dead", () => {
    expect(figs("Forces killed 20 people in Homs — the highest toll — according to several rights groups.")).toEqual(["death:20"]);
  });
  it("a breakdown in brackets after 'among them' is the toll's, not more dead", () => {
    expect(
      figs("The number of civilians killed rose to 23 (among them 10 children, 6 women and 7 men, most of them old men), who were killed in an air strike."),
    ).toEqual(["death:23"]);
  });
  it("one person as the subject of 'was killed', however long its description; 'he was shot dead' opening a clause", () => {
    expect(figs("Abu Hadi Saleh, head of a rebel brigade, part of a wider coalition, was killed on Monday by a shell.")).toEqual(["death:1"]);
    expect(figs("A broker of the militia, a supplier of the army, was also killed in his house in Inkhil.")).toEqual(["death:1"]);
    expect(figs("Residents said that he was shot dead by unknown gunmen as he left the mosque.")).toEqual(["death:1"]);
    expect(figs("A week before Hamdan was killed, people had marched in the town.")).toEqual([]);
    expect(figs("No one was killed in the attack on the bakery.")).toEqual([]);
  });
  it("one person: named with an aside, 'and he died', 'the body of <name> was found'", () => {
    expect(figs("Aida al-Hoshan, a woman who lived in the town of Mahja, was shot dead after midnight.")).toEqual(["death:1"]);
    expect(figs("Gunmen fired on Mohammed al-Rifai in the town of Um Walad, and he died on the spot.")).toEqual(["death:1"]);
    expect(figs("On July 11, the body of Rabih Faraj Abu Oreymesh, a Hezbollah member, was found dumped in Al-Yadoudah.")).toEqual(["death:1"]);
  });
  it("a smaller figure after a toll that names no place is its part: 'at least 56 killed today, 44 in Homs'", () => {
    expect(figs("Syria: at least 56 killed today, 44 in Homs")).toEqual(["death:56"]);
    expect(figs("57 people were killed in Homs and 87 in Sayyida Zeinab")).toEqual(["death:57", "death:87"]);
  });
  it("shares of a total told before: 'seven of them died', 'killed the other three'; not 'Sixty-one of the dead'", () => {
    expect(figs("The monitor said at least seven of them died in air strikes around Ras al-Ain.")).toEqual(["death:7"]);
    expect(figs("Artillery fire on Qamishli further east killed the other three.")).toEqual(["death:3"]);
    expect(figs("Sixty-one of the dead died in the past three months, the Observatory said.")).not.toContain("death:1");
  });
  it("a long aside between the counted people and the verb: '16 combatants, at least nine of them members of the Russian-backed ..., were killed'", () => {
    const s = '16 combatants, at least nine of them members of the Russian-backed "Liwaa Al-Quds," were killed when ISIS cells attacked a bus.';
    expect(figs(s)).toEqual(["death:16"]);
  });
  it("an editor's bracket, and a toll whose subject is long before 'has risen to'", () => {
    expect(figs('"Five of our [comrades] lost their lives and three others were wounded in the attack."')).toEqual(["death:5", "injury:3"]);
    const places = Array.from({ length: 14 }, (_, k) => `al-Hay${k} neighbourhood`).join(", ");
    expect(figs(`The number of civilians killed by the shells fired on ${places} in the city of Aleppo has risen to 34.`)).toEqual(["death:34"]);
  });
  it("'killing one of them and injuring two': one dead", () => {
    expect(figs("Gunmen ambushed a patrol near Al-Haffa, killing one of them and injuring two.")).toEqual(["death:1", "injury:2"]);
  });
  it("'put the dead at four'; 'two generals of the Guard were killed'; 'a young man's body was found'", () => {
    expect(figs("In its initial count the Observatory put the dead at four, two of them non-Syrians.")).toEqual(["death:4"]);
    expect(figs("In April, two generals of Iran's Revolutionary Guard were killed in an Israeli air strike.")).toEqual(["death:2"]);
    expect(figs("In the capital, a young man's body was found at al-Muwasat Hospital on April 3.")).toEqual(["death:1"]);
  });
  it("a toll told figure first: 'bringing to 28 the death toll', 'raises the number of killed civilians to about 145'", () => {
    expect(figs("Shelling killed 10 civilians on Saturday, bringing to 28 the civilian death toll of the offensive.")).toEqual(["death:10", "death:28"]);
    expect(figs("This raises to 143, including 26 children, the number of civilians killed since June 19.")).toEqual(["death:143"]);
    expect(figs("Their death raises the number of killed civilians in the province to about 145 in 16 days.")).toEqual(["death:145"]);
  });
  it("one person described, then named in apposition: 'A second former rebel, Mohammed Al-Badran, was likewise shot dead'", () => {
    expect(figs("A second former rebel, Mohammed Al-Badran, was likewise shot dead by unknown assailants in Tafas.")).toEqual(["death:1"]);
  });
  it("one person held first, then killed: 'was detained by the army and tortured to death'", () => {
    expect(figs("A farmer from the village of Ghariya was detained by soldiers and tortured to death.")).toEqual(["death:1"]);
    expect(figs("A teacher from Inkhil was kidnapped and then killed after a week in captivity.")).toEqual(["death:1"]);
    expect(figs("A teacher from Inkhil was kidnapped and then released after a week in captivity.")).toEqual([]);
  });
  it("a figure the text calls out of date is no figure", () => {
    const s = "An earlier toll given by the director of the Observatory, Rami Abdel Rahman, had referred to the fall of at least 20 dead.";
    expect(figs(s)).toEqual([]);
    expect(figs("The ambush killed 33 soldiers, raising its earlier toll of 26 dead, the monitor said.")).toEqual(["death:33"]);
    expect(figs("The death toll rose to 41, up from 29 killed on Monday.")).toEqual(["death:41"]);
  });
  it("one person named before 'and N other(s)' is one more dead, with the death word before or after", () => {
    expect(figs("Rebels shot down a helicopter, killing the pilot and three other soldiers.")).toEqual(["death:4"]);
    expect(figs("The blast led to the martyrdom of the agency's reporter Lina Ahmad and 9 other civilians.")).toEqual(["death:10"]);
    expect(figs("Commander Abu Omar and two others were killed in the ambush.")).toEqual(["death:3"]);
    expect(figs("In Hasakah, a child was killed and three others were injured.")).toEqual(["death:1", "injury:3"]);
  });
  it("'claimed the lives of N citizens'", () => {
    expect(figs("A truck bomb at the Azaz market claimed the lives of 19 citizens and injured 60 others.")).toEqual(["death:19", "injury:60"]);
  });
  it("'the number of martyrs ... rose to N' with a long phrase in between", () => {
    expect(figs("The number of martyrs of the rocket attack that targeted the main square of Mhardeh town in Hama countryside rose to 14.")).toEqual([
      "death:14",
    ]);
  });
  it("'has lost more than N fighters' (combatants only)", () => {
    expect(figs("The Kurdish-led alliance has lost more than 2,300 fighters in the campaign.")).toEqual(["death:2300"]);
    expect(figs("The farmer lost two sons.")).toEqual([]);
  });
  it("'documented N killings'", () => {
    expect(figs("The monitor has documented 212 killings in the province.")).toEqual(["death:212"]);
  });
  it("a bare injured count followed by a time word", () => {
    expect(figs("Turkish shelling killed two civilians and wounded five early on Friday.")).toEqual(["death:2", "injury:5"]);
  });
  it("'a shepherd was killed and his son was injured': one and one", () => {
    expect(figs("A shepherd was killed and his son was injured by a landmine.")).toEqual(["death:1", "injury:1"]);
  });
});

describe("round 2: 'N of them'", () => {
  it("'killing at least 14 of them' is a death figure; so is '56 of the attackers' (the incident books them as attackers)", () => {
    expect(figs("Militants ambushed a convoy of guards on Monday, killing at least 14 of them.")).toEqual(["death:14"]);
    expect(figs("Local fighters killed 56 of the attackers.")).toEqual(["death:56"]);
  });
});

describe("active voice after a counted agent", () => {
  it("'a sniper shot dead a boy': the agent is not among the dead", () => {
    expect(figs("A government sniper shot dead a boy in the old quarter of Daraa.")).toEqual(["death:1"]);
    expect(figs("Two gunmen on a motorcycle killed three farmers near Tafas.")).toEqual(["death:3"]);
    expect(figs("In Jabriyya a sniper killed one civilian.")).toEqual(["death:1"]);
  });
  it("passive and bare forms still count the people before the verb", () => {
    expect(figs("Two shepherds were shot dead near Sukhnah.")).toEqual(["death:2"]);
    expect(figs("Two shepherds killed in landmine blast near Sukhnah")).toEqual(["death:2"]);
  });
  it("a toll with a long phrase between 'toll' and 'rose to'", () => {
    expect(
      figs(
        "The death toll from the five days of shelling by government forces and allied militias on the " +
          "villages of the southern countryside of Idlib near the town of Maarat al-Numan rose to 31 on Friday.",
      ),
    ).toEqual(["death:31"]);
  });
});

describe("a toll's figure is not followed past into a later 'of'", () => {
  it("'put the toll at 9, ... members of a faction' does not count the faction", () => {
    expect(figs("The monitor put the death toll at 9, most of them civilians, and said three of the dead were members of a local police force.")).toEqual([
      "death:9",
    ]);
  });
});

describe("'the number of people who were killed in ... rose to N'", () => {
  it("links the figure across a long description of the attack", () => {
    expect(
      figs(
        "The number of people who were killed in the assault carried out by the cell on the " +
          "farms around the village of Khanasir on Sunday rose to 17, among them four women.",
      ),
    ).toEqual(["death:17"]);
  });
});

describe("a toll explained (holdout-2 rule)", () => {
  it("'put the toll at seven, adding that a child died later' is one figure, not 7 + 1", () => {
    expect(figs("Local activists put the toll at seven, adding that a child died later in hospital.")).toEqual(["death:7"]);
  });
  it("a clause that is not an explanation keeps its own figure", () => {
    expect(figs("The toll rose to seven, while a soldier died in a separate blast.")).toEqual(["death:7", "death:1"]);
  });
});

describe("one more person after an active verb (holdout-2 rule)", () => {
  it("'killing three workers and wounding a fourth'", () => {
    expect(figs("A roadside bomb hit the bus near Sukhna, killing three workers and wounding a fourth.")).toEqual(["death:3", "injury:1"]);
  });
  it("'wounding another' after a toll", () => {
    expect(figs("A sniper shot dead a farmer in Nawa, wounding another.")).toEqual(["death:1", "injury:1"]);
  });
});

describe("'along with' after the death verb (holdout-2 rule)", () => {
  it("a named person 'was killed along with three of his bodyguards' = 4", () => {
    expect(figs("Abu Omar, a senior commander of the group, was killed along with three of his bodyguards in Idlib.")).toEqual(["death:4"]);
  });
  it("a counted subject adds the people after the verb", () => {
    expect(figs("Two officers were killed together with five soldiers near Homs.")).toEqual(["death:7"]);
  });
});

describe("bare count with a perfect tense (holdout-2 rule)", () => {
  it("'said 40 had died'", () => {
    expect(figs("A local monitor said 40 had died in the raids.")).toEqual(["death:40"]);
  });
});

describe("'the number of <people> who died ... rose to N' (holdout-2 rule)", () => {
  it("a toll phrased with a relative clause", () => {
    expect(figs("The number of rebels and soldiers who died in the battle for the hill rose to 74.")).toEqual(["death:74"]);
  });
});

describe("named people killed (round 4)", () => {
  const deaths = (s: string) =>
    findCasualtyFigures(s)
      .filter((f) => f.kind === "death")
      .map((f) => f.best);
  it("a hyphenated one-word name or a name with 'al-' parts", () => {
    expect(deaths("Al-Laban was killed in the attack, while al-Jalud was wounded.")).toEqual([1]);
    expect(deaths("Mohammed al-Ali was shot dead by unidentified people riding a motorcycle.")).toEqual([1]);
  });
  it("after 'said'", () => expect(deaths("Police said Ahmad Hussein Khalil died of his wounds.")).toEqual([1]));
  it("not a pronoun killed at another time", () => expect(deaths("He was killed in 2013.")).toEqual([]));
  // the person the sentence before told of, killed then and there (round 9)
  it("a pronoun killed on the spot", () => expect(deaths("He was killed instantly.")).toEqual([1]));
});

describe("round 15: breakdowns without commas, sides, a wounding with its own object", () => {
  it("'22 people including civilians were killed' is 22 dead", () => {
    expect(figs("At least 22 people including civilians were killed and 27 others wounded.")).toEqual(["death:22", "injury:27"]);
  });
  it("'37 people on the regime side have died' is 37 dead", () => {
    expect(figs("At least 37 people on the regime side have died in the fighting.")).toEqual(["death:37"]);
  });
  it("'left 6 people dead and wounded the other 4' is 6 dead; 'left 27 dead and wounded' is no count of the dead", () => {
    expect(figs("That bombing left 6 people dead and wounded the other 4.")).toContain("death:6");
    expect(figs("The blast left 6 people dead and wounded 4 others.")).toContain("death:6");
    expect(figs("The blast left 27 dead and wounded.").filter((f) => f.startsWith("death"))).toEqual([]);
  });
});

describe("round 15: deaths only attempted or forecast, the wounded's toll", () => {
  it("'tried to kill', 'attempted to kill', 'tried this week to assassinate' count no dead", () => {
    expect(figs("An ISIS militant tried to kill a person with a silencer.")).toEqual([]);
    expect(figs("Gunmen attempted to kill two policemen in Daraa.")).toEqual([]);
    expect(figs("A sleeper cell tried this week to assassinate a Syrian army officer.")).toEqual([]);
    expect(figs("Gunmen killed two policemen in Daraa.")).toEqual(["death:2"]);
  });
  it("a toll 'likely to rise ... to 200' is a forecast, not a count", () => {
    expect(figs("Activists said the toll in Baida was likely to rise above 100 and possibly to 200.")).toEqual([]);
    expect(figs("Activists said the toll in Baida rose to 100.")).toEqual(["death:100"]);
  });
  it("'the wounded toll rises to two' counts the wounded", () => {
    expect(figs("Wounded toll of Turkish shelling of Kobani rises to two").filter((f) => f.startsWith("death"))).toEqual([]);
  });
});

describe("round 15: other ways to death", () => {
  it("'crushed to death', 'starved to death', 'hacked to death' are deaths", () => {
    expect(figs("Two children were crushed to death when a building collapsed.")).toEqual(["death:2"]);
    expect(figs("Three detainees were starved to death in the prison.")).toEqual(["death:3"]);
    expect(figs("Gunmen hacked a farmer to death.").length + figs("Four villagers were hacked to death.").length).toBeGreaterThan(0);
  });
});

describe("round 16: protesters, two names, 'ended up dead'", () => {
  it("'one demonstrator and one police officer were murdered' is two", () => {
    expect(figs("At least one demonstrator and one police officer were murdered, said the director.")).toEqual(["death:2"]);
  });
  it("two names joined by 'and' before 'were killed' are two dead; one name is one", () => {
    expect(figs("Qasem Muhammed al-Masri and Bahaa Ibrahim al-Masri were killed on the road.")).toEqual(["death:2"]);
    expect(figs("Qasem al-Masri was killed on the road.")).toEqual(["death:1"]);
  });
  it("'a protester and a police officer ended up dead' is two dead", () => {
    expect(figs("During the protest a protester and a police officer ended up dead.")).toEqual(["death:2"]);
  });
});

describe("round 16: a count the text says is past", () => {
  it("'Earlier, the number of people killed in Homs had stood at seven' is superseded; 'stood at seven' is a count", () => {
    expect(figs("Earlier, the number of people killed in and around the city of Homs had stood at seven.")).toEqual([]);
    expect(figs("The toll in Homs stood at seven.")).toEqual(["death:7"]);
  });
});

describe("round 17: past counts and populations", () => {
  it("'The initial count of casualties had been four killed' is superseded", () => {
    expect(figs("The initial count of casualties had been four killed and 9 injured civilians.").filter((f) => f.startsWith("death"))).toEqual([]);
  });
  it("'the country of 23 million', 'home to some three million people' count inhabitants, not dead", () => {
    expect(figs("Ten civilians were killed during six days of demonstrations in the country of 23 million.")).toEqual(["death:10"]);
    expect(figs("The region, home to some three million people, has been hit by bombardment that killed 12.")).toEqual(["death:12"]);
  });
});

describe("round 17: one named person described", () => {
  it("'<name>, a leader of the tribe and a member of the council, was assassinated' is one; 'On Wednesday, a mother and her son' two", () => {
    expect(figs("Sheikh Basheer Faisal al-Huwaidi, a leader of the al-Afdalah tribe and a member of the Raqqa Civil Council, was assassinated.")).toEqual([
      "death:1",
    ]);
    expect(figs("On Wednesday, a mother and her son were killed by a car bomb in Qamishli.")).toEqual(["death:2"]);
  });
});

describe("round 22: lives, martyrdom of one person, people left dead", () => {
  it("'took one life', 'claimed two lives' are the dead; 'claiming a number of lives' gives no count", () => {
    expect(figs("The explosion took one life and injured three people.")).toEqual(["death:1", "injury:3"]);
    expect(figs("The shelling claimed two lives in the old city.")).toEqual(["death:2"]);
    expect(figs("Terrorists hit a bus with an explosive device, claiming a number of lives.")).toEqual([]);
  });
  it("'led to the martyrdom of the policeman <name>' is one dead", () => {
    expect(figs("This led to the martyrdom of the policeman Mahmoud al-Salmawi.")).toEqual(["death:1"]);
  });
  it("'at least 50 people were left dead' is 50 dead", () => {
    expect(figs("At least 50 people were left dead after the rocket fire.")).toEqual(["death:50"]);
  });
});

describe("round 22: hedged and confirmed deaths, two modifiers of one head", () => {
  it("'were confirmed killed', 'may have been killed' are the dead", () => {
    expect(figs("At least 11 gang members were confirmed killed in the clashes.")).toEqual(["death:11"]);
    expect(figs("An initial toll suggested that up to six people may have been killed.")).toEqual(["death:6"]);
  });
  it("'25 government and allied fighters' is one group of 25; 'killed 5 soldiers and wounded 3' stays two figures", () => {
    expect(figs("The operation killed at least 25 government and allied fighters.")).toEqual(["death:25"]);
    expect(figs("Clashes killed 5 soldiers and wounded 3 others.")).toEqual(["death:5", "injury:3"]);
  });
});

describe("round 22: asides and companions", () => {
  it("'13 civilians, two children and three women among them, were killed' is 13; a bare count's breakdown is not read", () => {
    expect(figs("On Monday 13 civilians, two children and three women among them, were killed in the strikes.")).toEqual(["death:13"]);
    expect(figs("In Homs 23, 3 children and 2 women among them, were killed.")).toEqual([]);
  });
  it("'assassinated a former leader ..., together with three people who were with him' is four", () => {
    expect(figs("Gunmen assassinated a former leader of an opposition group, together with three people who were with him.")).toEqual(["death:4"]);
    expect(figs("Gunmen shot dead the mukhtar of the village along with two of his sons.")).toEqual(["death:3"]);
  });
  it("'the blast killed the leader and wounded three other people' is one dead; 'the head of the council and his son' two", () => {
    expect(figs("The blast killed the leader and wounded three other people.")).toEqual(["death:1", "injury:3"]);
    expect(figs("Gunmen killed the head of the local council and his son.")).toEqual(["death:2"]);
  });
});

describe("round 22: a share of a side named with a possessive noun", () => {
  it("'two of the group's fighters', 'three of the army's soldiers' are counted dead", () => {
    expect(figs("At least two of the group's fighters were killed as a result.")).toEqual(["death:2"]);
    expect(figs("Three of the army's soldiers were killed.")).toEqual(["death:3"]);
  });
});

describe("round 22: 'a slaughter of'", () => {
  it("'carried out a savage slaughter of 187 civilians' is 187 dead", () => {
    expect(figs("The forces once again carried out a savage slaughter of 187 Muslim civilians.")).toEqual(["death:187"]);
  });
});

describe("round 22: bodies found, a toll raised later", () => {
  it("'residents found the body of the young man ...', 'he was found killed' are one dead", () => {
    expect(figs('Residents found the body of the young man "Salim Suleiman al-Khalaf" on the Dael road.')).toEqual(["death:1"]);
    expect(figs("This morning he was found killed near the shrine of Sheikh Habib.")).toEqual(["death:1"]);
  });
  it("'at first reported a death toll of 25 ..., and later raised the toll to 30' is 30", () => {
    expect(figs("SANA at first reported a death toll of 25 and a number of wounded, and later raised the toll to 30.")).toEqual(["death:30"]);
  });
});

describe("round 22: 'met her death'", () => {
  it("'<name> met her death in the village of Dama', 'three civilians met their deaths' are the dead", () => {
    expect(figs('The young woman "Nujoud Khaddaj" met her death in the village of "Dama" on Monday.')).toEqual(["death:1"]);
    expect(figs("Three civilians met their deaths in the shelling.")).toEqual(["death:3"]);
  });
});

describe("round 22: the speaker is not among the dead", () => {
  it("'A doctor with the Red Crescent told the Region that 3 civilians were killed' is 3", () => {
    expect(figs("A doctor with the Kurdish Red Crescent told the Region on Sunday that 3 civilians were killed in the village.")).toEqual(["death:3"]);
    expect(figs("A doctor with the Kurdish Red Crescent was killed in the village.")).toEqual(["death:1"]);
  });
});

describe("round 22: the attacker before 'killed no fewer than 50'", () => {
  it("'An Islamist suicide car bomber killed no fewer than 50 security men' is 50 dead, not the bomber", () => {
    expect(figs("An Islamist suicide car bomber killed no fewer than 50 Syrian security men in Hama province on Monday.")).toEqual(["death:50"]);
  });
});

describe("round 22: a victim described by a relative clause", () => {
  it("'A man identified as X, who originally came from al-Najiya town, was shot dead by a sniper' is one dead", () => {
    const s = "A man identified as Hussein Ali Bougha, who originally came from al-Najiya town in rural Idlib, was shot dead by a regime sniper.";
    expect(figs(s)).toEqual(["death:1"]);
  });
});

describe("round 23: a victim described by a participle or a relative clause with no commas", () => {
  it("'Two children who were playing in the house were killed', 'Two soldiers manning a checkpoint were killed'", () => {
    expect(figs("Two children who were playing in the house were killed by the blast.")).toEqual(["death:2"]);
    expect(figs("Two soldiers manning a checkpoint were killed.")).toEqual(["death:2"]);
    expect(figs("Three gunmen riding a motorcycle killed two farmers.")).toEqual(["death:2"]);
  });
});

describe("round 23: 'more' or 'other' bodies found", () => {
  it("'Six more bodies were also found', 'Five other corpses were recovered' are the dead", () => {
    expect(figs("Six more bodies were also found in Deir Yasin.")).toEqual(["death:6"]);
    expect(figs("Five other corpses were recovered from the rubble.")).toEqual(["death:5"]);
  });
});

describe("round 23: people named in a list, and a named man with his kin", () => {
  it("'shot dead the young men Muhammad al-Jondi and Anas al-Qasm' is two; 'killed A, B and C' three", () => {
    expect(figs("Government forces shot dead the young men Muhammad al-Jondi and Anas al-Qasm in the city.")).toEqual(["death:2"]);
    expect(figs("Gunmen killed Ahmad Khalil, Omar Hasan and Ali Daher near the town.")).toEqual(["death:3"]);
    expect(figs("Gunmen killed Ahmad Khalil And Wounded Two")).toEqual(["death:1", "injury:2"]);
  });
  it("'Zuhair al-Darawsheh and his son were killed' is two", () => {
    expect(figs("Zuhair al-Darawsheh and his son were killed in the morning.")).toEqual(["death:2"]);
    expect(figs("His son was killed in the morning.")).toEqual(["death:1"]);
  });
});

describe("round 23: a day's toll by place", () => {
  it("'eight each in Hama and Idlib' is eight for each place; '13 in the suburbs of the capital Damascus' is read", () => {
    expect(figs("Regime forces killed 49 in Homs, 13 in the suburbs of the capital Damascus, eight each in Hama and Idlib.")).toEqual([
      "death:49",
      "death:13",
      "death:8",
      "death:8",
    ]);
  });
});

describe("round 23: more people by their role", () => {
  it("'found the body of an Iraqi refugee', 'a detainee died under torture' are one dead each", () => {
    expect(figs("Security forces found the body of an Iraqi refugee in al-Hawl camp.")).toEqual(["death:1"]);
    expect(figs("A detainee was tortured to death in the prison.")).toEqual(["death:1"]);
  });
});

describe("round 23: 'one' as a clause's subject", () => {
  it("'..., and that one was killed by gunfire in Daraa' is one dead; 'No one was killed' is none", () => {
    expect(figs("He said that one was killed by gunfire in Daraa.")).toEqual(["death:1"]);
    expect(figs("No one was killed.")).toEqual([]);
  });
});

describe("round 23: more ways of telling a count", () => {
  it("'two U.S. service members and one American civilian interpreter were killed' is three", () => {
    expect(figs("Two U.S. service members and one American civilian interpreter were killed in an ambush.")).toEqual(["death:3"]);
  });
  it("'killed 19 people on the outskirts of Saraqeb, and a further 23 people, including 10 children, in the town of Ehsim'", () => {
    const s =
      "The raids killed 19 people, six of them children, on the outskirts of Saraqeb, and a further 23 people, including 10 children, in the town of Ehsim.";
    expect(figs(s)).toEqual(["death:19", "death:23"]);
  });
  it("a toll that 'climbed above 50' is 50 at least, and an Arabic copy's '/ 3 /' is 3", () => {
    expect(figs("The number of dead at the hospital, which MSF supported, has now climbed above 50, counting the areas around it.")).toEqual(["death:50"]);
    expect(figs("The death toll rose above 100 on Sunday.")).toEqual(["death:100"]);
    expect(figs("According to the source, the aggression killed / 3 / Syrian army soldiers and wounded one soldier.")).toEqual(["death:3", "injury:1"]);
    expect(figs("The aggression killed /3/ soldiers.")).toEqual(["death:3"]);
  });
  it("'documented as killed', 'dragged off a bus and killed', and a side that 'had lost at least one fighter'", () => {
    expect(figs("Activists said at least 109 people have been documented as killed in the offensive.")).toEqual(["death:109"]);
    expect(figs("An activist reported that nine Alawites were dragged off a bus and killed near the city.")).toEqual(["death:9"]);
    expect(figs("Three men were wounded and killed.")).toEqual(["injury:3"]);
    expect(figs("He said the fighters who remained in Manbij had lost at least one fighter.")).toEqual(["death:1"]);
    expect(figs("The family lost one son.")).toEqual([]);
  });
  it("'One martyr also fell to sniper fire' is one dead; 'the funeral of a martyr' and 'of one martyr' are no count", () => {
    expect(figs("One martyr also fell to sniper fire in the town of Qusayr.")).toEqual(["death:1"]);
    expect(figs("Fire was opened during the funeral of a martyr who fell in the village.")).toEqual([]);
    expect(figs("The hospital made public the names of the wounded and of one martyr.")).toEqual([]);
  });
  it("a day's toll told place by place after semicolons: '59 martyrs in Damascus; 11 in Idlib; 8 in Hama'", () => {
    expect(figs("99 martyrs in Aleppo; 59 martyrs in Damascus and its Suburbs; 11 in Idlib; 8 in Hama; 4 in Homs.")).toEqual([
      "death:99",
      "death:59",
      "death:11",
      "death:8",
      "death:4",
    ]);
  });
  it("'killed 10 people whom we could identify, plus three others whose remains ...' counts the three too", () => {
    expect(figs("The attack killed 10 people whom we were able to identify, plus three others whose identities could not be established.")).toEqual([
      "death:10",
      "death:3",
    ]);
    expect(figs("The attack wounded 10 people, plus three others.")).toEqual(["injury:13"]);
  });
  it("'Sheikh Atilyoush, one of the tribe's dignitaries, was martyred together with his son' counts two", () => {
    expect(figs("Sheikh Atilyoush al-Shatat, one of the dignitaries of the tribe, was martyred together with his son in the village.")).toEqual(["death:2"]);
  });
  it("'as many as 70 soldiers were cut down by machine-gun fire' are dead; 'trees were cut down' tells no one", () => {
    expect(figs("Activists said as many as 70 soldiers were cut down by machine-gun fire as they fled their posts.")).toEqual(["death:70"]);
    expect(figs("Two hundred olive trees were cut down.")).toEqual([]);
  });
});

describe("round 26", () => {
  it("'shot dead the leader of a group affiliated with ..., along with his two escorts' counts three", () => {
    const s = "Gunmen shot dead the leader of a local group affiliated with the Air-Force Intelligence service, along with his two escorts, on the road.";
    expect(figs(s)).toEqual(["death:3"]);
  });
  it("'he had been executed together with his wife' counts two", () => {
    expect(figs("He had been executed together with his wife for sorcery.")).toEqual(["death:2"]);
    expect(figs("He was executed in the square.")).toEqual(["death:1"]);
  });
  it("'crucified a young man' is a killing", () => {
    expect(figs("ISIS terrorists crucified a young man in al-Bukamal city.")).toEqual(["death:1"]);
  });
  it("'killing (9) mercenaries': a count in brackets; an age in brackets after a name is none", () => {
    expect(figs("Clashes erupted in al-Mansour Neighborhood, killing (9) mercenaries.")).toEqual(["death:9"]);
    expect(figs("Ebid Ehmed El-Salih (40) and his daughter Rojin (4) were also killed by fire on the border.")).not.toContain("death:4");
    expect(figs("Soldiers killed Ebid El-Salih (40) on the border.")).toEqual(["death:1"]);
  });
  it("'the recovery of 15 bodies' counts the dead", () => {
    expect(figs("The group pointed to the recovery of 15 bodies from the outskirts of the village.")).toEqual(["death:15"]);
  });
  it("'took away ten men and then shot them' counts the men taken; 'later released them' does not", () => {
    expect(figs("Gunmen took away ten men and then shot them in the street.")).toEqual(["death:10"]);
    expect(figs("Gunmen took away ten men and later released them.")).toEqual([]);
  });
});

describe("round 26, second set", () => {
  it("'the deaths of 12 soldiers and injuries to 17 others': the 17 are wounded; a toll's own 'rose to 40' stays dead", () => {
    expect(figs("SOHR documented the deaths of 12 regime soldiers and loyalists, as well as injuries to more than 17 others.")).toEqual([
      "death:12",
      "injury:17",
    ]);
    expect(figs("SOHR documented the deaths of six civilians and the injury of nine others.")).toEqual(["death:6"]);
    expect(figs("The Observatory confirmed the deaths, and put the number of injured at three.")).toEqual([]);
    expect(figs("The death toll from the bombing, which also wounded dozens, rose to 40.")).toEqual(["injury:12", "death:40"]);
  });
  it("'three soldiers, one of them an officer, were killed' counts three", () => {
    expect(figs("At least three Syrian Arab Army soldiers, one of them an officer, were killed in the battle.")).toEqual(["death:3"]);
  });
  it("'killing her instantly along with her mother, her father and three children' counts six", () => {
    expect(figs("Gunmen opened fire on her family, killing her instantly along with her mother, her father and three children.")).toEqual(["death:6"]);
  });
});

describe("round 26, third set", () => {
  it("'arrested a number of young men, seven of whom they executed' counts seven; 'five of whom were released' none", () => {
    expect(figs("Security forces arrested a number of young men from the neighborhood, seven of whom they executed in the field.")).toEqual(["death:7"]);
    expect(figs("They arrested 20 men, five of whom were later released.")).toEqual([]);
  });
});

describe("round 26, named dead", () => {
  it("'killed Syrian Kurdish political leader Menije Hado', 'killed Kurdish artist and filmmaker Bafi Tyar': one each", () => {
    expect(figs("A Turkish drone killed Syrian Kurdish political leader Menije Hado on Sunday.")).toEqual(["death:1"]);
    expect(figs("A drone strike reportedly killed Kurdish artist and filmmaker Bafi Tyar.")).toEqual(["death:1"]);
  });
  it("'Abdul Rahman al-Hariri and a person with him were killed' counts two", () => {
    expect(figs("Media activist Abdul Rahman al-Hariri and a person with him were killed on June 10.")).toEqual(["death:2"]);
  });
  it("'5 PKK/YPG members killed': the slashed name is one name", () => {
    expect(figs("5 PKK/YPG members killed in northern Syria")).toEqual(["death:5"]);
  });
  it("'killed Yousef Omidzadeh, also known as Haj Sadegh, who headed the unit, together with his deputy' counts two", () => {
    const s =
      "An Israeli strike in Damascus killed Yousef Omidzadeh, also known as Haj Sadegh, who headed the IRGC intelligence unit in Syria, " +
      "together with his deputy Haj Gholam.";
    expect(figs(s)).toEqual(["death:2"]);
  });
});

describe("round 26, tolls told late or together", () => {
  it("'Five civilians have now died', 'have since died', 'were likewise killed': the dead, whatever adverb comes first", () => {
    expect(figs("Five civilians have now died as a result of a Turkish drone attack on Kobane.")).toEqual(["death:5"]);
    expect(figs("Five civilians have since died.")).toEqual(["death:5"]);
    expect(figs("Five conscripts serving with SDF-linked forces were likewise killed.")).toEqual(["death:5"]);
  });
  it("'the number of people killed and injured ... rises to 20' is no death count; 'the number of people killed rose to 20' is", () => {
    expect(figs("The number of people killed and injured by the explosion of three landmines in rural Homs rises to 20.")).toEqual([]);
    expect(figs("The number of people killed in the blasts rose to 20.")).toEqual(["death:20"]);
  });
});

describe("round 26, kin of the counted", () => {
  it("'killed eight children and the mother of three of them' counts nine", () => {
    expect(figs("Artillery fire killed eight children and the mother of three of them, the Observatory reported.")).toEqual(["death:9"]);
  });
});

describe("round 26, elided by day", () => {
  it("'Five were killed on Thursday and another 2 on Friday': two figures, each with its day", () => {
    expect(figs("Five of the Hezbollah fighters were killed on Thursday and another 2 on Friday.")).toEqual(["death:5", "death:2"]);
    expect(figs("Five fighters were killed on Thursday and another 2 were captured.")).toEqual(["death:5"]);
  });
});

describe("a count whose people are then named (round 27)", () => {
  it.each([
    ["The SDF said that three of its fighters, Hozan Qamishlo, Gule Halab, and Amed Afrin, were killed in a drone strike.", ["death:3"]],
    ["Two brothers, Ahmad al-Hamad and Khaled al-Hamad, were shot dead near Jassim.", ["death:2"]],
  ])("%s", (text, expected) => expect(figs(text)).toEqual(expected));
});

describe("bodies recorded (round 27)", () => {
  it.each([
    ["Activists said 85 bodies had been recorded by Sunday evening, 28 of them in a hospital.", ["death:85"]],
    ["The station said large numbers of the militants' bodies had been counted.", []],
  ])("%s", (text, expected) => expect(figs(text)).toEqual(expected));
});

describe("'N in A and B each' (round 27)", () => {
  it("'nine in Homs and Aleppo each' is nine in each", () => {
    expect(figs("Regime forces killed 26 in the suburbs of Damascus, nine in Homs and Aleppo each, and two in Idlib.")).toEqual([
      "death:26",
      "death:9",
      "death:9",
      "death:2",
    ]);
  });
});

describe("one dead a place, counted by ordinals (round 27)", () => {
  it("'one in Aleppo province, a second in Damascus province and a third in Busra al-Sham' is three ones", () => {
    const f = figs("Three more people were killed in strikes elsewhere - one in Aleppo province, a second in Damascus province and a third in Busra al-Sham.");
    expect(f.filter((x) => x === "death:1")).toHaveLength(3);
  });
});

describe("a first toll told as a clause (round 27)", () => {
  it("'The first death toll announced was ten' is superseded, not a figure", () => {
    expect(figs("The first death toll announced was ten, including women and children.")).toEqual([]);
  });
});

describe("'killed one of its members' (round 27)", () => {
  it.each([
    ["The army said the Israeli strike killed one of its members and wounded three others.", ["death:1", "injury:3"]],
    ["The strike killed one of their commanders near Quneitra.", ["death:1"]],
  ])("%s", (text, expected) => expect(figs(text)).toEqual(expected));
});

describe("an aside between the counted dead and their verb (round 27)", () => {
  it.each([
    ["9 other civilians who had been held by the terrorists were shot dead.", ["death:9"]],
    ["Five soldiers, the army said, were killed near Palmyra.", ["death:5"]],
  ])("%s", (text, expected) => expect(figs(text)).toEqual(expected));
});

describe("beheadings told in words (round 27)", () => {
  it.each([
    ["The terrorists cut off the heads of three civilians in al-Takaya street.", ["death:3"]],
    ["ISIS militants slit the throats of four shepherds near Palmyra.", ["death:4"]],
    ["The heads of three families met the governor in Hama.", []],
  ])("%s", (text, expected) => expect(figs(text)).toEqual(expected));
});

describe("a named companion with an age (round 27)", () => {
  it("'killing Khaled Tassah, 16, and two other people' is three dead", () => {
    expect(figs("Troops opened fire in Kfar Batna, killing Khaled Tassah, 16, and two other people.")).toEqual(["death:3"]);
  });
});

describe("round 28", () => {
  it("'at least 10 civilians including three were killed': the bare share right after the count is among them, not added", () => {
    expect(figs("A watchdog said that at least 10 civilians including three were killed in air strikes.")).toEqual(["death:10"]);
  });
  it("'the number of people documented by the Observatory as killed ... has risen to 23': the toll's count", () => {
    expect(
      figs(
        "The number of people documented by the Observatory as killed in a massacre by warplanes on the city has risen to at least 23, among them 9 children.",
      ),
    ).toEqual(["death:23"]);
  });
  it("'took the lives of 6 civilians, and 10 others were reported wounded': the ten are the wounded, not more dead", () => {
    expect(figs("The bombings took the lives of 6 civilians, and 10 others were reported wounded.")).toEqual(["death:6", "injury:10"]);
  });
  it("'the death toll has gone up to 23' is 23; 'three judges were killed' counts judges", () => {
    expect(findCasualtyFigures("The death toll from the drone attack has therefore gone up to 23.").map((f) => [f.best, f.low, f.high])).toEqual([
      [23, 23, 23],
    ]);
    expect(figs("Three judges were killed on Tuesday by the bullets of unknown gunmen.")).toEqual(["death:3"]);
  });
  it("'are estimated to have been killed', 'are feared to have been killed': the dead all the same", () => {
    expect(figs("More than 100 members of the group are estimated to have been killed in a Russian air strike.")).toEqual(["death:100"]);
    expect(figs("Dozens of people are feared to have been killed in the blast.")).toEqual(["death:12"]);
  });
});

describe("a manner adverb before the death or injury word (round 29)", () => {
  const read = (t: string) => findCasualtyFigures(t).map((f) => [f.kind, f.best]);
  it.each([
    ["Hevrin Khalaf was summarily executed by the group", [["death", 1]]],
    ["Three fighters were brutally killed near the town", [["death", 3]]],
    ["Two soldiers were fatally shot at a checkpoint", [["death", 2]]],
    [
      "one person was killed and two others seriously injured",
      [
        ["death", 1],
        ["injury", 2],
      ],
    ],
  ])("%s", (text, want) => expect(read(text)).toEqual(want));
  it("'was nearly killed', 'were narrowly missed': what did not happen is no death", () => {
    expect(read("A commander was nearly killed when a bomb went off")).toEqual([]);
  });
});

describe("victims told by rank, bodies told with a description (round 29)", () => {
  const read = (t: string) => findCasualtyFigures(t).map((f) => [f.kind, f.best]);
  it("'killed four of the country's top security chiefs': chiefs are people", () => {
    expect(read("The bombing killed four of the country's top security chiefs.")).toEqual([["death", 4]]);
  });
  it.each([
    ["Thirty bodies without heads were found in Damascus today.", 30],
    ["12 bodies bearing signs of torture were recovered from the river.", 12],
  ])("%s", (text, n) => expect(read(text)).toEqual([["death", n]]));
});

describe("'the body of another refugee was found' (round 29)", () => {
  it("is one more dead", () => {
    expect(findCasualtyFigures("On Saturday the body of another Iraqi refugee was found inside the camp.").map((f) => f.best)).toEqual([1]);
  });
});

describe("'succumbed to their wounds', 'claimed 30 victims' (round 29)", () => {
  it.each([
    ["Two civilians succumbed to their wounds on Monday.", 2],
    ["A woman succumbed to her injuries in hospital.", 1],
    ["The massacre claimed 30 victims.", 30],
  ])("%s", (text, n) => expect(findCasualtyFigures(text).map((f) => [f.kind, f.best])).toEqual([["death", n]]));
});

describe("a share in a clause of its own, a bracket about some of the dead (round 31)", () => {
  it("'Nine of them were killed in X; a child and two women were killed in Y': each clause its dead", () => {
    expect(figs("Nine of them were killed in the raids on Mhimideh town; a child and 2 women were killed in the raids on al-Kharita town.")).toEqual([
      "death:9",
      "death:3",
    ]);
    expect(figs("Three people were killed in Douma, two of them were killed in the market.")).toEqual(["death:3"]);
  });
  it("'(one of the women was killed together with her daughter)' counts no more dead", () => {
    expect(figs("10 people, including six women (one of the women was killed together with her daughter), were killed in Husseiniya.")).toEqual(["death:10"]);
    expect(figs("148 martyrs were reported (42 of them in Zamalka, 39 in Daraya), 27 in Daraa.")).toContain("death:27");
  });
});

describe("'killed one of the members' (round 31)", () => {
  it("one of a group, as the object of a killing, is one dead", () => {
    expect(figs("The attack led to the death of one of the members, while the other suffered serious wounds.")).toEqual(["death:1"]);
    expect(figs("The shooting killed one of the group's commanders.")).toEqual(["death:1"]);
  });
  it("'One of the ISIS terrorists killed on Saturday was a Belgian' describes the dead, counts none", () => {
    expect(figs("One of the ISIS terrorists killed on Saturday was a Belgian.")).toEqual([]);
  });
});

describe("one beheading told in words (round 31)", () => {
  it("'cut off the head of an elderly man', 'slit the throat of a shepherd' are one dead each", () => {
    expect(figs("Gunmen cut off the head of an elderly Syrian man in Tartus province.")).toEqual(["death:1"]);
    expect(figs("They slit the throat of a shepherd near Palmyra.")).toEqual(["death:1"]);
    expect(figs("The regime cut off the head of the snake, he said.")).toEqual([]);
  });
});

describe("a long name with the age after it (round 31)", () => {
  it("'Ali Rida Fouad al-Hajj Hassan, 22, the nephew of the minister, was killed' is one dead", () => {
    expect(figs("Residents said that Ali Rida Fouad al-Hajj Hassan, 22, the nephew of minister Hussein al-Hajj Hassan, was killed on Wednesday.")).toEqual([
      "death:1",
    ]);
    expect(figs("Ahmed al-Khatib, 35, was shot dead near his home.")).toEqual(["death:1"]);
  });
});

describe("'killing him, his son George and his wife Violette' (round 31)", () => {
  it("counts him and the kin listed after him", () => {
    expect(figs("Gunmen executed him and members of his family, killing him, his son George and his wife Violette, and wounding his son Fadi.")).toEqual([
      "death:3",
      "injury:1",
    ]);
    expect(figs("Gunmen shot him dead on Monday.")).toEqual(["death:1"]);
  });
});

describe("'four reported killed' (round 31)", () => {
  it("'reported' between a bare count and its verb", () => {
    expect(figs("The blast hit a bus, with at least four reported killed and 17 hurt.")).toEqual(["death:4", "injury:17"]);
  });
});

describe("one person 'has been killed', 'was summarily executed'", () => {
  it("a named person or one person by a noun, with 'has been killed' or a verb of killing only people undergo", () => {
    expect(figs("The local commander Omar Haddad has been killed.")).toEqual(["death:1"]);
    expect(figs("Khalil was summarily executed by a faction in Afrin.")).toEqual(["death:1"]);
    expect(figs("The young man was beheaded in the square.")).toEqual(["death:1"]);
  });
  it("a plan 'executed' or a plural 'had been killed' is no one's death", () => {
    expect(figs("The plan was executed by the army.")).toEqual([]);
    expect(figs("They had been killed three days earlier.")).toEqual([]);
  });
});

describe("a total's shares by place", () => {
  it("'Eleven of those killed died in Saraqeb' is a share of the total told", () => {
    expect(figs("Eleven of those killed died in Saraqeb.")).toEqual(["death:11"]);
    expect(figs("Six of those killed were children.")).toEqual([]);
  });
  it("'Seven of them died in Saraqeb and five in Binnish': the next place's dead with noun and verb left out", () => {
    expect(figs("Seven of them died in Saraqeb and five in Binnish.")).toEqual(["death:7", "death:5"]);
    expect(figs("Four people were killed in August, 2012 in Syria.")).toEqual(["death:4"]);
  });
});

describe("round 34: counts of nobody, and translated copy's victims", () => {
  it("'not one military man was killed', 'No soldier was killed' count no one", () => {
    expect(figs("It killed civilians; not one military man was killed.")).toEqual([]);
    expect(figs("No soldier was killed in the attack.")).toEqual([]);
    expect(figs("No fewer than 17 militants were killed.")).toEqual(["death:17"]);
    expect(figs("The figures did not include 5 civilians killed in Jindires on Monday.")).toEqual(["death:5"]);
  });
  it("'the explosion left 5 victims', '41 victims had been documented' are the dead", () => {
    expect(figs("Al-Raqqa's explosion left 5 victims")).toEqual(["death:5"]);
    expect(figs("By the end of the day on Thursday, 41 victims had been documented:")).toEqual(["death:41"]);
    expect(figs("The families of 41 victims met the governor.")).toEqual([]);
  });
});
