// The heading of the editors' pages (add articles, review queue, feeds): the page's title, who is logged
// in, and the way to the other editors' pages and back to the atlas.

const PAGES = [
  { href: "/ingest", label: "Add articles" },
  { href: "/review", label: "Review queue" },
  { href: "/feeds", label: "Feeds" },
] as const;

export function EditorHeader({ title, current, editorName }: { title: string; current: (typeof PAGES)[number]["href"]; editorName: string }) {
  const links = [...PAGES.filter((p) => p.href !== current), { href: "/", label: "Back to the atlas" }];
  return (
    <header className="flex flex-wrap items-baseline justify-between gap-2">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Logged in as <strong>{editorName}</strong>
        {links.map((l) => (
          <span key={l.href}>
            {" · "}
            <a className="text-blue-700 underline dark:text-blue-300" href={l.href}>
              {l.label}
            </a>
          </span>
        ))}
      </p>
    </header>
  );
}
