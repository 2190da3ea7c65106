// Round-2 rules of casualties.ts, each on a sentence written for the test.
import { describe, expect, it } from "vitest";
import { findCasualtyFigures } from "./casualties";

const figs = (s: string) => findCasualtyFigures(s).map((f) => `${f.kind}:${f.best}`);

describe("casualty wording", () => {
  it("'claimed the lives of N citizens'", () => {
    expect(figs("A truck bomb at the Azaz market claimed the lives of 19 citizens and injured 60 others.")).toEqual(["death:19", "injury:60"]);
  });
  it("'the number of martyrs ... rose to N' with a long phrase in between", () => {
    expect(figs("The number of martyrs of the rocket attack that targeted the main square of Mhardeh town in Hama countryside rose to 14.")).toEqual(["death:14"]);
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
  it("'killing at least 14 of them' is a death figure; '56 of the attackers' is not a victim count", () => {
    expect(figs("Militants ambushed a convoy of guards on Monday, killing at least 14 of them.")).toEqual(["death:14"]);
    expect(figs("Local fighters killed 56 of the attackers.")).toEqual([]);
  });
});
