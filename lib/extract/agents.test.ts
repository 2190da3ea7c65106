import { describe, expect, it } from "vitest";
import { pickPerpetrator } from "./agents";

describe("the attacker of a sentence", () => {
  it.each([
    ["ISIS kills six members of the National Defense in Raqqa countryside", "Islamic State"],
    // (translated pages quote a group's name: it is still the subject of its verb)
    ["“ISIS” kills six members of the “National Defense” in Raqqa countryside", "Islamic State"],
    ['"Daesh" killed three shepherds near Palmyra', "Islamic State"],
  ])("%s", (text, label) => expect(pickPerpetrator(text, [], null, 2)?.label).toBe(label));
});

describe("a modifier between the attacker and its verb (round 29)", () => {
  const perp = (t: string) => pickPerpetrator(t, [], null, 2)?.label ?? null;
  it("'Syrian troops backed by tanks stormed', 'gunmen, riding a motorcycle, opened fire': still the agent", () => {
    expect(perp("Ten people were killed when Syrian troops backed by tanks stormed the city of Hama.")).toBe("Syrian government forces");
    expect(perp("Two were killed when IS gunmen, riding a motorcycle, opened fire on a checkpoint.")).toBe("Islamic State");
  });
  it("'militias backed by Iran were accused': no verb of attack after the modifier, no agent", () => {
    expect(perp("Militias backed by Iran were accused after five people were killed.")).toBeNull();
  });
});
