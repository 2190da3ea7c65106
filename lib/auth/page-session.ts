import "server-only";
// For server components: the logged-in editor, read from the session cookie.
import { cookies } from "next/headers";
import { SESSION_COOKIE, currentEditor } from "@/lib/auth/editors";

export async function pageEditor(): Promise<{ name: string; csrfToken: string } | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return currentEditor(token);
}
