// Editors, sessions and API tokens. Reading is public; every write needs an editor, either a
// browser session (cookie + CSRF token) or a bearer token made with `npm run token:create`.
import { db } from "@/lib/db/client";
import { ApiError } from "@/lib/api/errors";
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

/** Creates the editor, or sets a new password for an existing one. */
export async function upsertEditor(username: string, password: string): Promise<void> {
  if (!/^[A-Za-z0-9_.-]{2,40}$/.test(username)) throw new Error("A username is 2 to 40 letters, digits, dots, dashes or underscores");
  const passwordHash = await hashPassword(password);
  await db().editor.upsert({ where: { username }, update: { passwordHash }, create: { username, passwordHash } });
}

/** The editor named by ATLAS_EDITOR_USERNAME / ATLAS_EDITOR_PASSWORD, when both are set. */
export async function ensureEditorFromEnv(): Promise<string | null> {
  const username = process.env.ATLAS_EDITOR_USERNAME;
  const password = process.env.ATLAS_EDITOR_PASSWORD;
  if (!username || !password) return null;
  const existing = await db().editor.findUnique({ where: { username } });
  if (!existing || !(await verifyPassword(password, existing.passwordHash))) await upsertEditor(username, password);
  return username;
}

export async function login(username: string, password: string): Promise<{ sessionToken: string; csrfToken: string; expiresAt: Date }> {
  const editor = await db().editor.findUnique({ where: { username } });
  // Same work whether or not the user exists, so timing does not tell usernames apart.
  const ok = await verifyPassword(password, editor?.passwordHash ?? "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
  if (!editor || !ok) throw new ApiError("unauthorized", "Wrong username or password");
  const sessionToken = randomToken();
  const csrfToken = randomToken(18);
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 24 * 3600 * 1000);
  await db().session.create({ data: { id: sha256(sessionToken), editorId: editor.id, csrfToken, expiresAt } });
  return { sessionToken, csrfToken, expiresAt };
}

export async function logout(sessionToken: string): Promise<void> {
  await db().session.deleteMany({ where: { id: sha256(sessionToken) } });
}

export async function sessionFor(sessionToken: string | undefined): Promise<{ actor: Actor; csrfToken: string } | null> {
  if (!sessionToken) return null;
  const s = await db().session.findUnique({ where: { id: sha256(sessionToken) }, include: { editor: true } });
  if (!s || s.expiresAt < new Date()) return null;
  return { actor: { editorId: s.editorId, name: s.editor.username, via: "session" }, csrfToken: s.csrfToken };
}

export async function createApiToken(username: string, name: string): Promise<string> {
  const editor = await db().editor.findUnique({ where: { username } });
  if (!editor) throw new Error(`No editor named ${username}: create one first (see README)`);
  const token = `atl_${randomToken()}`;
  await db().apiToken.create({ data: { name, tokenHash: sha256(token), editorId: editor.id } });
  return token;
}

async function tokenActor(token: string): Promise<Actor | null> {
  const t = await db().apiToken.findUnique({ where: { tokenHash: sha256(token) } });
  if (!t || t.revokedAt) return null;
  await db().apiToken.update({ where: { id: t.id }, data: { lastUsedAt: new Date() } });
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
    if (!m) throw new ApiError("unauthorized", "Authorization must be 'Bearer <token>'");
    const actor = await tokenActor(m[1]!);
    if (!actor) throw new ApiError("unauthorized", "This API token is unknown or revoked");
    return actor;
  }
  const session = await sessionFor(cookieValue(request, SESSION_COOKIE));
  if (!session) throw new ApiError("unauthorized", "Writing needs an editor: log in at /login, or send 'Authorization: Bearer <token>'");
  const origin = request.headers.get("origin");
  if (origin && origin !== new URL(request.url).origin) throw new ApiError("forbidden", "Cross-site request refused");
  if (request.headers.get(CSRF_HEADER) !== session.csrfToken) throw new ApiError("forbidden", `Missing or wrong CSRF token (send the ${CSRF_HEADER} header)`);
  return session.actor;
}

/** For pages: who is logged in, if anyone (no CSRF check: reading only). */
export async function currentEditor(sessionToken: string | undefined): Promise<{ name: string; csrfToken: string } | null> {
  const s = await sessionFor(sessionToken);
  return s ? { name: s.actor.name, csrfToken: s.csrfToken } : null;
}
