"use client";
// The edit form of an incident: one input per field of the field table that has a widget, so a
// new editable field appears on the review page and the incident page without more code.
import { FORM_FIELDS, type EditableField } from "@/lib/incidents/fields";
import { DatePrecision, EVENT_TYPE_LABELS, EVENT_TYPES, Governorate } from "@/lib/incidents/vocab";
import { PlaceBox, type PlaceChoice } from "@/components/ingest/PlaceBox";

export type FieldDraft = Partial<Record<EditableField, string | number | boolean | null>>;

const inputClass = "mt-0.5 block w-full rounded border border-slate-400 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900";

/** What choosing a gazetteer place sets. */
export const placeFields = (p: PlaceChoice): FieldDraft => ({
  placeId: p.id,
  placeName: p.name,
  province: p.governorate,
  lat: p.lat,
  lon: p.lon,
  geoPrecision: p.kind === "governorate" || p.kind === "region" ? 3 : 1,
});

export function FieldInputs({ values, onChange }: { values: FieldDraft; onChange: (patch: FieldDraft) => void }) {
  return (
    <>
      {FORM_FIELDS.map((f) => {
        const value = values[f.name] ?? null;
        const text = (v: string) => onChange({ [f.name]: v || null });
        if (f.input === "place") return <PlaceBox key={f.name} label={f.label} value={(value as string) ?? ""} onChoose={(p) => onChange(placeFields(p))} />;
        return (
          // biome-ignore lint/a11y/noLabelWithoutControl: the label wraps the one control drawn for the field's kind below.
          <label key={f.name} className="text-xs font-medium">
            {f.label}
            {f.input === "count" && (
              <input
                type="number"
                min={0}
                className={inputClass}
                value={(value as number | null) ?? ""}
                onChange={(e) => onChange({ [f.name]: e.target.value === "" ? null : Number(e.target.value) })}
              />
            )}
            {f.input === "coordinate" && (
              <input
                type="number"
                step="any"
                inputMode="decimal"
                className={inputClass}
                value={(value as number | null) ?? ""}
                onChange={(e) => onChange({ [f.name]: e.target.value === "" ? null : Number(e.target.value) })}
              />
            )}
            {f.input === "date" && <input type="date" className={inputClass} value={(value as string) ?? ""} onChange={(e) => text(e.target.value)} />}
            {f.input === "text" && <input className={inputClass} value={(value as string) ?? ""} onChange={(e) => text(e.target.value)} />}
            {f.input === "eventType" && (
              <select className={inputClass} value={(value as string) ?? ""} onChange={(e) => text(e.target.value)}>
                <option value="">unknown</option>
                {EVENT_TYPES.map((o) => (
                  <option key={o} value={o}>
                    {EVENT_TYPE_LABELS[o]}
                  </option>
                ))}
              </select>
            )}
            {f.input === "yesno" && (
              <select
                className={inputClass}
                value={value === null ? "" : String(value)}
                onChange={(e) => onChange({ [f.name]: e.target.value === "" ? null : e.target.value === "true" })}
              >
                <option value="">unknown</option>
                <option value="true">yes</option>
                <option value="false">no</option>
              </select>
            )}
            {(f.input === "precision" || f.input === "governorate") && (
              <select className={inputClass} value={(value as string) ?? ""} onChange={(e) => text(e.target.value)}>
                <option value="">{f.input === "governorate" ? "unknown / several" : "unknown"}</option>
                {(f.input === "governorate" ? Governorate.options : DatePrecision.options).map((o) => (
                  <option key={o}>{o}</option>
                ))}
              </select>
            )}
          </label>
        );
      })}
    </>
  );
}
