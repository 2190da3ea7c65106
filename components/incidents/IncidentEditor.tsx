"use client";
// Corrections for editors: change fields (they become reviewed), delete, merge another
// incident into this one, or split a source off into an incident of its own. A correction names
// the version it was based on; when someone else saved in between, the editor sees both and may
// apply their own changes on top of the current values.
import { useRouter } from "next/navigation";
import { useState } from "react";
import dynamic from "next/dynamic";
import { FieldInputs, type FieldDraft } from "@/components/incidents/FieldInputs";

const CoordinatePicker = dynamic(() => import("@/components/incidents/CoordinatePicker"), { ssr: false });
import { FORM_FIELDS } from "@/lib/incidents/fields";

type SourceRef = { sourceId: number; label: string };
/** What a 409 for a stale version carries: the version and the values stored now. */
type Stale = { version: number; current: FieldDraft };

const input = "mt-0.5 block w-full rounded border border-slate-400 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900";
const labelOf = (k: string) => FORM_FIELDS.find((f) => f.name === k)?.label ?? k;
const shown = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : String(v));

export function IncidentEditor({
  id,
  version,
  values,
  sources,
  csrfToken,
}: {
  id: number;
  version: number;
  values: FieldDraft;
  sources: SourceRef[];
  csrfToken: string;
}) {
  const router = useRouter();
  const [draft, setDraft] = useState(values);
  // The picking map is loaded only once asked for.
  const [picking, setPicking] = useState(false);
  const [other, setOther] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [stale, setStale] = useState<Stale | null>(null);
  const headers = { "content-type": "application/json", "x-csrf-token": csrfToken };

  async function send(url: string, method: string, body?: unknown) {
    setMessage(null);
    const res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const json = await res.json().catch(() => null);
    if (res.status === 409 && json?.error?.param === "version") {
      setStale({ version: json.error.current.version, current: json.error.current.values });
      return null;
    }
    if (!res.ok) {
      setMessage(json?.error?.message ?? `Failed (${res.status})`);
      return null;
    }
    return json;
  }

  /** The fields this editor changed, against the values the form started from. */
  function changes(): Record<string, unknown> {
    const patch: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(draft)) if (v !== (values[k as keyof FieldDraft] ?? null)) patch[k] = v === "" ? null : v;
    return patch;
  }

  async function save(base: number) {
    const patch = changes();
    if (!Object.keys(patch).length) return setMessage("Nothing changed.");
    if (await send(`/api/incidents/${id}`, "PATCH", { ...patch, version: base })) {
      setStale(null);
      setMessage("Saved.");
      router.refresh();
    }
  }

  return (
    <section aria-labelledby="edit-title" className="space-y-3 rounded-lg border border-amber-500 bg-white p-4 dark:bg-slate-900">
      <h2 id="edit-title" className="text-lg font-semibold">
        Correct this incident
      </h2>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5">
        <FieldInputs values={draft} onChange={(patch) => setDraft({ ...draft, ...patch })} />
      </div>
      <details className="text-sm" onToggle={(e) => setPicking(e.currentTarget.open)}>
        <summary className="cursor-pointer text-blue-700 underline dark:text-blue-300">Pick the place on a map</summary>
        <p className="my-1 text-xs text-slate-600 dark:text-slate-400">
          Click where it happened: the latitude and longitude (and the governorate clicked in) are set; save to keep them.
        </p>
        {picking && (
          <CoordinatePicker
            lat={typeof draft.lat === "number" ? draft.lat : null}
            lon={typeof draft.lon === "number" ? draft.lon : null}
            onPick={(p) => setDraft((d) => ({ ...d, lat: p.lat, lon: p.lon, ...(p.province ? { province: p.province } : {}) }))}
          />
        )}
      </details>
      <div className="flex flex-wrap items-end gap-2">
        <button type="button" onClick={() => save(version)} className="rounded bg-blue-700 px-3 py-1 text-sm font-medium text-white hover:bg-blue-800">
          Save corrections
        </button>
        <label className="text-xs font-medium">
          Merge incident # into this one
          <input inputMode="numeric" className={input} value={other} onChange={(e) => setOther(e.target.value)} />
        </label>
        <button
          type="button"
          className="rounded border border-slate-500 px-3 py-1 text-sm"
          onClick={async () => {
            if (!/^\d+$/.test(other)) return setMessage("Give the number of the other incident.");
            if (await send(`/api/incidents/${id}/merge`, "POST", { other: Number(other) })) router.refresh();
          }}
        >
          Merge
        </button>
        {sources.length > 1 &&
          sources.map((s) => (
            <button
              key={s.sourceId}
              type="button"
              className="rounded border border-slate-500 px-3 py-1 text-sm"
              onClick={async () => {
                const r = await send(`/api/incidents/${id}/split`, "POST", { sourceId: s.sourceId });
                if (r) router.refresh();
              }}
            >
              Split off {s.label}
            </button>
          ))}
        <button
          type="button"
          className="rounded border border-red-700 px-3 py-1 text-sm text-red-800 dark:text-red-300"
          onClick={async () => {
            if (!confirm("Delete this incident? It disappears from the map and the sums; its history is kept.")) return;
            // The page stays, showing the deleted incident with its history and an Undo.
            if (await send(`/api/incidents/${id}`, "DELETE")) {
              router.replace(`/incidents/${id}?deleted=now`);
              router.refresh();
            }
          }}
        >
          Delete
        </button>
      </div>
      {stale && <StaleNotice stale={stale} base={values} mine={changes()} onApply={() => save(stale.version)} onDiscard={() => router.refresh()} />}
      {message && (
        <p role="status" className="text-sm">
          {message}
        </p>
      )}
    </section>
  );
}

/** Someone saved this incident while the editor was editing: their values beside the editor's, and the way on. */
function StaleNotice({
  stale,
  base,
  mine,
  onApply,
  onDiscard,
}: {
  stale: Stale;
  base: FieldDraft;
  mine: Record<string, unknown>;
  onApply: () => void;
  onDiscard: () => void;
}) {
  const theirs = (k: string) => stale.current[k as keyof FieldDraft] ?? null;
  return (
    <div role="alert" className="space-y-2 rounded border border-red-700 p-3 text-sm">
      <p className="font-medium">Someone else saved this incident while you were editing it (it is now version {stale.version}).</p>
      <ul className="list-disc pl-5">
        {Object.entries(mine).map(([k, v]) => (
          <li key={k}>
            {labelOf(k)}: yours {shown(v)}, now {shown(theirs(k))}
            {theirs(k) !== (base[k as keyof FieldDraft] ?? null) && <strong> (they changed it too)</strong>}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={onApply} className="rounded bg-blue-700 px-3 py-1 font-medium text-white hover:bg-blue-800">
          Apply my changes to the current version
        </button>
        <button type="button" onClick={onDiscard} className="rounded border border-slate-500 px-3 py-1">
          Discard my changes and reload
        </button>
      </div>
    </div>
  );
}
