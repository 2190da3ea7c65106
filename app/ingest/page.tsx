import { redirect } from "next/navigation";
import { EditorHeader } from "@/components/editor/EditorHeader";
import { IngestWorkbench } from "@/components/ingest/IngestWorkbench";
import { pageEditor } from "@/lib/auth/page-session";

export const metadata = { title: "Add an article · Conflict Atlas" };
export const dynamic = "force-dynamic";

export default async function IngestPage() {
  const editor = await pageEditor();
  if (!editor) redirect("/login?next=/ingest");
  return (
    <main className="mx-auto max-w-screen-2xl space-y-4 p-4">
      <EditorHeader title="Add an article" current="/ingest" editorName={editor.name} />
      <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">
        Give the address of a news page, paste an article or upload a .txt, .md or .html file. The extractor proposes incidents and tallies; check each one
        against its highlighted sentence, correct what is wrong, remove what is not an incident, add what it missed, then save. What you change is marked as
        reviewed and is never overwritten by a later re-extraction.
      </p>
      <IngestWorkbench csrfToken={editor.csrfToken} />
    </main>
  );
}
