import { describe, expect, it } from "vitest";
import { fileToText, htmlDepth, htmlToText, MAX_HTML_DEPTH } from "./html";

describe("htmlToText", () => {
  it("keeps the paragraphs and drops scripts, navigation and images", () => {
    const html = `<html><head><title>Attack near Palmyra</title><script>alert(1)</script></head><body>
      <nav><a href="/">Home</a></nav>
      <h1>Five soldiers killed near Palmyra</h1>
      <p>Five soldiers were <b>killed</b> on Tuesday near Palmyra, a monitor said.</p>
      <img src="x.jpg" alt="photo"><p>The attack was claimed by IS.</p>
      <footer>Copyright 2024</footer></body></html>`;
    const text = htmlToText(html);
    expect(text).toContain("Five soldiers killed near Palmyra");
    expect(text).toContain("Five soldiers were killed on Tuesday near Palmyra, a monitor said.");
    expect(text).toContain("The attack was claimed by IS.");
    expect(text).not.toMatch(/alert|Home|Copyright|photo/);
  });

  it("decodes entities", () => {
    expect(htmlToText("<p>Deir ez-Zor &amp; Raqqa &mdash; 3 killed</p>")).toBe("Deir ez-Zor & Raqqa — 3 killed");
  });
});

describe("fileToText", () => {
  it("converts .html and takes its title; leaves .txt alone", () => {
    const page = fileToText("a.html", "<html><head><title>T &amp; U</title></head><body><p>Body</p></body></html>");
    expect(page).toEqual({ text: "Body", title: "T & U" });
    expect(fileToText("a.txt", "<p>not html</p> as text")).toEqual({ text: "<p>not html</p> as text" });
  });
});

describe("htmlDepth", () => {
  it("counts nesting as a parser does: void and sibling-ended elements, raw text, comments, SVG", () => {
    expect(htmlDepth("<html><body><div><p>a<p>b<br><img src=x></div></body></html>")).toBe(4);
    expect(htmlDepth(`<ul>${"<li>item".repeat(5000)}</ul>`)).toBe(2);
    expect(htmlDepth(`<svg>${'<path d="M0 0"/>'.repeat(5000)}</svg>`)).toBe(1);
    expect(htmlDepth(`<script>${"<div>".repeat(5000)}</script><!--${"<div>".repeat(5000)}--><p>x`)).toBe(1);
  });

  it("stops counting just past the limit, quickly, however deep the page goes", () => {
    const started = Date.now();
    expect(htmlDepth("<div>".repeat(300_000))).toBe(MAX_HTML_DEPTH + 1);
    expect(htmlDepth("<div/>".repeat(1000))).toBe(MAX_HTML_DEPTH + 1);
    expect(Date.now() - started).toBeLessThan(500);
  });
});

describe("fileToText on deep pages", () => {
  it("refuses a page nested deeper than browsers build, naming the file", () => {
    const page = `${"<div>".repeat(10_000)}Five soldiers were killed.${"</div>".repeat(10_000)}`;
    expect(() => fileToText("deep.html", page)).toThrow(
      expect.objectContaining({ kind: "invalid", param: "file", message: expect.stringMatching(/deep\.html.*nested/) }),
    );
  });

  it("reads a page nested as deep as allowed", () => {
    const page = `${"<div>".repeat(MAX_HTML_DEPTH)}Five soldiers were killed.${"</div>".repeat(MAX_HTML_DEPTH)}`;
    expect(fileToText("deep.html", page).text).toBe("Five soldiers were killed.");
  });
});
