"use client";
// "Copy link": the address of the whole view (filters, dates, map view, table sort and page,
// chart split, map layer), which the widgets keep in the URL. Where the clipboard is refused
// (an insecure origin, a denied permission) the link is shown selected, to copy by hand.
import { useEffect, useRef, useState } from "react";

type State = { kind: "idle" } | { kind: "copied" } | { kind: "manual"; url: string };

export function CopyLink() {
  const [state, setState] = useState<State>({ kind: "idle" });
  const manual = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state.kind === "manual") manual.current?.select();
    if (state.kind !== "copied") return;
    const t = setTimeout(() => setState({ kind: "idle" }), 4000);
    return () => clearTimeout(t);
  }, [state]);

  const copy = async () => {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setState({ kind: "copied" });
    } catch {
      setState({ kind: "manual", url });
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <button
        type="button"
        onClick={copy}
        className={
          "rounded border border-slate-400 bg-white px-2.5 py-1 font-medium hover:bg-slate-100 focus:outline-none focus:ring-2 " +
          "focus:ring-blue-600 dark:border-slate-500 dark:bg-slate-900 dark:hover:bg-slate-800"
        }
      >
        Copy link<span className="sr-only"> to this view</span>
      </button>
      <span role="status" className="text-emerald-800 dark:text-emerald-300" data-testid="copy-link-status">
        {state.kind === "copied" && "✓ Link copied: it opens this view with its filters, map and table."}
        {state.kind === "manual" && "Could not reach the clipboard; copy the link below."}
      </span>
      {state.kind === "manual" && (
        <input
          ref={manual}
          readOnly
          aria-label="Link to this view"
          value={state.url}
          className="w-full rounded border border-slate-400 bg-white px-2 py-1 font-mono text-xs dark:border-slate-500 dark:bg-slate-900"
        />
      )}
    </div>
  );
}
