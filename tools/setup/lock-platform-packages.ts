// Keeps `npm ci` working with our registry mirror. Next's SWC and Tailwind's oxide list one
// optional package per platform; the mirror serves only Linux builds, so `npm install` leaves
// the others out of package-lock.json, and `npm ci` then refuses the lock as out of sync.
// This adds a lock entry (version, os, cpu, optional) for every missing platform package;
// npm skips them on a machine of another platform, as it would with a complete lock.
// Run after changing dependencies: `npx tsx tools/setup/lock-platform-packages.ts`.
import fs from "node:fs";
import path from "node:path";

type Entry = {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  optionalDependencies?: Record<string, string>;
  license?: string;
  engines?: Record<string, string>;
};
const file = path.resolve(__dirname, "../../package-lock.json");
const lock = JSON.parse(fs.readFileSync(file, "utf8")) as { packages: Record<string, Entry> };

function platformOf(name: string): { os: string[]; cpu: string[] } | null {
  const m = /-(android|darwin|freebsd|linux|win32|wasm32)-?([a-z0-9]*)/.exec(name.split("/").pop() ?? "");
  if (!m) return null;
  if (m[1] === "wasm32") return { os: [], cpu: ["wasm32"] };
  const cpu = (m[2] ?? "").startsWith("arm64") ? "arm64" : (m[2] ?? "").startsWith("arm") ? "arm" : (m[2] ?? "").startsWith("ia32") ? "ia32" : "x64";
  return { os: [m[1]!], cpu: [cpu] };
}

let added = 0;
for (const entry of Object.values(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    if (lock.packages[key]) continue;
    const platform = platformOf(dep);
    if (!platform) continue;
    lock.packages[key] = { version, cpu: platform.cpu, ...(platform.os.length ? { os: platform.os } : {}), optional: true };
    added++;
  }
}
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: added ${added} platform package entr${added === 1 ? "y" : "ies"}`);
