// What is limited and how much, on top of lib/api/rate-limit.ts. Logins: every attempt per
// address, and wrong passwords per account in a way a stranger cannot turn into a lockout.
// Writes: authenticated first, so anonymous attempts never use up an editor's allowance.
import { clientKey, countHit, peekLimit, perMinute, rateLimit, tooManyRequests } from "@/lib/api/rate-limit";
import { type Actor, login, requireEditor } from "@/lib/auth/editors";
import { DomainError } from "@/lib/errors";

const MINUTE = 60_000;
/** How long wrong passwords are remembered. */
const GUESS_WINDOW = 15 * MINUTE;
/** Wrong passwords one address may send for one account in the window. */
const GUESSES_PER_ADDRESS = 5;
/** Wrong passwords for one account, from anywhere, that mark it as under attack. */
const UNDER_ATTACK = 20;

/** Login attempts: 10 a minute per address (ATLAS_RATE_LIMIT_LOGINS), right or wrong. */
export function limitLogins(request: Request): Promise<void> {
  return rateLimit(`login:${clientKey(request)}`, perMinute("ATLAS_RATE_LIMIT_LOGINS", 10), MINUTE);
}

/**
 * Refuses a password guess before it is checked when this address has used up its wrong
 * passwords for this account: 5 in 15 minutes, or any at all while the account is under attack
 * (20 wrong in 15 minutes from anywhere). An address that has not failed is always heard, so
 * guessing from many addresses is slowed to one guess per new address, and the editor still
 * logs in from theirs. Unknown usernames are counted alike, so a 429 tells nothing about them.
 */
export async function checkPasswordGuess(address: string, username: string): Promise<void> {
  const underAttack = (await peekLimit(`login-wrong-account:${username}`, UNDER_ATTACK)) > 0;
  const retry = await peekLimit(`login-wrong:${address} ${username}`, underAttack ? 1 : GUESSES_PER_ADDRESS);
  if (retry > 0) throw tooManyRequests(retry, "Too many wrong passwords for this account from your address");
}

export async function countWrongPassword(address: string, username: string): Promise<void> {
  await countHit(`login-wrong-account:${username}`, GUESS_WINDOW);
  await countHit(`login-wrong:${address} ${username}`, GUESS_WINDOW);
}

/** login() behind the password-guess limits. */
export async function limitedLogin(request: Request, username: string, password: string): ReturnType<typeof login> {
  const address = clientKey(request);
  await checkPasswordGuess(address, username);
  try {
    return await login(username, password);
  } catch (e) {
    if (e instanceof DomainError && e.kind === "unauthorized") await countWrongPassword(address, username);
    throw e;
  }
}

/**
 * The editor behind a write, or a 401/403. Writes count per editor (ATLAS_RATE_LIMIT_WRITES a
 * minute); attempts that fail to authenticate count per address in a bucket of their own.
 */
export async function authorizeWrite(request: Request): Promise<Actor> {
  const limit = perMinute("ATLAS_RATE_LIMIT_WRITES", 120);
  let actor: Actor;
  try {
    actor = await requireEditor(request);
  } catch (e) {
    await rateLimit(`write-anonymous:${clientKey(request)}`, limit, MINUTE);
    throw e;
  }
  await rateLimit(`write:editor:${actor.editorId}`, limit, MINUTE);
  return actor;
}
