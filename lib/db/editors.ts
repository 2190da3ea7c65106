// Editors, their browser sessions and their API tokens as stored. Only hashes are kept: of the
// password (scrypt), of the session cookie and of the token (sha256); lib/auth does the hashing.
import { db } from "@/lib/db/client";

export const findEditor = (username: string) => db().editor.findUnique({ where: { username } });

/** Creates the editor, or sets its password and ends its sessions, which the old password opened. */
export async function saveEditor(username: string, passwordHash: string): Promise<{ created: boolean; sessionsEnded: number }> {
  return db().$transaction(async (tx) => {
    const existing = await tx.editor.findUnique({ where: { username }, select: { id: true } });
    if (!existing) {
      await tx.editor.create({ data: { username, passwordHash } });
      return { created: true, sessionsEnded: 0 };
    }
    await tx.editor.update({ where: { id: existing.id }, data: { passwordHash } });
    const { count } = await tx.session.deleteMany({ where: { editorId: existing.id } });
    return { created: false, sessionsEnded: count };
  });
}

/** Deletes the editor; its sessions and tokens go with it (the history names editors as text). */
export async function deleteEditor(id: number): Promise<{ sessions: number; tokens: number }> {
  return db().$transaction(async (tx) => {
    const sessions = await tx.session.count({ where: { editorId: id } });
    const tokens = await tx.apiToken.count({ where: { editorId: id, revokedAt: null } });
    await tx.editor.delete({ where: { id } });
    return { sessions, tokens };
  });
}

/**
 * Opens a session unless the editor's password is no longer `passwordHash`, the one the login
 * checked (false then). Locking the editor's row orders this against saveEditor, so a session
 * opened with the old password cannot outlive a change made while it was being checked.
 */
export async function createSession(id: string, editorId: number, passwordHash: string, csrfToken: string, expiresAt: Date): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const current = await tx.$queryRaw<unknown[]>`SELECT 1 FROM "Editor" WHERE id = ${editorId} AND "passwordHash" = ${passwordHash} FOR SHARE`;
    if (!current.length) return false;
    await tx.session.create({ data: { id, editorId, csrfToken, expiresAt } });
    return true;
  });
}

export async function deleteSession(id: string): Promise<void> {
  await db().session.deleteMany({ where: { id } });
}

/** A session with its editor's name, or null when there is none. */
export const findSession = (id: string) => db().session.findUnique({ where: { id }, include: { editor: { select: { username: true } } } });

export async function createToken(editorId: number, name: string, tokenHash: string): Promise<void> {
  await db().apiToken.create({ data: { name, tokenHash, editorId } });
}

/** Tokens as an editor may see them: never the hash. */
export const listTokens = (editorId?: number) =>
  db().apiToken.findMany({
    where: editorId === undefined ? {} : { editorId },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true, revokedAt: true, editor: { select: { username: true } } },
    orderBy: [{ editorId: "asc" }, { id: "asc" }],
  });

/** Revokes the editor's live tokens of that name, or all of them; returns how many. */
export async function revokeTokens(editorId: number, name: string | null): Promise<number> {
  const where = { editorId, revokedAt: null, ...(name === null ? {} : { name }) };
  const { count } = await db().apiToken.updateMany({ where, data: { revokedAt: new Date() } });
  return count;
}

/** A live token by its hash, marked as used now; null when unknown or revoked. */
export async function touchToken(tokenHash: string): Promise<{ editorId: number; name: string } | null> {
  const t = await db().apiToken.findUnique({ where: { tokenHash } });
  if (!t || t.revokedAt) return null;
  await db().apiToken.update({ where: { id: t.id }, data: { lastUsedAt: new Date() } });
  return { editorId: t.editorId, name: t.name };
}
