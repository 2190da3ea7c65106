// The body of POST /api/articles and POST /api/extract: JSON, or a multipart form with an
// uploaded .txt, .md or .html file (or a `text` field) and the metadata fields.
import { ApiError } from "@/lib/api/errors";
import { isMultipart, readForm, readJson, zodToBadRequest } from "@/lib/api/body";
import { ArticleSubmission } from "@/lib/incidents/submission";
import { isStorable, NOT_STORABLE } from "@/lib/incidents/text";
import { convertFileOffThread } from "@/lib/ingest/off-thread";

const ALLOWED_FILES = /\.(txt|md|markdown|html?)$/i;

export async function readArticleBody(request: Request): Promise<{ submission: ArticleSubmission; fileName?: string }> {
  if (!isMultipart(request)) return { submission: await readJson(request, ArticleSubmission) };
  const form = await readForm(request);
  const field = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" && v.trim() ? v : undefined;
  };
  let text = field("text");
  let title = field("title");
  let fileName: string | undefined;
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
  }
  if (!text) throw new ApiError("bad_request", "Send the article as a `text` field or a `file`", "text");
  const parsed = ArticleSubmission.safeParse({ text, title, source: field("source"), url: field("url"), publishedAt: field("publishedAt") });
  if (!parsed.success) throw zodToBadRequest(parsed.error);
  return { submission: parsed.data, fileName };
}
