// package.json's `engines` is what we promise: every locked package must run on its oldest
// Node, or `npm ci` warns (EBADENGINE) on a version we say is supported.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(ROOT, f), "utf8"));

type Version = [number, number, number];
/** "20", "20.9", "10.x", "12.*" → the parts given; a wildcard or a missing part is null. */
const parts = (v: string): (number | null)[] => v.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : null));
const cmp = (a: Version, b: (number | null)[]) => {
  for (let i = 0; i < 3; i++) {
    const bi = b[i] ?? 0;
    if (a[i] !== bi) return a[i]! - bi;
  }
  return 0;
};

/** One comparator of npm's range syntax, in the forms the lockfile uses (>=, ^, a bare or wildcard version). */
function allows(comparator: string, v: Version): boolean {
  const m = /^(>=|\^|)\s*v?([\d.x*]+)$/.exec(comparator.trim());
  if (!m) throw new Error(`unsupported engines comparator: ${comparator}`);
  const want = parts(m[2]!);
  if (m[1] === ">=") return cmp(v, want) >= 0;
  if (m[1] === "^") return v[0] === want[0] && cmp(v, want) >= 0;
  return want.every((p, i) => p === null || p === v[i]);
}

function rangeAllows(range: string, v: Version): boolean {
  return range.split("||").some((alt) => (alt.trim().match(/(>=|\^)?\s*[v\d.x*]+/g) ?? []).every((c) => allows(c, v)));
}

describe("engines", () => {
  it("reads the range forms the lockfile uses", () => {
    expect(rangeAllows(">=20.19.0", [20, 9, 0])).toBe(false);
    expect(rangeAllows("^20.19.0 || >=22.12.0", [20, 20, 0])).toBe(true);
    expect(rangeAllows("^20.19.0 || >=22.12.0", [22, 1, 0])).toBe(false);
    expect(rangeAllows("10.* || >= 12.*", [20, 0, 0])).toBe(true);
    expect(rangeAllows(">= 10.x", [8, 0, 0])).toBe(false);
  });

  it("every locked package runs on the oldest Node that package.json's engines allows", () => {
    const floor = /^>=\s*([\d.]+)$/.exec(read("package.json").engines.node)?.[1];
    expect(floor, "engines.node is a plain >= range").toBeTruthy();
    const oldest = [...parts(floor!), 0, 0].slice(0, 3).map((p) => p ?? 0) as Version;
    const lock = read("package-lock.json") as { packages: Record<string, { engines?: { node?: string } }> };
    const refusing = Object.entries(lock.packages)
      .filter(([, p]) => p.engines?.node && !rangeAllows(p.engines.node, oldest))
      .map(([name, p]) => `${name.replace(/^node_modules\//, "")} needs ${p.engines!.node}`);
    expect(refusing).toEqual([]);
  });
});
