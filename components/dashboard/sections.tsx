// The dashboard's widgets as server components: each fetches its own data so that each can
// stream behind its own <Suspense> skeleton.
import Link from "next/link";
import type { IncidentFilters, UnusableFilter } from "@/lib/incidents/filters";
import { filtersToSearchParams } from "@/lib/incidents/filters";
import { dashboardIncidents, dashboardSummary, dashboardTallies, governorateShading } from "@/lib/db/dashboard";
import { actorCounts, filterOptions, timeline } from "@/lib/db/incidents";
import { ActorChips } from "@/components/dashboard/ActorChips";
import { FilterBar } from "@/components/filters/FilterBar";
import { IncidentMapLoader } from "@/components/map/IncidentMapLoader";
import { DashboardCharts } from "@/components/charts/DashboardCharts";
import { toMonthSeries } from "@/components/charts/monthSeries";
import { IncidentTable } from "@/components/incidents/IncidentTable";
import { TimeSlider } from "@/components/time/TimeSlider";
import { spanMonths } from "@/components/time/timeRange";
import { floorsNote, formatIncidentDate, formatSum, numberFormat, tallyPhrase } from "@/components/format";
import { GOVERNORATES } from "@/lib/incidents/vocab";

const filterKey = (f: IncidentFilters) => filtersToSearchParams(f).toString();
/** Where the cards and the charts differ because some incidents have no date, both say it in these words. */
const undatedNote = (n: number) => `${numberFormat.format(n)} undated, not in the charts`;

export async function FilterSection({ dataset = "real", unusable = [] }: { dataset?: IncidentFilters["dataset"]; unusable?: UnusableFilter[] }) {
  const options = await filterOptions(dataset);
  return <FilterBar choices={options} unusable={unusable} />;
}

export async function SummaryCards({ filters }: { filters: IncidentFilters }) {
  const s = await dashboardSummary(filters);
  const range = s.killedLow !== s.killed || s.killedHigh !== s.killed ? `range ${numberFormat.format(s.killedLow)}–${numberFormat.format(s.killedHigh)}` : null;
  const cards: { label: string; value: string; note: string | null; id: string }[] = [
    {
      id: "incidents",
      label: "Incidents",
      value: numberFormat.format(s.incidents),
      note:
        [
          s.firstDate && s.lastDate ? `${formatIncidentDate(s.firstDate, "month")} – ${formatIncidentDate(s.lastDate, "month")}` : null,
          s.undated ? undatedNote(s.undated) : null,
        ]
          .filter(Boolean)
          .join(" · ") || null,
    },
    {
      id: "killed",
      label: "Killed",
      value: formatSum(s.killed, s.killedFloors),
      note:
        [range, s.killedUnknown ? `${s.killedUnknown} with no figure` : null, floorsNote(s.killedFloors)].filter(Boolean).join(" · ") ||
        "best estimates, summed",
    },
    s.injuredReported
      ? {
          id: "injured",
          label: "Injured",
          value: formatSum(s.injured, s.injuredFloors),
          note: ["where reported", floorsNote(s.injuredFloors)].filter(Boolean).join(" · "),
        }
      : { id: "injured", label: "Injured", value: "—", note: "not reported" },
    { id: "governorates", label: "Governorates", value: String(s.governorates), note: `of ${GOVERNORATES.length}` },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 md:grid-cols-4" data-testid="summary-cards">
      {cards.map((c) => (
        <div
          key={c.id}
          className="rounded-lg border border-slate-300 bg-white p-3 shadow-sm dark:border-slate-700 dark:bg-slate-900"
          data-testid={`card-${c.id}`}
        >
          <dt className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{c.label}</dt>
          <dd className="text-2xl font-bold tabular-nums sm:text-3xl">{c.value}</dd>
          {c.note && <dd className="text-xs text-slate-600 dark:text-slate-400">{c.note}</dd>}
        </div>
      ))}
    </dl>
  );
}

/** With governorates selected, the located incidents that name none: the map shows those it drew inside the selection. */
async function unplacedIncidents(filters: IncidentFilters) {
  // The synthetic set is for load: its map draws server-side cells, not single markers.
  if (filters.province.length === 0 || filters.dataset === "synthetic") return [];
  const { incidents } = await dashboardIncidents({ ...filters, province: [] });
  return incidents.filter((i) => i.province === null && i.lat !== null);
}

