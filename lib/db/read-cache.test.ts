import { describe, expect, it } from "vitest";
import { sharedAfterArrival } from "@/lib/db/read-cache";

/** A query whose answers the test releases one by one, numbered in the order the calls were sent. */
function controlledQuery() {
  const pending: ((v: number) => void)[] = [];
  let sent = 0;
  const query = () => {
    sent++;
    const n = sent;
    return new Promise<number>((resolve, reject) => pending.push((v) => (v < 0 ? reject(new Error("down")) : resolve(v ?? n))));
  };
  return { query, sent: () => sent, answer: (v?: number) => pending.shift()!(v ?? sent) };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe("sharedAfterArrival", () => {
  it("gives a caller that arrives while a call is in flight the next call, never the one in flight", async () => {
    const q = controlledQuery();
    const snapshot = sharedAfterArrival(q.query);
    const first = snapshot();
    const second = snapshot(); // arrives while call 1 is in flight
    const third = snapshot();
    expect(q.sent()).toBe(1);
    q.answer();
    expect(await first).toBe(1);
    await settle();
    // Call 2 is sent only now, after the newcomers arrived, and both share it.
    expect(q.sent()).toBe(2);
    q.answer();
    expect(await second).toBe(2);
    expect(await third).toBe(2);
  });

  it("sends a new call for a caller that arrives after the last one was answered", async () => {
    const q = controlledQuery();
    const snapshot = sharedAfterArrival(q.query);
    const first = snapshot();
    q.answer();
    await first;
    const later = snapshot();
    expect(q.sent()).toBe(2);
    q.answer();
    expect(await later).toBe(2);
  });

  it("lets a failed call fail only its own callers; those waiting get a call of their own", async () => {
    const q = controlledQuery();
    const snapshot = sharedAfterArrival(q.query);
    const first = snapshot();
    const waiting = snapshot();
    q.answer(-1);
    await expect(first).rejects.toThrow("down");
    await settle();
    expect(q.sent()).toBe(2);
    q.answer();
    expect(await waiting).toBe(2);
  });
});
