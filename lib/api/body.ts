// Reading request bodies: size and content type checked before parsing, one zod schema after.
// Every body is read through readBytes, which counts the bytes as they arrive and stops at the
// limit, so a body sent without a length cannot grow the process (routes never call
// request.json(), .text(), .formData() or .arrayBuffer(); body.test.ts holds them to it).
import type { z } from "zod";
import { ApiError } from "@/lib/api/errors";

export const MAX_BODY_BYTES = 2 * 1024 * 1024;

const tooLarge = (max: number) => new ApiError("payload_too_large", `The body is larger than ${Math.round(max / 1024)} KB`);

/**
 * The body's bytes, refused with a 413 as soon as more than `max` have arrived, whatever length
 * was announced. It stops reading without cancelling the stream: cancelling would close the
 * connection before the 413 is sent (Node's server closes it after the answer).
 */
export async function readBytes(request: Request, max: number): Promise<Uint8Array<ArrayBuffer>> {
  if (Number(request.headers.get("content-length") ?? "0") > max) throw tooLarge(max);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    size += r.value.byteLength;
    if (size > max) {
      reader.releaseLock();
      throw tooLarge(max);
    }
    chunks.push(r.value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}

/** Reads the body as UTF-8 text, at most `max` bytes of it. */
async function readText(request: Request, max: number): Promise<string> {
  const bytes = await readBytes(request, max);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
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

/** A multipart form of at most `max` bytes, parsed once the whole of it has been read. */
export async function readForm(request: Request, max = MAX_BODY_BYTES): Promise<FormData> {
  const bytes = await readBytes(request, max);
  try {
    return await new Response(bytes, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    throw new ApiError("bad_request", "The body is not valid multipart/form-data");
  }
}
