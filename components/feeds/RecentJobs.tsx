"use client";
// The recent ingest jobs on /feeds: state, page, attempts, and the article made or the error
// with its reason; cards on a phone, a table on a desk, filtered by state in the browser.
import { useState } from "react";
import type { JobView } from "@/lib/jobs/list";
import type { JobState } from "@/lib/jobs/states";

const LINK = "text-blue-700 underline dark:text-blue-300";
const CELL = "px-2 py-1 align-top";
const STATE_STYLE: Record<JobState, string> = {
  queued: "bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100",
  running: "bg-blue-100 text-blue-900 dark:bg-blue-900 dark:text-blue-100",
  retrying: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  done: "bg-green-100 text-green-900 dark:bg-green-900 dark:text-green-100",
  dead: "bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100",
  cancelled: "bg-slate-100 text-slate-600 dark:bg-slate-800 dark:text-slate-300",
};

export const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" }) : "never");

function JobResult({ job: j }: { job: JobView }) {
  if (j.articleId) {
    return (
      <a className={LINK} href={`/articles/${j.articleId}`}>
        {j.outcome === "duplicate" ? "already stored" : "article"} {j.articleId}
      </a>
    );
  }
  if (!j.lastError) return <>—</>;
  return (
    <span className="text-red-700 dark:text-red-300">
      {j.lastError}
      {j.reason ? ` (${j.reason})` : ""}
      {j.nextAttemptAt ? ` · next try ${when(j.nextAttemptAt)}` : ""}
    </span>
  );
}

const StateBadge = ({ state }: { state: JobState }) => <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${STATE_STYLE[state]}`}>{state}</span>;

/** On a phone each job is a card: a five-column table would not fit. */
function JobCards({ jobs }: { jobs: JobView[] }) {
  return (
    <ul className="divide-y divide-slate-200 text-sm md:hidden dark:divide-slate-800">
      {jobs.map((j) => (
        <li key={j.id} className="space-y-1 py-2">
          <p className="flex items-baseline justify-between gap-2">
            <StateBadge state={j.state} />
            <span className="text-xs text-slate-600 dark:text-slate-400">
              {when(j.createdAt)} · attempt {j.attempts} of {j.maxAttempts}
            </span>
          </p>
          <p className="break-all">{j.url}</p>
          <p>
            <JobResult job={j} />
          </p>
        </li>
      ))}
    </ul>
  );
}

function JobTable({ jobs: shown }: { jobs: JobView[] }) {
  return (
    <div className="hidden overflow-x-auto md:block">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-700">
            <th className={CELL}>State</th>
            <th className={CELL}>Page</th>
            <th className={CELL}>Attempts</th>
            <th className={CELL}>Result or error</th>
            <th className={CELL}>Queued</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((j) => (
            <tr key={j.id} className="border-b border-slate-200 dark:border-slate-800">
              <td className={CELL}>
                <StateBadge state={j.state} />
              </td>
              <td className={`${CELL} max-w-[24rem] break-all`}>{j.url}</td>
              <td className={CELL}>
                {j.attempts} of {j.maxAttempts}
              </td>
              <td className={CELL}>
                <JobResult job={j} />
              </td>
              <td className={`${CELL} whitespace-nowrap`}>{when(j.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function RecentJobs({ jobs }: { jobs: JobView[] }) {
  const [filter, setFilter] = useState<JobState | "all">("all");
  const shown = filter === "all" ? jobs : jobs.filter((j) => j.state === filter);
  return (
    <section aria-labelledby="jobs-heading" className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="jobs-heading" className="text-lg font-semibold">
          Recent jobs
        </h2>
        <label className="text-sm">
          State{" "}
          <select
            value={filter}
            onChange={(e) => setFilter(e.target.value as JobState | "all")}
            className="rounded border border-slate-400 bg-white px-1 py-0.5 dark:border-slate-600 dark:bg-slate-900"
          >
            {["all", "queued", "running", "retrying", "done", "dead"].map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
      </div>
      {shown.length === 0 ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">No jobs{filter === "all" ? " yet" : ` ${filter}`}.</p>
      ) : (
        <>
          <JobCards jobs={shown} />
          <JobTable jobs={shown} />
        </>
      )}
    </section>
  );
}
