"use client";
// What a marker says: its popup (date, place, figures, the source sentence, links) and its name for screen readers.
import type { DashboardIncident } from "@/lib/db/dashboard";
import { formatIncidentDate, formatInjured, formatKilled, GEO_PRECISION_LABEL, PRECISION_LABEL } from "@/components/format";
import { UnreviewedMark } from "@/components/incidents/UnreviewedMark";

/** What a screen reader announces for a marker: "54 killed, Sukhna, Homs, 10 December 2024". */
export function markerName(i: DashboardIncident): string {
  const killed = i.killed === null ? "killed unknown" : `${formatKilled(i.killed, i.killedLow, i.killedHigh, i.killedVague)} killed`;
  const where = [i.place ?? "unknown place", i.province && i.province !== i.place ? i.province : null].filter(Boolean).join(", ");
  return `${killed}, ${where}, ${formatIncidentDate(i.date, i.datePrecision)}`;
}

export function IncidentPopup({ incident: i }: { incident: DashboardIncident }) {
  const approximate = (i.geoPrecision ?? 3) > 1;
  return (
    <div className="space-y-1.5 text-sm" data-testid="incident-popup">
      <div className="font-semibold">
        {formatIncidentDate(i.date, i.datePrecision)}
        {i.datePrecision && <span className="font-normal text-slate-600 dark:text-slate-300"> ({PRECISION_LABEL[i.datePrecision]})</span>}
        <UnreviewedMark reviewed={i.reviewed} />
      </div>
      <div>
        {i.place ?? "Unknown place"}
        {i.province && i.place !== i.province ? `, ${i.province}` : ""}
        {approximate && (
          <span className="block text-xs text-slate-600 dark:text-slate-300">Approximate location: {GEO_PRECISION_LABEL[i.geoPrecision ?? 3]}</span>
        )}
      </div>
      <div>
        Killed: <strong>{formatKilled(i.killed, i.killedLow, i.killedHigh, i.killedVague)}</strong>
        {i.injured !== null && <> · injured: {formatInjured(i.injured, i.injuredVague)}</>}
      </div>
      <div>
        {i.perpetrator ?? "Unknown perpetrator"} → {i.target ?? "unknown target"}
      </div>
      <blockquote className="border-l-2 border-amber-500 pl-2 italic">“{i.evidence}”</blockquote>
      <div className="flex flex-wrap gap-x-3 gap-y-1">
        <a className="font-medium" href={`/incidents/${i.id}`}>
          Incident details
        </a>
        {i.sources.map((s) => (
          <a key={s.articleId} href={`/articles/${s.articleId}`}>
            Article: {s.source ?? s.title ?? `#${s.articleId}`}
          </a>
        ))}
      </div>
    </div>
  );
}
