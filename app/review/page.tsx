import { redirect } from "next/navigation";
import { ReviewQueue } from "@/components/review/ReviewQueue";
import { pageEditor } from "@/lib/auth/page-session";
import { reviewQueue } from "@/lib/db/review";

export const metadata = { title: "Review queue · Conflict Atlas" };
export const dynamic = "force-dynamic";

export default async function ReviewPage() {
  const editor = await pageEditor();
  if (!editor) redirect("/login?next=/review");
  const queue = await reviewQueue();
  return (
    <main className="mx-auto max-w-screen-lg space-y-3 p-4">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">Review queue</h1>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Logged in as <strong>{editor.name}</strong> ·{" "}
          <a className="text-blue-700 underline dark:text-blue-300" href="/ingest">
            Add articles
          </a>{" "}
          ·{" "}
          <a className="text-blue-700 underline dark:text-blue-300" href="/">
            Back to the atlas
          </a>
        </p>
      </header>
      <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">
        Incidents that arrived by themselves (scripts, files, fetched pages, feeds) and that no editor has looked at, least confident first. Check each against
        its sentence and source, then accept it, correct it, or reject it. A merged incident lists the articles that tell it; split one off if it tells another
        attack.
      </p>
      <ReviewQueue items={queue.incidents} total={queue.total} csrfToken={editor.csrfToken} />
    </main>
  );
}
