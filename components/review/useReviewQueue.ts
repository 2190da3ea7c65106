"use client";
// The review queue's state and actions: which incidents were dealt with here, the current one,
// the last one rejected (for undo), and the keys (j/k move, a accept, c correct, r reject, u undo).
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { ReviewItem } from "@/lib/db/review";

export type Source = ReviewItem["sources"][number];

export const sourceLabel = (s: Source) => s.source ?? s.title ?? `article ${s.articleId}`;

/** A key pressed while typing in a field belongs to the field, not to the queue. */
function typing(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  return !!t && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName));
}

export function useReviewQueue(items: ReviewItem[], csrfToken: string) {
  const router = useRouter();
  const [done, setDone] = useState<Map<number, "accepted" | "rejected">>(new Map());
  const [cursor, setCursor] = useState(0);
  const [correcting, setCorrecting] = useState<number | null>(null);
  const [lastRejected, setLastRejected] = useState<ReviewItem | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const visible = items.filter((i) => !done.has(i.id));
  const at = Math.min(cursor, Math.max(visible.length - 1, 0));
  const current = visible[at] ?? null;
  const headers = { "content-type": "application/json", "x-csrf-token": csrfToken };

  const mark = (id: number, state: "accepted" | "rejected" | null) =>
    setDone((d) => {
      const next = new Map(d);
      if (state) next.set(id, state);
      else next.delete(id);
      return next;
    });

  async function call(url: string, method: string, body?: unknown): Promise<Response | null> {
    setMessage(null);
    const res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }).catch(() => null);
    if (!res) setMessage("The server could not be reached; nothing was changed.");
    else if (!res.ok) {
      const json = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
      setMessage(json?.error?.message ?? `Failed (${res.status})`);
      // Someone changed it since this page was loaded: show what is stored now.
      if (res.status === 409) router.refresh();
      return null;
    }
    return res;
  }

  async function accept(i: ReviewItem) {
    if (await call(`/api/incidents/${i.id}/review`, "POST", { version: i.version })) {
      mark(i.id, "accepted");
      setCorrecting(null);
      setMessage(`Accepted incident #${i.id}.`);
    }
  }

  async function reject(i: ReviewItem) {
    if (await call(`/api/incidents/${i.id}`, "DELETE")) {
      mark(i.id, "rejected");
      setCorrecting(null);
      setLastRejected(i);
      setMessage(`Rejected incident #${i.id}: it is deleted, its history kept.`);
    }
  }

  async function undo() {
    const i = lastRejected;
    if (!i || !(await call(`/api/incidents/${i.id}/restore`, "POST"))) return;
    mark(i.id, null);
    setLastRejected(null);
    setCursor(
      Math.max(
        items.filter((x) => x.id === i.id || !done.has(x.id)).findIndex((x) => x.id === i.id),
        0,
      ),
    );
    setMessage(`Incident #${i.id} is back in the queue.`);
  }

  async function split(i: ReviewItem, s: Source) {
    if (await call(`/api/incidents/${i.id}/split`, "POST", { sourceId: s.sourceId })) {
      setMessage(`Split ${sourceLabel(s)} off incident #${i.id}: it is an incident of its own, in the queue.`);
      router.refresh();
    }
  }

  function keyAction(key: string): (() => void) | null {
    switch (key) {
      case "j":
        return () => setCursor(Math.min(at + 1, visible.length - 1));
      case "k":
        return () => setCursor(Math.max(at - 1, 0));
      case "a":
        return () => current && void accept(current);
      case "c":
        return () => current && setCorrecting(correcting === current.id ? null : current.id);
      case "r":
        return () => current && void reject(current);
      case "u":
        return () => void undo();
      case "Escape":
        return () => setCorrecting(null);
      default:
        return null;
    }
  }

  // The queue's keys: the handler reads the state of this render, so it is bound again on each.
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (typing(e) || e.ctrlKey || e.metaKey || e.altKey) return;
      const run = keyAction(e.key);
      if (!run) return;
      e.preventDefault();
      run();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  return { visible, at, current, done, correcting, setCorrecting, setCursor, lastRejected, message, accept, reject, undo, split };
}
