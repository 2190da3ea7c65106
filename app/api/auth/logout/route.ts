import { handler } from "@/lib/api/errors";
import { SESSION_COOKIE, logout, requireEditor } from "@/lib/auth/editors";

export const POST = handler(async (request: Request) => {
  await requireEditor(request);
  const token = /(?:^|;\s*)atlas_session=([^;]+)/.exec(request.headers.get("cookie") ?? "")?.[1];
  if (token) await logout(decodeURIComponent(token));
  return Response.json({ ok: true }, { headers: { "Set-Cookie": `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0` } });
});
