import { describe, expect, it } from "vitest";
import { pageMeta } from "./page-meta";

describe("pageMeta", () => {
  it("reads the outlet, the canonical address and article:published_time as the publisher's day", () => {
    const html = `<html><head><meta property="og:site_name" content="The Desert Times">
      <meta property="article:published_time" content="2024-03-14T23:30:00-05:00">
      <link rel="canonical" href="https://desert-times.example/a"><meta property="og:url" content="https://other.example/b"></head><body></body></html>`;
    expect(pageMeta(html)).toEqual({ source: "The Desert Times", url: "https://desert-times.example/a", publishedAt: "2024-03-14" });
  });

  it("takes a byline's <time>, then JSON-LD, then a byline's written date", () => {
    expect(pageMeta(`<p class="byline">By X <time datetime="2023-11-02T10:00">2 Nov</time></p>`).publishedAt).toBe("2023-11-02");
    expect(pageMeta(`<script type="application/ld+json">{"datePublished": "2022-01-05T00:00:00Z"}</script>`).publishedAt).toBe("2022-01-05");
    expect(pageMeta(`<div class="article-byline">Reporter · Published 14 March 2024</div>`).publishedAt).toBe("2024-03-14");
  });

  it("ignores an address that is not on the web, and a <time> outside the byline", () => {
    expect(pageMeta(`<link rel="canonical" href="javascript:alert(1)"><p>Next week: <time datetime="2030-01-01">x</time></p>`)).toEqual({
      source: undefined,
      url: undefined,
      publishedAt: undefined,
    });
  });

  it("reads a relative canonical link against the address the page came from, and only then", () => {
    const html = `<link rel="canonical" href="/news/a?id=1">`;
    expect(pageMeta(html, "https://outlet.example/amp/a").url).toBe("https://outlet.example/news/a?id=1");
    expect(pageMeta(html).url).toBeUndefined();
    expect(pageMeta(`<link rel="canonical" href="javascript:alert(1)">`, "https://outlet.example/").url).toBeUndefined();
  });
});
