import type { ActorCount } from "@/lib/db/incidents";

/**
 * The chips to show: the `limit` with most incidents, plus any selected one beyond them (a chosen
 * filter must stay visible to be cleared), and how many are left out.
 */
export function visibleActors(actors: ActorCount[], selected: string[], limit: number): { shown: ActorCount[]; hidden: number } {
  const shown = actors.filter((a, i) => i < limit || selected.includes(a.actor));
  const hidden = actors.length - shown.length;
  // A selected actor with no incident under the other filters still gets its chip, at zero.
  const missing = selected.filter((s) => !actors.some((a) => a.actor === s)).map((actor) => ({ actor, incidents: 0, killed: 0 }));
  return { shown: [...shown, ...missing], hidden };
}
