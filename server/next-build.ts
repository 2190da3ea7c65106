// Builds the Next app when its sources changed since the last build, so that `npm start`
// on a fresh clone (or after a pull) serves what is checked out.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./database";

const SOURCES = ["app", "components", "lib", "public", "generated", "next.config.ts", "postcss.config.mjs", "package-lock.json", "tsconfig.json"];
const STAMP = path.join(ROOT, ".next", "conflict-atlas-source-stamp");

function walk(p: string, out: string[]): void {
  if (!fs.existsSync(p)) return;
  const stat = fs.statSync(p);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(p).sort()) {
      if (name === "node_modules" || name.startsWith(".")) continue;
      walk(path.join(p, name), out);
    }
  } else if (!/\.test\.tsx?$/.test(p)) {
    // Contents, not times: a copied tree (a container image's, say) keeps its build.
    out.push(`${path.relative(ROOT, p)}:${createHash("sha256").update(fs.readFileSync(p)).digest("hex")}`);
  }
}

function sourceStamp(): string {
  const entries: string[] = [];
  for (const s of SOURCES) walk(path.join(ROOT, s), entries);
  return createHash("sha256").update(entries.join("\n")).digest("hex");
}

export function buildIsCurrent(): boolean {
  return fs.existsSync(path.join(ROOT, ".next", "BUILD_ID")) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === sourceStamp();
}

export async function buildIfNeeded(log: (s: string) => void = console.log): Promise<void> {
  if (buildIsCurrent()) return;
  log("Building the web app (next build); this takes a minute or two the first time…");
  const stamp = sourceStamp();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], {
      cwd: ROOT,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (exit ${code})`))));
  });
  fs.writeFileSync(STAMP, stamp);
}

// `node --import tsx server/next-build.ts`: the build with its stamp, as the Dockerfile makes it.
if (require.main === module) {
  buildIfNeeded().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
