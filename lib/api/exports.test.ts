import { describe, expect, it } from "vitest";
import { EXPORT_POOL_SIZE } from "@/lib/db/client";
import { exportResponse } from "./exports";

const headers = { "Content-Type": "text/plain" };

/** An export of `n` chunks that notes when it was closed. */
function chunks(n: number): { source: AsyncIterable<string>; closed: () => boolean } {
  let closed = false;
  async function* gen() {
    try {
      for (let i = 0; i < n; i++) yield `${i}\n`;
    } finally {
      closed = true;
    }
  }
  return { source: gen(), closed: () => closed };
}

const fill = () => Promise.all(Array.from({ length: EXPORT_POOL_SIZE }, () => exportResponse(() => chunks(1000).source, headers)));
const refusal = () =>
  exportResponse(() => chunks(1).source, headers).then(
    () => null,
    (e: { status: number; details?: Record<string, unknown> }) => e,
  );

describe("exportResponse", () => {
  it("runs as many exports at once as the export pool has connections, and refuses one more with a 429 and Retry-After", async () => {
    const running = await fill();
    expect(await refusal()).toMatchObject({ status: 429, details: { retryAfterSeconds: expect.any(Number) } });
    for (const r of running) expect(await r.text()).toContain("999");
    // Finished exports gave their slots back.
    for (const r of await fill()) expect(await r.text()).toContain("999");
  });

  it("gives the slot back when the download is cancelled, and closes the export", async () => {
    const c = chunks(1000);
    const first = await exportResponse(() => c.source, headers);
    const others = await Promise.all(Array.from({ length: EXPORT_POOL_SIZE - 1 }, () => exportResponse(() => chunks(1000).source, headers)));
    const reader = first.body!.getReader();
    await reader.read();
    await reader.cancel();
    expect(c.closed()).toBe(true);
    const next = await exportResponse(() => chunks(2).source, headers);
    expect(await next.text()).toBe("0\n1\n");
    for (const r of others) await r.body!.cancel();
  });

  it("gives the slot back when the export cannot start", async () => {
    for (let i = 0; i <= EXPORT_POOL_SIZE; i++) {
      await expect(exportResponse(() => Promise.reject(new Error("database down")), headers)).rejects.toThrow("database down");
    }
    expect(await (await exportResponse(() => chunks(1).source, headers)).text()).toBe("0\n");
  });
});
