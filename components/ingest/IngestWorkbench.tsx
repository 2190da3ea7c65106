"use client";
// Paste, upload or link an article, review what the extractor found beside the text, correct it, save.
import { type FormEvent, useMemo, useState } from "react";
import type { ArticleExtraction, ExtractedIncident } from "@/lib/extract/types";
import { EDITABLE_FIELDS, type EditableField, fieldOfEditable } from "@/lib/incidents/fields";
import { FieldInputs, type FieldDraft } from "@/components/incidents/FieldInputs";
import { reviewedTallies, TallyReview, type TallyDraft, tallyDrafts } from "@/components/ingest/TallyReview";

type Sentence = { start: number; end: number };
type Mark = { start: number; end: number; kind: "incident" | "tally"; label: string };
type Draft = {
  key: number;
  original: FieldDraft;
  values: FieldDraft;
  evidence: string;
  evidenceStart: number;
  evidenceEnd: number;
  added: boolean;
  rejected: boolean;
  /** The extractor's confidence, shown so that the least certain are read first. */
  confidence: number | null;
};

/** The editable values of an extracted incident (all unknown for one the person adds). */
function valuesOf(i: ExtractedIncident | null): FieldDraft {
  return Object.fromEntries(
    EDITABLE_FIELDS.map((f) => [f, (i?.[fieldOfEditable(f) as keyof ExtractedIncident] as string | number | null | undefined) ?? null]),
  );
}

const inputClass = "mt-0.5 block w-full rounded border border-slate-400 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900";

