// Creates an editor (and a token) in the test database through the project's own CLI,
// as a new user would following the README.
import { execFileSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

function cli(args: string[], env: Record<string, string> = {}): string {
  return execFileSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(ROOT, "tools/cli/editor.ts"), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  }).trim();
}

export function createEditor(username: string, password: string): void {
  cli(["create", username], { ATLAS_EDITOR_PASSWORD: password });
}

export function createToken(username: string, name: string): string {
  return cli(["token", username, name]);
}
