// The ingest jobs as an editor reads them (GET /api/jobs, /feeds): pg-boss's own rows, live and
// archived, with its states named for people: a failed job is dead, out of attempts.
import { pgPool } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { INGEST_QUEUE, SCHEMA } from "@/lib/jobs/queue";

import type { JobState } from "@/lib/jobs/states";

const BOSS_STATE: Record<JobState, string> = {
  queued: "created",
  running: "active",
  retrying: "retry",
  done: "completed",
  dead: "failed",
  cancelled: "cancelled",
};
const OUR_STATE = Object.fromEntries(Object.entries(BOSS_STATE).map(([ours, boss]) => [boss, ours])) as Record<string, JobState>;

export interface JobView {
  id: string;
  state: JobState;
  url: string;
  feedId: number | null;
  /** Runs started so far. */
  attempts: number;
  maxAttempts: number;
  /** The last failure's message and reason (`timeout`, `network`, `not_html`, ...), while the job has not succeeded. */
  lastError: string | null;
  reason: string | null;
  articleId: number | null;
  /** "created" or "duplicate" once done. */
  outcome: string | null;
  createdAt: string;
  /** When a retry may run, while retrying. */
  nextAttemptAt: string | null;
  finishedAt: string | null;
}

interface Row {
  id: string;
  state: string;
  data: { url?: string; feedId?: number } | null;
  retry_count: number;
  retry_limit: number;
  started_on: Date | null;
  output: { message?: string; details?: { reason?: string }; articleId?: number; status?: string } | null;
  created_on: Date;
  start_after: Date;
  completed_on: Date | null;
}

function view(r: Row): JobView {
  const done = r.state === "completed";
  return {
    id: r.id,
    state: OUR_STATE[r.state] ?? "queued",
    url: r.data?.url ?? "",
    feedId: r.data?.feedId ?? null,
    attempts: r.started_on ? r.retry_count + 1 : 0,
    maxAttempts: r.retry_limit + 1,
    lastError: done ? null : (r.output?.message ?? null),
    reason: done ? null : (r.output?.details?.reason ?? null),
    articleId: done ? (r.output?.articleId ?? null) : null,
    outcome: done ? (r.output?.status ?? null) : null,
    createdAt: r.created_on.toISOString(),
    nextAttemptAt: r.state === "retry" ? r.start_after.toISOString() : null,
    finishedAt: r.completed_on?.toISOString() ?? null,
  };
}

const COLUMNS = "id, state, data, retry_count, retry_limit, started_on, output, created_on, start_after, completed_on";
const BOTH = `(SELECT ${COLUMNS} FROM ${SCHEMA}.job WHERE name = $1 UNION ALL SELECT ${COLUMNS} FROM ${SCHEMA}.archive WHERE name = $1) AS j`;

/** Before the queue's first start its tables do not exist yet: no jobs. */
async function rows(sql: string, values: unknown[]): Promise<Row[]> {
  try {
    return (await pgPool().query<Row>(sql, values)).rows;
  } catch (e) {
    if ((e as { code?: string }).code === "42P01" || (e as { code?: string }).code === "3F000") return [];
    throw e;
  }
}

/** The newest jobs first, of one state or all, `limit` of them. */
export async function listJobs(state: JobState | undefined, limit: number): Promise<JobView[]> {
  const sql = `SELECT * FROM ${BOTH} WHERE $3::text IS NULL OR state::text = $3 ORDER BY created_on DESC, id LIMIT $2`;
  return (await rows(sql, [INGEST_QUEUE, limit, state ? BOSS_STATE[state] : null])).map(view);
}

export async function getJob(id: string): Promise<JobView> {
  const [row] = await rows(`SELECT * FROM ${BOTH} WHERE id = $2::uuid`, [INGEST_QUEUE, id]);
  if (!row) throw notFound(`No job ${id}`, "id");
  return view(row);
}
