// The learned tally opinion: its features, and where the extractor lets it speak.
import { afterEach, describe, expect, it } from "vitest";
import { extractArticle } from "./index";
import { defaultTallyModel, learnedTally, tallyFeatures, setTallyModel } from "./tally-model";

afterEach(() => setTallyModel(defaultTallyModel));

const context = (text: string, figure: string, best: number) => ({
  text,
  start: text.indexOf(figure),
  end: text.indexOf(figure) + figure.length,
  best,
  heading: false,
});

describe("tallyFeatures", () => {
  it("reads the sentence's words and pairs, six words either side of the figure and its size", () => {
    const f = tallyFeatures(context("Air strikes have killed 300 civilians since the start of the offensive.", "300", 300));
    expect(f).toEqual(expect.arrayContaining(["u_since", "b_the_offensive", "L_killed", "R_civilians", "mag_200-999"]));
    expect(f).not.toContain("heading");
  });
});

describe("the model's part in the extractor", () => {
  const sureOfTallies = { weights: {}, bias: 20, threshold: 0.7 };
  it("turns a figure the rules keep as an incident into a tally when it is sure", () => {
    setTallyModel(sureOfTallies);
    expect(learnedTally(context("Gunmen killed 5 people in Nawa.", "5", 5))).toBe(true);
    const x = extractArticle({ raw: "Gunmen killed 5 people in Nawa.", publishedAt: "2022-03-16" });
    expect([x.incidents.length, x.tallies.map((t) => t.count)]).toEqual([0, [5]]);
  });
  it("is not asked about a figure with a day of its own, nor when switched off", () => {
    setTallyModel(sureOfTallies);
    expect(extractArticle({ raw: "Gunmen killed 5 people in Nawa on Monday.", publishedAt: "2022-03-16" }).incidents.length).toBe(1);
    setTallyModel(null);
    expect(extractArticle({ raw: "Gunmen killed 5 people in Nawa.", publishedAt: "2022-03-16" }).incidents.length).toBe(1);
  });
  it("as fitted, leaves a plain attack an incident", () => {
    expect(extractArticle({ raw: "Gunmen killed 5 people in Nawa.", publishedAt: "2022-03-16" }).incidents.length).toBe(1);
  });
});
