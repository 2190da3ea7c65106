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
