// End-to-end tests run in Debian's Chromium (Playwright's own browser download does not work
// on our machines). Installs it with apt when we are root, or says what to do.
import { execFileSync } from "node:child_process";
import fs from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

export function findChromium(): string | null {
  if (process.env.CHROMIUM_PATH && fs.existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  return CANDIDATES.find((p) => fs.existsSync(p)) ?? null;
}

export function ensureChromium(log: (s: string) => void): string {
  const found = findChromium();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  const hasApt = fs.existsSync("/usr/bin/apt-get");
  if (isRoot && hasApt) {
    log("Chromium is missing: installing Debian's chromium with apt-get (needed by the end-to-end tests)…");
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    "The end-to-end tests need Debian's Chromium at /usr/bin/chromium. Install it with `sudo apt-get install -y chromium` " +
      "(or set CHROMIUM_PATH to a Chromium binary), then run `npm test` again.",
  );
}
