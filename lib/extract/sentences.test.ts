import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

describe("sentence splitting", () => {
  it("keeps exact offsets", () => {
    const text = "Five soldiers were killed. The attack took place near Palmyra.";
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(text)).toHaveLength(2);
  });
  it("does not split after U.S. or Dec.", () => {
    const text = "U.S. forces struck IS positions on Dec. 10 near the border. Two fighters died.";
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(["U.S. forces struck IS positions on Dec. 10 near the border.", "Two fighters died."]);
  });
  it("a line without final punctuation is a heading sentence of its own", () => {
    const text = "Seven soldiers killed in Daesh attack\n\nSeven soldiers were killed on Monday.";
    const s = splitSentences(text);
    expect(s).toHaveLength(2);
    expect(s[0]!.heading).toBe(true);
    expect(s[1]!.heading).toBe(false);
    expect(s[1]!.paragraph).toBe(1);
  });
  it("splits only inside the given ranges", () => {
    const text = "PHOTO/AFP - caption\nTwo civilians were killed.";
    const s = splitSentences(text, [{ start: 20, end: text.length }]);
    expect(s.map((x) => x.text)).toEqual(["Two civilians were killed."]);
  });
});

describe("a full stop that lost its space", () => {
  it("'a monitor said.The Observatory said' is two sentences; 'U.S.Army' and 'St.Petersburg' are not", () => {
    const s = splitSentences("A bomber killed 16 people, a monitor said.The Observatory said ten were fighters.");
    expect(s.map((x) => x.text)).toEqual(["A bomber killed 16 people, a monitor said.", "The Observatory said ten were fighters."]);
    expect(splitSentences("The U.S.Army said one man died in St.Petersburg.").length).toBe(1);
  });
});

describe("a count opening the next sentence", () => {
  it("'on the town. 2 fighters died' is two sentences; 'Jan. 5 people' is not split", () => {
    const s = splitSentences("A child died in 2 raids on the town. 2 fighters died when barrel bombs fell on the town of Yadodah.");
    expect(s.length).toBe(2);
    expect(splitSentences("It happened on Jan. 5 people said.").length).toBe(1);
  });
});

describe("round 22: a hard-wrapped paragraph", () => {
  it("lines cut mid-sentence join into one sentence, with offsets that still hold", () => {
    const text =
      "According to the Britain-based monitoring group, at least 14 people\nwere killed in the eastern Tariq al-Bab district of Aleppo city.\n\nTwo more died.";
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual([
      "According to the Britain-based monitoring group, at least 14 people were killed in the eastern Tariq al-Bab district of Aleppo city.",
      "Two more died.",
    ]);
    expect(text.slice(s[0]!.start, s[0]!.end).replace(/\n/g, " ")).toBe(s[0]!.text);
    expect(s[0]!.heading).toBe(false);
  });
  it("a short headline line followed by its lead stays apart", () => {
    const s = splitSentences("Seven soldiers killed in attack\nSeven soldiers were killed on Monday.");
    expect(s).toHaveLength(2);
  });
});

describe("round 22: the Observatory's 'kil-led'", () => {
  it("'kil-led', 'k-illed', 'kil-ling' read as killed and killing, offsets unchanged", () => {
    const text = "Young man kil-led in mysterious circumstances in Rif Dimashq.";
    const [s] = splitSentences(text);
    expect(s!.text).toBe("Young man killed  in mysterious circumstances in Rif Dimashq.");
    expect(s!.end - s!.start).toBe(text.length);
  });
});

describe("round 22: a blog's censored 'k**led'", () => {
  it("'k**led', 'k**ls' read as killed, kills", () => {
    const [s] = splitSentences("Suicide bomber k**ls 50 security men, and at least 10 people were k**led there.");
    expect(s!.text).toBe("Suicide bomber kills 50 security men, and at least 10 people were killed there.");
  });
});

describe("round 34: a headline's trailing note", () => {
  it("'... in Idlib (translated from Arabic)' and '... (VIDEO)' are headlines; a paragraph ending '(SANA).' is not", () => {
    expect(splitSentences("Activists: security forces execute forty people in Idlib (translated from Arabic)")[0]!.heading).toBe(true);
    expect(splitSentences("At least 6 dead in car bomb attack in Jaramana (VIDEO)")[0]!.heading).toBe(true);
    expect(splitSentences("Six people were killed in the blast (SANA).")[0]!.heading).toBe(false);
  });
});
