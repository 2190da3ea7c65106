// The states of an ingest job as the API and /feeds name them (pg-boss's own names are mapped in
// lib/jobs/list.ts). No imports: the parameter table and the pages read it.
export const JOB_STATES = ["queued", "running", "retrying", "done", "dead", "cancelled"] as const;
export type JobState = (typeof JOB_STATES)[number];
