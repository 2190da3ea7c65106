import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { IdParam } from "@/lib/api/filters";
import { isWebUrl } from "@/lib/incidents/text";
import { deletedIncident, getIncident } from "@/lib/db/incidents";
import {
  FIGURE_KIND,
  figureKind,
  formatCount,
  VAGUE_NOTE,
  formatIncidentDate,
  formatInjured,
  formatKilled,
  GEO_PRECISION_LABEL,
  PRECISION_LABEL,
} from "@/components/format";
import { perpetratorColour } from "@/components/map/palette";
import { HighlightedText, paragraphAround } from "@/components/text/HighlightedText";
import { IncidentEditor } from "@/components/incidents/IncidentEditor";
import { IncidentHistory } from "@/components/incidents/IncidentHistory";
import { RestoreButton } from "@/components/incidents/RestoreButton";
import { pageEditor } from "@/lib/auth/page-session";
import { incidentHistory } from "@/lib/db/incident-edits";
import { EDITABLE_FIELDS, fieldOfEditable } from "@/lib/incidents/fields";
import { EVENT_TYPE_LABELS } from "@/lib/incidents/vocab";

const pctOrDash = (x: number | null) => (x === null ? "—" : `${Math.round(x * 100)}%`);

export const dynamic = "force-dynamic";

async function parseId(params: Promise<{ id: string }>): Promise<number> {
  const parsed = IdParam.safeParse((await params).id);
  if (!parsed.success) notFound();
  return parsed.data;
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const parsed = IdParam.safeParse((await params).id);
  if (!parsed.success) return { title: "Incident not found" };
  const i = (await getIncident(parsed.data)) ?? (await deletedIncident(parsed.data));
  if (!i) return { title: "Incident not found" };
  return { title: `Incident #${i.id}${i.deletedAt ? " (deleted)" : ""}: ${i.place ?? "unknown place"}, ${formatIncidentDate(i.date, i.datePrecision)}` };
}

/** The incident a merged one went into, from its history ("merged into incident 12"). */
function mergedInto(history: Awaited<ReturnType<typeof incidentHistory>>): number | null {
  const note = history.find((c) => c.action === "merge" && c.note?.startsWith("merged into incident "))?.note;
  return note ? Number(note.replace("merged into incident ", "")) : null;
}

