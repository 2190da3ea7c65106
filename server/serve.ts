// The production web server: Next's request handler in several worker processes that share
// one port (node:cluster), because one Node event loop serves at most one core and Next's own
// work per request (about 2 ms here) then caps an instance near 400 requests a second. The
// workers hold no state of their own that matters: the read cache is keyed on PostgreSQL's
// snapshot, and sessions and rate-limit windows live in the database (lib/db/rate-limits.ts),
// so several machines running this server behind a load balancer agree as its workers do.
//
//   ATLAS_WORKERS   how many workers (default: the CPUs available, at most 4)
//   PORT            the port (default 3000)
//   ATLAS_HOST      the address to listen on (default: all interfaces)
//   ATLAS_TRUSTED_PROXIES  proxies whose X-Forwarded-For is believed (lib/api/client-address.ts)
//
// Each request reaches Next with the client's address in CLIENT_ADDRESS_HEADER, written here
// from the connection over whatever the client sent, since only this process sees the socket.
//
// A client that stops taking its response for 10 s is cut (server/stalled-clients.ts).
//
// SIGTERM / SIGINT: the workers stop accepting connections, finish the requests in flight
// (an export streaming included), then exit; the primary exits when they all have. A worker
// that dies is replaced; one that dies before it ever served stops the whole server, since a
// replacement would only fail the same way.
import cluster, { type Worker } from "node:cluster";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { CLIENT_ADDRESS_HEADER, clientAddress, trustedProxies } from "@/lib/api/client-address";
import { cutStalledClients } from "@/server/stalled-clients";

const ROOT = path.resolve(__dirname, "..");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.ATLAS_HOST || undefined;
const log = (s: string) => console.log(`[serve] ${s}`);
// Read at start in every process, so a list with a typo stops the server instead of trusting nobody silently.
const proxies = trustedProxies(process.env.ATLAS_TRUSTED_PROXIES);

function workerCount(): number {
  const asked = Number(process.env.ATLAS_WORKERS);
  if (Number.isInteger(asked) && asked >= 1) return asked;
  return Math.max(1, Math.min(os.availableParallelism(), 4));
}

function primary() {
  const count = workerCount();
  const ready = new Set<number>();
  let stopping = false;

  const fork = () => {
    const w = cluster.fork({ ATLAS_CLUSTER_WORKER: "1", NODE_ENV: "production" });
    w.on("message", (m: { atlas?: string } | null) => {
      if (m?.atlas !== "ready") return;
      ready.add(w.id);
      log(`Worker ${w.process.pid} ready.`);
      if (ready.size === count) log(`${count} worker process(es) serving on http://${hostname ?? "localhost"}:${port}`);
    });
    return w;
  };

  cluster.on("exit", (w: Worker, code, signal) => {
    if (stopping) return;
    if (!ready.has(w.id)) {
      log(`A worker exited before it could serve (code ${code ?? signal}); stopping.`);
      void stop(1);
      return;
    }
    ready.delete(w.id);
    log(`Worker ${w.process.pid} died (${signal ?? `code ${code}`}); starting another.`);
    fork();
  });

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve) => {
            const force = setTimeout(() => w.process.kill("SIGKILL"), 15_000);
            w.once("exit", () => {
              clearTimeout(force);
              resolve();
            });
            w.process.kill("SIGTERM");
          }),
      ),
    );
    process.exit(code);
  };
  process.on("SIGTERM", () => void stop(0));
  process.on("SIGINT", () => void stop(0));

  for (let i = 0; i < count; i++) fork();
}

/**
 * Renders the dashboard once, as a page and as the payload of a client-side filter change, on a
 * port of this worker's own, before the worker takes requests: a worker's first render loads
 * and compiles the whole page's code, which cost the first user to reach it (a filter change
 * landing on the other worker) about 0.7 s more than any later render. A failed warm-up (the
 * database not ready, say) is only logged: the worker serves anyway.
 */
async function warmUp(onRequest: http.RequestListener): Promise<void> {
  const started = Date.now();
  const warm = http.createServer(onRequest);
  try {
    await new Promise<void>((resolve, reject) => warm.once("error", reject).listen({ port: 0, host: "127.0.0.1", exclusive: true }, resolve));
    const { port: warmPort } = warm.address() as { port: number };
    for (const [pathname, headers] of [
      ["/", {}],
      ["/?province=Homs", { RSC: "1" }],
    ] as const) {
      const res = await fetch(`http://127.0.0.1:${warmPort}${pathname}`, { headers, signal: AbortSignal.timeout(30_000) });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${pathname} answered ${res.status}`);
    }
    log(`Worker ${process.pid} rendered the dashboard once in ${Date.now() - started} ms.`);
  } catch (e) {
    log(`Worker ${process.pid}: warming up failed (${(e as Error).message}); serving anyway.`);
  } finally {
    warm.closeAllConnections();
    await new Promise<void>((resolve) => warm.close(() => resolve()));
  }
}

async function worker() {
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: ROOT, hostname: hostname ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const onRequest: http.RequestListener = (req, res) => {
    const forwardedFor = req.headers["x-forwarded-for"];
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req.socket.remoteAddress, Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor, proxies);
    void handle(req, res);
  };
  await warmUp(onRequest);
  const server = http.createServer(onRequest);
  cutStalledClients(server);
  await new Promise<void>((resolve) => server.listen(port, hostname, resolve));
  process.send?.({ atlas: "ready" });

  let closing = false;
  const close = () => {
    if (closing) return;
    closing = true;
    // Stop accepting, let the requests in flight finish, drop idle keep-alive connections.
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 12_000).unref();
  };
  process.on("SIGTERM", close);
  process.on("SIGINT", () => {}); // Ctrl-C reaches the whole group: the primary decides.
  // The primary is gone (killed): nobody will replace or stop this worker, so it stops itself.
  process.on("disconnect", close);
}

if (cluster.isPrimary) primary();
else
  worker().catch((e) => {
    console.error(e);
    process.exit(1);
  });