export function IngestWorkbench({ csrfToken }: { csrfToken: string }) {
  const [stage, setStage] = useState<"input" | "review" | "saved">("input");
  const [error, setError] = useState<string | null>(null);
  const [linkError, setLinkError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [extraction, setExtraction] = useState<ArticleExtraction | null>(null);
  const [sentences, setSentences] = useState<Sentence[]>([]);
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [tallies, setTallies] = useState<TallyDraft[]>([]);
  // An article without a date is saved only after the editor has seen the warning and said so.
  const [confirmUndated, setConfirmUndated] = useState(false);
  const [saved, setSaved] = useState<{ articleId: number; link: string; created: number; merged: number; duplicate: boolean } | null>(null);
  const headers = { "x-csrf-token": csrfToken };

  async function extract(form: FormData) {
    const file = form.get("file");
    const hasFile = file instanceof File && file.size > 0;
    const meta = { title: form.get("title"), source: form.get("source"), url: form.get("url"), publishedAt: form.get("publishedAt") };
    await preview(hasFile ? form : JSON.stringify({ text: form.get("text"), ...Object.fromEntries(Object.entries(meta).filter(([, v]) => v)) }), setError);
  }

  /** The server fetches the page and reads its article; the review is the same as for pasted text. */
  async function extractLink(event: FormEvent<HTMLFormElement>) {
    // Not a form action: React resets an action's form, which would wipe the address the editor may want to fix.
    event.preventDefault();
    const link = new FormData(event.currentTarget).get("link");
    await preview(JSON.stringify({ url: String(link ?? "").trim() }), setLinkError);
  }

  /** Sends the article to /api/extract and opens the review of what came back. */
  async function preview(body: FormData | string, fail: (message: string | null) => void) {
    setBusy(true);
    setError(null);
    setLinkError(null);
    const json: Record<string, string> = typeof body === "string" ? { "content-type": "application/json" } : {};
    const res = await fetch("/api/extract", { method: "POST", headers: { ...headers, ...json }, body });
    setBusy(false);
    const answer = await res.json().catch(() => null);
    if (!res.ok) return fail(answer?.error?.message ?? `The extractor failed (${res.status})`);
    openReview(answer);
  }

  /** The review of an extraction: the least certain incidents first. */
  function openReview(body: { extraction: ArticleExtraction; sentences: Sentence[] }) {
    const x = body.extraction as ArticleExtraction;
    setExtraction(x);
    setSentences(body.sentences as Sentence[]);
    // The least certain first: those are the ones a reviewer should read closely.
    const order = x.incidents.map((i, n) => ({ i, n })).sort((a, b) => (a.i.confidence ?? 1) - (b.i.confidence ?? 1));
    setDrafts(
      order.map(({ i, n }) => ({
        key: n,
        confidence: i.confidence,
        original: valuesOf(i),
        values: valuesOf(i),
        evidence: i.evidence,
        evidenceStart: i.evidenceStart,
        evidenceEnd: i.evidenceEnd,
        added: false,
        rejected: false,
      })),
    );
    setTallies(tallyDrafts(x.tallies));
    setConfirmUndated(false);
    setStage("review");
  }

  function update(key: number, patch: FieldDraft) {
    setDrafts((ds) => ds.map((d) => (d.key === key ? { ...d, values: { ...d.values, ...patch } } : d)));
  }

  function addFromSentence(index: number) {
    const s = sentences[index];
    if (!s || !extraction) return;
    setDrafts((ds) => [
      ...ds,
      {
        key: Date.now(),
        original: {},
        values: { ...valuesOf(null), date: extraction.publishedAt, datePrecision: extraction.publishedAt ? "week" : null },
        evidence: extraction.text.slice(s.start, s.end),
        evidenceStart: s.start,
        evidenceEnd: s.end,
        added: true,
        rejected: false,
        confidence: null,
      },
    ]);
  }

  async function save() {
    if (!extraction) return;
    setBusy(true);
    setError(null);
    const incidents = drafts.map((d) => {
      const out: Record<string, unknown> = { evidence: d.evidence, evidenceStart: d.evidenceStart, evidenceEnd: d.evidenceEnd, rejected: d.rejected };
      const reviewed: EditableField[] = [];
      for (const f of EDITABLE_FIELDS) {
        const v = d.values[f] ?? null;
        out[f] = v === "" ? null : v;
        if (d.added ? v !== null && v !== "" : v !== (d.original[f] ?? null)) reviewed.push(f);
      }
      out.reviewedFields = reviewed;
      return out;
    });
    const res = await fetch("/api/articles", {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify({
        text: extraction.text,
        ...(extraction.title ? { title: extraction.title } : {}),
        ...(extraction.source ? { source: extraction.source } : {}),
        ...(extraction.url ? { url: extraction.url } : {}),
        ...(extraction.publishedAt ? { publishedAt: extraction.publishedAt } : {}),
        incidents,
        tallies: reviewedTallies(tallies),
      }),
    });
    setBusy(false);
    const body = await res.json().catch(() => null);
    if (res.status === 409) {
      setSaved({ articleId: body.error.articleId, link: body.error.link, created: 0, merged: 0, duplicate: true });
      return setStage("saved");
    }
    if (!res.ok) return setError(body?.error?.message ?? `Saving failed (${res.status})`);
    setSaved({ articleId: body.articleId, link: body.link, created: body.incidentsCreated, merged: body.incidentsMerged, duplicate: false });
    setStage("saved");
  }

  const marks = useMemo(() => {
    if (!extraction) return [];
    const m: Mark[] = drafts
      .filter((d) => !d.rejected)
      .map((d, n) => ({ start: d.evidenceStart, end: d.evidenceEnd, kind: "incident", label: `Incident ${n + 1}` }));
    for (const t of tallies.filter((t) => !t.removed)) m.push({ start: t.evidenceStart, end: t.evidenceEnd, kind: "tally", label: `Tally: ${t.count}` });
    return m.sort((a, b) => a.start - b.start);
  }, [drafts, tallies, extraction]);

  if (stage === "saved" && saved) {
    return (
      <section className="space-y-3 rounded border border-slate-300 p-4 dark:border-slate-700" aria-live="polite">
        {saved.duplicate ? (
          <p role="alert">
            This article is already stored.{" "}
            <a className="text-blue-700 underline dark:text-blue-300" href={saved.link}>
              Open the stored article
            </a>
            .
          </p>
        ) : (
          <p>
            Saved: {saved.created} new incident(s), {saved.merged} merged with incidents other articles already told.{" "}
            <a className="text-blue-700 underline dark:text-blue-300" href={saved.link}>
              Open the article
            </a>{" "}
            ·{" "}
            <a className="text-blue-700 underline dark:text-blue-300" href="/">
              See it on the map
            </a>
          </p>
        )}
        <button
          type="button"
          className="rounded border border-slate-400 px-3 py-1 text-sm"
          onClick={() => {
            setStage("input");
            setExtraction(null);
            setSaved(null);
          }}
        >
          Add another article
        </button>
      </section>
    );
  }

  if (stage === "review" && extraction) {
    return (
      <section className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-2">
          <h2 className="text-lg font-semibold">{extraction.title ?? "Article"}</h2>
          <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="review-meta">
            {extraction.source ?? "unknown source"} · published {extraction.publishedAt ?? "unknown"}{" "}
            {extraction.publishedFrom ? `(${extraction.publishedFrom})` : ""}
            {extraction.url && <span className="block break-all">{extraction.url}</span>}
          </p>
          {!extraction.publishedAt && <UndatedWarning />}
          <div
            className={
              "max-h-[70vh] overflow-auto whitespace-pre-wrap rounded border border-slate-300 " +
              "bg-white p-3 text-sm leading-relaxed dark:border-slate-700 dark:bg-slate-900"
            }
            data-testid="review-text"
          >
            {renderMarked(extraction.text, marks)}
          </div>
          <label className="block text-sm font-medium">
            Add an incident the extractor missed: pick its sentence
            <select className={inputClass} value="" onChange={(e) => addFromSentence(Number(e.target.value))}>
              <option value="">Choose a sentence…</option>
              {sentences.map((s, n) => (
                <option key={s.start} value={n}>
                  {extraction.text.slice(s.start, Math.min(s.end, s.start + 110))}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="space-y-3">
          <h2 className="text-lg font-semibold">
            {drafts.filter((d) => !d.rejected).length} incident(s), {tallies.filter((t) => !t.removed).length} tally(ies)
          </h2>
          <TallyReview drafts={tallies} onChange={setTallies} />
          {drafts.map((d, n) => (
            <fieldset
              key={d.key}
              className={`space-y-2 rounded border p-3 ${d.rejected ? "border-dashed border-slate-400 opacity-60" : "border-amber-500"}`}
              aria-label={`Incident ${n + 1}`}
            >
              <legend className="px-1 text-sm font-semibold">
                Incident {n + 1}
                {d.added ? " (added)" : ""}
                {d.confidence !== null && (
                  <span className="font-normal text-slate-600 dark:text-slate-400"> · confidence {Math.round(d.confidence * 100)}%</span>
                )}
                {d.rejected ? " (removed)" : ""}
              </legend>
              <blockquote className="border-l-2 border-amber-500 pl-2 text-sm italic">{d.evidence}</blockquote>
              <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
                <FieldInputs values={d.values} onChange={(patch) => update(d.key, patch)} />
              </div>
              <button
                type="button"
                className="rounded border border-slate-400 px-2 py-0.5 text-xs"
                onClick={() =>
                  setDrafts((ds) => (d.added ? ds.filter((x) => x.key !== d.key) : ds.map((x) => (x.key === d.key ? { ...x, rejected: !x.rejected } : x))))
                }
              >
                {d.rejected ? "Keep this incident" : "Remove: not an incident"}
              </button>
            </fieldset>
          ))}
          {error && (
            <p role="alert" className="text-sm text-red-700 dark:text-red-400">
              {error}
            </p>
          )}
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              onClick={() => (extraction.publishedAt || confirmUndated ? save() : setConfirmUndated(true))}
              disabled={busy}
              className="rounded bg-blue-700 px-4 py-1.5 font-medium text-white hover:bg-blue-800 disabled:opacity-60"
            >
              {busy ? "Saving…" : "Save article and incidents"}
            </button>
            {confirmUndated && !extraction.publishedAt && (
              <button type="button" onClick={save} disabled={busy} className="rounded border border-amber-600 px-3 py-1.5 text-sm font-medium">
                Save without a date
              </button>
            )}
            <button type="button" onClick={() => setStage("input")} className="rounded border border-slate-400 px-3 py-1.5 text-sm">
              Back
            </button>
          </div>
        </div>
      </section>
    );
  }

  return (
    <div className="grid max-w-3xl gap-6">
      <form onSubmit={extractLink} className="grid gap-2 rounded border border-slate-300 p-3 dark:border-slate-700" aria-labelledby="from-link">
        <h2 id="from-link" className="text-base font-semibold">
          From a link
        </h2>
        <label htmlFor="ingest-link" className="text-sm font-medium">
          Address of a news page
        </label>
        <div className="flex flex-wrap gap-2">
          <input id="ingest-link" name="link" type="url" required placeholder="https://…" className={`${inputClass} mt-0 min-w-0 flex-1 basis-64`} />
          <button type="submit" disabled={busy} className="rounded bg-blue-700 px-4 py-1.5 font-medium text-white hover:bg-blue-800 disabled:opacity-60">
            {busy ? "Fetching…" : "Fetch and extract"}
          </button>
        </div>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          The atlas fetches the page, keeps the article's text, title, outlet, date and canonical address, and shows it for review below.
        </p>
        {linkError && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {linkError}
          </p>
        )}
      </form>
      <form action={extract} className="grid gap-3">
        <h2 className="text-base font-semibold">Pasted or uploaded</h2>
        <label className="text-sm font-medium">
          Article text
          <textarea name="text" rows={12} className={inputClass} placeholder="Paste the article here (or upload a file below)" />
        </label>
        <label className="text-sm font-medium">
          …or a file (.txt, .md, .html)
          <input name="file" type="file" accept=".txt,.md,.markdown,.html,.htm" className="mt-1 block text-sm" />
        </label>
        <div className="grid gap-3 sm:grid-cols-2">
          <label className="text-sm font-medium">
            Title
            <input name="title" className={inputClass} />
          </label>
          <label className="text-sm font-medium">
            Source
            <input name="source" className={inputClass} placeholder="e.g. AFP" />
          </label>
          <label className="text-sm font-medium">
            URL
            <input name="url" type="url" className={inputClass} />
          </label>
          <label className="text-sm font-medium">
            Publication date
            <input name="publishedAt" type="date" className={inputClass} />
          </label>
        </div>
        {error && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {error}
          </p>
        )}
        <button
          type="submit"
          disabled={busy}
          className="justify-self-start rounded bg-blue-700 px-4 py-1.5 font-medium text-white hover:bg-blue-800 disabled:opacity-60"
        >
          {busy ? "Extracting…" : "Extract incidents"}
        </button>
      </form>
    </div>
  );
}

/** Said before saving an article without a publication date: what it costs, and how to give one. */
function UndatedWarning() {
  return (
    <div role="alert" data-testid="undated-warning" className="rounded border border-amber-600 bg-amber-50 p-2 text-sm dark:bg-amber-950">
      <p className="font-medium">This article has no publication date.</p>
      <p>
        Days it names (“on Monday”) cannot be placed, so its incidents may stay undated: counted in the totals but left out of the charts and the date filters.
        Go Back and give the publication date, or save without one.
      </p>
    </div>
  );
}

/** The article text with incident and tally sentences highlighted; text is rendered as text, never HTML. */
function renderMarked(text: string, marks: Mark[]) {
  const out: React.ReactNode[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue;
    out.push(text.slice(at, m.start));
    out.push(
      <mark
        key={`${m.start}-${m.kind}`}
        title={m.label}
        className={m.kind === "tally" ? "bg-sky-200 dark:bg-sky-800 dark:text-white" : "bg-amber-200 dark:bg-amber-700 dark:text-white"}
      >
        {text.slice(m.start, m.end)}
      </mark>,
    );
    at = m.end;
  }
  out.push(text.slice(at));
  return out;
}
