"use client";
// Shown when a page cannot load its data (the database is down, say), with a retry.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <main className="mx-auto flex max-w-xl flex-col gap-3 p-6" role="alert">
      <h1 className="text-xl font-bold">The data could not be loaded</h1>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Something went wrong while fetching the incidents. This is usually temporary (the database may be restarting). Try again in a moment.
      </p>
      {error.digest && <p className="text-xs text-slate-600 dark:text-slate-400">Reference: {error.digest}</p>}
      <div className="flex gap-3">
        <button
          type="button"
          className={
            "rounded bg-blue-700 px-4 py-2 text-sm font-semibold text-white hover:bg-blue-800 " +
            "focus:outline-none focus:ring-2 focus:ring-blue-600 focus:ring-offset-2 disabled:opacity-60"
          }
          disabled={pending}
          onClick={() =>
            startTransition(() => {
              router.refresh();
              reset();
            })
          }
        >
          {pending ? "Retrying…" : "Try again"}
        </button>
        <Link href="/" className="self-center text-sm text-blue-700 underline dark:text-blue-300">
          Back to the dashboard
        </Link>
      </div>
    </main>
  );
}
