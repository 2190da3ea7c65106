// Editors, their browser sessions and their API tokens as stored. Only hashes are kept: of the
// password (scrypt), of the session cookie and of the token (sha256); lib/auth does the hashing.
import { db } from "@/lib/db/client";

export const findEditor = (username: string) => db().editor.findUnique({ where: { username } });

export async function saveEditor(username: string, passwordHash: string): Promise<void> {
  await db().editor.upsert({ where: { username }, update: { passwordHash }, create: { username, passwordHash } });
}

export async function createSession(id: string, editorId: number, csrfToken: string, expiresAt: Date): Promise<void> {
  await db().session.create({ data: { id, editorId, csrfToken, expiresAt } });
}

export async function deleteSession(id: string): Promise<void> {
  await db().session.deleteMany({ where: { id } });
}

/** A session with its editor's name, or null when there is none. */
export const findSession = (id: string) => db().session.findUnique({ where: { id }, include: { editor: { select: { username: true } } } });

export async function createToken(editorId: number, name: string, tokenHash: string): Promise<void> {
  await db().apiToken.create({ data: { name, tokenHash, editorId } });
}

/** A live token by its hash, marked as used now; null when unknown or revoked. */
export async function touchToken(tokenHash: string): Promise<{ editorId: number; name: string } | null> {
  const t = await db().apiToken.findUnique({ where: { tokenHash } });
  if (!t || t.revokedAt) return null;
  await db().apiToken.update({ where: { id: t.id }, data: { lastUsedAt: new Date() } });
  return { editorId: t.editorId, name: t.name };
}
