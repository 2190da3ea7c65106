import { describe, expect, it } from "vitest";
import { fileToText, htmlToText } from "./html";

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
