// Cuts the connections whose client stopped taking its response: data waits to be sent and none
// of it has left for STALL_MS. Such a client otherwise keeps what its response holds (an export
// holds a database connection and an export slot) for as long as it likes. A slow client that
// still takes a little is left alone, and so is a response that is still being computed.
import type http from "node:http";
import type net from "node:net";

export const STALL_MS = 10_000;

/**
 * Where the socket's sending stands: the bytes whose writes are done, and what libuv still holds
 * of the write in progress (that write counts as unsent in bytesWritten and writableLength until
 * its last byte leaves, however large it is). Any change in either is progress.
 */
function sendingState(socket: net.Socket): string {
  const inProgress = (socket as unknown as { _handle?: { writeQueueSize?: number } })._handle?.writeQueueSize ?? 0;
  return `${socket.bytesWritten - socket.writableLength}/${inProgress}`;
}

export function cutStalledClients(server: http.Server, stallMs = STALL_MS): void {
  const progress = new Map<net.Socket, { state: string; at: number }>();
  server.on("connection", (socket: net.Socket) => {
    progress.set(socket, { state: "", at: Date.now() });
    socket.once("close", () => progress.delete(socket));
  });
  const check = setInterval(
    () => {
      const now = Date.now();
      for (const [socket, p] of progress) {
        const state = sendingState(socket);
        if (socket.writableLength === 0 || state !== p.state) {
          p.state = state;
          p.at = now;
        } else if (now - p.at >= stallMs) socket.destroy();
      }
    },
    Math.min(1000, stallMs / 4),
  );
  check.unref();
  server.once("close", () => clearInterval(check));
}
