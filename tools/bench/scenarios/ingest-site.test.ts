import { describe, expect, it } from "vitest";
import { readFeed } from "@/lib/ingest/feed";
import { articleHtml, feedXml, pagePath, parseCorpusText } from "./ingest-site";

const MD = `---
title: "Five killed in <Hajin>"
source: Test Monitor
published: 2014-05-02
---

Five killed in Hajin

Five fighters were killed on Friday near Hajin, a monitor said.
`;

describe("bench:ingest's news site", () => {
  it("reads an eval text's front matter and paragraphs", () => {
    const t = parseCorpusText(MD);
    expect(t).toEqual({
      title: "Five killed in <Hajin>",
      source: "Test Monitor",
      published: "2014-05-02",
      paragraphs: ["Five killed in Hajin", "Five fighters were killed on Friday near Hajin, a monitor said."],
    });
  });

  it("makes a page per number with its own canonical URL and text, escaped", () => {
    const corpus = [parseCorpusText(MD)];
    const one = articleHtml("http://127.0.0.1:1", "r1", 1, corpus);
    const two = articleHtml("http://127.0.0.1:1", "r1", 2, corpus);
    expect(one).toContain('<link rel="canonical" href="http://127.0.0.1:1/r1/news/1">');
    expect(one).toContain("<title>Five killed in &lt;Hajin&gt; | Test Monitor</title>");
    expect(one).toContain('content="2014-05-02T09:00:00Z"');
    // The same corpus text twice is still two articles: the text differs by its page line.
    expect(two).not.toEqual(one.replace("/news/1", "/news/2"));
    expect(two).toContain("Bench page 2 of run r1.");
  });

  it("lists every page once in a feed the app reads", () => {
    const base = "http://127.0.0.1:1";
    const { links } = readFeed(feedXml(base, "r1", 1000), `${base}/r1/feed.xml`);
    expect(links).toHaveLength(1000);
    expect(links[999]).toBe(`${base}${pagePath("r1", 1000)}`);
  });
});
