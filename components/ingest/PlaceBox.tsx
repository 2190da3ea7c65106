"use client";
// A search box over the gazetteer (GET /api/places?q=), for choosing an incident's place.
import { useEffect, useId, useState } from "react";

export interface PlaceChoice {
  id: string;
  name: string;
  governorate: string | null;
  lat: number;
  lon: number;
  kind: string;
}

export function PlaceBox({ label, value, onChoose }: { label: string; value: string; onChoose: (p: PlaceChoice) => void }) {
  const [query, setQuery] = useState(value);
  const [options, setOptions] = useState<PlaceChoice[]>([]);
  const listId = useId();

  useEffect(() => {
    if (query.trim().length < 2 || query === value) return;
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
  }, [query, value]);

  return (
    <label className="text-xs font-medium">
      {label}
      <input
        list={listId}
        value={query}
        className="mt-0.5 block w-full rounded border border-slate-400 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
        placeholder="Search the gazetteer"
        onChange={(e) => {
          const v = e.target.value;
          setQuery(v);
          const chosen = options.find((o) => `${o.name} (${o.governorate ?? "region"})` === v);
          if (chosen) {
            setQuery(chosen.name);
            onChoose(chosen);
          }
        }}
      />
      <datalist id={listId}>
        {options.map((o) => (
          <option key={o.id} value={`${o.name} (${o.governorate ?? "region"})`} />
        ))}
      </datalist>
    </label>
  );
}
