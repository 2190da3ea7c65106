// Editors and API tokens.
//   ATLAS_EDITOR_PASSWORD=... npm run editor:create -- USERNAME
//   npm run token:create -- USERNAME TOKEN-NAME        (prints the token once)
import { CliError, runCli, withDatabase } from "./with-database";

const USAGE = "usage: npm run editor:create -- USERNAME | npm run token:create -- USERNAME TOKEN-NAME";

runCli(async () => {
  const [cmd, ...args] = process.argv.slice(2);
  if (!((cmd === "create" && args[0]) || (cmd === "token" && args[0] && args[1]))) throw new CliError(USAGE, 2);
  await withDatabase(
    async () => {
      const editors = await import("@/lib/auth/editors");
      if (cmd === "create") {
        const password = process.env.ATLAS_EDITOR_PASSWORD;
        if (!password) throw new CliError("Set the password in ATLAS_EDITOR_PASSWORD (at least 10 characters); it is not taken on the command line.");
        await editors.upsertEditor(args[0]!, password);
        console.log(`Editor ${args[0]} can now log in at /login.`);
        return;
      }
      const token = await editors.createApiToken(args[0]!, args[1]!);
      console.log(token);
      console.error(`Token "${args[1]}" for ${args[0]}. Send it as 'Authorization: Bearer <token>'. It is shown once and stored only as a hash.`);
    },
    { quiet: true },
  );
});
