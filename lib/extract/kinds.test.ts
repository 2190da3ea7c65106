// The kind of an event and whether civilians died, from the sentences that tell it.
import { describe, expect, it } from "vitest";
import { civiliansAmongDead, eventTypeOf } from "./kinds";

describe("eventTypeOf", () => {
  it("the nearest sentence that names a kind decides, not a more specific word further away", () => {
    expect(eventTypeOf(["A fighter died yesterday in clashes near Douma.", "Regime helicopters dropped barrel bombs on Darayya."])).toBe("armed-clash");
    expect(eventTypeOf(["Three civilians were killed.", "Assad shells hit the town of Morek."])).toBe("shelling");
  });
  it("within one sentence the most specific kind wins", () => {
    expect(eventTypeOf(["A suicide car bomb exploded after clashes at the checkpoint."])).toBe("suicide-car-bomb");
  });
  it("no kind named: other", () => expect(eventTypeOf(["Five people were killed."])).toBe("other"));
  it("a blast, a shooting, a body dumped: weaker words, read only when no sentence names the kind", () => {
    expect(eventTypeOf(["An explosion in a home in Afrin's countryside killed two people."])).toBe("ied-landmine");
    expect(eventTypeOf(["The explosion killed five.", "A car bomb went off near the market."])).toBe("suicide-car-bomb");
    expect(eventTypeOf(["He was shot on Sunday in Tafas city."])).toBe("ambush-raid");
    expect(eventTypeOf(["About 20 people died under torture in the regime's prisons."])).toBe("execution-abduction");
  });
});

describe("civiliansAmongDead", () => {
  it("named victims decide", () => {
    expect(civiliansAmongDead(["four children"], "Four children were killed.")).toBe(true);
    expect(civiliansAmongDead(["six soldiers"], "Six soldiers were killed near civilian homes.")).toBe(false);
  });
});

describe("civilians shown by where people died", () => {
  it("'people' or 'citizens' killed in a market, a church or a village are civilians", () => {
    expect(civiliansAmongDead(["people"], "A shell hit the market, killing 19 people.", ["A shell hit the market, killing 19 people."])).toBe(true);
    expect(civiliansAmongDead(["citizens"], "A shell martyred three citizens.")).toBe(true);
  });
  it("'people' killed at a base, or with no setting, are not said to be civilians", () => {
    expect(civiliansAmongDead(["people"], "A strike on a militia base killed eight people.", ["A strike on a militia base killed eight people."])).toBe(false);
    expect(civiliansAmongDead(["people"], "Eight people were killed.")).toBe(false);
  });
});

describe("round 26", () => {
  it("'the leader of a group affiliated with the Air Force Intelligence' was shot, not struck from the air", () => {
    expect(eventTypeOf(["Gunmen shot dead the leader of a local group affiliated with the Air Force Intelligence on Monday."])).not.toBe("air-drone-strike");
    expect(eventTypeOf(["The Syrian Air Force bombed the town, killing five."])).toBe("air-drone-strike");
  });
});

describe("round 28", () => {
  it("'raids' that kill are air raids in translated Arabic; a raid by ground forces or on houses, or 'raided', is not", () => {
    expect(eventTypeOf(["Four civilians, one child among them, died in raids on Talbiseh."])).toBe("air-drone-strike");
    expect(eventTypeOf(["The raids killed three civilians on the edges of the town."])).toBe("air-drone-strike");
    expect(eventTypeOf(["Three civilians were killed during a raid by Syrian forces in Atarib."])).not.toBe("air-drone-strike");
    expect(eventTypeOf(["Two civilians were killed in army raids on the town."])).not.toBe("air-drone-strike");
    expect(eventTypeOf(["Gunmen raided the outpost and killed two guards."])).toBe("ambush-raid");
  });
});
