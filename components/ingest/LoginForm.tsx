"use client";
import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState } from "react";

const input = "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900";

export function LoginForm({ next }: { next: string }) {
  const router = useRouter();
  // Controlled, and submitted by hand: a form action resets every field, the username with the password.
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<{ message: string; attempt: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const attempts = useRef(0);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const res = await fetch("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, password }),
    }).catch(() => null);
    setBusy(false);
    if (res?.ok) {
      router.push(next);
      router.refresh();
      return;
    }
    const body = (await res?.json().catch(() => null)) as { error?: { message?: string } } | null;
    setError({ message: body?.error?.message ?? "Login failed: the server could not be reached", attempt: ++attempts.current });
    setPassword("");
    passwordRef.current?.focus();
  }

  return (
    <form onSubmit={submit} className="space-y-3">
      <label className="block text-sm font-medium">
        Username
        <input name="username" required autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} className={input} />
      </label>
      <label className="block text-sm font-medium">
        Password
        <input
          ref={passwordRef}
          name="password"
          type="password"
          required
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          className={input}
        />
      </label>
      {error && (
        // A new key per attempt: the alert is a new element, so a repeated message is announced again.
        <p key={error.attempt} role="alert" data-attempt={error.attempt} className="text-sm text-red-700 dark:text-red-400">
          {error.message}
        </p>
      )}
      <button type="submit" disabled={busy} className="rounded bg-blue-700 px-4 py-1.5 font-medium text-white hover:bg-blue-800 disabled:opacity-60">
        {busy ? "Logging in…" : "Log in"}
      </button>
    </form>
  );
}
