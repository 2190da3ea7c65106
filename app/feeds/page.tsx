import { redirect } from "next/navigation";
import { EditorHeader } from "@/components/editor/EditorHeader";
import { FeedsManager } from "@/components/feeds/FeedsManager";
import { pageEditor } from "@/lib/auth/page-session";
import { listFeeds } from "@/lib/db/feeds";
import { listJobs } from "@/lib/jobs/list";
import { queueSettings } from "@/lib/jobs/queue";

export const metadata = { title: "Feeds · Conflict Atlas" };
export const dynamic = "force-dynamic";

export default async function FeedsPage() {
  const editor = await pageEditor();
  if (!editor) redirect("/login?next=/feeds");
  const [feeds, jobs] = await Promise.all([listFeeds(), listJobs(undefined, 50)]);
  const minutes = Math.round(queueSettings().feedInterval / 60);
  return (
    <main className="mx-auto max-w-screen-xl space-y-4 p-4">
      <EditorHeader title="Feeds" current="/feeds" editorName={editor.name} />
      <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">
        Follow an outlet&apos;s RSS, Atom or JSON feed: every {minutes > 1 ? `${minutes} minutes` : "minute"} the atlas reads it, and each item it has not seen
        becomes a job that fetches the page, extracts its incidents and stores it. A job that fails for a reason that may pass is tried again; one that cannot
        succeed (no article on the page, not HTML) is dead at once, with the reason.
      </p>
      <FeedsManager csrfToken={editor.csrfToken} feeds={feeds} jobs={jobs} />
    </main>
  );
}
