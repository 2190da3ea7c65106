// Every change to an incident: who, when, what it was and what it became.
type Change = { id: number; actor: string; action: string; before: unknown; after: unknown; note: string | null; at: string };

function diff(before: unknown, after: unknown): string[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const out: string[] = [];
  for (const k of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (JSON.stringify(b[k]) !== JSON.stringify(a[k]) && before) out.push(`${k}: ${JSON.stringify(b[k] ?? null)} → ${JSON.stringify(a[k] ?? null)}`);
  }
  return out;
}

export function IncidentHistory({ changes }: { changes: Change[] }) {
  return (
    <section aria-labelledby="history-title" className="rounded-lg border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
      <h2 id="history-title" className="mb-2 text-lg font-semibold">
        History
      </h2>
      {changes.length === 0 ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">No changes recorded.</p>
      ) : (
        <ol className="space-y-2 text-sm" data-testid="incident-history">
          {changes.map((c) => (
            <li key={c.id} className="border-l-2 border-slate-300 pl-3 dark:border-slate-600">
              <p>
                <strong>{c.action}</strong> by <span className="font-mono">{c.actor}</span>,{" "}
                <time dateTime={c.at}>{c.at.replace("T", " ").slice(0, 16)} UTC</time>
                {c.note ? ` — ${c.note}` : ""}
              </p>
              {diff(c.before, c.after).length > 0 && (
                <ul className="mt-1 font-mono text-xs text-slate-700 dark:text-slate-300">
                  {diff(c.before, c.after).map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
