import { describe, expect, it } from "vitest";
import { readFeed } from "@/lib/ingest/feed";

const BASE = "https://news.example/feed";

describe("readFeed", () => {
  it("reads an RSS 2.0 feed's title and item links, relative ones made absolute", () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://news.example/</link>
      <item><title>A</title><link>/a#top</link></item><item><title>B</title><guid>https://news.example/b</guid></item>
      <item><title>C</title><guid isPermaLink="false">tag:1</guid></item><item><link>https://news.example/a</link></item></channel></rss>`;
    expect(readFeed(rss, BASE)).toEqual({ title: "Wire", links: ["https://news.example/a", "https://news.example/b"] });
  });

  it("reads an Atom feed's alternate links", () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Monitor</title><id>x</id>
      <entry><id>1</id><title>E</title><link rel="self" href="https://news.example/self"/><link href="https://news.example/e"/></entry></feed>`;
    expect(readFeed(atom, BASE)).toEqual({ title: "Monitor", links: ["https://news.example/e"] });
  });

  it("reads a JSON Feed and drops links that are not web pages", () => {
    const json = JSON.stringify({
      version: "https://jsonfeed.org/version/1.1",
      title: "J",
      items: [{ id: "1", url: "https://news.example/j" }, { id: "2", url: "javascript:alert(1)" }, { id: "3" }],
    });
    expect(readFeed(json, BASE)).toEqual({ title: "J", links: ["https://news.example/j"] });
  });

  it("refuses what is not a feed with a 400 on the url", () => {
    expect(() => readFeed("<html><body>hi</body></html>", BASE)).toThrow(expect.objectContaining({ kind: "invalid", param: "url" }));
  });
});
