import { redirect } from "next/navigation";
import { EditorHeader } from "@/components/editor/EditorHeader";
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
      <EditorHeader title="Review queue" current="/review" editorName={editor.name} />
      <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">
        Incidents that arrived by themselves (scripts, files, fetched pages, feeds) and that no editor has looked at, least confident first. Check each against
        its sentence and source, then accept it, correct it, or reject it. A merged incident lists the articles that tell it; split one off if it tells another
        attack.
      </p>
      <ReviewQueue items={queue.incidents} total={queue.total} csrfToken={editor.csrfToken} />
    </main>
  );
}
