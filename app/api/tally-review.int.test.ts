// Tallies a reviewer corrected or removed (issue 19, defect 8) are stored as the reviewer left
// them and stay so through re-extraction; an article sent without tallies keeps the extractor's.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postArticle } from "@/app/api/articles/route";
import { createApiToken, upsertEditor } from "@/lib/auth/editors";
import { db, disconnectDb } from "@/lib/db/client";
import { reextractAll } from "@/lib/db/reextract";
import { resetDatabase } from "@/lib/testing/db";

let token = "";
const TALLY = "The Observatory says at least 753 soldiers have been killed in the desert since March 24, 2019.";
const text = (n: number) => `Four soldiers were killed on Tuesday near Sukhnah in Homs province, a monitor said (report ${n}).\n\n${TALLY}`;
const tallyAt = (t: string) => ({ evidence: TALLY, evidenceStart: t.indexOf(TALLY), evidenceEnd: t.indexOf(TALLY) + TALLY.length });

async function save(body: Record<string, unknown>): Promise<{ status: number; articleId: number; error?: { param?: string } }> {
  const r = await postArticle(
    new Request("http://localhost/api/articles", {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ publishedAt: "2025-05-20", ...body }),
    }),
  );
  return { status: r.status, ...((await r.json()) as { articleId: number }) };
}
const counts = async (articleId: number) => (await db().tally.findMany({ where: { articleId } })).map((t) => [t.count, t.description, t.since]);

beforeAll(async () => {
  await resetDatabase();
  await upsertEditor("tallier", "correct horse battery");
  token = await createApiToken("tallier", "tests");
});
afterAll(() => disconnectDb());

describe("tallies in review", () => {
  it("keeps the extractor's tallies when none are sent", async () => {
    const { articleId } = await save({ text: text(1) });
    expect((await counts(articleId)).map((c) => c[0])).toEqual([753]);
  });

  it("stores corrected and removed tallies as the reviewer left them, through re-extraction", async () => {
    const t2 = text(2);
    const corrected = await save({ text: t2, tallies: [{ ...tallyAt(t2), count: 760, description: "soldiers killed", since: "2019-03-01" }] });
    expect(corrected.status).toBe(201);
    const removed = await save({ text: text(3), tallies: [] });
    await reextractAll();
    expect(await counts(corrected.articleId)).toEqual([[760, "soldiers killed", new Date("2019-03-01T00:00:00Z")]]);
    expect(await counts(removed.articleId)).toEqual([]);
  });

  it("refuses a tally whose sentence is not in the text", async () => {
    const r = await save({ text: text(4), tallies: [{ evidence: "nowhere", evidenceStart: 0, evidenceEnd: 7, count: 1, description: "x", since: null }] });
    expect(r.status).toBe(400);
    expect(r.error?.param).toBe("tallies.0.evidence");
  });
});
