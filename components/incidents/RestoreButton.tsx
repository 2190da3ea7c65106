"use client";
// Brings a deleted incident back (POST /api/incidents/{id}/restore): the page's Undo right after a
// delete, and the way back from a deleted incident's page later.
import { useRouter } from "next/navigation";
import { useState } from "react";

export function RestoreButton({ id, csrfToken, label }: { id: number; csrfToken: string; label: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function restore() {
    setBusy(true);
    setError(null);
    const res = await fetch(`/api/incidents/${id}/restore`, { method: "POST", headers: { "x-csrf-token": csrfToken } }).catch(() => null);
    setBusy(false);
    if (res?.ok) {
      // Without ?deleted=now: the restored page is an ordinary one again.
      router.replace(`/incidents/${id}`);
      router.refresh();
      return;
    }
    const body = (await res?.json().catch(() => null)) as { error?: { message?: string } } | null;
    setError(body?.error?.message ?? "Restoring failed: the server could not be reached");
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={restore}
        disabled={busy}
        className="rounded bg-blue-700 px-3 py-1 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-60"
      >
        {busy ? "Restoring…" : label}
      </button>
      {error && (
        <span role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </span>
      )}
    </span>
  );
}
