// The body of POST /api/articles and POST /api/extract: JSON (with the text, or with only a `url`
// that the server fetches), or a multipart form with an uploaded .txt, .md or .html file (or a
// `text` field) and the metadata fields.
import { ApiError } from "@/lib/api/errors";
import { isMultipart, readForm, readJson, zodToBadRequest } from "@/lib/api/body";
import { z } from "zod";
import { ArticleSubmission, UrlSubmission } from "@/lib/incidents/submission";
import { isStorable, isWebUrl, NOT_STORABLE } from "@/lib/incidents/text";
import { isoDate } from "@/lib/incidents/fields";
import type { FileMeta } from "@/lib/ingest/html";
import { convertFileOffThread } from "@/lib/ingest/off-thread";
import { pageSubmission } from "@/lib/ingest/page-article";

const ALLOWED_FILES = /\.(txt|md|markdown|html?)$/i;

/** A page's own metadata that the submission can take: a web address, a real date, an outlet that fits. */
function usableMeta(m: FileMeta): FileMeta {
  return {
    source: m.source && m.source.length <= 200 && isStorable(m.source) ? m.source : undefined,
    url: m.url && m.url.length <= 2000 && isWebUrl(m.url) ? m.url : undefined,
    publishedAt: m.publishedAt && isoDate.safeParse(m.publishedAt).success ? m.publishedAt : undefined,
  };
}

/** JSON with a `url` and no `text` names a page to fetch. */
const namesPage = (json: unknown): json is Record<string, unknown> =>
  typeof json === "object" && json !== null && !Array.isArray(json) && "url" in json && !("text" in json);

function parsed<T extends z.ZodType>(schema: T, json: unknown): z.infer<T> {
  const result = schema.safeParse(json);
  if (!result.success) throw zodToBadRequest(result.error);
  return result.data;
}

/** A JSON body that names a page by its address only (POST /api/articles?async=1). */
export async function readUrlBody(request: Request): Promise<UrlSubmission> {
  if (isMultipart(request)) throw new ApiError("bad_request", "async=1 takes a JSON body with a `url`, not a file", "async");
  const json = await readJson(request, z.unknown());
  if (!namesPage(json)) throw new ApiError("bad_request", "async=1 takes a JSON body with a `url` and no `text`", "url");
  return parsed(UrlSubmission, json);
}

export async function readArticleBody(request: Request): Promise<{ submission: ArticleSubmission; fileName?: string }> {
  if (!isMultipart(request)) {
    const json = await readJson(request, z.unknown());
    return { submission: namesPage(json) ? await pageSubmission(parsed(UrlSubmission, json)) : parsed(ArticleSubmission, json) };
  }
  const form = await readForm(request);
  const field = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" && v.trim() ? v : undefined;
  };
  let text = field("text");
  let title = field("title");
  let fileName: string | undefined;
  let meta: FileMeta = {};
  const file = form.get("file");
  if (file && typeof file !== "string") {
    if (!ALLOWED_FILES.test(file.name)) throw new ApiError("unsupported_media_type", "Upload a .txt, .md or .html file", "file");
    if (!isStorable(file.name)) throw new ApiError("bad_request", `The file name ${NOT_STORABLE}`, "file");
    let content: string;
    try {
      content = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      throw new ApiError("bad_request", `${file.name} is not UTF-8 text`, "file");
    }
    const converted = await convertFileOffThread(file.name, content);
    text = converted.text;
    title ??= converted.title;
    fileName = file.name;
    meta = usableMeta(converted);
  }
  if (!text) throw new ApiError("bad_request", "Send the article as a `text` field or a `file`", "text");
  // What the editor typed wins over what the page says of itself.
  const submission = parsed(ArticleSubmission, {
    text,
    title,
    source: field("source") ?? meta.source,
    url: field("url") ?? meta.url,
    publishedAt: field("publishedAt") ?? meta.publishedAt,
  });
  return { submission, fileName };
}
