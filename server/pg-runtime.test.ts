import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-pg-runtime-"));
const runtime = path.join(scratch, "runtime");
const closed = path.join(scratch, "closed");
const open = path.join(scratch, "open");

beforeAll(() => {
  fs.chmodSync(scratch, 0o755);
  fs.mkdirSync(path.join(closed, "project"), { recursive: true, mode: 0o755 });
  fs.chmodSync(closed, 0o700);
  fs.mkdirSync(path.join(open, "project"), { recursive: true });
  fs.chmodSync(open, 0o755);
  process.env.ATLAS_PG_RUNTIME = runtime;
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

async function load(uid: number) {
  vi.resetModules();
  vi.spyOn(process, "getuid").mockReturnValue(uid);
  return import("./pg-runtime");
}

describe("where the postgres user can reach", () => {
  it("sees a folder closed to others anywhere on the path", async () => {
    const { othersCanReach } = await load(0);
    expect(othersCanReach(path.join(closed, "project", ".data"))).toBe(false);
    expect(othersCanReach(path.join(open, "project", ".data"))).toBe(true);
  });

  it("keeps a root's cluster out of a closed folder, one folder per project", async () => {
    const { clusterDir } = await load(0);
    const moved = clusterDir(path.join(closed, "project", ".data"));
    expect(moved.startsWith(path.join(runtime, "clusters"))).toBe(true);
    expect(moved).not.toBe(clusterDir(path.join(closed, "other", ".data")));
    expect(fs.statSync(path.dirname(moved)).mode & 0o777).toBe(0o755);
  });

  it("leaves the cluster where it was asked for when it can be reached or root does not run it", async () => {
    expect((await load(0)).clusterDir(path.join(open, "project", ".data"))).toBe(path.join(open, "project", ".data"));
    expect((await load(1000)).clusterDir(path.join(closed, "project", ".data"))).toBe(path.join(closed, "project", ".data"));
  });
});

describe("the shared runtime's links to its dependencies", () => {
  it("makes again a link left dangling by a deleted checkout, and leaves a sound one", async () => {
    const { linkDependencies } = await load(0);
    const modules = path.join(scratch, "modules");
    fs.mkdirSync(modules, { recursive: true });
    fs.symlinkSync(path.join(scratch, "deleted-checkout", "node_modules", "pg"), path.join(modules, "pg"));
    linkDependencies(modules);
    expect(fs.existsSync(path.join(modules, "pg", "package.json"))).toBe(true);
    expect(fs.existsSync(path.join(modules, "async-exit-hook", "package.json"))).toBe(true);
    const before = fs.readlinkSync(path.join(modules, "pg"));
    linkDependencies(modules);
    expect(fs.readlinkSync(path.join(modules, "pg"))).toBe(before);
  });
});
