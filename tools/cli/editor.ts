// Editors and API tokens.
//   ATLAS_EDITOR_PASSWORD=... npm run editor:create -- USERNAME   (an existing editor: a new password, its sessions ended)
//   npm run editor:delete -- USERNAME                            (its sessions and tokens end with it)
//   npm run token:create -- USERNAME TOKEN-NAME                  (prints the token once)
//   npm run token:list [-- USERNAME]
//   npm run token:revoke -- USERNAME TOKEN-NAME|--all
import { CliError, runCli, withDatabase } from "./with-database";

type Editors = typeof import("@/lib/auth/editors");

interface Command {
  usage: string;
  /** Whether the arguments have the shape the usage shows. */
  fits: (args: string[]) => boolean;
  run: (editors: Editors, args: string[]) => Promise<void>;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const when = (d: Date | null) => (d ? d.toISOString().slice(0, 16).replace("T", " ") : "never");
const isName = (s: string | undefined) => !!s && !s.startsWith("-");

async function create(editors: Editors, [username]: string[]) {
  const password = process.env.ATLAS_EDITOR_PASSWORD;
  if (!password) throw new CliError("Set the password in ATLAS_EDITOR_PASSWORD (at least 10 characters); it is not taken on the command line.");
  const { created, sessionsEnded } = await editors.upsertEditor(username!, password);
  if (created) console.log(`Editor ${username} can now log in at /login.`);
  else console.log(`Editor ${username} has a new password; ${plural(sessionsEnded, "session")} ended (logged out). API tokens stay: see npm run token:list.`);
}

async function remove(editors: Editors, [username]: string[]) {
  const { sessions, tokens } = await editors.removeEditor(username!);
  console.log(`Deleted editor ${username}: ${plural(sessions, "session")} ended, ${plural(tokens, "live token")} revoked. The history keeps the name.`);
}

async function createToken(editors: Editors, [username, name]: string[]) {
  const token = await editors.createApiToken(username!, name!);
  console.log(token);
  console.error(`Token "${name}" for ${username}. Send it as 'Authorization: Bearer <token>'. It is shown once and stored only as a hash.`);
}

async function list(editors: Editors, [username]: string[]) {
  const tokens = await editors.apiTokens(username);
  if (!tokens.length) return console.log(username ? `${username} has no tokens.` : "No tokens.");
  const rows = tokens.map((t) => [t.editor.username, t.name, when(t.createdAt), when(t.lastUsedAt), t.revokedAt ? `revoked ${when(t.revokedAt)}` : "live"]);
  const table = [["EDITOR", "NAME", "CREATED", "LAST USED", "STATE"], ...rows];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  for (const r of table)
    console.log(
      r
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join("  ")
        .trimEnd(),
    );
}

async function revoke(editors: Editors, [username, name]: string[]) {
  const all = name === "--all";
  const count = await editors.revokeApiTokens(username!, all ? null : name!);
  const which = all ? "" : ` named "${name}"`;
  console.log(`Revoked ${plural(count, "token")} of ${username}${which}: the API refuses ${count === 1 ? "it" : "them"} from now on.`);
}

const COMMANDS: Record<string, Command> = {
  create: { usage: "npm run editor:create -- USERNAME", fits: (a) => a.length === 1 && isName(a[0]), run: create },
  delete: { usage: "npm run editor:delete -- USERNAME", fits: (a) => a.length === 1 && isName(a[0]), run: remove },
  token: { usage: "npm run token:create -- USERNAME TOKEN-NAME", fits: (a) => a.length === 2 && isName(a[0]) && isName(a[1]), run: createToken },
  tokens: { usage: "npm run token:list [-- USERNAME]", fits: (a) => a.length === 0 || (a.length === 1 && isName(a[0])), run: list },
  revoke: {
    usage: "npm run token:revoke -- USERNAME TOKEN-NAME|--all",
    fits: (a) => a.length === 2 && isName(a[0]) && (isName(a[1]) || a[1] === "--all"),
    run: revoke,
  },
};

runCli(async () => {
  const [name = "", ...args] = process.argv.slice(2);
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name]! : null;
  const usages = Object.values(COMMANDS).map((c) => c.usage);
  if (!command) throw new CliError(`usage: ${usages.join(" | ")}`, 2);
  if (!command.fits(args)) throw new CliError(`usage: ${command.usage}`, 2);
  await withDatabase(async () => command.run(await import("@/lib/auth/editors"), args), { quiet: true });
});
