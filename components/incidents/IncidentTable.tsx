"use client";
// The incidents under the current filters: sortable, paginated. Choosing a row ("Show on
// map") flies the map to it; clicking a marker on the map highlights its row here.
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import type { DashboardIncident } from "@/lib/db/dashboard";
import { formatIncidentDate, formatInjured, formatKilled, numberFormat } from "@/components/format";
import { perpetratorColour } from "@/components/map/palette";
import { useSelection } from "@/components/dashboard/DashboardContext";
import { UnreviewedMark } from "@/components/incidents/UnreviewedMark";
import { parseChoice, parsePage, parseSort, writeViewParams } from "@/components/dashboard/viewParams";

type SortKey = "date" | "place" | "province" | "killed" | "injured" | "perpetrator" | "target";
type Dir = "asc" | "desc";

const COLUMNS: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: "date", label: "Date" },
  { key: "place", label: "Place" },
  { key: "province", label: "Governorate" },
  { key: "killed", label: "Killed", numeric: true },
  { key: "injured", label: "Injured", numeric: true },
  { key: "perpetrator", label: "Perpetrator" },
  { key: "target", label: "Target" },
];

const CARD_SELECTED = "border-amber-600 bg-amber-100 dark:border-amber-400 dark:bg-amber-900/40";
const CARD = "border-slate-300 bg-white dark:border-slate-700 dark:bg-slate-900";

const PAGE_SIZES = [10, 25, 50];
const SORT_KEYS = COLUMNS.map((c) => c.key);
const DEFAULT_SORT = { key: "date", dir: "desc" } as const;
/** The sorts the phones' list offers. */
const PHONE_SORTS = ["date:desc", "date:asc", "killed:desc", "province:asc", "perpetrator:asc"];

function value(i: DashboardIncident, key: SortKey): string | number | null {
  switch (key) {
    case "date":
      return i.date;
    case "place":
      return i.place;
    case "province":
      return i.province;
    case "killed":
      return i.killed;
    case "injured":
      return i.injured;
    case "perpetrator":
      return i.perpetrator;
    case "target":
      return i.target;
  }
}

function compare(a: DashboardIncident, b: DashboardIncident, key: SortKey, dir: Dir): number {
  const va = value(a, key);
  const vb = value(b, key);
  // Unknown values sort last whichever the direction.
  if (va === null && vb === null) return b.id - a.id;
  if (va === null) return 1;
  if (vb === null) return -1;
  const c = typeof va === "number" && typeof vb === "number" ? va - vb : String(va).localeCompare(String(vb));
  return (dir === "asc" ? c : -c) || b.id - a.id;
}

