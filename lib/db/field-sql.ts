// The incident fields (lib/incidents/fields.ts) as SQL: each column read as the value the API
// shows (a date as YYYY-MM-DD, an enum as text), and Prisma rows turned into those values.
import { Prisma } from "@/lib/db/client";
import { columnOf, type FieldKey, type FieldSpec, INCIDENT_FIELDS } from "@/lib/incidents/fields";

/** One field's column read as its value. */
export function fieldSql(key: FieldKey, alias = "i"): string {
  const col = `${alias}."${columnOf(key)}"`;
  const spec: FieldSpec = INCIDENT_FIELDS[key];
  if (spec.sql === "date") return `to_char(${col}, 'YYYY-MM-DD')`;
  if (spec.sql === "text") return `${col}::text`;
  if (spec.sql === "isSet") return `(${col} IS NOT NULL)`;
  return col;
}

interface SelectOptions {
  alias?: string;
  /** The name of each field's column (the field's own name unless told). */
  name?: (key: FieldKey) => string;
  /** What each field's value becomes (the value itself unless told). */
  cell?: (key: FieldKey, sql: string) => string;
}

/** `col AS "name", ...` for the fields. */
export function selectFields(keys: readonly FieldKey[], opts: SelectOptions = {}): Prisma.Sql {
  const name = opts.name ?? ((k: FieldKey) => k);
  const cell = opts.cell ?? ((_k: FieldKey, sql: string) => sql);
  return Prisma.raw(keys.map((k) => `${cell(k, fieldSql(k, opts.alias))} AS "${name(k)}"`).join(", "));
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** The fields' values from a Prisma row of Incident (or of IncidentSource, for its own fields). */
export function fieldValues<K extends FieldKey>(row: object, keys: readonly K[]): Record<K, unknown> {
  const out = {} as Record<K, unknown>;
  for (const k of keys) {
    const v = (row as Record<string, unknown>)[columnOf(k)];
    if ((INCIDENT_FIELDS[k] as FieldSpec).sql === "isSet") out[k] = v !== null && v !== undefined;
    else out[k] = v instanceof Date ? day(v) : (v ?? null);
  }
  return out;
}

const asDate = (v: unknown) => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : v);

/** The columns of the fields, from values as the extractor and the API give them (dates as YYYY-MM-DD). */
export function columnsOf(values: object, keys: readonly FieldKey[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = (values as Record<string, unknown>)[k] ?? null;
    out[columnOf(k)] = (INCIDENT_FIELDS[k] as FieldSpec).sql === "date" ? asDate(v) : v;
  }
  return out;
}
