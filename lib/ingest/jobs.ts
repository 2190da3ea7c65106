// The work lib/ingest/off-thread.ts hands its worker thread: converting an uploaded file and
// running the extractor. Relative imports only: the thread loads this under tsx, outside the
// Next bundle.
import { DomainError, type DomainErrorKind, invalid } from "../errors";
import type { ArticleExtraction } from "../extract/types";
import { splitSentences } from "../extract/sentences";
import { extractSubmission, type SubmittedText } from "./extract";
import { fileToText } from "./html";
import { readPage } from "./read-page";

export type Job =
  | { kind: "file"; name: string; content: string }
  | { kind: "page"; html: string; url: string }
  | { kind: "extract"; submission: SubmittedText; sentences: boolean };

export interface Extracted {
  extraction: ArticleExtraction;
  /** Where each sentence of the text lies, when asked: the review page lets a person mark one. */
  sentences?: { start: number; end: number }[];
}

/** A job's result as it crosses to the other thread: a DomainError keeps its kind, anything else is internal. */
export type Outcome = { ok: true; value: unknown } | { ok: false; kind: DomainErrorKind | "internal"; message: string; param?: string };

/** What the thread says once its code is loaded, before any job. */
export const READY = "ready";

/** The 400 of a job that needs too much: `why` says what ran out. */
export function tooComplex(job: Job, why: string): DomainError {
  if (job.kind === "file") return invalid(`${job.name} is too complex to read: ${why}`, "file");
  return job.kind === "page" ? invalid(`The page is too complex to read: ${why}`, "url") : invalid(`The article is too complex to read: ${why}`, "text");
}

function runJob(job: Job): unknown {
  if (job.kind === "file") return fileToText(job.name, job.content);
  if (job.kind === "page") return readPage(job.html, job.url);
  const extraction = extractSubmission(job.submission);
  if (!job.sentences) return { extraction } satisfies Extracted;
  return { extraction, sentences: splitSentences(extraction.text).map((s) => ({ start: s.start, end: s.end })) } satisfies Extracted;
}

export function outcome(job: Job): Outcome {
  try {
    return { ok: true, value: runJob(job) };
  } catch (e) {
    // A page nested deeper than htmlDepth saw overflows the converter's stack.
    const error = e instanceof RangeError ? tooComplex(job, "it is nested too deeply") : e;
    if (error instanceof DomainError) return { ok: false, kind: error.kind, message: error.message, param: error.param };
    return { ok: false, kind: "internal", message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}
