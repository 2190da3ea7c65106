// The parts of the view that are not filters but belong in a shared link: the table's sort,
// page and page size, the charts' split and the map's layer. The server ignores them; each
// widget reads its own on mount and writes it with history.replaceState (no server request).

/** The address `href` with each parameter in `changes` set, or removed when null. */
export function urlWithParams(href: string, changes: Record<string, string | null>): string {
  const url = new URL(href);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) url.searchParams.delete(k);
    else url.searchParams.set(k, v);
  }
  // Commas and colons read better in a link than %2C and %3A.
  return `${url.pathname}${url.search.replaceAll("%2C", ",").replaceAll("%3A", ":")}${url.hash}`;
}

/** Writes view parameters into the address bar without navigating. */
export function writeViewParams(changes: Record<string, string | null>): void {
  window.history.replaceState(window.history.state, "", urlWithParams(window.location.href, changes));
}

/** One of `choices` from a parameter, or `fallback` when it is missing or unknown. */
export function parseChoice<T extends string>(value: string | null | undefined, choices: readonly T[], fallback: T): T {
  return choices.includes(value as T) ? (value as T) : fallback;
}

/** A page number as people count (1, 2, …) to a zero-based index; 0 when it cannot be used. */
export function parsePage(value: string | null | undefined): number {
  const n = /^\d{1,6}$/.test(value ?? "") ? Number(value) : 0;
  return n >= 1 ? n - 1 : 0;
}

/** "killed:desc" to a sort, or null when the key or the direction is unknown. */
export function parseSort<K extends string>(value: string | null | undefined, keys: readonly K[]): { key: K; dir: "asc" | "desc" } | null {
  const [key, dir, ...rest] = (value ?? "").split(":");
  if (rest.length || !keys.includes(key as K) || (dir !== "asc" && dir !== "desc")) return null;
  return { key: key as K, dir };
}
