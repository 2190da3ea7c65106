"use client";
// The review of an article's tallies (running totals, never incidents): each one's figure, words
// and start date can be corrected, or the tally removed, before the article is saved.
import type { ExtractedTally } from "@/lib/extract/types";

export type TallyDraft = {
  key: number;
  count: number | null;
  description: string;
  since: string | null;
  evidence: string;
  evidenceStart: number;
  evidenceEnd: number;
  removed: boolean;
  changed: boolean;
};

export const tallyDrafts = (tallies: ExtractedTally[]): TallyDraft[] =>
  tallies.map((t, n) => ({
    key: n,
    count: t.count,
    description: t.description,
    since: t.since,
    evidence: t.evidence,
    evidenceStart: t.evidenceStart,
    evidenceEnd: t.evidenceEnd,
    removed: false,
    changed: false,
  }));

/** What the save sends: nothing when the reviewer left the extractor's tallies as they were (so re-extraction may refresh them). */
export function reviewedTallies(drafts: TallyDraft[]) {
  if (!drafts.some((d) => d.changed || d.removed)) return undefined;
  return drafts
    .filter((d) => !d.removed)
    .map(({ count, description, since, evidence, evidenceStart, evidenceEnd }) => ({
      count: count ?? 0,
      description,
      since,
      evidence,
      evidenceStart,
      evidenceEnd,
    }));
}

const inputClass = "mt-0.5 block w-full rounded border border-slate-400 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900";

export function TallyReview({ drafts, onChange }: { drafts: TallyDraft[]; onChange: (next: TallyDraft[]) => void }) {
  const update = (key: number, patch: Partial<TallyDraft>) => onChange(drafts.map((d) => (d.key === key ? { ...d, ...patch, changed: true } : d)));
  return (
    <>
      {drafts.map((d, n) => (
        <fieldset
          key={d.key}
          aria-label={`Tally ${n + 1}`}
          className={`space-y-2 rounded border p-3 ${d.removed ? "border-dashed border-slate-400 opacity-60" : "border-sky-600"}`}
        >
          <legend className="px-1 text-sm font-semibold">
            Tally {n + 1} <span className="font-normal text-slate-600 dark:text-slate-400">· a running total, not an incident</span>
            {d.removed ? " (removed)" : ""}
          </legend>
          <blockquote className="border-l-2 border-sky-600 pl-2 text-sm italic">{d.evidence}</blockquote>
          <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
            <label className="text-xs font-medium">
              Count
              <input
                type="number"
                min={0}
                className={inputClass}
                value={d.count ?? ""}
                onChange={(e) => update(d.key, { count: e.target.value === "" ? null : Number(e.target.value) })}
              />
            </label>
            <label className="col-span-2 text-xs font-medium">
              What was counted
              <input className={inputClass} value={d.description} onChange={(e) => update(d.key, { description: e.target.value })} />
            </label>
            <label className="text-xs font-medium">
              Since
              <input type="date" className={inputClass} value={d.since ?? ""} onChange={(e) => update(d.key, { since: e.target.value || null })} />
            </label>
          </div>
          <button type="button" className="rounded border border-slate-400 px-2 py-0.5 text-xs" onClick={() => update(d.key, { removed: !d.removed })}>
            {d.removed ? "Keep this tally" : "Remove: not a tally"}
          </button>
        </fieldset>
      ))}
    </>
  );
}
