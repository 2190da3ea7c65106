import { describe, expect, it } from "vitest";
import { isStorable, isWebUrl, shortTitle, TITLE_MAX } from "./text";

describe("isStorable", () => {
  it("refuses a NUL and a lone surrogate, keeps every other character", () => {
    expect(isStorable("Palmyra – تدمر 🇸🇾\t\n")).toBe(true);
    expect(isStorable("a\u0000b")).toBe(false);
    expect(isStorable("a\ud800")).toBe(false);
    expect(isStorable("\udc00a")).toBe(false);
    expect(isStorable("\ud83c\udde6")).toBe(true);
  });
});

describe("isWebUrl", () => {
  it.each(["https://example.org/a?b=c#d", "http://example.org", "HTTPS://EXAMPLE.ORG/x", "https://example.org/Wire A/1"])("takes %s", (url) =>
    expect(isWebUrl(url)).toBe(true),
  );
  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
    "ftp://example.org/x",
    "//example.org/x",
    "https://",
    "https://example.org/a\u0000b",
    "https://example.org/a\nb",
    " javascript:alert(1)",
  ])("refuses %s", (url) => expect(isWebUrl(url)).toBe(false));
});

describe("shortTitle", () => {
  it("leaves a short title as it is, white space tidied", () => {
    expect(shortTitle("  Gunmen kill four\n shepherds  ")).toBe("Gunmen kill four shepherds");
  });

  it("cuts a long one at a word, with an ellipsis, within the limit", () => {
    const t = shortTitle(Array.from({ length: 200_000 }, (_, n) => `word${n}`).join(" "));
    expect(t.length).toBeLessThanOrEqual(TITLE_MAX);
    expect(t).toMatch(/ word\d+…$/);
    expect(t.length).toBeGreaterThan(TITLE_MAX - 12);
  });

  it("cuts a line without spaces where it reaches the limit, never inside a surrogate pair", () => {
    expect(shortTitle("x".repeat(999_000))).toBe(`${"x".repeat(TITLE_MAX - 1)}…`);
    const emoji = shortTitle("🇸🇾".repeat(1000));
    expect(emoji.length).toBeLessThanOrEqual(TITLE_MAX);
    expect(isStorable(emoji)).toBe(true);
  });
});
