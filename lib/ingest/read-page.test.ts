import { describe, expect, it } from "vitest";
import { DomainError } from "../errors";
import { readPage } from "./read-page";

const ARTICLE = `<!doctype html><html><head><title>Gunmen kill four shepherds near Palmyra | Test Wire</title>
<meta property="og:site_name" content="Test Wire"><meta property="article:published_time" content="2024-03-14T09:00:00Z">
<link rel="canonical" href="/news/palmyra-shepherds"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Gunmen kill four shepherds near Palmyra</h1>
<p>Four shepherds were killed on Tuesday near Palmyra in the eastern Homs desert, a war monitor said.</p>
<p>The monitor did not say who carried out the attack. Local sources said the men were grazing sheep when gunmen opened fire.</p></article>
<aside>Most read: football results</aside><footer>© Test Wire</footer></body></html>`;

describe("readPage", () => {
  it("keeps the article's paragraphs, leaves the menus, and reads the metadata", () => {
    const a = readPage(ARTICLE, "https://wire.example/amp/palmyra?utm=x");
    expect(a).toMatchObject({
      title: "Gunmen kill four shepherds near Palmyra",
      source: "Test Wire",
      url: "https://wire.example/news/palmyra-shepherds",
      publishedAt: "2024-03-14",
    });
    expect(a.text).toContain("Four shepherds were killed on Tuesday near Palmyra");
    expect(a.text).toContain("\n\nThe monitor did not say");
    expect(a.text).not.toMatch(/Sport|football|©/);
  });

  it("keys the article by where it was fetched when the page names no canonical address", () => {
    expect(readPage(ARTICLE.replace(/<link rel="canonical"[^>]*>/, ""), "https://wire.example/a").url).toBe("https://wire.example/a");
  });

  it("cuts a title too long to store, and drops an outlet or canonical address too long", () => {
    const odd = ARTICLE.replace("<title>Gunmen kill four shepherds near Palmyra | Test Wire</title>", `<title>${"T".repeat(900)}</title>`)
      .replace('content="Test Wire"', `content="${"S".repeat(300)}"`)
      .replace('href="/news/palmyra-shepherds"', `href="/news/${"p".repeat(2100)}"`);
    const a = readPage(odd.replace(/<h1>.*?<\/h1>/, ""), "https://wire.example/a");
    expect(a.title).toHaveLength(500);
    expect(a.source).toBeUndefined();
    expect(a.url).toBe("https://wire.example/a");
  });

  it("refuses a page with no article, and one nested deeper than browsers build", () => {
    const empty = `<html><head><title>Log in</title></head><body><nav><a href="/">Home</a></nav><form>Password</form></body></html>`;
    expect(() => readPage(empty, "https://wire.example/login")).toThrow(/no article text/);
    expect(() => readPage(`${"<div>".repeat(600)}x`, "https://wire.example/deep")).toThrow(DomainError);
  });
});
