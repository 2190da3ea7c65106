// Editors and API tokens.
//   ATLAS_EDITOR_PASSWORD=... npm run editor:create -- USERNAME
//   npm run token:create -- USERNAME TOKEN-NAME        (prints the token once)
import { applyMigrations, openDatabase } from "./lib/database";

async function main() {
  const [cmd, ...args] = process.argv.slice(2);
  const database = await openDatabase({ log: () => {} });
  const editors = await import("@/lib/auth/editors");
  const { disconnectDb } = await import("@/lib/db/client");
  try {
    await applyMigrations(database.url);
    if (cmd === "create" && args[0]) {
      const password = process.env.ATLAS_EDITOR_PASSWORD;
      if (!password) throw new Error("Set the password in ATLAS_EDITOR_PASSWORD (at least 10 characters); it is not taken on the command line.");
      await editors.upsertEditor(args[0], password);
      console.log(`Editor ${args[0]} can now log in at /login.`);
    } else if (cmd === "token" && args[0] && args[1]) {
      const token = await editors.createApiToken(args[0], args[1]);
      console.log(token);
      console.error(`Token "${args[1]}" for ${args[0]}. Send it as 'Authorization: Bearer <token>'. It is shown once and stored only as a hash.`);
    } else {
      throw new Error("usage: npm run editor:create -- USERNAME | npm run token:create -- USERNAME TOKEN-NAME");
    }
  } finally {
    await disconnectDb();
    await database.stop();
  }
}

main().catch((e) => {
  console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
