"use client";
// Killed per month (stacked by governorate or by perpetrator), incidents per month and the
// cumulative killed, under the current filters. Hovering shows the figures; clicking a month
// (or its button in the figures table) narrows the date range to that month.
import { useSearchParams } from "next/navigation";
import { useEffect, useId, useMemo, useState } from "react";
import { Area, AreaChart, Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { MouseHandlerDataParam } from "recharts/types/synchronisation/types";
import { type GroupSeries, type MonthSeries, seriesOf, stackedMonth } from "@/components/charts/monthSeries";
import type { TimelinePoint } from "@/lib/db/incidents";
import { floorsNote, formatMonth, formatSum, numberFormat } from "@/components/format";
import { eventTypeColour, governorateColour, perpetratorColour } from "@/components/map/palette";
import { EVENT_TYPE_LABELS, type EventType } from "@/lib/incidents/vocab";
import { monthRange, useNavigate } from "@/components/dashboard/DashboardContext";
import { usePrefersDark } from "@/components/charts/usePrefersDark";
import { parseChoice, writeViewParams } from "@/components/dashboard/viewParams";

type Split = "province" | "perpetrator" | "eventType";

const SPLITS: { split: Split; label: string; legend: string }[] = [
  { split: "province", label: "By governorate", legend: "governorates" },
  { split: "perpetrator", label: "By perpetrator", legend: "perpetrators" },
  { split: "eventType", label: "By event type", legend: "event types" },
];
const SPLIT_KEYS = SPLITS.map((s) => s.split);

/** A group's name in the chart and its colour: event types by their label. */
function groupStyle(split: Split, group: string | null): { name: string; colour: string } {
  if (split === "eventType") return { name: group ? (EVENT_TYPE_LABELS[group as EventType] ?? group) : UNKNOWN, colour: eventTypeColour(group) };
  return { name: group ?? UNKNOWN, colour: split === "province" ? governorateColour(group) : perpetratorColour(group) };
}

const UNKNOWN = "Unknown";

/** Above this many months the stacked charts draw areas rather than bars. */
const DENSE_MONTHS = 60;

/**
 * The event type split, read from the incident rows (the rollups have no event type key): fetched
 * only when that split is chosen, so large sets do not pay for it on every filter change.
 */
function useEventTypeSeries(wanted: boolean, query: string, months: string[]): GroupSeries[] | null {
  const [got, setGot] = useState<{ key: string; series: GroupSeries[] } | null>(null);
  const key = `${query}|${months[0] ?? ""}|${months.length}`;
  useEffect(() => {
    if (!wanted || got?.key === key) return;
    let live = true;
    const qs = new URLSearchParams(query);
    qs.set("split", "eventType");
    fetch(`/api/stats/timeline?${qs}`)
      .then((r) => (r.ok ? r.json() : { points: [] }))
      .then((b: { points: TimelinePoint[] }) => live && setGot({ key, series: seriesOf(b.points, months) }))
      .catch(() => live && setGot({ key, series: [] }));
    return () => {
      live = false;
    };
  }, [wanted, key, query, months, got?.key]);
  return got?.key === key ? got.series : null;
}

export function DashboardCharts({ data, query = "" }: { data: MonthSeries; query?: string }) {
  // The split starts from the link (`split=perpetrator`) and is written back to it.
  const link = useSearchParams();
  const [split, setSplitState] = useState<Split>(() => parseChoice(link.get("split"), SPLIT_KEYS, "province"));
  const setSplit = (s: Split) => {
    setSplitState(s);
    writeViewParams({ split: s === "province" ? null : s });
  };
  const byEventType = useEventTypeSeries(split === "eventType", query, data.months);
  // The month table is rendered only when opened: a row per month for years is much DOM.
  const [monthsOpen, setMonthsOpen] = useState(false);
  const navigate = useNavigate();
  const dark = usePrefersDark();
  const radioName = useId();

  const { rows, groups, colours } = useMemo(() => {
    const series = split === "province" ? data.byProvince : split === "perpetrator" ? data.byPerpetrator : (byEventType ?? []);
    const styles = series.map((s) => groupStyle(split, s.group));
    const groups = styles.map((s) => s.name);
    const colours = new Map(styles.map((s) => [s.name, s.colour]));
    let cumulative = 0;
    let cumulativeFloors = 0;
    const dense = data.months.length > DENSE_MONTHS;
    const rows = data.months.map((period, i) => {
      cumulative += data.killed[i] ?? 0;
      cumulativeFloors += data.killedFloors[i] ?? 0;
      const stacked = stackedMonth(series, groups, i, dense);
      return {
        period,
        label: formatMonth(period),
        killed: data.killed[i] ?? 0,
        incidents: data.incidents[i] ?? 0,
        injured: data.injured[i] ?? 0,
        cumulative,
        killedFloors: data.killedFloors[i] ?? 0,
        injuredKnown: data.injuredKnown[i] ?? 0,
        cumulativeFloors,
        ...stacked,
      };
    });
    return { rows, groups, colours };
  }, [data, split, byEventType]);

  const totalKilled = data.killed.reduce((s, x) => s + x, 0);
  const totalFloors = data.killedFloors.reduce((s, x) => s + x, 0);
  const totalIncidents = data.incidents.reduce((s, x) => s + x, 0);

  if (data.months.length === 0) {
    return (
      <div
        className={
          "flex h-64 items-center justify-center rounded-lg border border-dashed border-slate-400 " +
          "p-4 text-center text-sm text-slate-600 dark:border-slate-600 dark:text-slate-400"
        }
        role="status"
      >
        No dated incidents match these filters.
      </div>
    );
  }

  const axis = dark ? "#cbd5e1" : "#334155";
  const grid = dark ? "#334155" : "#e2e8f0";
  const tooltipStyle = {
    contentStyle: {
      background: dark ? "#0f172a" : "#ffffff",
      border: `1px solid ${dark ? "#475569" : "#cbd5e1"}`,
      color: dark ? "#e2e8f0" : "#0f172a",
      fontSize: 12,
    },
    labelStyle: { fontWeight: 600 },
    cursor: { fill: dark ? "rgba(148,163,184,0.15)" : "rgba(100,116,139,0.12)" },
  };
  const onMonthClick = (state: MouseHandlerDataParam) => {
    const idx = typeof state.activeIndex === "number" ? state.activeIndex : Number(state.activeIndex);
    const row = Number.isInteger(idx) ? rows[idx] : undefined;
    if (row) narrowTo(row.period);
  };
  const narrowTo = (period: string) =>
    navigate((p) => {
      const r = monthRange(period);
      p.set("from", r.from);
      p.set("to", r.to);
    });
  const colour = (g: string) => colours.get(g) ?? "#6b7280";
  const common = { data: rows, syncId: "months", margin: { top: 6, right: 8, bottom: 0, left: -12 }, onClick: onMonthClick, style: { cursor: "pointer" } };
  // What every chart has around its series (an array, so each chart takes it as children).
  const frame = [
    <CartesianGrid key="grid" strokeDasharray="3 3" stroke={grid} vertical={false} />,
    <XAxis key="x" dataKey="label" tick={{ fontSize: 11, fill: axis }} stroke={axis} minTickGap={18} />,
    <YAxis key="y" allowDecimals={false} tick={{ fontSize: 11, fill: axis }} stroke={axis} />,
    <Tooltip key="tooltip" {...tooltipStyle} content={<MonthTooltip style={tooltipStyle.contentStyle} />} />,
  ];
  // Past a few years a bar per month and group is thousands of SVG elements, each a React
  // component, and bars a pixel wide: stacked areas draw one path per group instead.
  const dense = rows.length > DENSE_MONTHS;
  const incidentsColour = dark ? "#60a5fa" : "#1d4ed8";
  const cumulativeColour = dark ? "#f87171" : "#b91c1c";

  return (
    <div className="flex flex-col gap-4">
      <section
        aria-labelledby="killed-chart-title"
        data-testid="killed-chart"
        data-killed={totalKilled}
        data-killed-floors={totalFloors}
        data-months={rows.filter((r) => r.incidents > 0).length}
      >
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 id="killed-chart-title" className="text-sm font-semibold">
            Killed per month <span className="font-normal text-slate-600 dark:text-slate-400">· {formatSum(totalKilled, totalFloors)} in total</span>
          </h3>
          <fieldset className="flex rounded border border-slate-400 text-xs dark:border-slate-500">
            <legend className="sr-only">Stack the killed by</legend>
            {SPLITS.map(({ split: s, label }) => (
              <label
                key={s}
                className={
                  `cursor-pointer px-2 py-1 focus-within:ring-2 focus-within:ring-blue-600 ` +
                  `${split === s ? "bg-slate-800 text-white dark:bg-slate-200 dark:text-slate-900" : "text-slate-800 dark:text-slate-200"}`
                }
              >
                <input type="radio" className="sr-only" name={radioName} value={s} checked={split === s} onChange={() => setSplit(s)} />
                {label}
              </label>
            ))}
          </fieldset>
        </div>
        <div className="mt-1 h-60">
          <ResponsiveContainer width="100%" height="100%">
            {dense ? (
              <AreaChart {...common}>
                {frame}
                {groups.map((g) => (
                  <Area
                    key={g}
                    type="linear"
                    dataKey={g}
                    name={g}
                    stackId="killed"
                    stroke={colour(g)}
                    strokeWidth={0.5}
                    fill={colour(g)}
                    fillOpacity={0.9}
                    connectNulls
                    isAnimationActive={false}
                  />
                ))}
              </AreaChart>
            ) : (
              <BarChart {...common}>
                {frame}
                {groups.map((g) => (
                  <Bar key={g} dataKey={g} name={g} stackId="killed" fill={colour(g)} isAnimationActive={false} />
                ))}
              </BarChart>
            )}
          </ResponsiveContainer>
        </div>
        <ul
          className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-slate-700 dark:text-slate-300"
          aria-label={`Colours: ${SPLITS.find((s) => s.split === split)!.legend}`}
        >
          {groups.map((g) => (
            <li key={g} className="flex items-center gap-1">
              <span aria-hidden className="inline-block h-2.5 w-2.5" style={{ background: colour(g) }} />
              {g}
            </li>
          ))}
        </ul>
      </section>

      <div className="grid gap-4 sm:grid-cols-2">
        <section aria-labelledby="incidents-chart-title" data-testid="incidents-chart" data-incidents={totalIncidents}>
          <h3 id="incidents-chart-title" className="text-sm font-semibold">
            Incidents per month <span className="font-normal text-slate-600 dark:text-slate-400">· {numberFormat.format(totalIncidents)}</span>
          </h3>
          <div className="mt-1 h-36">
            <ResponsiveContainer width="100%" height="100%">
              {dense ? (
                <AreaChart {...common}>
                  {frame}
                  <Area
                    type="linear"
                    dataKey="incidents"
                    name="Incidents"
                    stroke={incidentsColour}
                    fill={incidentsColour}
                    fillOpacity={0.5}
                    isAnimationActive={false}
                  />
                </AreaChart>
              ) : (
                <BarChart {...common}>
                  {frame}
                  <Bar dataKey="incidents" name="Incidents" fill={incidentsColour} isAnimationActive={false} />
                </BarChart>
              )}
            </ResponsiveContainer>
          </div>
        </section>
        <section aria-labelledby="cumulative-chart-title" data-testid="cumulative-chart">
          <h3 id="cumulative-chart-title" className="text-sm font-semibold">
            Cumulative killed
          </h3>
          <div className="mt-1 h-36">
            <ResponsiveContainer width="100%" height="100%">
              {/* An area over a single month has no width: it drew as a lone dot, so one month is a bar. */}
              {rows.length === 1 ? (
                <BarChart {...common}>
                  {frame}
                  <Bar dataKey="cumulative" name="Killed so far" fill={cumulativeColour} fillOpacity={0.6} maxBarSize={48} isAnimationActive={false} />
                </BarChart>
              ) : (
                <AreaChart {...common}>
                  {frame}
                  <Area
                    type="stepAfter"
                    dataKey="cumulative"
                    name="Killed so far"
                    stroke={cumulativeColour}
                    fill={cumulativeColour}
                    fillOpacity={0.2}
                    isAnimationActive={false}
                  />
                </AreaChart>
              )}
            </ResponsiveContainer>
          </div>
        </section>
      </div>

      <details className="text-sm" onToggle={(e) => setMonthsOpen(e.currentTarget.open)}>
        <summary className="cursor-pointer text-blue-700 underline-offset-2 hover:underline dark:text-blue-300">
          Figures by month (select a month to narrow the dates)
        </summary>
        {monthsOpen && (
          <div className="mt-2 max-h-64 overflow-auto">
            <table className="w-full text-left text-xs" aria-label="Figures by month">
              <thead>
                <tr className="border-b border-slate-300 dark:border-slate-700">
                  <th scope="col" className="py-1 pr-2">
                    Month
                  </th>
                  <th scope="col" className="py-1 pr-2 text-right">
                    Incidents
                  </th>
                  <th scope="col" className="py-1 pr-2 text-right">
                    Killed
                  </th>
                  <th scope="col" className="py-1 pr-2 text-right">
                    Injured
                  </th>
                  <th scope="col" className="py-1 text-right">
                    Cumulative killed
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows
                  .filter((r) => r.incidents > 0)
                  .map((r) => (
                    <tr key={r.period} className="border-b border-slate-200 dark:border-slate-800">
                      <td className="py-0.5 pr-2">
                        <button
                          type="button"
                          className="text-blue-700 underline dark:text-blue-300"
                          onClick={() => narrowTo(r.period)}
                          aria-label={`Narrow to ${formatMonth(r.period, true)}`}
                        >
                          {formatMonth(r.period, true)}
                        </button>
                      </td>
                      <td className="py-0.5 pr-2 text-right tabular-nums">{r.incidents}</td>
                      <td className="py-0.5 pr-2 text-right tabular-nums">{formatSum(r.killed, r.killedFloors)}</td>
                      <td className="py-0.5 pr-2 text-right tabular-nums">
                        {r.injuredKnown > 0 ? numberFormat.format(r.injured) : <span title="no injured figure reported this month">—</span>}
                      </td>
                      <td className="py-0.5 text-right tabular-nums">{formatSum(r.cumulative, r.cumulativeFloors)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        )}
      </details>
    </div>
  );
}

type MonthRow = { killed: number; killedFloors: number; cumulative: number; cumulativeFloors: number };
interface MonthTooltipProps {
  style: React.CSSProperties;
  active?: boolean;
  label?: string | number;
  payload?: readonly { name?: string | number; value?: unknown; color?: string; dataKey?: unknown; payload?: MonthRow }[];
}

/** The hovered month's figures; a sum that includes a vague word's floor reads "≥" and says so. */
function MonthTooltip({ style, active, label, payload }: MonthTooltipProps) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  const shown = payload.filter((p) => typeof p.value === "number" && p.value > 0);
  // A group's own floors are not known here, so only the month's total and the running total carry the mark.
  const floors = (key: unknown) => (key === "cumulative" ? row.cumulativeFloors : 0);
  return (
    <div style={{ ...style, padding: "6px 8px" }} data-testid="month-tooltip">
      <p style={{ fontWeight: 600 }}>{label}</p>
      {shown.map((p) => (
        <p key={String(p.dataKey)} style={{ color: p.color }}>
          {p.name}: {p.dataKey === "incidents" ? numberFormat.format(p.value as number) : formatSum(p.value as number, floors(p.dataKey))}
        </p>
      ))}
      {row.killedFloors > 0 && payload.some((p) => p.dataKey !== "incidents" && p.dataKey !== "cumulative") && (
        <p>
          Killed: {formatSum(row.killed, row.killedFloors)} ({floorsNote(row.killedFloors)})
        </p>
      )}
    </div>
  );
}
