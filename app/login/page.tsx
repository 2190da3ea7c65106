import { LoginForm } from "@/components/ingest/LoginForm";
import { safeNextPath } from "@/lib/auth/next-path";
import { pageEditor } from "@/lib/auth/page-session";

export const metadata = { title: "Log in · Conflict Atlas" };
export const dynamic = "force-dynamic";

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  // Without a `next`, an editor comes here to add articles; a `next` that could leave the site goes home.
  const next = params.next === undefined ? "/ingest" : safeNextPath(params.next);
  const editor = await pageEditor();
  return (
    <main className="mx-auto max-w-sm space-y-4 p-6">
      <h1 className="text-2xl font-bold">Editor login</h1>
      {editor ? (
        <p>
          You are logged in as <strong>{editor.name}</strong>.{" "}
          <a className="text-blue-700 underline dark:text-blue-300" href={next}>
            Continue
          </a>
        </p>
      ) : (
        <>
          <p className="text-sm text-slate-700 dark:text-slate-300">Reading is open to everyone. Adding and correcting incidents needs an editor account.</p>
          <LoginForm next={next} />
        </>
      )}
    </main>
  );
}
