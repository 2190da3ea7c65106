import { describe, expect, it } from "vitest";
import { invalid } from "@/lib/errors";
import { fetchFailure } from "@/lib/ingest/fetch-page";
import { mayPass } from "@/lib/jobs/ingest";
import { isDatabaseAway } from "@/lib/jobs/worker";

describe("which failures an ingest job retries", () => {
  it("retries what may pass: the network, a timeout, a server error, anything that is not a refusal", () => {
    expect(mayPass(fetchFailure("network", "reset"))).toBe(true);
    expect(mayPass(fetchFailure("timeout", "slow"))).toBe(true);
    expect(mayPass(fetchFailure("status", "HTTP 503", { status: 503 }))).toBe(true);
    expect(mayPass(fetchFailure("status", "HTTP 429", { status: 429 }))).toBe(true);
    expect(mayPass(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(mayPass(fetchFailure("robots", "robots.txt answered HTTP 503", { status: 503 }))).toBe(true);
  });

  it("dead-letters at once what will not change: no article, not HTML, a 404, a private address", () => {
    expect(mayPass(invalid("The page has no article text", "url"))).toBe(false);
    expect(mayPass(fetchFailure("not_html", "a PDF"))).toBe(false);
    expect(mayPass(fetchFailure("status", "HTTP 404", { status: 404 }))).toBe(false);
    expect(mayPass(fetchFailure("address", "10.0.0.1"))).toBe(false);
    expect(mayPass(fetchFailure("robots", "robots.txt disallows /news"))).toBe(false);
  });

  it("tells a lost database connection from other errors", () => {
    expect(isDatabaseAway(Object.assign(new Error("the database system is shutting down"), { code: "57P03" }))).toBe(true);
    expect(isDatabaseAway(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseAway(new TypeError("x is undefined"))).toBe(false);
  });
});
