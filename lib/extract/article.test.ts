import { describe, expect, it } from "vitest";
import { bylineDate, readArticle } from "./article";

const kept = (raw: string, extra: Record<string, string> = {}) => {
  const a = readArticle({ raw, ...extra });
  return { a, lines: a.content.map((r) => a.text.slice(r.start, r.end)) };
};

describe("front matter and metadata", () => {
  it("reads YAML front matter and strips it from the stored text", () => {
    const raw = "---\ntitle: Attack in Daraa\nsource: Example News\nurl: https://example.org/a\npublished: 2024-03-05\n---\nTwo soldiers were killed.\n";
    const { a } = kept(raw);
    expect(a).toMatchObject({
      title: "Attack in Daraa",
      source: "Example News",
      url: "https://example.org/a",
      publishedAt: "2024-03-05",
      publishedFrom: "front-matter",
    });
    expect(a.text).toBe("Two soldiers were killed.\n");
  });
  it("metadata given by the caller wins over front matter", () => {
    const raw = "---\npublished: 2024-03-05\nsource: FM\n---\nText here.";
    const { a } = kept(raw, { publishedAt: "2024-03-07", source: "Caller" });
    expect(a.publishedAt).toBe("2024-03-07");
    expect(a.publishedFrom).toBe("given");
    expect(a.source).toBe("Caller");
  });
  it("a dateline gives the date when nothing else does", () => {
    expect(kept("Wednesday, May 29, 2024\n\nHeadline here\n\nText.").a).toMatchObject({ publishedAt: "2024-05-29", publishedFrom: "dateline" });
    expect(kept("Published: 2024-05-29\nText.").a.publishedAt).toBe("2024-05-29");
    expect(kept("HOMS, Dec 10, 2024 (AFP) - Gunmen killed two people.").a.publishedAt).toBe("2024-12-10");
  });
  it("a date deep in the body is not a dateline", () => {
    const raw = "Headline of the story\n\nFirst paragraph.\n\nSecond.\n\nThird.\n\nMarch 3, 2019\n";
    expect(kept(raw).a.publishedAt).toBeNull();
  });
});

describe("site furniture", () => {
  const raw = [
    "Middle East",
    "Seven soldiers killed in attack | SITE",
    "Seven soldiers killed in attack in Syria",
    "Soldiers at a checkpoint in Deir Ezzor",
    "PHOTO/AFP - Soldiers at a checkpoint in Deir Ezzor",
    "AFP/JOHN DOE - Fighters in the desert, June 7, 2020",
    "Foto de archivo de la ciudad siria de Raqqa",
    "Fuerzas rusas en Siria",
    "Seven soldiers were killed on Monday, the Observatory said.",
    "Related Articles",
    "Latest stories",
    "Back to top button",
    "Get our weekly newsletter in your inbox",
    "(With files from AFP)",
    "Copyright © 2024 Example. All rights reserved",
  ].join("\n");
  const { a, lines } = kept(raw);
  it("keeps the headline and the prose only", () => {
    expect(lines).toEqual(["Seven soldiers killed in attack in Syria", "Seven soldiers were killed on Monday, the Observatory said."]);
  });
  it("takes the headline as title", () => expect(a.title).toBe("Seven soldiers killed in attack in Syria"));
  it("offsets point into the stored text", () => {
    for (const r of a.content) expect(a.text.slice(r.start, r.end).trim().length).toBe(r.end - r.start);
    expect(a.text).toBe(raw);
  });
  it("labels the reasons", () => {
    const reasons = a.furniture.map((f) => f.reason);
    expect(reasons).toEqual(
      expect.arrayContaining([
        "photo caption",
        "caption duplicate",
        "other language",
        "page title",
        "copyright",
        "newsletter",
        "wire credit",
        "site furniture",
        "section label",
      ]),
    );
  });
});

describe("bracketed page furniture", () => {
  it("drops photo captions, embedded posts and pull quotes written in brackets", () => {
    const raw = [
      "Four soldiers were killed near Palmyra on Monday, the army said.",
      "[Photo caption: Rescuers search the rubble where two people were killed in 2019]",
      "[Embedded post in Arabic from the ministry: three killed in the blast]",
      '[Pull quote: "Ten people were killed here last year"]',
      "Photo caption: Fighters killed in an earlier battle are buried.",
    ].join("\n");
    expect(kept(raw).lines).toEqual(["Four soldiers were killed near Palmyra on Monday, the army said."]);
  });
});

