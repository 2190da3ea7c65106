import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { cutStalledClients } from "./stalled-clients";

const STALL_MS = 3000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let server: http.Server;
let serverSideClosed: Promise<number>;

/** A server whose answer is 64 MB, written as fast as the client takes it, after `thinkMs`; notes when it closes the connection. */
async function serve(thinkMs = 0): Promise<number> {
  server = http.createServer(async (_req, res) => {
    await sleep(thinkMs);
    const chunk = Buffer.alloc(1024 * 1024, "x");
    for (let i = 0; i < 64 && !res.destroyed; i++) if (!res.write(chunk)) await new Promise((r) => res.once("drain", r).once("close", r));
    res.end();
  });
  serverSideClosed = new Promise((r) => server.once("connection", (s) => s.once("close", () => r(Date.now()))));
  cutStalledClients(server, STALL_MS);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return (server.address() as AddressInfo).port;
}

/** Asks for the answer and, when `slowly`, takes what has arrived every 100 ms (tens of KB); otherwise nothing. */
function download(port: number, slowly: boolean): { taken: () => number } {
  let taken = 0;
  http.get({ host: "127.0.0.1", port, path: "/", agent: false }, (res) => {
    res.pause();
    if (!slowly) return;
    const tick = setInterval(() => (taken += (res.read() as Buffer | null)?.length ?? 0), 100);
    res.once("close", () => clearInterval(tick));
  });
  return { taken: () => taken };
}

afterEach(() => {
  server.closeAllConnections();
  server.close();
});

describe("cutStalledClients", () => {
  it("cuts a client that stops taking its answer", { timeout: 20_000 }, async () => {
    const started = Date.now();
    download(await serve(), false);
    const closed = await Promise.race([serverSideClosed, sleep(STALL_MS * 3).then(() => null)]);
    expect(closed, "the stalled client was never cut").not.toBeNull();
    expect(closed! - started).toBeGreaterThanOrEqual(STALL_MS);
  });

  it("leaves alone an answer that takes long to start, and a slow client that keeps taking a little", { timeout: 20_000 }, async () => {
    const client = download(await serve(STALL_MS * 1.5), true);
    const closed = await Promise.race([serverSideClosed, sleep(STALL_MS * 3).then(() => null)]);
    expect(closed).toBeNull();
    expect(client.taken()).toBeGreaterThan(64 * 1024);
  });
});
