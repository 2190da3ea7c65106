"use client";
// Perpetrators and targets as chips with their incident counts under the current filters (each
// count leaves out that actor's own filter, so it says what picking the chip would show).
// A chip toggles the actor in the existing `perpetrator` / `target` filter.
import { useState } from "react";
import type { ActorCount, ActorField } from "@/lib/db/incidents";
import { numberFormat } from "@/components/format";
import { perpetratorColour } from "@/components/map/palette";
import { toggleParam, useFilterState, useNavigate } from "@/components/dashboard/DashboardContext";
import { visibleActors } from "@/components/dashboard/actors";

const TITLES: Record<ActorField, string> = { perpetrator: "Perpetrators", target: "Targets" };
const CHIP =
  "inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-sm focus:outline-none focus:ring-2 focus:ring-blue-600 " +
  "focus:ring-offset-1 dark:focus:ring-offset-slate-900";
const ON = "border-blue-700 bg-blue-700 text-white dark:border-blue-400 dark:bg-blue-400 dark:text-slate-950";
const OFF = "border-slate-400 bg-white text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800";

/** Targets are null where they are not counted (the synthetic set). */
export function ActorChips({ actors }: { actors: { perpetrator: ActorCount[]; target: ActorCount[] | null } }) {
  return (
    <section aria-labelledby="actors-title" className="rounded-lg border border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900">
      <h3 id="actors-title" className="text-sm font-semibold">
        Actors <span className="font-normal text-slate-600 dark:text-slate-400">· incidents under the other filters; a chip filters by it</span>
      </h3>
      <ActorRow field="perpetrator" actors={actors.perpetrator} />
      {actors.target ? (
        <ActorRow field="target" actors={actors.target} />
      ) : (
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">Targets are not counted for the synthetic set; filter by them above.</p>
      )}
    </section>
  );
}

function ActorRow({ field, actors }: { field: ActorField; actors: ActorCount[] }) {
  const navigate = useNavigate();
  const { params } = useFilterState();
  const selected = params.getAll(field);
  const [all, setAll] = useState(false);
  const { shown, hidden } = visibleActors(actors, selected, all ? Number.POSITIVE_INFINITY : 8);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a row of toggle buttons, named by its title.
    <div role="group" aria-label={TITLES[field]} className="mt-2 flex flex-wrap items-center gap-1.5">
      <span className="mr-1 w-full text-xs sm:w-28 font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300">{TITLES[field]}</span>
      {shown.length === 0 && <span className="text-sm text-slate-600 dark:text-slate-400">none named</span>}
      {shown.map((a) => {
        const on = selected.includes(a.actor);
        return (
          <button
            key={a.actor}
            type="button"
            aria-pressed={on}
            title={`${numberFormat.format(a.incidents)} incidents, ${numberFormat.format(a.killed)} killed`}
            className={`${CHIP} ${on ? ON : OFF}`}
            onClick={() => navigate((p) => toggleParam(p, field, a.actor))}
          >
            {field === "perpetrator" && (
              <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: perpetratorColour(a.actor) }} />
            )}
            {a.actor}
            <span className={`tabular-nums ${on ? "" : "text-slate-600 dark:text-slate-400"}`}>{numberFormat.format(a.incidents)}</span>
          </button>
        );
      })}
      {(hidden > 0 || all) && (
        <button type="button" className="text-sm text-blue-700 underline dark:text-blue-300" onClick={() => setAll(!all)}>
          {all ? "Fewer" : `${hidden} more`}
        </button>
      )}
    </div>
  );
}
