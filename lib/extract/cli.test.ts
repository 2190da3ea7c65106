// The CLI contract of issue 4, run as a real process.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const cli = (args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "tools/cli/extract.ts"), ...args], { cwd: ROOT, encoding: "utf8", timeout: 60000 });

describe("npm run extract", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "extract-cli-"));
  const a = path.join(dir, "a.txt");
  writeFileSync(a, "Gunmen killed three soldiers in Daraa on Monday.\n");
  const empty = path.join(dir, "empty.txt");
  writeFileSync(empty, "  \n");
  writeFileSync(path.join(dir, "sources.json"), JSON.stringify({ articles: [{ file: "a.txt", published: "2022-03-16" }] }));

  it("prints one element per file, using sources.json beside the file", () => {
    const r = cli([a, path.join(ROOT, "seeds/004_b7ef6e326fab5328.txt")]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Array<{ file: string; publishedAt: string; incidents: Array<{ date: string; killed: number }> }>;
    expect(out.map((e) => e.file)).toEqual(["a.txt", "004_b7ef6e326fab5328.txt"]);
    expect(out[0]!.publishedAt).toBe("2022-03-16");
    expect(out[0]!.incidents[0]).toMatchObject({ date: "2022-03-14", killed: 3 });
    expect(out[1]!.publishedAt).toBe("2024-12-11");
  }, 60000);
  it("--published overrides; a bad value exits 2", () => {
    const r = cli(["--published", "2022-03-18", a]);
    expect(JSON.parse(r.stdout)[0].publishedAt).toBe("2022-03-18");
    const bad = cli(["--published", "2022-13-40", a]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--published/);
  }, 60000);
  it("an unreadable or empty file: named on stderr, exit 1, others still reported", () => {
    const r = cli([path.join(dir, "missing.txt"), empty, a]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/missing\.txt/);
    expect(r.stderr).toMatch(/empty\.txt/);
    expect(JSON.parse(r.stdout).map((e: { file: string }) => e.file)).toEqual(["a.txt"]);
  }, 60000);
});
