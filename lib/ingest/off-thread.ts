// Converting uploaded pages and extracting articles run in a worker thread, one job at a time,
// each with a time limit: a page built to be slow (a 100,000-cell table row took 27 s to lay out)
// would otherwise hold the event loop that answers every other request of this process. A job
// past its limit is stopped with its thread, and becomes a 400 that says the file is too complex.
import path from "node:path";
import { Worker } from "node:worker_threads";
import { DomainError } from "@/lib/errors";
import type { SubmittedText } from "@/lib/ingest/extract";
import type { FileMeta } from "@/lib/ingest/html";
import type { PageArticle } from "@/lib/ingest/read-page";
import { type Extracted, type Job, type Outcome, READY, tooComplex } from "@/lib/ingest/jobs";

export const TIME_LIMIT_MS = 5_000;
/** Loading the thread's code (tsx compiles it) is not the job's time; this bounds it apart. */
const START_LIMIT_MS = 30_000;
/** A thread nobody used for this long is stopped, which gives its memory back. */
const IDLE_MS = 60_000;

interface Queued {
  job: Job;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}
interface Thread {
  worker: Worker;
  ready: Promise<void>;
}

const queue: Queued[] = [];
let thread: Thread | null = null;
let current: (Queued & { timer?: NodeJS.Timeout }) | null = null;
let idle: NodeJS.Timeout | undefined;

function stopThread(): void {
  const t = thread;
  thread = null;
  void t?.worker.terminate();
}

/** Settles the current job and starts the next. */
function finish(result: { value: unknown } | { error: unknown }): void {
  const done = current;
  if (!done) return;
  current = null;
  clearTimeout(done.timer);
  if ("error" in result) done.reject(result.error);
  else done.resolve(result.value);
  next();
}

const fromOutcome = (o: Outcome) =>
  o.ok ? { value: o.value } : { error: o.kind === "internal" ? new Error(o.message) : new DomainError(o.kind, o.message, o.param) };

/** The thread, loaded under tsx from the sources: its code is TypeScript outside the Next bundle. */
function startThread(): Thread {
  const root = process.cwd();
  const entry = path.join(root, "lib/ingest/off-thread-worker.ts");
  const boot = `require(require.resolve("tsx/cjs/api", { paths: [${JSON.stringify(root)}] })).register(); require(${JSON.stringify(entry)});`;
  const env = { ...process.env, TSX_TSCONFIG_PATH: path.join(root, "tsconfig.json") };
  const worker = new Worker(boot, { eval: true, env, resourceLimits: { maxOldGenerationSizeMb: 256 } });
  const ready = new Promise<void>((resolve) => worker.once("message", () => resolve()));
  const t: Thread = { worker, ready };
  worker.on("message", (m: Outcome | typeof READY) => m !== READY && finish(fromOutcome(m)));
  worker.on("error", (e: Error & { code?: string }) => {
    if (thread === t) thread = null;
    const job = current?.job;
    finish({ error: job && e.code === "ERR_WORKER_OUT_OF_MEMORY" ? tooComplex(job, "reading it needs too much memory") : e });
  });
  worker.on("exit", () => {
    if (thread !== t) return;
    thread = null;
    finish({ error: new Error("The extraction thread stopped") });
  });
  return t;
}

/** Stops the thread and fails the running job with `error` after `ms`. */
const deadline = (ms: number, error: () => unknown) =>
  setTimeout(() => {
    stopThread();
    finish({ error: error() });
  }, ms);

/** Runs the next job in the queue, if none is running; its time limit starts once the thread is ready. */
function next(): void {
  if (current) return;
  const queued = queue.shift();
  if (!queued) {
    thread?.worker.unref();
    idle = setTimeout(stopThread, IDLE_MS).unref();
    return;
  }
  clearTimeout(idle);
  const t = (thread ??= startThread());
  t.worker.ref();
  const running = { ...queued, timer: deadline(START_LIMIT_MS, () => new Error("The extraction thread did not start")) };
  current = running;
  void t.ready.then(() => {
    if (current !== running || thread !== t) return;
    clearTimeout(running.timer);
    running.timer = deadline(TIME_LIMIT_MS, () => tooComplex(running.job, `reading it took longer than ${TIME_LIMIT_MS / 1000} s`));
    t.worker.postMessage(running.job);
  });
}

function run<T>(job: Job): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    queue.push({ job, resolve: resolve as (value: unknown) => void, reject });
    next();
  });
}

/** An uploaded file's text and title (lib/ingest/html.ts fileToText), off the event loop. */
export function convertFileOffThread(name: string, content: string): Promise<{ text: string } & FileMeta> {
  return run({ kind: "file", name, content });
}

/** A fetched page's article and metadata (lib/ingest/read-page.ts readPage), off the event loop. */
export function readPageOffThread(html: string, url: string): Promise<PageArticle> {
  return run({ kind: "page", html, url });
}

/** What the extractor finds in a submission, and the text's sentences when asked, off the event loop. */
export function extractOffThread(sub: SubmittedText, sentences = false): Promise<Extracted> {
  const submission = { text: sub.text, title: sub.title, source: sub.source, url: sub.url, publishedAt: sub.publishedAt };
  return run({ kind: "extract", submission, sentences });
}
