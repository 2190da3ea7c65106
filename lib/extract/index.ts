// lib/extract: turn one news article into incidents and tallies. Pure: no database, no network.
import { readArticle } from "./article";
import { extractFromArticle } from "./incidents";
import { fieldsIn, type IncidentValues } from "../incidents/fields";
import { isWebUrl, WEB_URL_MESSAGE } from "../incidents/text";
import { ArticleInput, type ArticleExtraction } from "./types";

export type { ArticleExtraction, ExtractedIncident, ExtractedTally } from "./types";
export { isSameIncident, mergeIncidents } from "./dedupe";

/**
 * Work caps. Real articles are 2-20 KB; anything far larger is a scrape gone wrong. We refuse
 * absurd inputs and truncate large ones so extraction always finishes quickly.
 */
export const MAX_INPUT_CHARS = 2_000_000; // refuse beyond this (TOO_LARGE)
export const MAX_TEXT_CHARS = 200_000; // extract from at most this much text
export const MAX_LINE_CHARS = 20_000; // a longer "line" is cut: prose paragraphs are far shorter
export const MAX_PARAGRAPHS = 2000;

export type ExtractionErrorCode = "EMPTY" | "BINARY" | "TOO_LARGE" | "INVALID_INPUT";

export class ExtractionError extends Error {
  readonly code: ExtractionErrorCode;
  constructor(code: ExtractionErrorCode, message: string) {
    super(message);
    this.name = "ExtractionError";
    this.code = code;
  }
}

// NUL or many C0 control characters: not text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for.
const BINARY_RE = /\u0000|[\u0001-\u0008\u000e-\u001f]{4,}/;

/** Extract incidents and tallies from one article. Throws ExtractionError for unusable input. */
export function extractArticle(input: ArticleInput): ArticleExtraction {
  const parsed = ArticleInput.safeParse(input);
  if (!parsed.success) throw new ExtractionError("INVALID_INPUT", parsed.error.issues.map((i) => i.message).join("; "));
  const raw = parsed.data.raw;
  if (raw.length > MAX_INPUT_CHARS) {
    throw new ExtractionError("TOO_LARGE", `article is ${raw.length} characters; the limit is ${MAX_INPUT_CHARS}`);
  }
  if (BINARY_RE.test(raw.slice(0, 8192))) throw new ExtractionError("BINARY", "input looks binary, not text");
  if (raw.trim() === "") throw new ExtractionError("EMPTY", "article holds no text");

  const article = readArticle(parsed.data, MAX_TEXT_CHARS);
  if (article.content.length === 0 && article.text.trim() === "") throw new ExtractionError("EMPTY", "article holds no text");
  if (article.url !== null && !isWebUrl(article.url)) throw new ExtractionError("INVALID_INPUT", `the article's url: ${WEB_URL_MESSAGE}`);

  // Cap the work: only the first MAX_TEXT_CHARS of the text, and no over-long lines, are read.
  article.content = article.content
    .filter((r) => r.start < MAX_TEXT_CHARS)
    .map((r) => ({ start: r.start, end: Math.min(r.end, MAX_TEXT_CHARS, r.start + MAX_LINE_CHARS) }))
    .slice(0, MAX_PARAGRAPHS);

  const { incidents, tallies } = extractFromArticle(article);
  return {
    title: article.title,
    source: article.source,
    url: article.url,
    publishedAt: article.publishedAt,
    publishedFrom: article.publishedFrom,
    text: article.text,
    incidents,
    tallies,
  };
}

const CONTRACT_FIELDS = fieldsIn("contract");

/** An incident as `npm run extract` prints it: the "contract" fields of the field table. */
export type ContractIncident = IncidentValues<"contract">;
export interface ContractTally {
  count: number;
  description: string;
  since: string | null;
  evidence: string;
}
export interface ContractElement {
  file: string;
  publishedAt: string | null;
  incidents: ContractIncident[];
  tallies: ContractTally[];
}

/** The element printed by `npm run extract` for one file (issue 4's contract, exactly these keys). */
export function toContractJson(fileName: string, x: ArticleExtraction): ContractElement {
  return {
    file: fileName.split(/[\\/]/).pop() ?? fileName,
    publishedAt: x.publishedAt,
    incidents: x.incidents.map((i) => Object.fromEntries(CONTRACT_FIELDS.map((k) => [k, i[k]])) as ContractIncident),
    tallies: x.tallies.map((t) => ({ count: t.count, description: t.description, since: t.since, evidence: t.evidence })),
  };
}
