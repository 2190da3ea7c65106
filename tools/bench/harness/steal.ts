// Runs measured on a shared VM: when the hypervisor gave our CPU to another guest during a run,
// the same code measures up to 2x slower, so such a run is measured again.
import { log } from "./log";

export const STEAL_TRIES = 3;

/** "1.2", with "(3 tries)" when it took more than one. */
export const stealCell = (r: { steal?: number | null; tries?: number }) =>
  (r.steal === undefined || r.steal === null ? "–" : r.steal.toFixed(1)) + (r.tries && r.tries > 1 ? ` (${r.tries} tries)` : "");

/**
 * `run`, again when the hypervisor took more than `maxSteal`% of the machine's CPU during it; the
 * least disturbed of at most STEAL_TRIES runs is kept, with its steal and the number of tries in
 * the report, so a figure measured on a disturbed machine says so.
 */
export async function leastDisturbed<T extends { steal?: number | null; tries?: number }>(run: () => Promise<T>, maxSteal: number): Promise<T> {
  let best: T | null = null;
  for (let tries = 1; tries <= STEAL_TRIES; tries++) {
    const r = await run();
    if (!best || (r.steal ?? 0) < (best.steal ?? 0)) best = { ...r, tries };
    else best.tries = tries;
    if ((r.steal ?? 0) <= maxSteal) break;
    log(`  CPU steal ${r.steal?.toFixed(1)}% during that run (over ${maxSteal}%): measuring again`);
  }
  return best!;
}
