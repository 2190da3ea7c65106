// Fetching a news page an editor names, safely: http(s) only, one time limit over the whole
// fetch, a size limit counted while the body streams, at most 5 redirects, and no connection to
// loopback, private, link-local or metadata addresses. The host is resolved here and the socket
// connects to the address that was checked, so a DNS answer that changes in between (rebinding)
// cannot reach an address that was never checked; every redirect is checked the same way. Each
// host's robots.txt is read first and honoured, and a host gets one request at a time with a
// pause between (politeness.ts); waiting for a host's turn does not count against the time limit.
// Relative imports: the ingest CLI uses this outside the Next bundle too.
import dns from "node:dns/promises";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { pipeline, type Readable } from "node:stream";
import zlib from "node:zlib";
import { DomainError } from "../errors";
import { allowedHosts, isBlockedAddress } from "./address-policy";
import { DEFAULT_HOST_DELAY_MS, politely } from "./politeness";
import { cachedRobots, rememberRobots, ROBOTS_AGENT, ROBOTS_MAX_BYTES, type RobotsAnswer, robotsAllow, robotsAnswer } from "./robots";

export const USER_AGENT = "ConflictAtlas/0.1 (news article reader for conflict research)";
export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const MAX_REDIRECTS = 5;

export interface Address {
  address: string;
  family: number;
}

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Hosts that may be on a private address (ATLAS_FETCH_ALLOW_HOSTS by default). */
  allowHosts?: Set<string>;
  /** The resolver: dns.lookup of every address by default; tests give their own. */
  resolve?: (host: string) => Promise<Address[]>;
  /** The pause after a request before the next one to the same host (ATLAS_FETCH_HOST_DELAY_MS). */
  hostDelayMs?: number;
  /** What the body must be: an HTML page (the default), or a feed (RSS, Atom or JSON Feed). */
  expect?: "html" | "feed";
  /** The validators of the copy already read: a server that has nothing newer answers 304. */
  conditional?: { etag?: string | null; lastModified?: string | null };
}

export interface FetchedPage {
  /** Where the page was read, after redirects, without its fragment. */
  url: string;
  html: string;
  /** The server answered 304 to a conditional fetch: nothing new, and `html` is empty. */
  notModified?: boolean;
  etag?: string;
  lastModified?: string;
}

export type FetchFailure = "url" | "address" | "redirects" | "status" | "not_html" | "too_big" | "timeout" | "network" | "robots";

/** A page that cannot be had: a 400 naming the URL, with the reason for scripts in `details.reason`. */
export const fetchFailure = (reason: FetchFailure, message: string, more: Record<string, unknown> = {}) =>
  new DomainError("invalid", message, "url", { reason, ...more });

type Limits = Required<FetchOptions>;

/** The limits from the environment (ATLAS_FETCH_TIMEOUT_MS, ATLAS_FETCH_MAX_BYTES, ATLAS_FETCH_ALLOW_HOSTS, ATLAS_FETCH_HOST_DELAY_MS), read at each fetch. */
export function envFetchOptions(env: NodeJS.ProcessEnv = process.env): FetchOptions {
  const num = (v: string | undefined) => (v && Number(v) > 0 ? Number(v) : undefined);
  const delay = env.ATLAS_FETCH_HOST_DELAY_MS?.trim();
  return {
    timeoutMs: num(env.ATLAS_FETCH_TIMEOUT_MS),
    maxBytes: num(env.ATLAS_FETCH_MAX_BYTES),
    allowHosts: allowedHosts(env.ATLAS_FETCH_ALLOW_HOSTS),
    hostDelayMs: delay && /^\d+$/.test(delay) ? Number(delay) : undefined,
  };
}

async function lookupAll(host: string): Promise<Address[]> {
  return dns.lookup(host, { all: true, verbatim: true });
}

