import { z } from "zod";
import { handler } from "@/lib/api/errors";
import { readJson } from "@/lib/api/body";
import { limitedLogin, limitLogins } from "@/lib/api/limits";
import { SESSION_COOKIE } from "@/lib/auth/editors";
import { storableString } from "@/lib/incidents/text";

const Credentials = z.object({ username: storableString().min(1).max(100), password: z.string().min(1).max(200) }).strict();

export const POST = handler(async (request: Request) => {
  await limitLogins(request);
  const { username, password } = await readJson(request, Credentials, 10_000);
  const session = await limitedLogin(request, username, password);
  const secure = new URL(request.url).protocol === "https:" || process.env.NODE_ENV === "production";
  const cookie = [
    `${SESSION_COOKIE}=${session.sessionToken}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Expires=${session.expiresAt.toUTCString()}`,
    ...(secure ? ["Secure"] : []),
  ].join("; ");
  return Response.json({ username, csrfToken: session.csrfToken }, { headers: { "Set-Cookie": cookie } });
});
