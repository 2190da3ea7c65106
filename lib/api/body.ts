// Reading request bodies: size and content type checked before parsing, one zod schema after.
import type { z } from "zod";
import { ApiError } from "@/lib/api/errors";

export const MAX_BODY_BYTES = 2 * 1024 * 1024;

function checkSize(request: Request, max: number): void {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > max) throw new ApiError("payload_too_large", `The body is larger than ${Math.round(max / 1024)} KB`);
}

/** Reads the body as text, refusing more than `max` bytes even when no length was announced. */
async function readText(request: Request, max: number): Promise<string> {
  checkSize(request, max);
  const buf = await request.arrayBuffer();
  if (buf.byteLength > max) throw new ApiError("payload_too_large", `The body is larger than ${Math.round(max / 1024)} KB`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    throw new ApiError("bad_request", "The body is not valid UTF-8");
  }
}

export function zodToBadRequest(e: z.ZodError): ApiError {
  const issue = e.issues[0];
  const param = issue ? issue.path.join(".") : "";
  return new ApiError("bad_request", `Invalid ${param ? `"${param}"` : "body"}: ${issue?.message ?? "invalid"}`, param || undefined, {
    issues: e.issues.map((i) => ({ param: i.path.join("."), message: i.message })),
  });
}

export async function readJson<T extends z.ZodType>(request: Request, schema: T, max = MAX_BODY_BYTES): Promise<z.infer<T>> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) throw new ApiError("unsupported_media_type", "Send the body as application/json");
  const text = await readText(request, max);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ApiError("bad_request", "The body is not valid JSON");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw zodToBadRequest(parsed.error);
  return parsed.data;
}

export function isMultipart(request: Request): boolean {
  return /^multipart\/form-data\b/i.test(request.headers.get("content-type") ?? "");
}

export async function readForm(request: Request, max = MAX_BODY_BYTES): Promise<FormData> {
  checkSize(request, max);
  try {
    return await request.formData();
  } catch {
    throw new ApiError("bad_request", "The body is not valid multipart/form-data");
  }
}
