// The frame of every command-line tool that needs the database: open it (DATABASE_URL, or the
// embedded PostgreSQL in .data/), apply pending migrations, run, close the client and the
// database, and turn a failure into one line on stderr and a non-zero exit.
import { applyMigrations, openDatabase, type Database } from "@/server/database";

/** A failure the person can fix: printed without a stack, with its exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export async function withDatabase<T>(run: (database: Database) => Promise<T>, opts: { quiet?: boolean } = {}): Promise<T> {
  const log = opts.quiet ? () => {} : (s: string) => console.log(s);
  const database = await openDatabase({ log });
  // Imported only now: the client reads DATABASE_URL, which openDatabase may have just set.
  const { disconnectDb } = await import("@/lib/db/client");
  try {
    await applyMigrations(database.url, log);
    return await run(database);
  } finally {
    await disconnectDb();
    await database.stop();
  }
}

/** Runs a tool's main function: exit 0 when it resolves, its message and code when it throws. */
export function runCli(main: () => Promise<unknown>): void {
  main().then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(e instanceof CliError ? e.exitCode : 1);
    },
  );
}