describe("a caption closed by an agency credit", () => {
  it("is furniture, and its photo's date does not date the article", () => {
    const a = readArticle({
      raw: "Gunmen kill a farmer in Daraa\n\nSmoke rises over Daraa on July 5, 2018. (AFP)\n\nGunmen shot dead a farmer near Tafas on Sunday.",
    });
    expect(a.publishedAt).toBeNull();
    expect(a.furniture.map((f) => f.reason)).toEqual(["photo caption"]);
  });
  it("is furniture when the credit is '(Photo: ...)' too", () => {
    const a = readArticle({
      raw: "Dozens were killed in separate explosions in Raqqa, Syria. (Photo: Social Media)\n\nTen people died in the blast on Sunday.",
    });
    expect(a.furniture.map((f) => f.reason)).toContain("photo caption");
    expect(a.text.slice(a.content[0]!.start, a.content[0]!.end)).toBe("Ten people died in the blast on Sunday.");
  });
});

describe("a year hint for an undated page", () => {
  it("comes from a one-year copyright line, only when nothing dates the page, never from the address", () => {
    const body = "Two bombs in central Damascus killed one person on May 1.";
    expect(readArticle({ raw: `${body}\n\nCopyright © 2012 Naharnet.com. All Rights Reserved.` }).yearHint).toBe(2012);
    expect(readArticle({ raw: `${body}\n\n© 2004-2024 Some Site` }).yearHint).toBeNull();
    // (docs/labelling.md: a page's address is not a date the article shows)
    expect(readArticle({ raw: body, url: "https://example.org/news/2016/story" }).yearHint).toBeNull();
    expect(readArticle({ raw: body, publishedAt: "2013-05-02" }).yearHint).toBeNull();
  });
});

describe("story lists after 'Related Articles' / 'Latest stories'", () => {
  const raw = [
    "Gunmen kill four farmers near Tal Abyad",
    "Four farmers were shot dead on Friday near Tal Abyad, a local monitor said.",
    "Read more",
    "Three soldiers killed in mine blast in Homs desert",
    "Water shortages worsen in Hasakah camps",
  ].join("\n");
  const { a, lines } = kept(raw);
  it("drops the other stories' headlines listed after the label", () => {
    expect(lines).toEqual(["Gunmen kill four farmers near Tal Abyad", "Four farmers were shot dead on Friday near Tal Abyad, a local monitor said."]);
    expect(a.furniture.map((f) => f.reason)).toContain("story list");
  });
});

describe("inline links to other stories and datelines with a time", () => {
  it("drops 'Related: <headline>' / 'Read more: ...' / 'Also read - ...' lines", () => {
    const raw = [
      "Mortar fire kills three in Daraa al-Balad",
      "Three people were killed on Monday when mortar shells hit Daraa al-Balad, a medic said.",
      "Related: Landmine kills two shepherds in Sweida countryside",
      "Read more: Gunmen kill a teacher in Tafas",
      "Also read - Drone strike wounds five near Busra al-Sham",
    ].join("\n");
    const { a, lines } = kept(raw);
    expect(lines).toEqual([
      "Mortar fire kills three in Daraa al-Balad",
      "Three people were killed on Monday when mortar shells hit Daraa al-Balad, a medic said.",
    ]);
    expect(a.furniture.filter((f) => f.reason === "story link")).toHaveLength(3);
  });
  it("reads a dateline followed by a time after a dash or bar", () => {
    expect(kept("Clashes in Manbij\n\nMar 3, 2023 - 09:15\n\nText here.").a.publishedAt).toBe("2023-03-03");
    expect(kept("7 June 2022 | 18:40 GMT\n\nText here.").a.publishedAt).toBe("2022-06-07");
  });
});

