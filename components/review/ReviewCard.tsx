"use client";
// One incident of the review queue: what it says, the sentence of each article that tells it
// (with the split that undoes a merge), and its accept / correct / reject buttons.
import { formatIncidentDate, formatKilled } from "@/components/format";
import { type Source, sourceLabel } from "@/components/review/useReviewQueue";
import type { ReviewItem } from "@/lib/db/review";
import { EVENT_TYPE_LABELS } from "@/lib/incidents/vocab";

export const LINK = "text-blue-700 underline dark:text-blue-300";
const BUTTON = "inline-flex min-h-10 items-center gap-1.5 rounded px-3 py-1.5 text-sm font-medium focus:outline-none focus:ring-2 focus:ring-blue-600";

export function Kbd({ children }: { children: string }) {
  return <kbd className="rounded border border-current px-1 font-mono text-xs opacity-80">{children}</kbd>;
}

export interface CardProps {
  item: ReviewItem;
  current: boolean;
  ref: (el: HTMLElement | null) => void;
  onFocus: () => void;
  onAccept: () => void;
  onCorrect: () => void;
  onReject: () => void;
  onSplit: (s: Source) => void;
}

export function ReviewCard({ item: i, current, ref, onFocus, onAccept, onCorrect, onReject, onSplit }: CardProps) {
  const merged = i.sources.length > 1;
  const where = [i.place ?? "unknown place", i.province && i.province !== i.place ? i.province : null].filter(Boolean).join(", ");
  return (
    <article
      ref={ref}
      aria-label={`Incident #${i.id}`}
      aria-current={current || undefined}
      data-incident-id={i.id}
      onFocusCapture={onFocus}
      className={`space-y-2 rounded-lg border p-3 text-sm ${
        current
          ? "border-blue-700 bg-blue-50 ring-2 ring-blue-700 dark:border-blue-300 dark:bg-slate-900 dark:ring-blue-300"
          : "border-slate-300 bg-white dark:border-slate-700 dark:bg-slate-900"
      }`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="font-semibold">
          {formatIncidentDate(i.date, i.datePrecision)} · {where} · {formatKilled(i.killed, i.killedLow, i.killedHigh)} killed
          {i.injured !== null && `, ${i.injured} injured`}
        </p>
        <p className="flex flex-wrap items-baseline gap-2 text-xs">
          {merged && (
            <span
              data-testid="merged-mark"
              className="rounded border border-amber-700 px-1 font-medium text-amber-900 dark:border-amber-300 dark:text-amber-200"
            >
              merged: {i.sources.length} articles
            </span>
          )}
          <span>confidence {i.confidence === null ? "unknown" : `${Math.round(i.confidence * 100)}%`}</span>
          <a className={LINK} href={`/incidents/${i.id}`}>
            #{i.id}
          </a>
        </p>
      </div>
      <p>
        {i.perpetrator ?? "Unknown perpetrator"} → {i.target ?? "unknown target"}
        {i.eventType && ` · ${EVENT_TYPE_LABELS[i.eventType]}`}
        {i.civilians && " · civilians among the dead"}
      </p>
      <ul className="space-y-2">
        {i.sources.map((s, n) => (
          <li key={s.sourceId} className="space-y-1">
            <blockquote className="border-l-2 border-amber-500 pl-2 italic">“{s.evidence}”</blockquote>
            <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-xs">
              <a className={LINK} href={`/articles/${s.articleId}`}>
                {sourceLabel(s)}
                {s.publishedAt && `, ${s.publishedAt}`}
              </a>
              {s.url && (
                <a className={LINK} href={s.url} rel="noopener noreferrer" target="_blank">
                  original page
                </a>
              )}
              {merged && n > 0 && (
                <button type="button" className={`${LINK} font-medium`} onClick={() => onSplit(s)}>
                  Undo the merge: split off {sourceLabel(s)}
                </button>
              )}
            </p>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <button type="button" aria-keyshortcuts="a" className={`${BUTTON} bg-green-800 text-white hover:bg-green-900`} onClick={onAccept}>
          Accept <Kbd>a</Kbd>
        </button>
        <button
          type="button"
          aria-keyshortcuts="c"
          className={`${BUTTON} border border-slate-500 hover:bg-slate-100 dark:hover:bg-slate-800`}
          onClick={onCorrect}
        >
          Correct <Kbd>c</Kbd>
        </button>
        <button
          type="button"
          aria-keyshortcuts="r"
          className={`${BUTTON} border border-red-700 text-red-800 hover:bg-red-50 dark:text-red-300 dark:hover:bg-red-950`}
          onClick={onReject}
        >
          Reject <Kbd>r</Kbd>
        </button>
      </div>
    </article>
  );
}
