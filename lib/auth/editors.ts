// Editors, sessions and API tokens. Reading is public; every write needs an editor, either a
// browser session (cookie + CSRF token) or a bearer token made with `npm run token:create`.
import {
  createSession,
  createToken,
  deleteEditor,
  deleteSession,
  findEditor,
  findSession,
  listTokens,
  revokeTokens,
  saveEditor,
  touchToken,
} from "@/lib/db/editors";
import { forbidden, notFound, unauthorized } from "@/lib/errors";
import { hashPassword, randomToken, sha256, verifyPassword } from "@/lib/auth/passwords";

export const SESSION_COOKIE = "atlas_session";
export const CSRF_HEADER = "x-csrf-token";
const SESSION_DAYS = 7;

export interface Actor {
  editorId: number;
  /** What the history records: the username, or "token:<name>". */
  name: string;
  via: "session" | "token";
}

/** Creates the editor, or sets a new password for an existing one and ends its sessions. */
export async function upsertEditor(username: string, password: string): Promise<{ created: boolean; sessionsEnded: number }> {
  if (!/^[A-Za-z0-9_.-]{2,40}$/.test(username)) throw new Error("A username is 2 to 40 letters, digits, dots, dashes or underscores");
  const passwordHash = await hashPassword(password);
  return saveEditor(username, passwordHash);
}

async function editorNamed(username: string) {
  const editor = await findEditor(username);
  if (!editor) throw notFound(`No editor named ${username}`);
  return editor;
}

/** Deletes the editor with its sessions and tokens; returns how many of each ended. */
export async function removeEditor(username: string): Promise<{ sessions: number; tokens: number }> {
  return deleteEditor((await editorNamed(username)).id);
}

/** The editor named by ATLAS_EDITOR_USERNAME / ATLAS_EDITOR_PASSWORD, when both are set. */
export async function ensureEditorFromEnv(): Promise<string | null> {
  const username = process.env.ATLAS_EDITOR_USERNAME;
  const password = process.env.ATLAS_EDITOR_PASSWORD;
  if (!username || !password) return null;
  const existing = await findEditor(username);
  if (!existing || !(await verifyPassword(password, existing.passwordHash))) await upsertEditor(username, password);
  return username;
}

export async function login(username: string, password: string): Promise<{ sessionToken: string; csrfToken: string; expiresAt: Date }> {
  const editor = await findEditor(username);
  // Same work whether or not the user exists, so timing does not tell usernames apart.
  const ok = await verifyPassword(password, editor?.passwordHash ?? "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
  if (!editor || !ok) throw unauthorized("Wrong username or password");
  const sessionToken = randomToken();
  const csrfToken = randomToken(18);
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 24 * 3600 * 1000);
  // Refused when the password changed while it was being checked: the one given is the old one.
  if (!(await createSession(sha256(sessionToken), editor.id, editor.passwordHash, csrfToken, expiresAt))) throw unauthorized("Wrong username or password");
  return { sessionToken, csrfToken, expiresAt };
}

export async function logout(sessionToken: string): Promise<void> {
  await deleteSession(sha256(sessionToken));
}

export async function sessionFor(sessionToken: string | undefined): Promise<{ actor: Actor; csrfToken: string } | null> {
  if (!sessionToken) return null;
  const s = await findSession(sha256(sessionToken));
  if (!s || s.expiresAt < new Date()) return null;
  return { actor: { editorId: s.editorId, name: s.editor.username, via: "session" }, csrfToken: s.csrfToken };
}

export async function createApiToken(username: string, name: string): Promise<string> {
  const editor = await findEditor(username);
  if (!editor) throw new Error(`No editor named ${username}: create one first (see README)`);
  const token = `atl_${randomToken()}`;
  await createToken(editor.id, name, sha256(token));
  return token;
}

/** Every token of the editor, or of all editors: names and dates, never a secret. */
export async function apiTokens(username?: string) {
  return listTokens(username === undefined ? undefined : (await editorNamed(username)).id);
}

/** Revokes the editor's live tokens named `name` (null: all of them); the API refuses them from the next request. */
export async function revokeApiTokens(username: string, name: string | null): Promise<number> {
  const count = await revokeTokens((await editorNamed(username)).id, name);
  if (!count) throw notFound(`${username} has no live token${name === null ? "" : ` named "${name}"`} (npm run token:list -- ${username})`);
  return count;
}

async function tokenActor(token: string): Promise<Actor | null> {
  const t = await touchToken(sha256(token));
  if (!t) return null;
  return { editorId: t.editorId, name: `token:${t.name}`, via: "token" };
}

function cookieValue(request: Request, name: string): string | undefined {
  const header = request.headers.get("cookie") ?? "";
  for (const part of header.split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return decodeURIComponent(v.join("="));
  }
  return undefined;
}

/**
 * The editor behind a write request, or a 401/403. A bearer token is enough for scripts;
 * a browser session must also send its CSRF token, and the request must come from our own origin.
 */
export async function requireEditor(request: Request): Promise<Actor> {
  const auth = request.headers.get("authorization");
  if (auth) {
    const m = /^Bearer\s+(\S+)$/i.exec(auth);
    if (!m) throw unauthorized("Authorization must be 'Bearer <token>'");
    const actor = await tokenActor(m[1]!);
    if (!actor) throw unauthorized("This API token is unknown or revoked");
    return actor;
  }
  const session = await sessionFor(cookieValue(request, SESSION_COOKIE));
  if (!session) throw unauthorized("Writing needs an editor: log in at /login, or send 'Authorization: Bearer <token>'");
  const origin = request.headers.get("origin");
  if (origin && origin !== new URL(request.url).origin) throw forbidden("Cross-site request refused");
  if (request.headers.get(CSRF_HEADER) !== session.csrfToken) throw forbidden(`Missing or wrong CSRF token (send the ${CSRF_HEADER} header)`);
  return session.actor;
}

/** For pages: who is logged in, if anyone (no CSRF check: reading only). */
export async function currentEditor(sessionToken: string | undefined): Promise<{ name: string; csrfToken: string } | null> {
  const s = await sessionFor(sessionToken);
  return s ? { name: s.actor.name, csrfToken: s.csrfToken } : null;
}
