// The agreement script on two small label folders (the second holds labels only): identical labels agree fully; a second reader who
// counts another toll and leaves one attack out is read as one false and two missed incidents.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "agreement-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const ARTICLE = "A car bomb killed 12 people in Azaz on Monday. Shelling killed two in Marea on Tuesday.\n";
const incident = (killed: number, date: string, evidence: string) => ({
  date,
  datePrecision: "day",
  province: "Aleppo",
  place: null,
  killed,
  evidenceIncludes: evidence,
});

function folder(name: string, incidents: object[], withArticles = false): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(path.join(dir, "gold"), { recursive: true });
  if (withArticles) {
    fs.mkdirSync(path.join(dir, "articles"), { recursive: true });
    fs.writeFileSync(path.join(dir, "articles", "a1.md"), ARTICLE);
  }
  fs.writeFileSync(path.join(dir, "gold", "a1.json"), JSON.stringify({ file: "a1.md", publishedAt: "2024-03-06", incidents, tallies: [] }));
  return dir;
}

const run = (a: string, b: string) =>
  spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "tools/eval/agreement.ts"), a, b], { cwd: ROOT, encoding: "utf8", timeout: 60000 });

describe("tools/eval/agreement.ts", () => {
  const first = folder("first", [incident(12, "2024-03-04", "A car bomb killed 12"), incident(2, "2024-03-05", "Shelling killed two")], true);
  it("two identical label sets agree fully, both ways", () => {
    const out = run(first, folder("same", [incident(12, "2024-03-04", "A car bomb killed 12"), incident(2, "2024-03-05", "Shelling killed two")]));
    expect(out.status).toBe(0);
    expect(out.stdout.match(/incidents P 100\.0 R 100\.0 F1 100\.0/g)?.length).toBe(2);
  });
  it("another toll and a missing attack are one false and two missed incidents", () => {
    const out = run(first, folder("other", [incident(20, "2024-03-04", "A car bomb killed 12")]));
    expect(out.stdout).toContain("B read against A: 1 articles, incidents P 0.0 R 0.0 F1 0.0 (tp 0, fp 1, fn 2)");
  });
  it("a missing folder argument is a usage error", () => {
    const out = run(first, "");
    expect(out.status).toBe(2);
    expect(out.stderr).toContain("usage:");
  });
});