export async function MapSection({ filters }: { filters: IncidentFilters }) {
  const [{ incidents, total }, provinces, unplaced] = await Promise.all([dashboardIncidents(filters), governorateShading(filters), unplacedIncidents(filters)]);
  const reset = filtersToSearchParams({ dataset: filters.dataset }).toString();
  return (
    <IncidentMapLoader
      incidents={incidents}
      total={total}
      provinces={provinces.map((p) => ({ province: p.province, incidents: p.incidents, killed: p.killed, killedFloors: p.killedFloors }))}
      selectedProvinces={filters.province}
      unplaced={unplaced}
      fitKey={filterKey(filters)}
      query={filterKey(filters)}
      resetHref={reset ? `/?${reset}` : "/"}
    />
  );
}

export async function ChartsSection({ filters }: { filters: IncidentFilters }) {
  const [total, byProvince, byPerpetrator, summary] = await Promise.all([
    timeline(filters, "month"),
    timeline(filters, "month", "province"),
    timeline(filters, "month", "perpetrator"),
    dashboardSummary(filters),
  ]);
  return (
    <>
      {summary.undated > 0 && (
        <p className="text-xs text-slate-700 dark:text-slate-300" data-testid="charts-undated">
          {undatedNote(summary.undated)}
          {summary.undatedKilled > 0 && ` (${numberFormat.format(summary.undatedKilled)} killed)`}: the cards count them, a chart needs a month.
        </p>
      )}
      <DashboardCharts data={toMonthSeries(total, byProvince, byPerpetrator)} query={filterKey(filters)} />
    </>
  );
}

/** The time slider: the months of the data under every filter but the dates, with their killed. */
export async function TimeSection({ filters }: { filters: IncidentFilters }) {
  const points = await timeline({ ...filters, year: undefined, from: undefined, to: undefined }, "month");
  const months = spanMonths(points.map((p) => p.period));
  const index = new Map(months.map((m, i) => [m, i]));
  const killed = months.map(() => 0);
  for (const p of points) killed[index.get(p.period)!]! += p.killed;
  return <TimeSlider months={months} killed={killed} />;
}

/** Perpetrator and target chips with their counts. */
export async function ActorSection({ filters }: { filters: IncidentFilters }) {
  // Targets have no rollup: counting them reads every matching row, cheap for the real incidents but
  // most of a second for the synthetic million, on every step of the slider's playback.
  const [perpetrator, target] = await Promise.all([
    actorCounts(filters, "perpetrator"),
    filters.dataset === "synthetic" ? null : actorCounts(filters, "target"),
  ]);
  return <ActorChips actors={{ perpetrator, target }} />;
}

export async function TableSection({ filters }: { filters: IncidentFilters }) {
  const { incidents, total } = await dashboardIncidents(filters);
  return <IncidentTable incidents={incidents} total={total} />;
}

export async function TallyNotes({ filters }: { filters: IncidentFilters }) {
  const tallies = await dashboardTallies(filters);
  const filtered = filterKey({ ...filters, dataset: "real" }) !== "";
  return (
    <aside
      aria-labelledby="tallies-title"
      className="rounded-lg border border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900"
      data-testid="tallies"
    >
      <h3 id="tallies-title" className="text-sm font-semibold">
        Running totals reported in the articles
      </h3>
      <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">
        For reference only: these are the sources’ own cumulative counts. They are not incidents and are never added to the figures above.
        {filtered && " Shown: those in the articles of the incidents that match the filters."} Newest report first.
      </p>
      {tallies.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          {filtered ? "No running totals in the articles of these incidents." : "No running totals in the articles yet."}
        </p>
      ) : (
        <ul className="mt-2 max-h-72 space-y-2 overflow-auto pr-1">
          {tallies.map((t) => (
            <li key={t.id} className="border-l-4 border-slate-400 pl-2 text-sm dark:border-slate-500">
              <p>
                <span className="font-semibold">{t.reportedBy ?? t.article.source ?? "The article"}:</span>{" "}
                <strong className="tabular-nums">{tallyPhrase(t).figure}</strong>
                {tallyPhrase(t).rest}
              </p>
              <p className="text-xs text-slate-600 dark:text-slate-400">
                <Link
                  className="text-blue-700 underline dark:text-blue-300"
                  href={`/articles/${t.article.id}#tally-${t.id}`}
                  data-published={t.article.publishedAt ?? ""}
                >
                  {t.article.source ?? t.article.title ?? `Article ${t.article.id}`}
                  {t.article.publishedAt && `, ${formatIncidentDate(t.article.publishedAt, "day")}`}
                </Link>
                {" · "}“{t.evidence}”
              </p>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
