"use client";
// What the widgets of the dashboard share in the browser: the selected incident (table row
// <-> map marker) and one way to change the URL. The filters live only in the URL; every
// change goes through `navigate`, inside a transition, so the old view stays on screen
// (dimmed) while the server renders the new one, and the back button walks the history.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { createContext, useCallback, useContext, useMemo, useOptimistic, useState, useTransition } from "react";

export type SelectionSource = "table" | "map";

interface DashboardState {
  selectedId: number | null;
  /** Who selected it: the table asks the map to fly there, the map asks the table to show the row. */
  selectedBy: SelectionSource | null;
  select(id: number | null, by: SelectionSource): void;
  /** Applies `change` to a copy of the current query string and pushes the result. */
  navigate(change: (p: URLSearchParams) => void): void;
  /**
   * The query string the controls show: the URL's, or, while a change is being rendered, the
   * one it is changing to (so a ticked box stays ticked at once). Derived from the URL, never
   * stored apart from it.
   */
  params: URLSearchParams;
  pending: boolean;
}

const Ctx = createContext<DashboardState | null>(null);

export function DashboardProvider({ children }: { children: React.ReactNode }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, startTransition] = useTransition();
  const [optimistic, setOptimistic] = useOptimistic<URLSearchParams, URLSearchParams>(new URLSearchParams(params.toString()), (_, next) => next);
  const [selection, setSelection] = useState<{ id: number | null; by: SelectionSource | null }>({ id: null, by: null });

  const navigate = useCallback(
    (change: (p: URLSearchParams) => void) => {
      const next = new URLSearchParams(optimistic.toString());
      change(next);
      const qs = next.toString();
      startTransition(() => {
        setOptimistic(next);
        router.push(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
      });
    },
    [optimistic, pathname, router, setOptimistic],
  );

  const select = useCallback((id: number | null, by: SelectionSource) => setSelection({ id, by }), []);

  const value = useMemo<DashboardState>(
    () => ({ selectedId: selection.id, selectedBy: selection.by, select, navigate, params: optimistic, pending }),
    [selection, select, navigate, optimistic, pending],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useDashboard(): DashboardState {
  const v = useContext(Ctx);
  if (!v) throw new Error("useDashboard outside <DashboardProvider>");
  return v;
}

/** Dims its children while a filter change is being rendered. */
export function PendingDim({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  const { pending } = useDashboard();
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