export function IncidentTable({ incidents, total }: { incidents: DashboardIncident[]; total: number }) {
  const { selectedId, selectedBy, select } = useSelection();
  // Sort, page and page size start from the link (`sort=killed:desc&page=2&rows=25`) and are written back to it.
  const link = useSearchParams();
  const [sort, setSort] = useState<{ key: SortKey; dir: Dir }>(() => parseSort(link.get("sort"), SORT_KEYS) ?? DEFAULT_SORT);
  const [pageSize, setPageSize] = useState(() => Number(parseChoice(link.get("rows"), PAGE_SIZES.map(String), "10")));
  const [page, setPage] = useState(() => parsePage(link.get("page")));

  const sorted = useMemo(() => [...incidents].sort((a, b) => compare(a, b, sort.key, sort.dir)), [incidents, sort]);
  const pages = Math.max(1, Math.ceil(sorted.length / pageSize));
  const current = Math.min(page, pages - 1);
  const rows = sorted.slice(current * pageSize, (current + 1) * pageSize);

  useEffect(() => {
    const isDefault = sort.key === DEFAULT_SORT.key && sort.dir === DEFAULT_SORT.dir;
    writeViewParams({
      sort: isDefault ? null : `${sort.key}:${sort.dir}`,
      page: current > 0 ? String(current + 1) : null,
      rows: pageSize !== PAGE_SIZES[0] ? String(pageSize) : null,
    });
  }, [sort, current, pageSize]);

  // A marker clicked on the map: show the page with its row.
  useEffect(() => {
    if (selectedId === null || selectedBy !== "map") return;
    const idx = sorted.findIndex((i) => i.id === selectedId);
    if (idx >= 0) setPage(Math.floor(idx / pageSize));
  }, [selectedId, selectedBy, sorted, pageSize]);

  const onSort = (key: SortKey) => {
    setSort((s) =>
      s.key === key ? { key, dir: s.dir === "asc" ? "desc" : "asc" } : { key, dir: key === "date" || key === "killed" || key === "injured" ? "desc" : "asc" },
    );
    setPage(0);
  };

  const showOnMap = (id: number) => {
    select(id, "table");
    // Bring the map into view when less than half of it is on screen.
    const map = document.querySelector<HTMLElement>("[data-testid=map]");
    if (map) {
      const r = map.getBoundingClientRect();
      const visible = Math.min(r.bottom, window.innerHeight) - Math.max(r.top, 0);
      if (visible < r.height / 2) map.scrollIntoView({ behavior: "smooth", block: "center" });
    }
  };

  if (incidents.length === 0) {
    return (
      <p
        className="rounded-lg border border-dashed border-slate-400 p-6 text-center text-sm text-slate-600 dark:border-slate-600 dark:text-slate-400"
        role="status"
      >
        No incidents match these filters. Widen the dates, remove a governorate, or reset the filters.
      </p>
    );
  }

  return (
    <div>
      {/* Phones: one card per incident, sorted and paged like the table. */}
      <div className="mb-2 flex items-center gap-2 text-sm md:hidden">
        <label className="flex items-center gap-1">
          Sort by
          <select
            className="rounded border border-slate-400 bg-white px-1 py-0.5 dark:border-slate-500 dark:bg-slate-900"
            value={`${sort.key}:${sort.dir}`}
            onChange={(e) => {
              const [key, dir] = e.target.value.split(":") as [SortKey, Dir];
              setSort({ key, dir });
              setPage(0);
            }}
          >
            <option value="date:desc">Newest first</option>
            <option value="date:asc">Oldest first</option>
            <option value="killed:desc">Most killed</option>
            <option value="province:asc">Governorate</option>
            <option value="perpetrator:asc">Perpetrator</option>
            {/* A sort from a link that the list above does not offer (the table's other columns). */}
            {!PHONE_SORTS.includes(`${sort.key}:${sort.dir}`) && (
              <option value={`${sort.key}:${sort.dir}`}>
                {COLUMNS.find((c) => c.key === sort.key)!.label} ({sort.dir === "asc" ? "ascending" : "descending"})
              </option>
            )}
          </select>
        </label>
      </div>
      <ul className="flex flex-col gap-2 md:hidden" aria-label="Incidents">
        {rows.map((i) => {
          const selected = i.id === selectedId;
          return (
            <li
              key={i.id}
              data-incident-id={i.id}
              data-selected={selected || undefined}
              className={`rounded-lg border p-3 text-sm ${selected ? CARD_SELECTED : CARD}`}
            >
              <div className="flex items-baseline justify-between gap-2">
                <span>
                  <button
                    type="button"
                    aria-pressed={selected}
                    onClick={() => showOnMap(i.id)}
                    className="text-left font-semibold text-blue-700 underline dark:text-blue-300"
                  >
                    {formatIncidentDate(i.date, i.datePrecision)}
                    <span className="sr-only">: show on map</span>
                  </button>
                  <UnreviewedMark reviewed={i.reviewed} />
                </span>
                <span className="whitespace-nowrap font-bold tabular-nums">{formatKilled(i.killed, i.killedLow, i.killedHigh, i.killedVague)} killed</span>
              </div>
              <div>
                {i.place ?? "Unknown place"}
                {i.province && i.province !== i.place ? `, ${i.province}` : ""}
                {(i.geoPrecision ?? 3) > 1 && <span className="text-slate-600 dark:text-slate-400"> (approximate)</span>}
              </div>
              <div className="flex items-center gap-1.5">
                <span aria-hidden className="inline-block h-2.5 w-2.5 shrink-0 rounded-full" style={{ background: perpetratorColour(i.perpetrator) }} />
                {i.perpetrator ?? "Unknown perpetrator"} → {i.target ?? "unknown target"}
              </div>
              <p className="mt-1 line-clamp-3 text-slate-700 dark:text-slate-300">“{i.evidence}”</p>
              <Link href={`/incidents/${i.id}`} className="text-xs font-medium text-blue-700 underline dark:text-blue-300">
                Incident #{i.id} and its source{i.sources.length === 1 ? "" : `s (${i.sources.length})`}
              </Link>
            </li>
          );
        })}
      </ul>
      <div className="hidden overflow-x-auto rounded-lg border border-slate-300 md:block dark:border-slate-700">
        <table className="w-full min-w-[56rem] text-left text-sm" data-testid="incident-table" aria-label="Incidents" aria-describedby="incident-table-caption">
          <thead className="bg-slate-100 dark:bg-slate-800">
            <tr>
              {COLUMNS.map((c) => {
                const active = sort.key === c.key;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    aria-sort={active ? (sort.dir === "asc" ? "ascending" : "descending") : "none"}
                    className={`px-2 py-1.5 font-semibold ${c.numeric ? "text-right" : ""}`}
                  >
                    <button
                      type="button"
                      onClick={() => onSort(c.key)}
                      className="inline-flex items-center gap-1 rounded hover:underline focus:outline-none focus:ring-2 focus:ring-blue-600"
                    >
                      {c.label}
                      <span aria-hidden className="text-xs text-slate-500 dark:text-slate-400">
                        {active ? (sort.dir === "asc" ? "▲" : "▼") : "↕"}
                      </span>
                    </button>
                  </th>
                );
              })}
              <th scope="col" className="px-2 py-1.5 font-semibold">
                Source sentence
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((i) => {
              const selected = i.id === selectedId;
              return (
                <tr
                  key={i.id}
                  data-incident-id={i.id}
                  data-selected={selected || undefined}
                  onClick={(e) => {
                    if ((e.target as HTMLElement).closest("a,button")) return;
                    showOnMap(i.id);
                  }}
                  className={`cursor-pointer border-t border-slate-200 align-top dark:border-slate-800 ${
                    selected
                      ? "bg-amber-100 outline-2 -outline-offset-2 outline-amber-600 dark:bg-amber-900/40 dark:outline-amber-400"
                      : "hover:bg-slate-50 dark:hover:bg-slate-800/60"
                  }`}
                >
                  <td className="whitespace-nowrap px-2 py-1.5">
                    <button
                      type="button"
                      aria-pressed={selected}
                      aria-label={`Show on map: ${formatIncidentDate(i.date, i.datePrecision)}, ${i.place ?? "unknown place"}`}
                      onClick={() => showOnMap(i.id)}
                      className={
                        "rounded text-left text-blue-700 underline-offset-2 hover:underline " +
                        "focus:outline-none focus:ring-2 focus:ring-blue-600 dark:text-blue-300"
                      }
                    >
                      {formatIncidentDate(i.date, i.datePrecision)}
                    </button>
                    {!i.reviewed && (
                      <span className="block">
                        <UnreviewedMark reviewed={false} />
                      </span>
                    )}
                  </td>
                  <td className="px-2 py-1.5">
                    {i.place ?? "—"}
                    {(i.geoPrecision ?? 3) > 1 && i.lat !== null && <span className="block text-xs text-slate-600 dark:text-slate-400">approximate</span>}
                    {i.lat === null && <span className="block text-xs text-slate-600 dark:text-slate-400">not on the map</span>}
                  </td>
                  <td className="px-2 py-1.5">{i.province ?? "—"}</td>
                  <td className="whitespace-nowrap px-2 py-1.5 text-right font-semibold tabular-nums">
                    {formatKilled(i.killed, i.killedLow, i.killedHigh, i.killedVague)}
                  </td>
                  <td className="px-2 py-1.5 text-right tabular-nums">{formatInjured(i.injured, i.injuredVague)}</td>
                  <td className="px-2 py-1.5">
                    <span className="inline-flex items-center gap-1.5">
                      <span aria-hidden className="inline-block h-2.5 w-2.5 shrink-0 rounded-full" style={{ background: perpetratorColour(i.perpetrator) }} />
                      {i.perpetrator ?? "unknown"}
                    </span>
                  </td>
                  <td className="px-2 py-1.5">{i.target ?? "—"}</td>
                  <td className="max-w-md px-2 py-1.5 text-slate-700 dark:text-slate-300">
                    <span className="line-clamp-3">“{i.evidence}”</span>
                    <Link href={`/incidents/${i.id}`} className="text-xs font-medium text-blue-700 underline dark:text-blue-300">
                      Incident #{i.id} and its source{i.sources.length === 1 ? "" : `s (${i.sources.length})`}
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <nav className="mt-2 flex flex-wrap items-center justify-between gap-2 text-sm" aria-label="Table pages">
        <p id="incident-table-caption" className="text-slate-700 dark:text-slate-300">
          {numberFormat.format(current * pageSize + 1)}–{numberFormat.format(current * pageSize + rows.length)} of {numberFormat.format(sorted.length)} incident
          {sorted.length === 1 ? "" : "s"}
          {total > incidents.length && ` (the ${numberFormat.format(incidents.length)} most recent of ${numberFormat.format(total)})`}
        </p>
        <div className="flex items-center gap-2">
          <label className="hidden items-center gap-1 sm:flex">
            Rows per page
            <select
              className="rounded border border-slate-400 bg-white px-1 py-0.5 dark:border-slate-500 dark:bg-slate-900"
              value={pageSize}
              onChange={(e) => {
                setPageSize(Number(e.target.value));
                setPage(0);
              }}
            >
              {PAGE_SIZES.map((n) => (
                <option key={n}>{n}</option>
              ))}
            </select>
          </label>
          <button type="button" className={pagerCls} disabled={current === 0} onClick={() => setPage(current - 1)}>
            <span aria-hidden>‹ </span>Previous<span className="sr-only"> page</span>
          </button>
          <span aria-live="polite">
            Page {current + 1} of {pages}
          </span>
          <button type="button" className={pagerCls} disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            Next<span className="sr-only"> page</span>
            <span aria-hidden> ›</span>
          </button>
        </div>
      </nav>
    </div>
  );
}

const pagerCls =
  "rounded border border-slate-400 px-2 py-0.5 hover:bg-slate-100 focus:outline-none focus:ring-2 " +
  "focus:ring-blue-600 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-500 dark:hover:bg-slate-800";
