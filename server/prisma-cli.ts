// Runs the Prisma CLI the way it works offline here: the JS engine through the pg adapter
// (prisma.config.ts), and the native-engine paths pointed at an empty file so that
// `generate` and `migrate` do not try to download engines (docs/database.md).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");

function engineStub(): string {
  const file = path.join(os.tmpdir(), "conflict-atlas-no-native-engine");
  if (!fs.existsSync(file)) fs.writeFileSync(file, "");
  return file;
}

export function prismaEnv(databaseUrl?: string): NodeJS.ProcessEnv {
  const stub = engineStub();
  return {
    ...process.env,
    // `generate` validates the datasource url even though it never connects.
    DATABASE_URL: databaseUrl ?? process.env.DATABASE_URL ?? "postgresql://localhost/unused",
    PRISMA_QUERY_ENGINE_LIBRARY: stub,
    PRISMA_SCHEMA_ENGINE_BINARY: stub,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  };
}

export interface PrismaRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `prisma ARGS`; resolves with its output, rejects when it exits non-zero unless `allowFailure`. */
export function runPrisma(args: string[], opts: { databaseUrl?: string; allowFailure?: boolean; echo?: boolean } = {}): Promise<PrismaRun> {
  const cli = path.join(ROOT, "node_modules/prisma/build/index.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: ROOT, env: prismaEnv(opts.databaseUrl) });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d;
      if (opts.echo) process.stdout.write(d);
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d;
      if (opts.echo) process.stderr.write(d);
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const run = { code: code ?? 1, stdout, stderr };
      if (run.code !== 0 && !opts.allowFailure) {
        reject(new Error(`prisma ${args.join(" ")} failed (exit ${run.code}):\n${stderr || stdout}`));
      } else resolve(run);
    });
  });
}

/** Generates the client into generated/prisma when the schema changed since the last generation. */
export async function ensurePrismaClient(): Promise<void> {
  const schema = fs.readFileSync(path.join(ROOT, "prisma/schema.prisma"));
  const stamp = path.join(ROOT, "generated/prisma/.schema-hash");
  const hash = (await import("node:crypto")).createHash("sha256").update(schema).digest("hex");
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === hash) return;
  await runPrisma(["generate"]);
  fs.writeFileSync(stamp, hash);
}

export async function migrateDeploy(databaseUrl: string): Promise<void> {
  await runPrisma(["migrate", "deploy"], { databaseUrl });
}
