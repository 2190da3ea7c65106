// What every scenario of bench:api gets: the arguments, the database and the running server.
import type { Database } from "@/server/database";
import type { Args } from "./args";
import type { BenchServer } from "./server";

export interface BenchContext {
  args: Args;
  database: Database;
  server: BenchServer;
  /** The server's base URL, e.g. http://127.0.0.1:41234. */
  base: string;
}

/** One target of issue 6 and what a run measured against it. */
export interface Check {
  target: string;
  measured: string;
  pass: boolean;
}

/** A query string on the synthetic dataset. */
export const q = (params: Record<string, string>) => new URLSearchParams({ dataset: "synthetic", ...params }).toString();

export async function getJson(base: string, p: string): Promise<{ status: number; body: unknown }> {
  const r = await fetch(base + p);
  const text = await r.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: r.status, body };
}
