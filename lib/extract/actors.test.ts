import { describe, expect, it } from "vitest";
import { findActors, findClaim, findReporter, normalizeActor } from "./actors";

describe("actor normalisation", () => {
  it.each([
    ["Daesh", "Islamic State"],
    ["ISIS", "Islamic State"],
    ["ISIL fighters", "Islamic State"],
    ["IS militants", "Islamic State"],
    ["the jihadists", "Islamic State"],
    ["jihadist cells", "Islamic State"],
    ["pro-regime forces", "Syrian government forces"],
    ["air strikes by regime ally Russia", "Russian forces"],
    ["the regime's ally Iran-backed militias", "Iranian-backed militias"],
    ["pro-government fighters", "Syrian government forces"],
    ["the Syrian Arab Army", "Syrian government forces"],
    ["SAA", "Syrian government forces"],
    ["National Defence Forces", "Syrian government forces"],
    ["NDF", "Syrian government forces"],
    ["government loyalists", "Syrian government forces"],
    ["Kurdish-led forces", "Syrian Democratic Forces"],
    ["SDF", "Syrian Democratic Forces"],
    ["DSF", "Syrian Democratic Forces"],
    ["Russian warplanes", "Russian forces"],
    ["Turkish drones", "Turkish forces"],
    ["Turkish-backed factions", "Turkish-backed factions"],
    ["Iranian-backed militias", "Iranian-backed militias"],
    ["the US-led coalition", "US-led coalition"],
    ["HTS", "Hayat Tahrir al-Sham"],
    ["Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham"],
    ["rebels", "Syrian opposition"],
    ["civilians", "Civilians"],
    ["Israeli strikes", "Israel"],
  ])("%s -> %s", (text, label) => expect(normalizeActor(text)).toBe(label));

  it("keeps the words as written", () => {
    const a = findActors("An attack by Daesh militants killed five pro-regime fighters");
    expect(a.map((x) => [x.label, x.text])).toEqual([
      ["Islamic State", "Daesh militants"],
      ["Syrian government forces", "pro-regime fighters"],
    ]);
  });
  it("'IS' is case-sensitive: 'is' is a verb", () => expect(findActors("the attack is over")).toEqual([]));
  it("state media's 'army units' and 'Syrian fighter jets' are the government's; Free Syrian Army units are not", () => {
    expect(findActors("Army units killed 9 ISIS terrorists").map((x) => x.label)).toContain("Syrian government forces");
    expect(findActors("Syrian fighter jets bombed the hideouts").map((x) => x.label)).toEqual(["Syrian government forces"]);
    expect(findActors("Free Syrian Army units attacked the checkpoint").map((x) => x.label)).not.toContain("Syrian government forces");
  });
});

describe("claims and sources", () => {
  it("records a claim", () => {
    expect(findClaim("The Islamic State group claimed responsibility Friday for attacks")!.label).toBe("Islamic State");
    expect(findClaim("IS Group Claims Deadly Syria Attacks on Pro-Government Forces")!.label).toBe("Islamic State");
    expect(findClaim("Two soldiers were killed")).toBeNull();
  });
  it("records who gave the figure", () => {
    expect(findReporter("Five were killed, according to the Syrian Observatory for Human Rights.")!.label).toBe("Syrian Observatory for Human Rights");
    expect(findReporter("SANA said five soldiers died.")!.label).toBe("SANA");
    expect(findReporter("the Observatory reported six dead")!.label).toBe("Syrian Observatory for Human Rights");
    expect(findReporter("Five soldiers died.")).toBeNull();
  });
});

describe("round 2 rules", () => {
  it("a generic word followed by 'of <named group>' takes the named group", () => {
    expect(findActors("Shelling by militants of the Nusra Front hit the town").map((a) => a.label)).toEqual(["Hayat Tahrir al-Sham"]);
  });
  it("government/regime weapons name the government as actor", () => {
    expect(normalizeActor("Syrian government helicopters")).toBe("Syrian government forces");
    expect(normalizeActor("regime artillery shelling")).toBe("Syrian government forces");
    expect(normalizeActor("Syrian airstrikes")).toBe("Syrian government forces");
  });
});

describe("round-3: singular weapons", () => {
  it("'a government air raid', 'a regime strike', 'a Russian air strike'", () => {
    expect(findActors("a government air raid on Monday")[0]?.label).toBe("Syrian government forces");
    expect(findActors("a regime strike hit the market")[0]?.label).toBe("Syrian government forces");
    expect(findActors("a Russian air strike hit the village")[0]?.label).toBe("Russian forces");
  });
});

describe("actors as outlets name them (round 4)", () => {
  it.each([
    ["Turkish-backed militants", "Turkish-backed factions"],
    ["pro-Turkish factions", "Turkish-backed factions"],
    ["Turkey's mercenaries", "Turkish-backed factions"],
    ["Assad shells", "Syrian government forces"],
    ["army shellfire", "Syrian government forces"],
    ["Jaish al-Islam", "Syrian opposition"],
  ])("%s → %s", (text, label) => expect(findActors(text)[0]?.label).toBe(label));
});

describe("barrel bombs", () => {
  it("name the Syrian government as the attacker, as the labelling guide reads them", () => {
    expect(findActors("Barrel bombs dropped on Aleppo killed 62 people").map((a) => a.label)).toContain("Syrian government forces");
  });
});

describe("round 22: the coalition's strikes named without 'US-led'", () => {
  it("'coalition air strikes', 'coalition raids' are the US-led coalition's", () => {
    expect(findActors("coalition air strikes in Hajin killed 14 civilians").map((a) => a.label)).toContain("US-led coalition");
    expect(findActors("coalition raids killed seven more civilians").map((a) => a.label)).toContain("US-led coalition");
  });
});

describe("Turkish forces by other names (round 29)", () => {
  it.each([
    ["the Turkish occupation bombed the village of Misherfa", "the Turkish occupation"],
    ["Turkish occupation forces shelled Ain Issa", "Turkish occupation forces"],
    ["activists accused the Turkish border guards of shooting him", "Turkish border guards"],
  ])("%s", (text, words) => expect(findActors(text)[0]).toMatchObject({ label: "Turkish forces", text: expect.stringContaining(words.replace(/^the /, "")) }));
  it("'the Turkish occupation of Afrin' is the occupation, not an attacker's name", () => {
    expect(findActors("since the Turkish occupation of Afrin began").map((a) => a.label)).toEqual([]);
  });
});

describe("the government's forces by their arms (round 30)", () => {
  it.each([
    ["Assad militiamen fired a missile at civilians harvesting olives", "Assad militiamen"],
    ["a MiG-23 of the Assad airforce struck the residential areas", "Assad airforce"],
    ["he was shot dead by a Syrian government sniper close to the camp", "government sniper"],
  ])("%s", (text, words) => expect(findActors(text)[0]).toMatchObject({ label: "Syrian government forces", text: expect.stringContaining(words) }));
});
