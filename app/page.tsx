import { Suspense } from "react";
import { filtersToSearchParams, readFilterParams } from "@/lib/incidents/filters";
import { DashboardProvider, PendingDim } from "@/components/dashboard/DashboardContext";
import { ActorSection, ChartsSection, FilterSection, MapSection, SummaryCards, TableSection, TallyNotes, TimeSection } from "@/components/dashboard/sections";
import { ExportLinks, SiteNav } from "@/components/dashboard/links";
import { UnusableFilters } from "@/components/dashboard/UnusableFilters";
import { CopyLink } from "@/components/dashboard/CopyLink";
import { CardsSkeleton, ChartsSkeleton, FilterSkeleton, MapAreaSkeleton, TableSkeleton, TalliesSkeleton } from "@/components/dashboard/skeletons";

export const dynamic = "force-dynamic";

export default async function Home({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { filters, unusable } = readFilterParams(await searchParams);
  const key = filtersToSearchParams(filters).toString();

  return (
    <DashboardProvider>
      <main className="mx-auto flex max-w-screen-2xl flex-col gap-4 p-3 sm:p-4">
        {/* The table sits behind some fifty filter and map controls; keyboard users may skip them. */}
        <a
          href="#incidents"
          className={
            "sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-[2000] " +
            "focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
          }
        >
          Skip to the incident table
        </a>
        <header>
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <h1 className="text-2xl font-bold tracking-tight">Conflict Atlas</h1>
            <SiteNav />
          </div>
          <div className="mt-1 flex flex-wrap items-center justify-between gap-2">
            <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">
              Incidents of the Syrian conflict read from news articles: where, when, how many were killed and by whom. Every number links to the sentence it
              came from.
            </p>
            <CopyLink />
          </div>
        </header>

        <UnusableFilters unusable={unusable} clearHref={key ? `/?${key}` : "/"} />

        <Suspense fallback={<FilterSkeleton />}>
          <FilterSection dataset={filters.dataset} unusable={unusable} />
        </Suspense>

        <PendingDim>
          <Suspense key={key} fallback={<CardsSkeleton />}>
            <SummaryCards filters={filters} />
          </Suspense>
        </PendingDim>

        <PendingDim>
          {/* Not keyed: the chips stay in place, dimmed, while a click on one is rendered. */}
          <Suspense fallback={null}>
            <ActorSection filters={filters} />
          </Suspense>
        </PendingDim>

        {/* Not keyed: the slider stays mounted (and keeps playing) while each step renders. */}
        <Suspense fallback={null}>
          <TimeSection filters={filters} />
        </Suspense>

        <div className="grid gap-4 lg:grid-cols-[minmax(0,1.1fr)_minmax(0,1fr)]">
          <section id="map-panel" aria-labelledby="map-title" className="flex flex-col">
            <h2 id="map-title" className="mb-2 text-lg font-semibold">
              Map
            </h2>
            {/* Phones: the map keeps its own height and the legend follows it, instead of sharing one box. */}
            <div className="min-h-[380px] sm:h-[520px] lg:h-[640px]">
              {/* Not keyed: the map stays mounted (and keeps its zoom) while new filters load. */}
              <Suspense fallback={<MapAreaSkeleton />}>
                <MapSection filters={filters} />
              </Suspense>
            </div>
          </section>
          <section aria-labelledby="trends-title" className="flex min-w-0 flex-col gap-4">
            <h2 id="trends-title" className="-mb-2 text-lg font-semibold">
              Trends
            </h2>
            <PendingDim>
              {/* Not keyed either: the charts update in place (dimmed while the filters load)
                  rather than mount afresh, which cost Recharts most of a filter change. */}
              <Suspense fallback={<ChartsSkeleton />}>
                <ChartsSection filters={filters} />
              </Suspense>
            </PendingDim>
            <PendingDim>
              <Suspense key={key} fallback={<TalliesSkeleton />}>
                <TallyNotes filters={filters} />
              </Suspense>
            </PendingDim>
          </section>
        </div>

        <section id="incidents" aria-labelledby="table-title" tabIndex={-1} className="scroll-mt-2 focus:outline-none">
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <h2 id="table-title" className="text-lg font-semibold">
              Incidents
            </h2>
            <ExportLinks query={key} />
          </div>
          <PendingDim>
            <Suspense key={key} fallback={<TableSkeleton />}>
              <TableSection filters={filters} />
            </Suspense>
          </PendingDim>
        </section>

        <footer className="border-t border-slate-300 pt-3 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400">
          Figures are as the articles report them, extracted automatically; killed is the best estimate with the low–high range where sources differ.
          Boundaries: Natural Earth (public domain). Places: GeoNames (CC BY 4.0).
        </footer>
      </main>
    </DashboardProvider>
  );
}
