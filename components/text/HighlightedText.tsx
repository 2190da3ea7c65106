// An article text with marked spans (the evidence sentences of incidents and tallies),
// rendered as text, never as HTML. Spans may overlap or coincide (one sentence can carry two
// incidents, or an incident and a tally): the text is cut at every span boundary and each
// piece is wrapped in a <mark> per span that covers it; each span ends with a link to what
// it is evidence of.
import Link from "next/link";

export interface TextMark {
  /** Unique within the text, used as the element id (e.g. "incident-12"). */
  key: string;
  kind: "incident" | "tally" | "evidence";
  start: number;
  end: number;
  /** The label of the link placed after the span (e.g. "#12"); no link when absent. */
  linkLabel?: string;
  href?: string;
  /** Accessible description of the span, e.g. "Incident 12: 54 killed". */
  title: string;
}

const KIND_CLASS: Record<TextMark["kind"], string> = {
  incident: "bg-amber-200 text-slate-950 dark:bg-amber-300/80",
  tally: "bg-sky-200 text-slate-950 dark:bg-sky-300/80",
  evidence: "bg-amber-200 text-slate-950 font-medium dark:bg-amber-300/90",
};

export function HighlightedText({ text, marks, className = "" }: { text: string; marks: TextMark[]; className?: string }) {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const out: React.ReactNode[] = [];
  const started = new Set<string>();
  for (let c = 0; c < cuts.length - 1; c++) {
    const from = cuts[c]!;
    const to = cuts[c + 1]!;
    const covering = valid.filter((m) => m.start <= from && m.end >= to);
    let node: React.ReactNode = text.slice(from, to);
    // Innermost first: the shortest span wraps the text directly.
    for (const m of [...covering].sort((a, b) => a.end - a.start - (b.end - b.start))) {
      const first = !started.has(m.key);
      started.add(m.key);
      node = (
        <mark
          key={`${m.key}-${from}`}
          id={first ? m.key : undefined}
          className={`evidence ${KIND_CLASS[m.kind]}`}
          data-kind={m.kind}
          data-mark={m.key}
          title={m.title}
        >
          {node}
        </mark>
      );
    }
    out.push(<span key={`t-${from}`}>{node}</span>);
    // Links after the spans that end here.
    for (const m of valid.filter((v) => v.end === to && v.href)) {
      out.push(
        <Link
          key={`l-${m.key}`}
          href={m.href!}
          className={`ml-0.5 rounded px-1 align-super text-[0.7em] font-semibold no-underline ring-1 ${
            m.kind === "tally"
              ? "text-sky-900 ring-sky-600 dark:text-sky-200 dark:ring-sky-400"
              : "text-amber-900 ring-amber-600 dark:text-amber-200 dark:ring-amber-400"
          }`}
          aria-label={m.title}
        >
          {m.linkLabel}
        </Link>,
      );
    }
  }
  return <div className={`whitespace-pre-wrap break-words ${className}`}>{out}</div>;
}

/** The paragraph(s) around [start, end): from the blank line before to the blank line after. */
export function paragraphAround(text: string, start: number, end: number, maxExtra = 600): { from: number; to: number } {
  let from = text.lastIndexOf("\n\n", start);
  from = from < 0 ? 0 : from + 2;
  if (start - from > maxExtra) from = Math.max(0, text.lastIndexOf(". ", start - maxExtra) + 2);
  let to = text.indexOf("\n\n", end);
  to = to < 0 ? text.length : to;
  if (to - end > maxExtra) {
    const dot = text.indexOf(". ", end + maxExtra);
    to = dot < 0 ? text.length : dot + 1;
  }
  return { from, to };
}
