// Everything bench:api starts stops on every exit path: child processes, the web server, the
// Prisma client and the database.
import type { ChildProcess } from "node:child_process";
import { stopLoad } from "./load";
import { log } from "./log";

const children = new Set<ChildProcess>();
const stoppers: (() => Promise<void>)[] = [];
let cleaning: Promise<void> | null = null;

/** A child process to kill if the run ends before it does. */
export function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.on("close", () => children.delete(child));
  return child;
}

/** Something to stop at the end, in the reverse order of registration (the server before the database). */
export function onCleanup(stop: () => Promise<void>): void {
  stoppers.unshift(stop);
}

export function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    stopLoad();
    for (const c of children) if (c.exitCode === null) c.kill("SIGTERM");
    for (const stop of stoppers) await stop().catch(() => {});
    try {
      const { disconnectDb } = await import("@/lib/db/client");
      await disconnectDb();
    } catch {
      // never imported, or already closed
    }
  })();
  return cleaning;
}

for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    log(`${sig}: stopping`);
    void cleanup().then(() => process.exit(130));
  });
}
