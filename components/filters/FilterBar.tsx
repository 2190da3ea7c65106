"use client";
// The filters, one control per entry of the filter table (lib/incidents/filters.ts) that has a
// widget. The URL is their only state: each control reads its value from the query string and
// writes a new query string (`?province=Homs&province=Raqqa&year=2024&...`); the server renders
// the matching view. Text-like inputs are uncontrolled and keyed on the URL value, so
// back/forward and the reset button refresh them.
import { useRef, useState } from "react";
import { FILTERS, type FilterKey, type FilterSpec, RESETTABLE_FILTERS, type UnusableFilter } from "@/lib/incidents/filters";
import { toggleParam, useFilterState, useNavigate } from "@/components/dashboard/DashboardContext";

const labelCls = "text-xs font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300";
const inputCls =
  "mt-1 w-full rounded border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 focus:outline-none " +
  "focus:ring-2 focus:ring-blue-600 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100";

const CHIP =
  "cursor-pointer select-none rounded-full border px-2.5 py-0.5 text-sm " +
  "focus-within:ring-2 focus-within:ring-blue-600 focus-within:ring-offset-1 dark:focus-within:ring-offset-slate-900";
const FORM = "rounded-lg border border-slate-300 bg-white p-3 shadow-sm md:block dark:border-slate-700 dark:bg-slate-900";
const completeDate = (v: string) => /^(19|20)\d\d-\d\d-\d\d$/.test(v);
const spec = (key: FilterKey): FilterSpec => FILTERS[key];
const WIDGETS = RESETTABLE_FILTERS.filter((k) => spec(k).widget !== "chips");
const CHIPS = RESETTABLE_FILTERS.filter((k) => spec(k).widget === "chips");

export type FilterChoices = Partial<Record<FilterKey, string[]>>;

export function FilterBar({ choices, unusable = [] }: { choices: FilterChoices; unusable?: UnusableFilter[] }) {
  const navigate = useNavigate();
  const { pending, params } = useFilterState();
  // Phones: the filters fold away behind a button (desktop always shows them).
  const [open, setOpen] = useState(false);
  // A value the page could not use is not applied: the summary does not list it as if it were.
  const unused = (k: FilterKey, v: string) => unusable.some((u) => u.key === k && u.value === v);
  const applied = (k: FilterKey) => params.getAll(k).filter((v) => !unused(k, v));
  const active = RESETTABLE_FILTERS.reduce((n, k) => n + applied(k).length, 0);
  const summary = RESETTABLE_FILTERS.flatMap((k) => applied(k).map((v) => spec(k).summary?.(v) ?? v));
  const ignored = unusable.filter((u) => params.getAll(u.key).includes(u.value));

  return (
    <div>
      <div className="flex items-center gap-2 md:hidden">
        <button
          type="button"
          aria-expanded={open}
          aria-controls="filter-form"
          onClick={() => setOpen((o) => !o)}
          className="rounded border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium dark:border-slate-500 dark:bg-slate-900"
        >
          {open ? "Hide filters" : "Filters"}
          {active ? ` (${active})` : ""}
        </button>
        <span className="truncate text-sm text-slate-700 dark:text-slate-300" data-testid="filter-summary">
          {summary.length ? summary.join(" · ") : "All incidents"}
          {ignored.length > 0 && (
            <span className="text-amber-800 dark:text-amber-300">
              {" "}
              · not used: {ignored.map((u) => `${FILTERS[u.key].label.toLowerCase()} ${u.value || "(empty)"}`).join(", ")}
            </span>
          )}
        </span>
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: a form with role=search is the landmark screen readers announce today. */}
      <form
        id="filter-form"
        role="search"
        aria-label="Filter incidents"
        aria-busy={pending}
        className={`${open ? "mt-2 block" : "hidden"} ${FORM}`}
        onSubmit={(e) => e.preventDefault()}
      >
        {CHIPS.map((k) => (
          <Chips key={k} paramKey={k} options={choices[k] ?? []} />
        ))}
        <div className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3 md:grid-cols-4 lg:grid-cols-6 lg:items-end">
          {WIDGETS.map((k) => (
            <Widget key={k} paramKey={k} options={choices[k] ?? []} />
          ))}
          <div className="col-span-2 flex items-center gap-2 sm:col-span-1 lg:justify-end">
            <button
              type="button"
              className={
                "rounded border border-slate-400 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 focus:outline-none focus:ring-2 " +
                "focus:ring-blue-600 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-500 dark:text-slate-100 dark:hover:bg-slate-800"
              }
              disabled={active === 0}
              onClick={() =>
                navigate((p) => {
                  for (const k of RESETTABLE_FILTERS) p.delete(k);
                })
              }
            >
              Reset filters{active ? ` (${active})` : ""}
            </button>
            <span className="text-xs text-slate-600 dark:text-slate-400" role="status" aria-live="polite">
              {pending ? "Updating…" : ""}
            </span>
          </div>
        </div>
      </form>
    </div>
  );
}

