"use client";
// What the widgets of the dashboard share in the browser: the selected incident (table row
// <-> map marker) and one way to change the URL. The filters live only in the URL; every
// change goes through `navigate`, inside a transition, so the old view stays on screen
// (dimmed) while the server renders the new one, and the back button walks the history.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { createContext, useCallback, useContext, useMemo, useOptimistic, useRef, useState, useTransition } from "react";

export type SelectionSource = "table" | "map";

interface Selection {
  selectedId: number | null;
  /** Who selected it: the table asks the map to fly there, the map asks the table to show the row. */
  selectedBy: SelectionSource | null;
  select(id: number | null, by: SelectionSource): void;
}

interface FilterState {
  /**
   * The query string the controls show: the URL's, or, while a change is being rendered, the
   * one it is changing to (so a ticked box stays ticked at once). Derived from the URL, never
   * stored apart from it.
   */
  params: URLSearchParams;
  pending: boolean;
}

/** Applies `change` to a copy of the current query string and pushes the result. */
type Navigate = (change: (p: URLSearchParams) => void) => void;

// Three contexts, so that a filter change (params, pending) re-renders the filter bar and the
// dimmed panels but not the map and the table, which only need the selection and a stable
// `navigate`: re-rendering those on every click cost a few hundred milliseconds at scale.
const SelectionCtx = createContext<Selection | null>(null);
const FilterStateCtx = createContext<FilterState | null>(null);
const NavigateCtx = createContext<Navigate | null>(null);

export function DashboardProvider({ children }: { children: React.ReactNode }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, startTransition] = useTransition();
  const [optimistic, setOptimistic] = useOptimistic<URLSearchParams, URLSearchParams>(new URLSearchParams(params.toString()), (_, next) => next);
  const [selection, setSelection] = useState<{ id: number | null; by: SelectionSource | null }>({ id: null, by: null });
  // Read at call time, so that `navigate` keeps one identity for the life of the page.
  const current = useRef(optimistic);
  current.current = optimistic;

  const navigate = useCallback<Navigate>(
    (change) => {
      const next = new URLSearchParams(current.current.toString());
      change(next);
      // Other filters, other rows: the table's page in the link no longer points at the same ones.
      next.delete("page");
      const qs = next.toString();
      startTransition(() => {
        setOptimistic(next);
        router.push(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
      });
    },
    [pathname, router, setOptimistic],
  );

  const select = useCallback((id: number | null, by: SelectionSource) => setSelection({ id, by }), []);
  const selectionValue = useMemo<Selection>(() => ({ selectedId: selection.id, selectedBy: selection.by, select }), [selection, select]);
  const filterState = useMemo<FilterState>(() => ({ params: optimistic, pending }), [optimistic, pending]);

  return (
    <NavigateCtx.Provider value={navigate}>
      <FilterStateCtx.Provider value={filterState}>
        <SelectionCtx.Provider value={selectionValue}>{children}</SelectionCtx.Provider>
      </FilterStateCtx.Provider>
    </NavigateCtx.Provider>
  );
}

function need<T>(v: T | null, hook: string): T {
  if (v === null) throw new Error(`${hook} outside <DashboardProvider>`);
  return v;
}

/** The incident selected in the table or on the map. */
export const useSelection = (): Selection => need(useContext(SelectionCtx), "useSelection");
/** The filters the controls show, and whether a change is being rendered. */
export const useFilterState = (): FilterState => need(useContext(FilterStateCtx), "useFilterState");
/** Changes the filters in the URL (stable across renders). */
export const useNavigate = (): Navigate => need(useContext(NavigateCtx), "useNavigate");

/** Dims its children while a filter change is being rendered. */
export function PendingDim({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  const { pending } = useFilterState();
  return (
    <div className={`${className} transition-opacity ${pending ? "opacity-60" : ""}`} aria-busy={pending}>
      {children}
    </div>
  );
}

/** Toggles one value of a repeatable parameter. */
export function toggleParam(p: URLSearchParams, key: string, value: string): void {
  const current = p.getAll(key);
  p.delete(key);
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  for (const v of next) p.append(key, v);
}

/** First and last day of the month of a YYYY-MM-DD date. */
export function monthRange(period: string): { from: string; to: string } {
  const [y, m] = period.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, "0");
  return { from: `${y}-${mm}-01`, to: `${y}-${mm}-${String(last).padStart(2, "0")}` };
}