describe("wire datelines (holdout-2 rules)", () => {
  it("'Homs, Syria, June 5, 2017 (AP) —': a mixed-case place, the country, then the date", () => {
    const { a } = kept("Homs, Syria, June 5, 2017 (AP) — A car bomb killed three people near a checkpoint on Monday.\n");
    expect(a.publishedAt).toBe("2017-06-05");
  });
  it("'HAMA, 12 March (SANA) –' without a year takes the year from the dates the text tells", () => {
    const raw = "HAMA, 12 March (SANA) – Two farmers were killed by a landmine today.\n\nA similar mine exploded on 2 March 2021 near Salamiyah.\n";
    expect(kept(raw).a.publishedAt).toBe("2021-03-12");
  });
  it("a yearless dateline earlier in the year than the latest date told falls in the next year", () => {
    const raw = "IDLIB, 3 January (SANA) – Four people were killed today.\n\nThe last raid was on 28 December 2019.\n";
    expect(kept(raw).a.publishedAt).toBe("2020-01-03");
  });
});

describe("related coverage lists (holdout-2 rule)", () => {
  it("the headlines listed after 'Related Coverage' are furniture", () => {
    const { lines } = kept(
      "---\npublished: 2019-04-02\n---\nTwo soldiers were killed in Daraa on Monday.\n\nRelated " +
        "Coverage\n- Rebels kill 12 in Hama ambush, monitor says\n- Talks on Idlib stall\n",
    );
    expect(lines).toEqual(["Two soldiers were killed in Daraa on Monday."]);
  });
  it("a theme's 'Check Also' teaser, cut off with an ellipsis, is furniture", () => {
    const { lines } = kept(
      "---\npublished: 2019-04-02\n---\nTwo soldiers were killed in Daraa on Monday.\n\nCheck Also\n\n36 martyrs in " +
        "Israeli aggression on Palmyra\n\nHoms, SANA- 36 people were martyred and more than 50 others injured in an Israeli …\n",
    );
    expect(lines).toEqual(["Two soldiers were killed in Daraa on Monday."]);
  });
});

describe("a feature's header", () => {
  it("a headline ending in '?' is no paragraph: the byline date after it is the publication date", () => {
    const raw = ["Is Daraa going back to square one?", "8 min read", "AMMAN- The June 17th bombing of a bus killed five soldiers.", "24 July 2019"].join("\n");
    const a = readArticle({ raw });
    expect([a.publishedAt, a.furniture.map((f) => f.reason)]).toEqual(["2019-07-24", ["site furniture", "dateline"]]);
  });
});

describe("publication dates as pages give them (round 5)", () => {
  it("a byline date under the headline beats the site's date bar above it", () => {
    const raw = [
      "Tuesday November 19, 2024",
      "Car bomb kills 8 people in Afrin",
      "By AFP",
      "December 17, 2018",
      "A car bomb killed eight people on Sunday.",
    ].join("\n");
    expect(readArticle({ raw }).publishedAt).toBe("2018-12-17");
  });
  it("a full date before the lead's dash, whatever comes before it", () => {
    const raw = "Refugee dies in Yarmouk\n\nDamascus, 13 Jumadil Awwal 1435/14 March 2014 (MINA) – A refugee died on Thursday in the camp.";
    expect(readArticle({ raw }).publishedAt).toBe("2014-03-14");
  });
  it("a dateline without a year takes the year of the page's address", () => {
    const raw = "Army kills 27 smugglers\n\nAmman, Jan. 27, (dpa/GNA) – The army says it killed 27 smugglers.";
    expect(readArticle({ raw, url: "https://gna.org.gh/2022/01/army-kills-27" }).publishedAt).toBe("2022-01-27");
  });
  it("a full date in the page's address alone is no publication date (docs/labelling.md: the article must show it)", () => {
    const a = readArticle({ raw: "Blast in Azaz\n\nA blast killed two people.", url: "https://example.org/news/2019/05/12/blast" });
    expect([a.publishedAt, a.publishedFrom]).toEqual([null, null]);
  });
});

