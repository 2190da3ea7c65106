import { describe, expect, it } from "vitest";
import { safeNextPath } from "./next-path";

describe("safeNextPath", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    for (const p of ["/", "/ingest", "/incidents/12", "/?province=Homs&year=2024", "/articles/3#source", "/a%20b"]) expect(safeNextPath(p)).toBe(p);
  });

  it("sends anything that could leave the site to /", () => {
    const offSite = [
      "/\\127.0.0.1:4299/pwned",
      "/\t/127.0.0.1:4299/pwned",
      "/\n/evil.example",
      "//evil.example",
      "///evil.example",
      "/%2F/evil.example",
      "/%5Cevil.example",
      "/%09/evil.example",
      "/%252F%252Fevil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      "evil.example",
      " /ingest",
      "/ingest\u2028",
      "/\u00a0/evil.example",
      "/%E0%A4%A",
      "",
    ];
    for (const p of offSite) expect(safeNextPath(p), JSON.stringify(p)).toBe("/");
  });

  it("takes only one string", () => {
    expect(safeNextPath(["/a", "/b"])).toBe("/");
    expect(safeNextPath(undefined)).toBe("/");
  });
});
