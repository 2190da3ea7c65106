import { describe, expect, it } from "vitest";
import { splitPlaceLists } from "./place-lists";

const split = (text: string) =>
  splitPlaceLists([{ text, start: 10, end: 10 + text.length, paragraph: 0, heading: false }]).map((x) => [x.s.text, x.count, x.s.start]);

describe("lists of the dead by town", () => {
  it("splits 'Per area the fatalities were: A 16, B 8 and C 1' into one line per town, offsets kept", () => {
    expect(split("Per area the fatalities were: Albuwaida 16, Deir 'Attiyah 8 and 'Erbeen 1.")).toEqual([
      ["Per area the fatalities were:", null, 10],
      ["Albuwaida 16", 16, 40],
      ["Deir 'Attiyah 8", 8, 54],
      ["'Erbeen 1", 1, 74],
    ]);
  });
  it("reads a list right after the day's toll and a semicolon, with an aside after a count", () => {
    const s = "Twenty citizens lost their lives on this Thursday; Mu'adamyyat Asham 11 (1 victim from Idlib), Dareyya 4 and Sbaineh 1.";
    expect(split(s).map((x) => x[1])).toEqual([null, 11, 4, 1]);
  });
  it("reads counts before their places after a toll and a colon, an aside attached to the item before", () => {
    const s =
      "The number of martyrs has risen to fifty-seven: twenty in Daraa, sixteen in Damascus and its countryside, " +
      "most of them in the Eastern Ghouta, five in Homs, and one martyr in Idlib.";
    expect(split(s).map((x) => [x[0], x[1]])).toEqual([
      ["The number of martyrs has risen to fifty-seven:", null],
      ["twenty in Daraa", 20],
      ["sixteen in Damascus and its countryside", 16],
      ["five in Homs", 5],
      ["one martyr in Idlib", 1],
    ]);
  });
  it("leaves a sentence alone when any piece of the list is not a town and its count", () => {
    expect(split("Per area the fatalities were: Albuwaida 16, and many more in the east.")).toEqual([
      ["Per area the fatalities were: Albuwaida 16, and many more in the east.", null, 10],
    ]);
    expect(split("The strikes hit Albuwaida, Douma and Madaya.")).toHaveLength(1);
  });
});

describe("round 26", () => {
  it("'...martyrs in Deir Asafeer; 24 in Aleppo; 14 in Deir Ezzor; 13 in Homs, 11 in Idlib; ... and 2 martyrs in Lattakia': one item per place", () => {
    const s =
      "Today 61 martyrs fell in Damascus, 10 of them slaughtered in Deir Asafeer; 24 in Aleppo; 14 in Deir Ezzor; 13 in Homs, 11 in Idlib; " +
      "3 in Daraa and 2 martyrs in Lattakia.";
    expect(split(s).map((x) => x[1])).toEqual([null, 24, 14, 13, 11, 3, 2]);
  });
});

describe("town lists with asides and shared counts (round 30)", () => {
  it("an aside in brackets with 'and' inside stays with its item", () => {
    const s = "Twenty residents lost their lives this Thursday; Douma 7, Muaddamiyat Asham 6 (one from Damascus and another from Idlib), Dareyya 3.";
    expect(split(s).map((x) => [x[0], x[1]])).toEqual([
      ["Twenty residents lost their lives this Thursday;", null],
      ["Douma 7", 7],
      ["Muaddamiyat Asham 6 (one from Damascus and another from Idlib)", 6],
      ["Dareyya 3", 3],
    ]);
  });
  it("'... and one victim in each of the following: Yelda, Kafr Batna' gives each town the shared count", () => {
    const s = "Twelve residents lost their lives in rural Damascus: Douma 7, Dareyya 2 and one victim in each of the following: Yelda, Kafr Batna, 'Adraa.";
    expect(split(s).map((x) => [x[0], x[1]])).toEqual([
      ["Twelve residents lost their lives in rural Damascus:", null],
      ["Douma 7", 7],
      ["Dareyya 2", 2],
      ["Yelda", 1],
      ["Kafr Batna", 1],
      ["'Adraa", 1],
    ]);
  });
});
