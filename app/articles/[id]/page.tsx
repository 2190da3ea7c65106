import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { IdParam } from "@/lib/api/filters";
import { isWebUrl } from "@/lib/incidents/text";
import { getArticle } from "@/lib/db/articles";
import { formatCount, formatIncidentDate, tallyPhrase } from "@/components/format";
import { perpetratorColour } from "@/components/map/palette";
import { HighlightedText, type TextMark } from "@/components/text/HighlightedText";

export const dynamic = "force-dynamic";

async function load(params: Promise<{ id: string }>) {
  const parsed = IdParam.safeParse((await params).id);
  if (!parsed.success) notFound();
  const article = await getArticle(parsed.data);
  if (!article) notFound();
  return article;
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const parsed = IdParam.safeParse((await params).id);
  if (!parsed.success) return { title: "Article not found" };
  const a = await getArticle(parsed.data);
  return { title: a ? (a.title ?? `Article ${a.id}`) : "Article not found" };
}

const PUBLISHED_FROM: Record<string, string> = {
  given: "given with the article",
  "front-matter": "from the article's front matter",
  dateline: "read from the dateline",
  url: "read from the page's address",
};

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const a = await load(params);

  const seen = new Set<string>();
  const uniqueKey = (base: string, start: number) => {
    const key = seen.has(base) ? `${base}-at-${start}` : base;
    seen.add(key);
    return key;
  };
  const marks: TextMark[] = [
    ...a.incidents.map((i) => ({
      key: uniqueKey(`incident-${i.id}`, i.evidenceStart),
      kind: "incident" as const,
      start: i.evidenceStart,
      end: i.evidenceEnd,
      href: `/incidents/${i.id}`,
      linkLabel: `#${i.id}`,
      title:
        `Incident #${i.id}: ${i.killed === null ? "unknown number" : formatCount(i.killed, i.killedVague)} killed` +
        `${i.place ? `, ${i.place}` : ""}, ${formatIncidentDate(i.date, i.datePrecision)}`,
    })),
    ...a.tallies.map((t) => ({
      key: uniqueKey(`tally-${t.id}`, t.evidenceStart),
      kind: "tally" as const,
      start: t.evidenceStart,
      end: t.evidenceEnd,
      href: `#tally-note-${t.id}`,
      linkLabel: "total",
      title: `Running total: ${tallyPhrase(t).figure}${tallyPhrase(t).rest}`,
    })),
  ];

  return (
    <main className="mx-auto flex max-w-screen-xl flex-col gap-5 p-3 sm:p-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/" className="text-blue-700 underline dark:text-blue-300">
          ← Dashboard
        </Link>
      </nav>
      <header>
        <p className="text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
          Article · {a.source ?? "unknown outlet"}
          {a.publishedAt && <>, {formatIncidentDate(a.publishedAt, "day")}</>}
        </p>
        <h1 className="text-2xl font-bold">{a.title ?? `Article ${a.id}`}</h1>
        {/* Rows stored before only http(s) was accepted may hold a javascript: URL: never a link. */}
        {a.url && isWebUrl(a.url) && (
          <a href={a.url} className="text-sm text-blue-700 underline dark:text-blue-300" rel="noopener noreferrer nofollow">
            Original at {hostOf(a.url)}
          </a>
        )}
      </header>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,46rem)_22rem] lg:justify-center">
        <aside aria-labelledby="extracted-title" className="order-first lg:order-last">
          <div className="rounded-lg border border-slate-300 bg-white p-4 lg:sticky lg:top-4 dark:border-slate-700 dark:bg-slate-900">
            <h2 id="extracted-title" className="text-lg font-semibold">
              Read from this article
            </h2>
            <p className="mb-2 flex flex-wrap gap-x-3 text-xs text-slate-700 dark:text-slate-300">
              <span className="flex items-center gap-1">
                <span aria-hidden className="inline-block h-3 w-4 rounded-sm bg-amber-200 dark:bg-amber-300/80" /> incident
              </span>
              <span className="flex items-center gap-1">
                <span aria-hidden className="inline-block h-3 w-4 rounded-sm bg-sky-200 dark:bg-sky-300/80" /> running total (not an incident)
              </span>
            </p>
            <h3 className="text-sm font-semibold">
              {a.incidents.length} incident{a.incidents.length === 1 ? "" : "s"}
            </h3>
            {a.incidents.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">No incident was found in this article.</p>
            ) : (
              <ul className="mb-3 mt-1 space-y-2 text-sm" aria-label="Incidents in this article">
                {a.incidents.map((i) => (
                  <li key={`${i.id}-${i.evidenceStart}`} className="border-l-4 border-amber-500 pl-2">
                    <Link href={`/incidents/${i.id}`} className="font-medium text-blue-700 underline dark:text-blue-300">
                      #{i.id}: {i.killed === null ? "?" : formatCount(i.killed, i.killedVague)} killed{i.place ? `, ${i.place}` : ""}
                    </Link>
                    <div className="flex items-center gap-1.5 text-xs text-slate-700 dark:text-slate-300">
                      <span aria-hidden className="inline-block h-2 w-2 rounded-full" style={{ background: perpetratorColour(i.perpetrator) }} />
                      {formatIncidentDate(i.date, i.datePrecision)} · {i.perpetrator ?? "unknown perpetrator"}
                      {i.province ? ` · ${i.province}` : ""}
                    </div>
                    <a href={`#incident-${i.id}`} className="text-xs text-blue-700 underline dark:text-blue-300">
                      Show the sentence
                    </a>
                  </li>
                ))}
              </ul>
            )}
            <h3 className="text-sm font-semibold">
              {a.tallies.length} running total{a.tallies.length === 1 ? "" : "s"}
            </h3>
            {a.tallies.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">None.</p>
            ) : (
              <ul className="mt-1 space-y-2 text-sm" aria-label="Running totals in this article">
                {a.tallies.map((t) => (
                  <li key={t.id} id={`tally-note-${t.id}`} className="border-l-4 border-sky-500 pl-2">
                    {t.reportedBy && <span className="font-semibold">{t.reportedBy}: </span>}
                    <strong>{tallyPhrase(t).figure}</strong>
                    {tallyPhrase(t).rest}
                    <div>
                      <a href={`#tally-${t.id}`} className="text-xs text-blue-700 underline dark:text-blue-300">
                        Show the sentence
                      </a>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </aside>

        <article aria-labelledby="text-title" className="min-w-0">
          <h2 id="text-title" className="sr-only">
            Article text
          </h2>
          <HighlightedText
            text={a.text}
            marks={marks}
            className="rounded-lg border border-slate-300 bg-white p-4 leading-relaxed sm:p-6 dark:border-slate-700 dark:bg-slate-900"
          />
          <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
            The text as received{a.publishedFrom ? `; publication date ${PUBLISHED_FROM[a.publishedFrom] ?? `from ${a.publishedFrom}`}` : ""}. Highlights mark
            the sentences the figures were read from.
          </p>
        </article>
      </div>
    </main>
  );
}