/** A deleted incident's page: what it was, why it is gone, its history, and the way back for an editor. */
async function DeletedIncidentView({ id, justDeleted }: { id: number; justDeleted: boolean }) {
  const i = await deletedIncident(id);
  if (!i) notFound();
  const [history, editor] = await Promise.all([incidentHistory(id), pageEditor()]);
  const into = i.hasSources ? null : mergedInto(history);
  const link = "text-blue-700 underline dark:text-blue-300";
  return (
    <main className="mx-auto flex max-w-screen-xl flex-col gap-5 p-3 sm:p-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/" className={link}>
          ← Dashboard
        </Link>
      </nav>
      <header>
        <p className="text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Incident #{i.id} · deleted</p>
        <h1 className="text-2xl font-bold">
          {i.killed === null ? "unknown" : formatCount(i.killed)} killed{i.place ? ` in ${i.place}` : ""}
          {i.province && i.province !== i.place ? `, ${i.province}` : ""}, {formatIncidentDate(i.date, i.datePrecision)}
        </h1>
      </header>
      <div role="status" data-testid="deleted-notice" className="space-y-2 rounded-lg border border-amber-600 bg-amber-50 p-4 dark:bg-amber-950">
        <p>
          {justDeleted ? "You deleted this incident." : `This incident was deleted on ${i.deletedAt.slice(0, 10)}.`} It is hidden from the map, the sums and the
          exports; its history is kept below.
          {into !== null && (
            <>
              {" "}
              It was merged into{" "}
              <Link href={`/incidents/${into}`} className={link}>
                incident #{into}
              </Link>
              : split its source off there to bring it back.
            </>
          )}
        </p>
        {i.hasSources &&
          (editor ? (
            <RestoreButton id={i.id} csrfToken={editor.csrfToken} label={justDeleted ? "Undo" : "Restore this incident"} />
          ) : (
            <p className="text-sm">
              <Link href={`/login?next=/incidents/${i.id}`} className={link}>
                Log in as an editor
              </Link>{" "}
              to restore it.
            </p>
          ))}
      </div>
      <IncidentHistory changes={history} />
    </main>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

const dash = (v: string | number | null | undefined) => (v === null || v === undefined || v === "" ? "—" : String(v));

export default async function IncidentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const id = await parseId(params);
  const i = await getIncident(id);
  if (!i) return <DeletedIncidentView id={id} justDeleted={(await searchParams).deleted === "now"} />;
  const [history, editor] = await Promise.all([incidentHistory(i.id), pageEditor()]);
  const dashboard = new URLSearchParams();
  if (i.province) dashboard.append("province", i.province);
  if (i.date) {
    dashboard.set("from", i.date);
    dashboard.set("to", i.date);
  }

  const fields: [string, React.ReactNode][] = [
    [
      "Date",
      <>
        {formatIncidentDate(i.date, i.datePrecision)}
        {i.datePrecision && <span className="text-slate-600 dark:text-slate-400"> ({PRECISION_LABEL[i.datePrecision]})</span>}
      </>,
    ],
    ["Place", dash(i.place)],
    ["Governorate", dash(i.province)],
    [
      "Location",
      i.lat !== null && i.lon !== null ? (
        <>
          {i.lat.toFixed(3)}, {i.lon.toFixed(3)}
          {i.geoPrecision && (
            <span className="text-slate-600 dark:text-slate-400">
              {" "}
              (precision {i.geoPrecision}: {GEO_PRECISION_LABEL[i.geoPrecision]})
            </span>
          )}
        </>
      ) : (
        "not located"
      ),
    ],
    ["Gazetteer entry", dash(i.placeId)],
    [
      "Perpetrator",
      <span key="p" className="inline-flex items-center gap-1.5">
        <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: perpetratorColour(i.perpetrator) }} />
        {dash(i.perpetrator)}
        {i.perpetratorText && i.perpetratorText !== i.perpetrator && <span className="text-slate-600 dark:text-slate-400"> (“{i.perpetratorText}”)</span>}
      </span>,
    ],
    [
      "Target",
      <>
        {dash(i.target)}
        {i.targetText && i.targetText !== i.target && <span className="text-slate-600 dark:text-slate-400"> (“{i.targetText}”)</span>}
      </>,
    ],
    [
      "Killed (best)",
      <>
        <strong key="k">{formatKilled(i.killed, i.killedLow, i.killedHigh, i.killedVague)}</strong>
        {i.killed !== null && (
          <span className="text-slate-600 dark:text-slate-400">
            {" "}
            ({i.killedVague ? VAGUE_NOTE : FIGURE_KIND[figureKind({ best: i.killed, low: i.killedLow, high: i.killedHigh })]})
          </span>
        )}
      </>,
    ],
    ["Killed (low – high)", i.killedLow !== null || i.killedHigh !== null ? `${dash(i.killedLow)} – ${dash(i.killedHigh)}` : "—"],
    ["Injured", i.injured === null ? "not reported" : `${formatInjured(i.injured, i.injuredVague)}${i.injuredVague ? ` (${VAGUE_NOTE})` : ""}`],
    ["Attackers killed", dash(i.attackersKilled)],
    ["Event type", i.eventType ? EVENT_TYPE_LABELS[i.eventType] : "—"],
    ["Civilians among the dead", i.civilians === null ? "—" : i.civilians ? "yes" : "no"],
    [
      "Extractor's confidence",
      i.confidence === null
        ? "—"
        : `${Math.round(i.confidence * 100)}% (date ${pctOrDash(i.dateConfidence)}, place ${pctOrDash(i.placeConfidence)})` +
          (i.reviewedFields.length ? "; fields corrected by a person" : ""),
    ],
    ["Reviewed", i.reviewed ? `yes${i.reviewedBy ? `, by ${i.reviewedBy}` : ""}` : "not yet: it arrived by itself and waits in the review queue"],
    ["Claimed by", dash(i.claimedBy)],
    ["Reported by", dash(i.reportedBy)],
    ["Sources", String(i.sources.length)],
    ["Recorded", `${i.createdAt.slice(0, 10)}${i.updatedAt.slice(0, 10) !== i.createdAt.slice(0, 10) ? `, updated ${i.updatedAt.slice(0, 10)}` : ""}`],
  ];

  return (
    <main className="mx-auto flex max-w-screen-xl flex-col gap-5 p-3 sm:p-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/" className="text-blue-700 underline dark:text-blue-300">
          ← Dashboard
        </Link>
        {dashboard.size > 0 && (
          <>
            {" · "}
            <Link href={`/?${dashboard.toString()}`} className="text-blue-700 underline dark:text-blue-300">
              This day in {i.province ?? "Syria"} on the dashboard
            </Link>
          </>
        )}
      </nav>
      <header>
        <p className="text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Incident #{i.id}</p>
        <h1 className="text-2xl font-bold">
          {formatKilled(i.killed, i.killedLow, i.killedHigh, i.killedVague)} killed{i.place ? ` in ${i.place}` : ""}
          {i.province && i.province !== i.place ? `, ${i.province}` : ""}
        </h1>
        <p className="text-slate-700 dark:text-slate-300">
          {formatIncidentDate(i.date, i.datePrecision)} · {i.perpetrator ?? "Unknown perpetrator"} → {i.target ?? "unknown target"}
        </p>
      </header>

      <section aria-labelledby="fields-title" className="rounded-lg border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
        <h2 id="fields-title" className="mb-2 text-lg font-semibold">
          What was extracted
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2 lg:grid-cols-3">
          {fields.map(([label, value]) => (
            <div key={label}>
              <dt className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      {i.sources.length > 1 && (
        <section aria-labelledby="compare-title">
          <h2 id="compare-title" className="mb-2 text-lg font-semibold">
            What each source says
          </h2>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="bg-slate-100 dark:bg-slate-800">
                <tr>
                  <th scope="col" className="px-2 py-1">
                    Source
                  </th>
                  <th scope="col" className="px-2 py-1">
                    Date
                  </th>
                  <th scope="col" className="px-2 py-1 text-right">
                    Killed
                  </th>
                  <th scope="col" className="px-2 py-1 text-right">
                    Injured
                  </th>
                  <th scope="col" className="px-2 py-1">
                    Reported by
                  </th>
                </tr>
              </thead>
              <tbody>
                {i.sources.map((s) => (
                  <tr key={s.articleId} className="border-t border-slate-200 dark:border-slate-800">
                    <td className="px-2 py-1">{s.source ?? s.title ?? `Article ${s.articleId}`}</td>
                    <td className="px-2 py-1">{formatIncidentDate(s.date, s.datePrecision)}</td>
                    <td className="px-2 py-1 text-right tabular-nums">{formatKilled(s.killed, s.killedLow, s.killedHigh, s.killedVague)}</td>
                    <td className="px-2 py-1 text-right tabular-nums">{formatInjured(s.injured, s.injuredVague)}</td>
                    <td className="px-2 py-1">{dash(s.reportedBy)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <section aria-labelledby="sources-title">
        <h2 id="sources-title" className="mb-2 text-lg font-semibold">
          {i.sources.length === 1 ? "The source" : `The ${i.sources.length} sources`}
        </h2>
        <div className={`grid gap-4 ${i.sources.length > 1 ? "lg:grid-cols-2" : ""}`}>
          {i.sources.map((s) => {
            const p = paragraphAround(s.articleText, s.evidenceStart, s.evidenceEnd);
            const excerpt = s.articleText.slice(p.from, p.to);
            return (
              <article
                key={`${s.articleId}-${s.evidenceStart}`}
                className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
                data-testid="incident-source"
              >
                <header>
                  <h3 className="font-semibold">{s.title ?? `Article ${s.articleId}`}</h3>
                  <p className="text-sm text-slate-700 dark:text-slate-300">
                    {s.source ?? "Unknown outlet"}
                    {s.publishedAt && <>, {formatIncidentDate(s.publishedAt, "day")}</>}
                  </p>
                </header>
                <p className="text-sm">
                  This source: <strong>{formatKilled(s.killed, s.killedLow, s.killedHigh, s.killedVague)}</strong> killed
                  {s.injured !== null && <>, {formatInjured(s.injured, s.injuredVague)} injured</>}
                  {s.date && <>, {formatIncidentDate(s.date, s.datePrecision)}</>}
                  {s.reportedBy && <>, according to {s.reportedBy}</>}.
                </p>
                <blockquote className="border-l-4 border-slate-300 pl-3 text-[0.95rem] leading-relaxed dark:border-slate-600">
                  {p.from > 0 && <span aria-hidden>… </span>}
                  <HighlightedText
                    className="inline"
                    text={excerpt}
                    marks={[
                      {
                        key: `evidence-${s.articleId}-${s.evidenceStart}`,
                        kind: "evidence",
                        start: s.evidenceStart - p.from,
                        end: s.evidenceEnd - p.from,
                        title: "The sentence the figures come from",
                      },
                    ]}
                  />
                  {p.to < s.articleText.length && <span aria-hidden> …</span>}
                </blockquote>
                <p className="flex flex-wrap gap-x-4 text-sm">
                  <Link href={`/articles/${s.articleId}#incident-${i.id}`} className="font-medium text-blue-700 underline dark:text-blue-300">
                    Whole article with all its incidents
                  </Link>
                  {/* Rows stored before only http(s) was accepted may hold a javascript: URL: never a link. */}
                  {s.url && isWebUrl(s.url) && (
                    <a href={s.url} className="text-blue-700 underline dark:text-blue-300" rel="noopener noreferrer nofollow">
                      Original at {hostOf(s.url)}
                    </a>
                  )}
                </p>
              </article>
            );
          })}
        </div>
      </section>
      {editor ? (
        <IncidentEditor
          // A new key after every change: the form starts again from the stored values.
          key={i.version}
          id={i.id}
          version={i.version}
          csrfToken={editor.csrfToken}
          values={Object.fromEntries(EDITABLE_FIELDS.map((f) => [f, i[fieldOfEditable(f) as keyof typeof i] as string | number | null]))}
          sources={i.sources.map((s) => ({ sourceId: s.sourceId, label: s.source ?? s.title ?? `article ${s.articleId}` }))}
        />
      ) : (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Something wrong?{" "}
          <Link href={`/login?next=/incidents/${i.id}`} className="text-blue-700 underline dark:text-blue-300">
            Log in as an editor
          </Link>{" "}
          to correct, merge, split or delete this incident.
        </p>
      )}

      <IncidentHistory changes={history} />
    </main>
  );
}
