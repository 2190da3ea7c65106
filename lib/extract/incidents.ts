// From an article to incidents and tallies, in stages, each a module with its own input and output:
//   doc.ts      the article's sentences, with their casualty figures, dates and places (mentions)
//   frames.ts   each sentence read on its own: tallies apart, one frame per attack statement
//   resolve.ts  each frame placed in its article: date, place, attacker from context; a frame that only
//               adds wounded or the attackers' dead to the statement before is folded into it
//   events.ts   statements of one attack (headline, lead, body, second sources, revisions) grouped
// and here, one incident per event.
import type { ParsedArticle } from "./article";
import { ArticleDoc } from "./doc";
import { groupStatements } from "./events";
import { readFrames } from "./frames";
import { resolveStatements, type Statement } from "./resolve";
import type { ExtractedIncident, ExtractedTally } from "./types";

export interface ExtractionParts {
  incidents: ExtractedIncident[];
  tallies: ExtractedTally[];
}

/**
 * A headline whose figure is a tally of the body ("Death toll of week-long clashes rises to 14") is that
 * tally, not an attack, unless the body also tells an attack with that figure.
 */
function withoutHeadlineTallies(statements: Statement[], tallies: ExtractedTally[]): Statement[] {
  const tallyCounts = new Set(tallies.map((t) => t.count));
  const bodyCounts = new Set(statements.filter((s) => !s.heading).map((s) => s.incident.killed));
  return statements.filter((s) => !(s.heading && s.incident.killed !== null && tallyCounts.has(s.incident.killed) && !bodyCounts.has(s.incident.killed)));
}

/** The same tally told in the headline and the body ("Monthly toll | 1,021 killed"): one tally, the body's. */
function uniqueTallies(doc: ArticleDoc, tallies: ExtractedTally[]): ExtractedTally[] {
  const heading = new Set(doc.infos.filter((x) => x.s.heading).map((x) => x.s.start));
  return tallies.filter((t) => !(heading.has(t.evidenceStart) && tallies.some((o) => o !== t && o.count === t.count && !heading.has(o.evidenceStart))));
}

/** Extract incidents and tallies from an article already read by readArticle. */
export function extractFromArticle(article: ParsedArticle): ExtractionParts {
  const doc = new ArticleDoc(article);
  const { frames, tallies } = readFrames(doc);
  const statements = withoutHeadlineTallies(resolveStatements(doc, frames), tallies);
  const events = groupStatements(statements);
  return { incidents: events.map((e) => e.merged), tallies: uniqueTallies(doc, tallies) };
}