describe("described page furniture and teasers (round 5)", () => {
  it("bracketed notes and cut-off teasers are left out; a bracketed date still dates the article", () => {
    const raw = [
      "Car bomb kills six in Jaramana",
      "[June 20, 2014]",
      "[Site ticker: Fresh wave of terrorist attacks leaves 13 citizens dead in Homs, Hama, Aleppo]",
      "[Photo caption] Rescuers at the site where 20 people were killed last year",
      "A car bomb killed six people in Jaramana on Friday.",
      "Homs, SANA- 36 people were martyred and more than 50 others injured in an Israeli …",
      "SNHR documented the extrajudicial killings of 6 civilians, including...",
    ].join("\n");
    const { a, lines } = kept(raw);
    expect(lines).toEqual(["Car bomb kills six in Jaramana", "A car bomb killed six people in Jaramana on Friday."]);
    expect(a.publishedAt).toBe("2014-06-20");
  });
});

describe("a handout picture's caption", () => {
  it("'A handout picture released by SANA on December 30 shows ... (File/AFP)' is furniture", () => {
    const raw = [
      "Car bombs kill six in north Syria",
      "A handout picture released by the official Syrian Arab News Agency (SANA) on December 30, 2020, shows the scene of an attack. (File/AFP)",
      "A war monitor said two car bombings killed six people on Saturday.",
    ].join("\n");
    expect(kept(raw).lines).toEqual(["Car bombs kill six in north Syria", "A war monitor said two car bombings killed six people on Saturday."]);
  });
  it("each clue alone marks the line", () => {
    expect(kept("A photo taken on Monday shows the market in Azaz.\nTwo people were killed.").lines).toEqual(["Two people were killed."]);
    expect(kept("Smoke rises over the town of Ras al-Ain in 2019. (File/AFP)\nTwo people were killed.").lines).toEqual(["Two people were killed."]);
  });
});

describe("round 15: publication dates from a long stamp line and from the lead", () => {
  it("a 'Published:' stamp in a long line of credits dates the page; 'Updated 6 years ago' does not", () => {
    const stamp =
      "Edited by Mohammed Alaa | Translated by Mohammed Ghaith | Translation edited by Vera Halvorsen | Published: 24 June 2018, 4:30:37 PM | Military news";
    expect(bylineDate(stamp)).toBe("2018-06-24");
    expect(bylineDate("5 Feb, 2018 13:40 / Updated 6 years ago")).toBe("2018-02-05");
    expect(bylineDate("Caracas, Wednesday January 24,2018")).toBe("2018-01-24");
  });
  it("a lead that says 'today, Friday 22 July 2016' dates the page before its address does", () => {
    const raw = "Barrel bombs on Darayya\n\nAssad's aircraft today, Friday 22 July 2016, went on dropping barrels on the besieged city of Darayya.";
    const a = readArticle({ raw, url: "https://example.org/2016/10/29/barrels" });
    expect([a.publishedAt, a.publishedFrom]).toEqual(["2016-07-22", "dateline"]);
  });
  it("an 'Updated Dec 22, 2016' stamp under the lead's first paragraphs dates the page", () => {
    const raw =
      "Daesh pushes FSA out of al-Bab\n\nTurkey has confirmed that Daesh has now killed 16 of its soldiers in al-Bab.\n\nPhoto by: AA\n\n" +
      "Sixteen Turkish soldiers have lost their lives in heavy fighting near al-Bab since Wednesday.\n\nUpdated Dec 22, 2016\n\n" +
      "On Thursday the FSA was driven out of the town.";
    expect(readArticle({ raw }).publishedAt).toBe("2016-12-22");
    expect(readArticle({ raw: raw.replace("Updated Dec 22, 2016", "The talks were updated on Dec 22, 2016 in Ankara.") }).publishedAt).toBeNull();
  });
});

describe("round 26", () => {
  it("'the airstrikes that hit Idlib two days ago, on the 4th of February 2018' makes today 6 February", () => {
    const raw =
      "Title here\n\nWarplanes resumed their bombing this morning.\n\n" +
      "The toll from the airstrikes that hit Idlib city two days ago, on the 4th of February 2018, keeps climbing.";
    expect(readArticle({ raw }).textToday).toBe("2018-02-06");
    expect(readArticle({ raw: raw.replace("two days ago, ", "") }).textToday).toBeNull();
  });
});
