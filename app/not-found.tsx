import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto flex max-w-xl flex-col gap-3 p-6">
      <h1 className="text-xl font-bold">Not found</h1>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        There is no such incident or article. It may have been merged into another incident or removed.
      </p>
      <Link href="/" className="text-sm text-blue-700 underline dark:text-blue-300">
        Back to the dashboard
      </Link>
    </main>
  );
}
