// The editor commands as a person runs them (npm run ...) against a real PostgreSQL: a password
// change ends the editor's sessions, tokens can be listed and revoked, an editor can be deleted.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken, login, requireEditor, sessionFor, upsertEditor } from "@/lib/auth/editors";
import { disconnectDb } from "@/lib/db/client";
import { findEditor } from "@/lib/db/editors";
import { resetDatabase } from "@/lib/testing/db";

const ROOT = path.resolve(__dirname, "../..");
const PASSWORD = "erin's long passphrase";

function npmRun(script: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync("npm", ["run", "--silent", script, "--", ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: "utf8", timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Whether the API takes this bearer token as an editor. */
const tokenWorks = (token: string) =>
  requireEditor(new Request("http://localhost/api/articles", { method: "POST", headers: { authorization: `Bearer ${token}` } })).then(
    () => true,
    () => false,
  );

beforeAll(async () => {
  await resetDatabase();
  await upsertEditor("erin", PASSWORD);
});
afterAll(() => disconnectDb());

describe("a password change", () => {
  it("ends the editor's sessions, and only the new password logs in", async () => {
    const before = await login("erin", PASSWORD);
    expect(await sessionFor(before.sessionToken)).not.toBeNull();
    const r = npmRun("editor:create", ["erin"], { ATLAS_EDITOR_PASSWORD: "erin's new passphrase" });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/sessions? ended|logged out/i);
    expect(await sessionFor(before.sessionToken)).toBeNull();
    await expect(login("erin", PASSWORD)).rejects.toThrow(/Wrong username or password/);
    const after = await login("erin", "erin's new passphrase");
    expect(await sessionFor(after.sessionToken)).not.toBeNull();
  });
});

describe("npm run token:list and token:revoke", () => {
  let token = "";

  it("lists an editor's tokens without their secrets", async () => {
    token = await createApiToken("erin", "backup-script");
    const r = npmRun("token:list", ["erin"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/backup-script/);
    expect(r.stdout).toMatch(/live/);
    expect(r.stdout).not.toContain(token);
  });

  it("revokes a token: the API refuses it from then on", async () => {
    expect(await tokenWorks(token)).toBe(true);
    const r = npmRun("token:revoke", ["erin", "backup-script"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Revoked 1 token/);
    expect(await tokenWorks(token)).toBe(false);
    expect(npmRun("token:list", ["erin"]).stdout).toMatch(/backup-script.*revoked/);
  });

  it("says what is wrong and exits non-zero on bad input", () => {
    const cases: [string, string[], number, RegExp][] = [
      ["token:revoke", [], 2, /usage/],
      ["token:revoke", ["nobody", "x"], 1, /No editor named nobody/],
      ["token:revoke", ["erin", "backup-script"], 1, /no live token named "backup-script"/i],
      ["token:list", ["nobody"], 1, /No editor named nobody/],
      ["editor:delete", [], 2, /usage/],
      ["editor:delete", ["nobody"], 1, /No editor named nobody/],
    ];
    for (const [script, args, status, message] of cases) {
      const r = npmRun(script, args);
      expect(r.status, `${script} ${args.join(" ")}`).toBe(status);
      expect(r.stderr, `${script} ${args.join(" ")}`).toMatch(message);
    }
  });
});

describe("npm run editor:delete", () => {
  it("deletes the editor: its sessions and tokens stop working", async () => {
    await upsertEditor("frank", "frank's long passphrase");
    const token = await createApiToken("frank", "frank-script");
    const session = await login("frank", "frank's long passphrase");
    const r = npmRun("editor:delete", ["frank"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Deleted editor frank/);
    expect(await findEditor("frank")).toBeNull();
    expect(await sessionFor(session.sessionToken)).toBeNull();
    expect(await tokenWorks(token)).toBe(false);
    expect(await findEditor("erin")).not.toBeNull();
  });
});
