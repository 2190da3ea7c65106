import { describe, expect, it } from "vitest";
import { visibleActors } from "./actors";

const a = (actor: string, incidents: number) => ({ actor, incidents, killed: incidents * 2 });
const actors = [a("IS", 9), a("SDF", 5), a("Army", 3), a("Turkey", 1)];

describe("visibleActors", () => {
  it("shows the ones with most incidents and counts the rest", () => {
    const { shown, hidden } = visibleActors(actors, [], 2);
    expect(shown.map((x) => x.actor)).toEqual(["IS", "SDF"]);
    expect(hidden).toBe(2);
  });
  it("keeps a selected actor beyond the limit in view", () => {
    const { shown, hidden } = visibleActors(actors, ["Turkey"], 2);
    expect(shown.map((x) => x.actor)).toEqual(["IS", "SDF", "Turkey"]);
    expect(hidden).toBe(1);
  });
  it("shows a selected actor with no incidents at zero, so it can be cleared", () => {
    const { shown } = visibleActors(actors, ["Hezbollah"], 1);
    expect(shown.at(-1)).toEqual({ actor: "Hezbollah", incidents: 0, killed: 0 });
  });
});
