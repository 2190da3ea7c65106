// robots.txt for the fetcher (RFC 9309): what a host's answer means for the atlas's User-Agent,
// and a cache per origin so that a feed's items do not each ask for it again.
// Relative imports: the ingest CLI uses this outside the Next bundle too.
import robotsParser from "robots-parser";

/** The product token robots.txt groups are matched against (the User-Agent's first word). */
export const ROBOTS_AGENT = "ConflictAtlas";
/** How long a host's robots.txt is believed before it is read again. */
export const ROBOTS_TTL_MS = 60 * 60 * 1000;
/** The most of a robots.txt read (RFC 9309 asks crawlers to parse at least 500 KiB). */
export const ROBOTS_MAX_BYTES = 512 * 1024;

type Rules = ReturnType<typeof robotsParser>;
export type RobotsAnswer = { kind: "rules"; rules: Rules } | { kind: "none" } | { kind: "unreachable"; status: number };

/**
 * What a robots.txt response means (RFC 9309, 2.3.1): a 2xx body's rules; a 4xx means there are
 * none (everything allowed); a 5xx means the server cannot say, so nothing may be fetched.
 */
export function robotsAnswer(robotsUrl: string, status: number, body: string): RobotsAnswer {
  if (status >= 200 && status < 300) return { kind: "rules", rules: robotsParser(robotsUrl, body) };
  if (status >= 400 && status < 500) return { kind: "none" };
  return { kind: "unreachable", status };
}

/** Whether the answer lets the atlas fetch the page (a page of another origin is not its business). */
export function robotsAllow(answer: RobotsAnswer, pageUrl: string): boolean {
  if (answer.kind === "none") return true;
  if (answer.kind === "unreachable") return false;
  return answer.rules.isAllowed(pageUrl, ROBOTS_AGENT) ?? true;
}

const cache = new Map<string, { answer: RobotsAnswer; until: number }>();

/** The origin's answer while it is fresh. */
export function cachedRobots(origin: string, now = Date.now()): RobotsAnswer | null {
  const hit = cache.get(origin);
  if (hit && hit.until > now) return hit.answer;
  cache.delete(origin);
  return null;
}

/** Keeps an answer; a failing server is asked again next time, since it may be back. */
export function rememberRobots(origin: string, answer: RobotsAnswer, now = Date.now()): void {
  if (answer.kind !== "unreachable") cache.set(origin, { answer, until: now + ROBOTS_TTL_MS });
}

/** For tests: forget every host's robots.txt. */
export function forgetRobots(): void {
  cache.clear();
}