/** Sets or clears a parameter given once. */
function useSetOne() {
  const navigate = useNavigate();
  return (key: string, value: string) =>
    navigate((p) => {
      if (value) p.set(key, value);
      else p.delete(key);
    });
}

function Widget({ paramKey, options }: { paramKey: FilterKey; options: string[] }) {
  const { widget, label } = spec(paramKey);
  if (widget === "multi") return <MultiSelect label={label} paramKey={paramKey} options={options} />;
  if (widget === "year") return <YearSelect label={label} paramKey={paramKey} options={options} />;
  if (widget === "date") return <DateInput label={label} paramKey={paramKey} />;
  if (widget === "number") return <NumberInput label={label} paramKey={paramKey} />;
  if (widget === "choice") return <ChoiceSelect label={label} paramKey={paramKey} options={options} />;
  return null;
}

/** A toggle per value, all in view (the governorates). */
function Chips({ paramKey, options }: { paramKey: FilterKey; options: string[] }) {
  const navigate = useNavigate();
  const { params } = useFilterState();
  const selected = params.getAll(paramKey);
  return (
    <fieldset>
      <legend className={`${labelCls} mb-1.5`}>{spec(paramKey).label}</legend>
      <div className="flex flex-wrap gap-1.5">
        {options.map((g) => {
          const on = selected.includes(g);
          return (
            <label
              key={g}
              className={`${CHIP} ${
                on
                  ? "border-blue-700 bg-blue-700 text-white dark:border-blue-400 dark:bg-blue-400 dark:text-slate-950"
                  : "border-slate-400 bg-white text-slate-800 hover:bg-slate-100 dark:border-slate-600 " +
                    "dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
              }`}
            >
              <input type="checkbox" className="sr-only" checked={on} onChange={() => navigate((p) => toggleParam(p, paramKey, g))} />
              {g}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

function YearSelect({ label, paramKey, options }: { label: string; paramKey: FilterKey; options: string[] }) {
  const { params } = useFilterState();
  const setOne = useSetOne();
  const value = params.get(paramKey) ?? "";
  // A year the URL asks for but the data lacks is still shown as chosen, not as "All years".
  const missing = value && !options.includes(value) ? value : null;
  return (
    <label className={labelCls}>
      {label}
      <select className={inputCls} value={value} onChange={(e) => setOne(paramKey, e.target.value)}>
        <option value="">All years</option>
        {missing && <option value={missing}>{/^\d{4}$/.test(missing) ? `${missing} (no incidents)` : `${missing} (not a year)`}</option>}
        {options.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}

/** One value of a few, or any (civilians, confidence, reviewed). */
function ChoiceSelect({ label, paramKey, options }: { label: string; paramKey: FilterKey; options: string[] }) {
  const { params } = useFilterState();
  const setOne = useSetOne();
  const name = spec(paramKey).summary ?? ((v: string) => v);
  return (
    <label className={labelCls}>
      {label}
      <select className={inputCls} value={params.get(paramKey) ?? ""} onChange={(e) => setOne(paramKey, e.target.value)}>
        <option value="">Any</option>
        {options.map((v) => (
          <option key={v} value={v}>
            {name(v)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A date bound; "from" and "to" keep each other as their limits. */
function DateInput({ label, paramKey }: { label: string; paramKey: FilterKey }) {
  const { params } = useFilterState();
  const setOne = useSetOne();
  const value = params.get(paramKey) ?? "";
  const commit = (v: string) => {
    if (v === value) return;
    if (v === "" || completeDate(v)) setOne(paramKey, v);
  };
  return (
    <label className={labelCls}>
      {label}
      <input
        key={`${paramKey}-${value}`}
        type="date"
        className={inputCls}
        defaultValue={value}
        max={paramKey === "from" ? params.get("to") || undefined : undefined}
        min={paramKey === "to" ? params.get("from") || undefined : undefined}
        onChange={(e) => commit(e.target.value)}
        onBlur={(e) => commit(e.target.value)}
      />
    </label>
  );
}

/** A whole number, applied once typing pauses. */
function NumberInput({ label, paramKey }: { label: string; paramKey: FilterKey }) {
  const { params } = useFilterState();
  const setOne = useSetOne();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const value = params.get(paramKey) ?? "";
  return (
    <label className={labelCls}>
      {label}
      <input
        key={`${paramKey}-${value}`}
        type="number"
        min={0}
        inputMode="numeric"
        className={inputCls}
        defaultValue={value}
        placeholder="0"
        onChange={(e) => {
          const v = e.target.value.trim();
          if (timer.current) clearTimeout(timer.current);
          if (v !== "" && !/^\d+$/.test(v)) return;
          timer.current = setTimeout(() => v !== value && setOne(paramKey, v === "0" ? "" : v), 600);
        }}
      />
    </label>
  );
}

/** A disclosure with a checkbox per value, for a repeatable parameter. */
function MultiSelect({ label, paramKey, options }: { label: string; paramKey: string; options: string[] }) {
  const navigate = useNavigate();
  const { params } = useFilterState();
  const selected = params.getAll(paramKey);
  // Values in the URL that the data does not have (yet) stay visible, so they can be unticked.
  const all = [...options, ...selected.filter((s) => !options.includes(s))];
  const name = spec(paramKey as FilterKey).summary ?? ((v: string) => v);
  const summary = selected.length === 0 ? "Any" : selected.length === 1 ? name(selected[0]!) : `${selected.length} selected`;
  return (
    <div className="relative">
      <span className={labelCls} id={`${paramKey}-label`}>
        {label}
      </span>
      <details className="group mt-1">
        <summary
          aria-labelledby={`${paramKey}-label ${paramKey}-value`}
          className={
            "flex cursor-pointer list-none items-center justify-between gap-2 rounded border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 " +
            "focus:outline-none focus:ring-2 focus:ring-blue-600 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 [&::-webkit-details-marker]:hidden"
          }
        >
          <span id={`${paramKey}-value`} className="truncate">
            {summary}
          </span>
          <span aria-hidden className="text-xs transition-transform group-open:rotate-180">
            ▾
          </span>
        </summary>
        <fieldset
          className={
            "absolute z-[1100] mt-1 max-h-72 w-64 overflow-auto rounded border " +
            "border-slate-300 bg-white p-2 shadow-lg dark:border-slate-600 dark:bg-slate-900"
          }
        >
          <legend className="sr-only">{label}</legend>
          {all.length === 0 && <p className="text-sm text-slate-600 dark:text-slate-400">No values in the data yet.</p>}
          {all.map((o) => (
            <label key={o} className="flex items-center gap-2 rounded px-1 py-0.5 text-sm hover:bg-slate-100 dark:hover:bg-slate-800">
              <input
                type="checkbox"
                className="h-4 w-4 accent-blue-700"
                checked={selected.includes(o)}
                onChange={() => navigate((p) => toggleParam(p, paramKey, o))}
              />
              {name(o)}
            </label>
          ))}
        </fieldset>
      </details>
    </div>
  );
}
