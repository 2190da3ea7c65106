"use client";
// A date-range slider over the timeline, with playback. Its state is the URL's from/to (the
// filters' own date bounds), so the map, the cards, the charts and the table follow it and a
// copied link opens the same range. Two native range inputs share one track: each is keyboard
// operable as it is (arrows a month, Page Up/Down a year, Home/End the ends).
import { useEffect, useMemo, useRef, useState } from "react";
import { useFilterState, useNavigate } from "@/components/dashboard/DashboardContext";
import { formatMonth, numberFormat } from "@/components/format";
import { nextWindow, paramsForRange, playStart, type Range, rangeFromParams } from "@/components/time/timeRange";

/** How long a step of playback stays on screen once it has rendered. */
const STEP_MS = 900;
/** A drag or a key press is written to the URL after this pause, so one gesture is one navigation. */
const COMMIT_MS = 350;

export interface TimeSliderProps {
  /** Every month of the data under the other filters (YYYY-MM-01), gaps included. */
  months: string[];
  /** Killed per month, aligned with `months`, for the sparkline under the track. */
  killed: number[];
}

export function TimeSlider({ months, killed }: TimeSliderProps) {
  const { params, pending } = useFilterState();
  const navigate = useNavigate();
  const n = months.length;
  const fromUrl = useMemo(
    () => (n ? rangeFromParams(months, { from: params.get("from"), to: params.get("to"), year: params.get("year") }) : ([0, 0] as Range)),
    [months, n, params],
  );
  // While dragging, the thumbs show the range being chosen before it is in the URL.
  const [draft, setDraft] = useState<Range | null>(null);
  const [playing, setPlaying] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const range = draft ?? fromUrl;

  const cancelDraft = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    setDraft(null);
  };
  const commit = (r: Range) =>
    navigate((p) => {
      const next = paramsForRange(months, r);
      p.delete("year");
      if (next) {
        p.set("from", next.from);
        p.set("to", next.to);
      } else {
        p.delete("from");
        p.delete("to");
      }
    });

  const change = (r: Range) => {
    setPlaying(false);
    setDraft(r);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      commit(r);
      setDraft(null);
    }, COMMIT_MS);
  };
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  // Playback: the next month once the current one has rendered and stayed a moment.
  // biome-ignore lint/correctness/useExhaustiveDependencies: commit is rebuilt each render; the range and pending drive the steps.
  useEffect(() => {
    if (!playing || pending || draft) return;
    const t = setTimeout(() => {
      const next = nextWindow(n, fromUrl);
      if (next) commit(next);
      else setPlaying(false);
    }, STEP_MS);
    return () => clearTimeout(t);
  }, [playing, pending, draft, fromUrl, n]);

  if (n < 2) return null;
  const [a, b] = range;
  const max = Math.max(1, ...killed);
  const pct = (i: number) => (i / (n - 1)) * 100;
  const label = (i: number) => formatMonth(months[i]!, true);
  const whole = a === 0 && b === n - 1;

  const togglePlay = () => {
    // A range still being chosen would land after a step and undo it.
    cancelDraft();
    if (playing) return setPlaying(false);
    const start = playStart(n, fromUrl);
    if (start[0] !== fromUrl[0] || start[1] !== fromUrl[1] || nextWindow(n, start) === null) {
      // At the end already: start over from the first month.
      commit(nextWindow(n, start) === null ? [0, start[1] - start[0]] : start);
    }
    setPlaying(true);
  };

  return (
    <section
      aria-labelledby="time-title"
      className="rounded-lg border border-slate-300 bg-white px-3 pb-2 pt-2 dark:border-slate-700 dark:bg-slate-900"
      data-testid="time-slider"
    >
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
        <h2 id="time-title" className="text-sm font-semibold">
          Time{" "}
          <span className="font-normal text-slate-700 dark:text-slate-300" data-testid="time-range-label" aria-live="polite">
            {whole ? `all dates, ${label(0)} – ${label(n - 1)}` : a === b ? label(a) : `${label(a)} – ${label(b)}`}
          </span>
        </h2>
        <div className="flex items-center gap-2">
          <button
            type="button"
            onClick={togglePlay}
            aria-pressed={playing}
            className="rounded border border-slate-400 px-2 py-0.5 text-xs font-semibold hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800"
          >
            {playing ? "❚❚ Pause" : "▶ Play"}
          </button>
          {!whole && (
            <button
              type="button"
              onClick={() => {
                cancelDraft();
                setPlaying(false);
                commit([0, n - 1]);
              }}
              className="text-xs text-blue-700 underline dark:text-blue-300"
            >
              All dates
            </button>
          )}
        </div>
      </div>
      <div className="relative mt-1 h-8" aria-hidden>
        {killed.map((k, i) => (
          <span
            key={months[i]}
            className={`absolute bottom-0 ${i >= a && i <= b ? "bg-red-700 dark:bg-red-400" : "bg-slate-300 dark:bg-slate-700"}`}
            style={{
              left: `calc(${(i / n) * 100}% + 1px)`,
              width: `max(1px, calc(${100 / n}% - 2px))`,
              height: `${k > 0 ? Math.max(8, (k / max) * 100) : 0}%`,
            }}
          />
        ))}
      </div>
      <div className="time-range relative h-6">
        <div className="absolute inset-x-2 top-1/2 h-1 -translate-y-1/2 rounded bg-slate-300 dark:bg-slate-600" />
        <div
          className="absolute top-1/2 h-1 -translate-y-1/2 rounded bg-blue-700 dark:bg-blue-400"
          style={{ left: `calc(0.5rem + (100% - 1rem) * ${pct(a) / 100})`, right: `calc(0.5rem + (100% - 1rem) * ${1 - pct(b) / 100})` }}
        />
        <input
          type="range"
          min={0}
          max={n - 1}
          value={a}
          aria-label="Start month"
          aria-valuetext={label(a)}
          onChange={(e) => change([Math.min(Number(e.target.value), b), b])}
        />
        <input
          type="range"
          min={0}
          max={n - 1}
          value={b}
          aria-label="End month"
          aria-valuetext={label(b)}
          onChange={(e) => change([a, Math.max(Number(e.target.value), a)])}
        />
      </div>
      <div className="flex justify-between text-[11px] text-slate-600 dark:text-slate-400">
        <span>{formatMonth(months[0]!)}</span>
        <span className="sr-only">{numberFormat.format(killed.reduce((s, k) => s + k, 0))} killed in all</span>
        <span>{formatMonth(months[n - 1]!)}</span>
      </div>
    </section>
  );
}