/** The URL as a web address without its fragment, or a refusal. */
export function webAddress(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw fetchFailure("url", `${raw.slice(0, 200)} is not a URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw fetchFailure("url", `Only http and https pages can be fetched, not ${url.protocol}`);
  url.hash = "";
  return url;
}

/** The address to connect to: every address the host has must be public, unless the host is allowed. */
export async function checkedAddress(url: URL, o: Pick<Limits, "allowHosts" | "resolve">): Promise<Address> {
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const literal = isIP(host);
  let addresses: Address[];
  try {
    addresses = literal ? [{ address: host, family: literal }] : await o.resolve(host);
  } catch (e) {
    throw fetchFailure("network", `${host} could not be resolved (${(e as NodeJS.ErrnoException).code ?? "DNS error"})`);
  }
  if (!addresses.length) throw fetchFailure("network", `${host} has no address`);
  if (o.allowHosts.has(host)) return addresses[0]!;
  const bad = addresses.find((a) => isBlockedAddress(a.address));
  if (bad) throw fetchFailure("address", `${host} is a private, loopback or link-local address (${bad.address}): the atlas does not fetch from it`);
  return addresses[0]!;
}

/** A lookup that answers the checked address whatever is asked, so the socket goes nowhere else. */
const pinned =
  (a: Address): LookupFunction =>
  (_host, options, callback) =>
    options.all ? callback(null, [a]) : callback(null, a.address, a.family);

const ACCEPT = {
  html: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
  feed: "application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,application/json;q=0.8,*/*;q=0.1",
};

/** The request's headers: what the page or feed is expected to be, and its validators (never sent for robots.txt). */
function requestHeaders(o: Pick<Limits, "expect" | "conditional">): Record<string, string> {
  const headers: Record<string, string> = { "user-agent": USER_AGENT, accept: ACCEPT[o.expect], "accept-encoding": "gzip, deflate, br" };
  if (o.conditional.etag) headers["if-none-match"] = o.conditional.etag;
  if (o.conditional.lastModified) headers["if-modified-since"] = o.conditional.lastModified;
  return headers;
}

function get(url: URL, address: Address, headers: Record<string, string>, signal: AbortSignal): Promise<IncomingMessage> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(url, { method: "GET", headers, signal, agent: false, lookup: pinned(address) }, resolve);
    req.on("error", reject);
    req.end();
  });
}

const isRedirect = (status: number) => [301, 302, 303, 307, 308].includes(status);

/** The response's body decoded from its content encoding; a stream that fails fails this one too. */
function decoded(res: IncomingMessage): Readable {
  const encoding = (res.headers["content-encoding"] ?? "identity").toLowerCase().trim();
  const decoder = { gzip: zlib.createGunzip, "x-gzip": zlib.createGunzip, deflate: zlib.createInflate, br: zlib.createBrotliDecompress }[encoding];
  if (encoding === "identity" || encoding === "") return res;
  if (!decoder) throw fetchFailure("not_html", `The page is sent in an encoding the atlas cannot read (${encoding})`);
  return pipeline(res, decoder(), () => {});
}

/** The body, read until `max` bytes: past that the connection is closed and the page refused. */
async function readLimited(res: IncomingMessage, max: number): Promise<Buffer> {
  if (Number(res.headers["content-length"] ?? 0) > max) throw tooBig(max);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of decoded(res)) {
    size += (chunk as Buffer).length;
    if (size > max) {
      res.destroy();
      throw tooBig(max);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The first `max` bytes of the body, the rest left unread (a robots.txt longer than that is read in part, as RFC 9309 allows). */
async function readUpTo(res: IncomingMessage, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of decoded(res)) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size >= max) break;
  }
  res.destroy();
  return Buffer.concat(chunks).subarray(0, max);
}

const tooBig = (max: number) => fetchFailure("too_big", `The page is larger than ${Math.round(max / 1024 / 1024)} MB, the most the atlas reads`);

/** A feed is XML or JSON: its parser, not the type its server declares, has the last word. */
const FEED_TYPE = /^(application\/([\w.+-]+\+)?(xml|json)|text\/xml|text\/plain)$/;

/** HTML (or a feed, when one is expected) by its declared type, or, when it declares none, by how it starts. */
function checkType(res: IncomingMessage, expect: Limits["expect"]): void {
  const type = (res.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (!type || type === "text/html" || type === "application/xhtml+xml") return;
  if (expect === "feed" && FEED_TYPE.test(type)) return;
  res.destroy();
  throw fetchFailure("not_html", `The page is not HTML (it is ${type})`);
}

/** The text of the body in the charset its header or its first <meta> names, UTF-8 otherwise. */
export function decodeHtml(bytes: Buffer, contentType = ""): string {
  const head = bytes.subarray(0, 2048).toString("latin1");
  const label = /charset=["']?([\w.:-]+)/i.exec(contentType)?.[1] ?? /<meta[^>]+charset=["']?([\w.:-]+)/i.exec(head)?.[1] ?? "utf-8";
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder("utf-8");
  }
  return decoder.decode(bytes);
}

/** Rejects when the signal fires: a DNS lookup cannot be cancelled, but the time limit must still hold. */
const aborted = (signal: AbortSignal) => new Promise<never>((_, reject) => signal.addEventListener("abort", () => reject(signal.reason), { once: true }));

/** One hop: connect to the checked address; answers the response with its status and headers. */
async function hop(url: URL, o: Limits, signal: AbortSignal, headers = requestHeaders(o)): Promise<IncomingMessage> {
  const address = await Promise.race([checkedAddress(url, o), aborted(signal)]);
  return get(url, address, headers, signal);
}

/**
 * The time limit of one fetch, spent only while a request runs: the wait for a host's turn is the
 * atlas's own politeness, not the page's slowness.
 */
class Budget {
  constructor(
    private left: number,
    private readonly total: number,
  ) {}

  async run<T>(task: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const started = Date.now();
    const timer = setTimeout(() => controller.abort(), Math.max(this.left, 0));
    try {
      return await task(controller.signal);
    } catch (e) {
      if (controller.signal.aborted && !(e instanceof DomainError)) throw fetchFailure("timeout", `The page did not arrive within ${this.total / 1000} s`);
      throw e;
    } finally {
      clearTimeout(timer);
      this.left -= Date.now() - started;
    }
  }
}

/** A request to a host in its turn, within the time limit. */
const inTurn = <T>(url: URL, o: Limits, budget: Budget, task: (signal: AbortSignal) => Promise<T>) => politely(url.host, o.hostDelayMs, () => budget.run(task));

/** What the origin's robots.txt says, read through the same checks (and redirects) as a page. */
async function readRobots(url: URL, o: Limits, signal: AbortSignal): Promise<RobotsAnswer> {
  const robotsUrl = new URL("/robots.txt", url);
  let target = robotsUrl;
  for (let redirects = 0; ; redirects++) {
    const res = await hop(target, o, signal, requestHeaders({ expect: "html", conditional: {} }));
    const status = res.statusCode ?? 0;
    if (isRedirect(status) && res.headers.location) {
      res.destroy();
      // RFC 9309: a robots.txt that redirects more than five times may be taken as unavailable.
      if (redirects >= o.maxRedirects) return { kind: "none" };
      target = webAddress(new URL(res.headers.location, target).href);
      continue;
    }
    const ok = status >= 200 && status < 300;
    const body = ok ? (await readUpTo(res, ROBOTS_MAX_BYTES)).toString("utf8") : "";
    if (!ok) res.destroy();
    return robotsAnswer(robotsUrl.href, status, body);
  }
}

/** Refuses a page the origin's robots.txt keeps the atlas from (read once per origin and cached). */
async function checkRobots(url: URL, o: Limits, budget: Budget): Promise<void> {
  let answer = cachedRobots(url.origin);
  if (!answer) {
    answer = await inTurn(url, o, budget, (signal) => readRobots(url, o, signal));
    rememberRobots(url.origin, answer);
  }
  if (answer.kind === "unreachable") {
    throw fetchFailure("robots", `The robots.txt of ${url.host} answered HTTP ${answer.status}: until it answers, the atlas fetches nothing there`, {
      status: answer.status,
    });
  }
  if (!robotsAllow(answer, url.href)) {
    throw fetchFailure("robots", `The robots.txt of ${url.host} disallows ${url.pathname} for ${ROBOTS_AGENT}: the atlas does not fetch it`);
  }
}

type Step = { redirect: URL } | { page: FetchedPage };

const validators = (res: IncomingMessage) => ({
  ...(res.headers.etag ? { etag: res.headers.etag } : {}),
  ...(res.headers["last-modified"] ? { lastModified: res.headers["last-modified"] } : {}),
});

/** One request for the page: a redirect to follow, or the page. */
async function pageStep(url: URL, o: Limits, signal: AbortSignal): Promise<Step> {
  const res = await hop(url, o, signal);
  const status = res.statusCode ?? 0;
  if (isRedirect(status) && res.headers.location) {
    res.destroy();
    return { redirect: webAddress(new URL(res.headers.location, url).href) };
  }
  if (status === 304 && (o.conditional.etag || o.conditional.lastModified)) {
    res.destroy();
    return { page: { url: url.href, html: "", notModified: true, ...validators(res) } };
  }
  if (status < 200 || status > 299) {
    res.destroy();
    throw fetchFailure("status", `The page answered HTTP ${status}`, { status });
  }
  checkType(res, o.expect);
  const bytes = await readLimited(res, o.maxBytes);
  const html = decodeHtml(bytes, res.headers["content-type"]);
  if (o.expect === "feed") return { page: { url: url.href, html, ...validators(res) } };
  if (!res.headers["content-type"] && !/^\s*(<!--[\s\S]*?-->\s*)*<(!doctype html|html|head|body)/i.test(html)) {
    throw fetchFailure("not_html", "The page is not HTML");
  }
  return { page: { url: url.href, html } };
}

async function fetchWithin(raw: string, o: Limits, budget: Budget): Promise<FetchedPage> {
  let url = webAddress(raw);
  for (let redirects = 0; ; redirects++) {
    await checkRobots(url, o, budget);
    const step = await inTurn(url, o, budget, (signal) => pageStep(url, o, signal));
    if ("page" in step) return step.page;
    if (redirects >= o.maxRedirects) throw fetchFailure("redirects", `The page redirects more than ${o.maxRedirects} times`);
    url = step.redirect;
  }
}

/** Fetches an HTML page within the limits; every failure is a DomainError (a 400) that says why, never a socket error. */
export async function fetchPage(raw: string, opts: FetchOptions = envFetchOptions()): Promise<FetchedPage> {
  const o: Limits = {
    timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
    maxRedirects: opts.maxRedirects ?? MAX_REDIRECTS,
    allowHosts: opts.allowHosts ?? allowedHosts(),
    resolve: opts.resolve ?? lookupAll,
    hostDelayMs: opts.hostDelayMs ?? DEFAULT_HOST_DELAY_MS,
    expect: opts.expect ?? "html",
    conditional: opts.conditional ?? {},
  };
  try {
    return await fetchWithin(raw, o, new Budget(o.timeoutMs, o.timeoutMs));
  } catch (e) {
    if (e instanceof DomainError) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
    throw fetchFailure("network", `The page could not be fetched (${code})`);
  }
}
