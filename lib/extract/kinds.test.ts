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
});

describe("civiliansAmongDead", () => {
  it("named victims decide", () => {
    expect(civiliansAmongDead(["four children"], "Four children were killed.")).toBe(true);
    expect(civiliansAmongDead(["six soldiers"], "Six soldiers were killed near civilian homes.")).toBe(false);
  });
});
