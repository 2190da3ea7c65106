import { describe, expect, it } from "vitest";
import { EVENT_TYPES } from "@/lib/incidents/vocab";
import { eventTypeColour, markerColour, perpetratorColour, UNKNOWN_COLOUR } from "./palette";

describe("marker colours", () => {
  it("give each event type its own colour, and grey to an unknown one", () => {
    const colours = EVENT_TYPES.map(eventTypeColour);
    expect(new Set(colours).size).toBe(EVENT_TYPES.length);
    expect(colours).not.toContain(UNKNOWN_COLOUR);
    expect(eventTypeColour(null)).toBe(UNKNOWN_COLOUR);
    expect(eventTypeColour("not-a-type")).toBe(UNKNOWN_COLOUR);
  });

  it("follow the chosen colouring", () => {
    const i = { eventType: "shelling", perpetrator: "Islamic State" };
    expect(markerColour(i, "eventType")).toBe(eventTypeColour("shelling"));
    expect(markerColour(i, "perpetrator")).toBe(perpetratorColour("Islamic State"));
  });
});
