"use client";
// /feeds: follow a feed, see each feed's figures, poll one now or drop it, and the recent ingest
// jobs with their states and errors (RecentJobs). Every change goes through the API, then the page reloads its data.
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import type { FeedView } from "@/lib/db/feeds";
import type { JobView } from "@/lib/jobs/list";
import { RecentJobs, when } from "@/components/feeds/RecentJobs";

async function errorOf(res: Response): Promise<string> {
  const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  return body?.error?.message ?? `The server answered ${res.status}`;
}

function FeedRow({ feed: f, busy, onPoll, onDrop }: { feed: FeedView; busy: boolean; onPoll: () => void; onDrop: () => void }) {
  return (
    <li className="flex flex-wrap items-start justify-between gap-2 p-3">
      <div className="min-w-0 space-y-0.5">
        <p className="font-medium">{f.title ?? "(untitled feed)"}</p>
        <p className="break-all text-xs text-slate-600 dark:text-slate-400">{f.url}</p>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Last poll {when(f.lastPolledAt)} · {f.itemsSeen} item(s) seen · {f.articlesAdded} article(s) added
        </p>
        {f.lastError && <p className="text-sm text-red-700 dark:text-red-300">Last error: {f.lastError}</p>}
      </div>
      <div className="flex gap-2">
        <button type="button" disabled={busy} onClick={onPoll} className="rounded border border-slate-400 px-3 py-1 text-sm">
          Poll now
        </button>
        <button type="button" disabled={busy} onClick={onDrop} className="rounded border border-red-500 px-3 py-1 text-sm text-red-800 dark:text-red-300">
          Delete
        </button>
      </div>
    </li>
  );
}

export function FeedsManager({ csrfToken, feeds, jobs }: { csrfToken: string; feeds: FeedView[]; jobs: JobView[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  async function call(path: string, method: string, body?: unknown): Promise<Record<string, unknown> | null> {
    setBusy(true);
    try {
      const res = await fetch(path, {
        method,
        headers: { "x-csrf-token": csrfToken, ...(body ? { "content-type": "application/json" } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      if (!res.ok) {
        setMessage({ text: await errorOf(res), error: true });
        return null;
      }
      router.refresh();
      return (await res.json()) as Record<string, unknown>;
    } finally {
      setBusy(false);
    }
  }

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const url = String(new FormData(form).get("url") ?? "").trim();
    const r = await call("/api/feeds", "POST", { url });
    if (r) {
      form.reset();
      setMessage({ text: `Following ${url}: ${r.newItems} item(s) queued.`, error: false });
    }
  }

  async function poll(f: FeedView) {
    const r = await call(`/api/feeds/${f.id}/poll`, "POST");
    if (!r) return;
    const text = r.status === "not_modified" ? "unchanged since the last poll" : r.status === "error" ? String(r.error) : `${r.newItems} new item(s) queued`;
    setMessage({ text: `${f.title ?? f.url}: ${text}.`, error: r.status === "error" });
  }

  async function drop(f: FeedView) {
    if (!window.confirm(`Stop following ${f.title ?? f.url}? The articles it brought stay.`)) return;
    if (await call(`/api/feeds/${f.id}`, "DELETE")) setMessage({ text: `No longer following ${f.title ?? f.url}.`, error: false });
  }

  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <form onSubmit={add} className="flex flex-wrap items-end gap-2" aria-label="Follow a feed">
          <label className="min-w-0 flex-1 text-sm font-medium">
            Feed address (RSS, Atom or JSON Feed)
            <input
              name="url"
              type="url"
              required
              placeholder="https://example.org/feed.xml"
              className="mt-0.5 block w-full rounded border border-slate-400 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
            />
          </label>
          <button
            type="submit"
            disabled={busy}
            className="rounded bg-blue-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-60"
          >
            Follow
          </button>
        </form>
        <p
          role="status"
          aria-live="polite"
          className={`min-h-5 text-sm ${message?.error ? "text-red-700 dark:text-red-300" : "text-green-800 dark:text-green-300"}`}
        >
          {message?.text}
        </p>
      </div>

      <section aria-labelledby="feeds-heading" className="space-y-2">
        <h2 id="feeds-heading" className="text-lg font-semibold">
          Followed feeds ({feeds.length})
        </h2>
        {feeds.length === 0 ? (
          <p className="text-sm text-slate-700 dark:text-slate-300">No feed yet: give one above, or run npm run feed:add -- URL.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded border border-slate-300 dark:divide-slate-700 dark:border-slate-700">
            {feeds.map((f) => (
              <FeedRow key={f.id} feed={f} busy={busy} onPoll={() => poll(f)} onDrop={() => drop(f)} />
            ))}
          </ul>
        )}
      </section>

      <RecentJobs jobs={jobs} />
    </div>
  );
}
