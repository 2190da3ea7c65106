import { Suspense } from "react";
import { CasualtyTimeline } from "@/components/charts/CasualtyTimeline";
import { FilterBar } from "@/components/filters/FilterBar";
import { formatIncidentDate, formatKilled } from "@/components/format";
import { IncidentMapLoader } from "@/components/map/IncidentMapLoader";
import { filtersFromSearchParams } from "@/lib/api/filters";
import { incidentYears, listIncidents, timeline } from "@/lib/db/incidents";

export const dynamic = "force-dynamic";

export default async function Home({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filters = filtersFromSearchParams(await searchParams);
  const [{ total, incidents }, points, years] = await Promise.all([listIncidents(filters, 1000), timeline(filters, "month"), incidentYears()]);
  const killed = incidents.reduce((s, i) => s + (i.killed ?? 0), 0);

  return (
    <main className="mx-auto flex max-w-screen-2xl flex-col gap-4 p-4">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">Conflict Atlas</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="summary">
          {total} incident{total === 1 ? "" : "s"}, {killed} killed
        </p>
      </header>
      <Suspense>
        <FilterBar years={years} />
      </Suspense>
      <section className="grid gap-4 lg:grid-cols-2">
        <div className="h-[480px] overflow-hidden rounded border border-slate-300 dark:border-slate-700" data-testid="map">
          <IncidentMapLoader incidents={incidents} />
        </div>
        <div className="flex flex-col gap-2">
          <h2 className="text-lg font-semibold">Killed per month</h2>
          <div className="h-[440px]">
            <CasualtyTimeline points={points} />
          </div>
        </div>
      </section>
      <section>
        <h2 className="mb-2 text-lg font-semibold">Incidents</h2>
        <table className="w-full text-left text-sm" data-testid="incident-table">
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-700">
              <th className="py-1 pr-2">Date</th>
              <th className="py-1 pr-2">Place</th>
              <th className="py-1 pr-2">Governorate</th>
              <th className="py-1 pr-2">Killed</th>
              <th className="py-1 pr-2">Perpetrator</th>
              <th className="py-1">Source sentence</th>
            </tr>
          </thead>
          <tbody>
            {incidents.map((i) => (
              <tr key={i.id} className="border-b border-slate-200 align-top dark:border-slate-800">
                <td className="py-1 pr-2 whitespace-nowrap">{formatIncidentDate(i.date, i.datePrecision)}</td>
                <td className="py-1 pr-2">{i.place ?? "—"}</td>
                <td className="py-1 pr-2">{i.province ?? "—"}</td>
                <td className="py-1 pr-2">{formatKilled(i.killed, i.killedLow, i.killedHigh)}</td>
                <td className="py-1 pr-2">{i.perpetrator ?? "unknown"}</td>
                <td className="py-1 text-slate-700 dark:text-slate-300">{i.evidence}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  );
}
