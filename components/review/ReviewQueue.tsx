"use client";
// The review queue: incidents that arrived by themselves, least confident first, each with its
// sentence and its sources, and accept / correct / reject in one keystroke each (buttons too, for
// mouse and touch). A merged incident shows its sources, each of which can be split off again.
import { useEffect, useRef } from "react";
import type { FieldDraft } from "@/components/incidents/FieldInputs";
import { IncidentEditor } from "@/components/incidents/IncidentEditor";
import { Kbd, LINK, ReviewCard } from "@/components/review/ReviewCard";
import { sourceLabel, useReviewQueue } from "@/components/review/useReviewQueue";
import type { ReviewItem } from "@/lib/db/review";
import { EDITABLE_FIELDS, fieldOfEditable } from "@/lib/incidents/fields";

const BAR =
  "sticky top-0 z-10 flex flex-wrap items-center justify-between gap-2 border-b border-slate-300 bg-slate-50 py-2 dark:border-slate-700 dark:bg-slate-950";

const formValues = (i: ReviewItem): FieldDraft =>
  Object.fromEntries(EDITABLE_FIELDS.map((f) => [f, (i as unknown as Record<string, string | number | boolean | null>)[fieldOfEditable(f)] ?? null]));

export function ReviewQueue({ items, total, csrfToken }: { items: ReviewItem[]; total: number; csrfToken: string }) {
  const q = useReviewQueue(items, csrfToken);
  const { visible, at, current, done, correcting, setCorrecting, setCursor, lastRejected, message } = q;
  const cards = useRef(new Map<number, HTMLElement>());

  useEffect(() => {
    if (current) cards.current.get(current.id)?.scrollIntoView({ block: "nearest" });
  }, [current]);

  const waiting = total - done.size;
  return (
    <div className="space-y-3">
      <div className={BAR}>
        <p className="text-sm" data-testid="review-count">
          <strong>{waiting}</strong> incident{waiting === 1 ? "" : "s"} waiting for review
          {total > items.length && ` (the ${items.length} least confident shown)`}
        </p>
        <p className="hidden text-sm text-slate-700 sm:block dark:text-slate-300">
          Keys: <Kbd>j</Kbd> / <Kbd>k</Kbd> move · <Kbd>a</Kbd> accept · <Kbd>c</Kbd> correct · <Kbd>r</Kbd> reject · <Kbd>u</Kbd> undo the last reject
        </p>
      </div>
      <div role="status" aria-live="polite" className="min-h-6 text-sm">
        {message}
        {lastRejected && (
          <button type="button" className={`ml-2 ${LINK}`} onClick={() => void q.undo()} aria-keyshortcuts="u">
            Undo
          </button>
        )}
      </div>
      {visible.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-400 p-6 text-center text-sm dark:border-slate-600">
          Nothing waits for review. New articles added by scripts, files or feeds will appear here.{" "}
          <a className={LINK} href="/">
            Back to the atlas
          </a>
        </p>
      ) : (
        <ol className="space-y-3" aria-label="Incidents waiting for review">
          {visible.map((i, n) => (
            <li key={i.id}>
              <ReviewCard
                item={i}
                current={n === at}
                ref={(el) => {
                  if (el) cards.current.set(i.id, el);
                  else cards.current.delete(i.id);
                }}
                onFocus={() => setCursor(n)}
                onAccept={() => void q.accept(i)}
                onCorrect={() => setCorrecting(correcting === i.id ? null : i.id)}
                onReject={() => void q.reject(i)}
                onSplit={(s) => void q.split(i, s)}
              />
              {correcting === i.id && (
                <div className="mt-2">
                  <IncidentEditor
                    key={i.version}
                    id={i.id}
                    version={i.version}
                    csrfToken={csrfToken}
                    values={formValues(i)}
                    sources={i.sources.map((s) => ({ sourceId: s.sourceId, label: sourceLabel(s) }))}
                  />
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
