"use client";
// A search box over the gazetteer (GET /api/places?q=), for choosing an incident's place: a
// combobox with its own list, since a datalist cannot be read by tests or used well on phones.
import { type KeyboardEvent, useEffect, useId, useState } from "react";

export interface PlaceChoice {
  id: string;
  name: string;
  governorate: string | null;
  lat: number;
  lon: number;
  kind: string;
}

const placeDetail = (o: PlaceChoice) => `${o.governorate ?? "region"} · ${o.kind} · ${o.lat.toFixed(2)}, ${o.lon.toFixed(2)}`;

/** The gazetteer's places matching `query` once it is two letters long; null while none was asked. */
function usePlaces(query: string, skip: boolean): PlaceChoice[] | null {
  const [options, setOptions] = useState<PlaceChoice[] | null>(null);
  useEffect(() => {
    if (skip || query.trim().length < 2) return setOptions(null);
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/places?q=${encodeURIComponent(query)}`, { signal: controller.signal })
        .then((r) => (r.ok ? r.json() : { places: [] }))
        .then((b: { places: PlaceChoice[] }) => setOptions(b.places))
        .catch(() => {});
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, skip]);
  return options;
}

export function PlaceBox({ label, value, onChoose }: { label: string; value: string; onChoose: (p: PlaceChoice) => void }) {
  const [query, setQuery] = useState(value);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const options = usePlaces(query, !open);
  const id = useId();
  const shown = open && options !== null;

  function choose(p: PlaceChoice) {
    setQuery(p.name);
    setOpen(false);
    onChoose(p);
  }

  function onKey(e: KeyboardEvent<HTMLInputElement>) {
    if (!shown || !options.length) return;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => (a + (e.key === "ArrowDown" ? 1 : options.length - 1)) % options.length);
    } else if (e.key === "Enter") {
      e.preventDefault();
      choose(options[active] ?? options[0]!);
    } else if (e.key === "Escape") setOpen(false);
  }

  return (
    <div className="relative text-xs font-medium">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={shown}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={shown && options.length ? `${id}-${active}` : undefined}
        value={query}
        autoComplete="off"
        className="mt-0.5 block w-full rounded border border-slate-400 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
        placeholder="Search the gazetteer"
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKey}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {shown && (
        <div
          id={`${id}-list`}
          role="listbox"
          aria-label="Places in the gazetteer"
          className={
            "absolute z-20 mt-1 max-h-60 w-72 max-w-[90vw] overflow-auto rounded border border-slate-400 bg-white " +
            "text-sm font-normal shadow-lg dark:border-slate-600 dark:bg-slate-900"
          }
        >
          {options.length === 0 && <p className="px-2 py-1 text-slate-600 dark:text-slate-400">No place of that name in the gazetteer</p>}
          {options.map((o, n) => (
            <div
              key={o.id}
              id={`${id}-${n}`}
              role="option"
              tabIndex={-1}
              aria-selected={n === active}
              className={`cursor-pointer px-2 py-1 ${n === active ? "bg-blue-100 dark:bg-blue-900" : ""}`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(o)}
              onKeyDown={(e) => e.key === "Enter" && choose(o)}
            >
              <span className="font-medium">{o.name}</span> <span className="text-xs text-slate-600 dark:text-slate-400">{placeDetail(o)}</span>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
