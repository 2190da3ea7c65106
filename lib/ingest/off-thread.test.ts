// The worker thread for real (loaded under tsx as in production): its answers, its time limit,
// and an event loop that stays free meanwhile.
import { describe, expect, it } from "vitest";
import { convertFileOffThread, extractOffThread, TIME_LIMIT_MS } from "./off-thread";

/** Runs `work` while a timer ticks every 20 ms: the work's result and the longest gap between ticks. */
async function whileTicking<T>(work: () => Promise<T>): Promise<{ result: T | Error; longestGap: number }> {
  let last = Date.now();
  let longestGap = 0;
  const tick = setInterval(() => {
    longestGap = Math.max(longestGap, Date.now() - last);
    last = Date.now();
  }, 20);
  const result = await work().catch((e: Error) => e);
  // One more tick, so that a gap still open when the work ended is counted.
  await new Promise((r) => setTimeout(r, 40));
  clearInterval(tick);
  return { result, longestGap };
}

describe("off the event loop", () => {
  it("converts a page and extracts its incidents with the sentences", { timeout: 30_000 }, async () => {
    const page = await convertFileOffThread(
      "a.html",
      "<html><head><title>Attack</title></head><body><p>Five soldiers were killed near Palmyra.</p></body></html>",
    );
    expect(page).toEqual({ text: "Five soldiers were killed near Palmyra.", title: "Attack" });
    const { extraction, sentences } = await extractOffThread({ text: page.text, publishedAt: "2024-03-14" }, true);
    expect(extraction.incidents).toHaveLength(1);
    expect(sentences).toEqual([{ start: 0, end: page.text.length }]);
  });

  it("keeps the error's kind and parameter across the thread", { timeout: 30_000 }, async () => {
    await expect(extractOffThread({ text: "\u0000\u0001\u0002\u0003\u0004 binary" })).rejects.toMatchObject({ kind: "invalid", param: "text" });
    await expect(convertFileOffThread("deep.html", "<div>".repeat(300_000))).rejects.toMatchObject({ kind: "invalid", param: "file" });
  });

  it("stops a page that takes too long to lay out, with a 400 that says so, while the event loop stays free", { timeout: 60_000 }, async () => {
    await convertFileOffThread("warm.html", "<p>x</p>");
    const table = `<table><tr>${"<td>x".repeat(100_000)}</tr></table>`;
    const started = Date.now();
    const { result, longestGap } = await whileTicking(() => convertFileOffThread("table.html", table));
    expect(result).toMatchObject({ kind: "invalid", param: "file", message: expect.stringMatching(/too complex.*longer than/) });
    expect(Date.now() - started).toBeLessThan(TIME_LIMIT_MS + 2000);
    expect(longestGap).toBeLessThan(500);
    // A new thread takes the next job.
    expect((await convertFileOffThread("b.txt", "plain")).text).toBe("plain");
  });
});
