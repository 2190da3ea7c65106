"use client";
// Governorate and year filters. The URL is the only state: each change replaces the query
// string (`?province=Homs&province=Raqqa&year=2024`) and the server renders the new view.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTransition } from "react";
import { GOVERNORATES } from "@/lib/extract/types";

export function FilterBar({ years }: { years: number[] }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, startTransition] = useTransition();
  const selected = params.getAll("province");
  const year = params.get("year") ?? "";

  const navigate = (next: URLSearchParams) => {
    const qs = next.toString();
    startTransition(() => router.push(qs ? `${pathname}?${qs}` : pathname, { scroll: false }));
  };

  const toggleProvince = (g: string) => {
    const next = new URLSearchParams(params);
    next.delete("province");
    const set = selected.includes(g) ? selected.filter((p) => p !== g) : [...selected, g];
    for (const p of set) next.append("province", p);
    navigate(next);
  };

  const setYear = (y: string) => {
    const next = new URLSearchParams(params);
    if (y) next.set("year", y);
    else next.delete("year");
    navigate(next);
  };

  return (
    <form className="flex flex-wrap items-start gap-4" aria-busy={pending} onSubmit={(e) => e.preventDefault()}>
      <fieldset className="flex-1">
        <legend className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Governorate</legend>
        <div className="flex flex-wrap gap-1.5">
          {GOVERNORATES.map((g) => {
            const on = selected.includes(g);
            return (
              <label
                key={g}
                className={`cursor-pointer rounded-full border px-2.5 py-0.5 text-sm focus-within:ring-2 focus-within:ring-blue-500 ${
                  on ? "border-blue-700 bg-blue-700 text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
                }`}
              >
                <input type="checkbox" className="sr-only" checked={on} onChange={() => toggleProvince(g)} />
                {g}
              </label>
            );
          })}
        </div>
      </fieldset>
      <label className="flex flex-col text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
        Year
        <select
          className="mt-1 rounded border border-slate-300 bg-white px-2 py-1 text-sm font-normal normal-case text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
          value={year}
          onChange={(e) => setYear(e.target.value)}
        >
          <option value="">All years</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
