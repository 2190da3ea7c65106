// Editors racing each other through the API on a real PostgreSQL: two corrections of one incident,
// two splits of one incident, and A merged into B while B is merged into A. Each race is many pairs
// of requests sent at the same moment; after them the rows must hold: no correction lost, counts in
// order, no live incident without a source, no death counted twice, and never a 5xx.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postArticle } from "@/app/api/articles/route";
import { GET as getIncident, PATCH as patchIncident } from "@/app/api/incidents/[id]/route";
import { POST as mergeIncident } from "@/app/api/incidents/[id]/merge/route";
import { POST as restoreIncident } from "@/app/api/incidents/[id]/restore/route";
import { POST as splitIncident } from "@/app/api/incidents/[id]/split/route";
import { createApiToken, upsertEditor } from "@/lib/auth/editors";
import { db, disconnectDb } from "@/lib/db/client";
import { mergeIncident as mergeRows } from "@/lib/db/incident-edits";
import { reextractAll } from "@/lib/db/reextract";
import { resetDatabase, rollupDrift } from "@/lib/testing/db";

const BASE = "http://localhost";
const PAIRS = { patch: 30, split: 10, merge: 10 };
let token = "";
let articles = 0;

const ctx = (id: number) => ({ params: Promise.resolve({ id: String(id) }) });
const headers = (extra: Record<string, string> = {}) => ({ authorization: `Bearer ${token}`, "content-type": "application/json", ...extra });
const post = (path: string, body: unknown) => new Request(`${BASE}${path}`, { method: "POST", headers: headers(), body: JSON.stringify(body) });
// biome-ignore lint/suspicious/noExplicitAny: the tests read whatever JSON the API answered.
type Json = any;
const read = async (r: Response) => ({ status: r.status, body: (await r.json()) as Json });

/** A new incident of its own: each article a different week, so none is taken for another's incident. */
async function newIncident(killed: number): Promise<number> {
  const n = articles++;
  const publishedAt = new Date(Date.UTC(2015, 0, 10) + n * 14 * 86_400_000).toISOString().slice(0, 10);
  const text = `${killed} soldiers were killed on Tuesday near Palmyra in Homs province, a monitor said (race report ${n}).`;
  const r = await postArticle(post("/api/articles", { text, publishedAt }));
  expect(r.status).toBe(201);
  const { articleId } = (await r.json()) as { articleId: number };
  return (await db().incidentSource.findFirstOrThrow({ where: { articleId } })).incidentId;
}

/** The incident's version as the API gives it (its ETag); `*` (any) from an API without versions, so that the race is what fails. */
async function etagOf(id: number): Promise<string> {
  return (await getIncident(new Request(`${BASE}/api/incidents/${id}`), ctx(id))).headers.get("etag") ?? "*";
}

const patch = (id: number, ifMatch: string, body: Record<string, unknown>) =>
  patchIncident(
    new Request(`${BASE}/api/incidents/${id}`, { method: "PATCH", headers: headers({ "if-match": ifMatch }), body: JSON.stringify(body) }),
    ctx(id),
  );

/** Incidents whose counts are out of order or negative. */
const badRanges = () =>
  db().$queryRaw<{ id: number }[]>`
    SELECT id FROM "Incident"
    WHERE "killedLow" > "killed" OR "killed" > "killedHigh" OR "killedLow" > "killedHigh" OR "killed" < 0 OR "killedLow" < 0 OR "injured" < 0`;

/** Live incidents among `ids` that no article tells any more. */
const liveWithoutSource = async (ids: number[]) =>
  (await db().incident.findMany({ where: { id: { in: ids }, deletedAt: null, sources: { none: {} } } })).map((i) => `incident ${i.id}: live without a source`);

beforeAll(async () => {
  process.env.ATLAS_RATE_LIMIT_WRITES = "100000";
  await resetDatabase();
  await upsertEditor("racer", "a long race password");
  token = await createApiToken("racer", "race");
});
afterAll(() => disconnectDb());

describe("two editors correct different fields of one incident at once", () => {
  // Per pair: each editor's fields and values; both read the incident before either saves.
  const A = { killed: 7, perpetrator: "Islamic State" };
  const B = { killedLow: 3, target: "Syrian Democratic Forces" };
  const CLASH = [{ killed: 7 }, { killedHigh: 6 }];
  // A third of the pairs send the version they read, a third say any version goes (`*`), a third clash on the counts.
  const EXPECTED = ["200,409", "200,200", "200,400"];

  it(`keeps every accepted correction and its reviewed mark, and the counts in order (${PAIRS.patch} races)`, { timeout: 120_000 }, async () => {
    const problems: string[] = [];
    const accepted: { id: number; fields: Record<string, unknown> }[] = [];
    for (let pair = 0; pair < PAIRS.patch; pair++) {
      const id = await newIncident(5);
      expect((await patch(id, await etagOf(id), { killedLow: 2, killed: 5, killedHigh: 8 })).status).toBe(200);
      const mode = pair % 3;
      const sent = mode === 2 ? CLASH : [A, B];
      const tags = mode === 0 ? [await etagOf(id), await etagOf(id)] : ["*", "*"];
      const answers = await Promise.all(sent.map((fields, n) => patch(id, tags[n]!, fields).then(read)));
      const statuses = answers.map((a) => a.status).sort();
      if (statuses.join() !== EXPECTED[mode])
        problems.push(`pair ${pair} (mode ${mode}): ${statuses.join()} ${JSON.stringify(answers.map((a) => a.body.error?.message ?? "ok"))}`);
      for (const [n, a] of answers.entries()) {
        if (a.status === 200) accepted.push({ id, fields: sent[n]! });
        if (a.status !== 409) continue;
        // A stale version: the answer carries the current values, and the change applies on top of them.
        if (a.body.error.param !== "version" || typeof a.body.error.current?.values?.killed !== "number")
          problems.push(`pair ${pair}: 409 without the current values`);
        const again = await read(await patch(id, `"${a.body.error.current?.version}"`, sent[n]!));
        if (again.status === 200) accepted.push({ id, fields: sent[n]! });
        else problems.push(`pair ${pair}: reapplying on top of the current values answered ${again.status}`);
      }
    }
    await reextractAll();
    for (const { id, fields } of accepted) {
      const row = (await db().incident.findUniqueOrThrow({ where: { id } })) as unknown as Record<string, unknown> & { reviewedFields: string[] };
      for (const [k, v] of Object.entries(fields)) {
        if (!row.reviewedFields.includes(k)) problems.push(`incident ${id}: ${k} lost its reviewed mark`);
        if (row[k] !== v) problems.push(`incident ${id}: ${k} is ${row[k]} after re-extraction, not the ${v} an editor saved`);
      }
    }
    for (const { id } of await badRanges()) problems.push(`incident ${id}: counts out of order`);
    expect(problems).toEqual([]);
  });
});

describe("two editors split the same incident at once", () => {
  it(`splits it once: no live incident left without a source, no death counted twice (${PAIRS.split} races)`, { timeout: 120_000 }, async () => {
    const problems: string[] = [];
    for (let pair = 0; pair < PAIRS.split; pair++) {
      const [a, b] = [await newIncident(4), await newIncident(9)];
      await mergeRows(a, b, "setup");
      const sources = await db().incidentSource.findMany({ where: { incidentId: a }, orderBy: { id: "asc" } });
      expect(sources).toHaveLength(2);
      const answers = await Promise.all(sources.map((s) => splitIncident(post(`/api/incidents/${a}/split`, { sourceId: s.id }), ctx(a)).then(read)));
      const statuses = answers.map((x) => x.status).sort();
      // The second waits for the first and finds one source left: refused, not a deadlock.
      const refused = answers.find((x) => x.status === 409)?.body.error.message ?? "";
      if (statuses.join() !== "201,409" || !/one source/.test(refused)) problems.push(`pair ${pair}: ${statuses.join()} ${refused}`);
      // Each source now stands as an incident of its own: the deaths counted are its deaths, once.
      const holders = (await db().incidentSource.findMany({ where: { id: { in: sources.map((s) => s.id) } } })).map((s) => s.incidentId);
      const live = await db().incident.findMany({ where: { id: { in: [a, ...holders] }, deletedAt: null }, include: { sources: true } });
      const counted = live.reduce((sum, i) => sum + (i.killed ?? 0), 0);
      if (counted !== 13) problems.push(`pair ${pair}: ${counted} deaths counted for 4 + 9`);
      problems.push(...(await liveWithoutSource([a, b, ...holders])));
    }
    expect([...problems, ...(await rollupDrift())]).toEqual([]);
  });
});

describe("A merged into B while B is merged into A", () => {
  it(`merges them once, without a deadlock: one live incident with both sources (${PAIRS.merge} races)`, { timeout: 120_000 }, async () => {
    const problems: string[] = [];
    for (let pair = 0; pair < PAIRS.merge; pair++) {
      const [a, b] = [await newIncident(6), await newIncident(6)];
      const answers = await Promise.all([
        mergeIncident(post(`/api/incidents/${a}/merge`, { other: b }), ctx(a)).then(read),
        mergeIncident(post(`/api/incidents/${b}/merge`, { other: a }), ctx(b)).then(read),
      ]);
      const statuses = answers.map((x) => x.status).sort();
      // The second waits for the first and finds its incident merged away: refused, not a deadlock.
      const refused = answers.find((x) => x.status === 409)?.body.error.message ?? "";
      if (statuses.join() !== "200,409" || !/must be live/.test(refused)) problems.push(`pair ${pair}: ${statuses.join()} ${refused}`);
      const live = await db().incident.findMany({ where: { id: { in: [a, b] }, deletedAt: null }, include: { sources: true } });
      if (live.length !== 1 || live[0]!.sources.length !== 2)
        problems.push(`pair ${pair}: ${live.length} live, with ${live.map((i) => i.sources.length)} sources`);
      // The one merged away has no source left: brought back, it would count the same deaths again.
      const gone = live[0]?.id === a ? b : a;
      const restored = await restoreIncident(post(`/api/incidents/${gone}/restore`, {}), ctx(gone)).then(read);
      if (restored.status !== 409) problems.push(`pair ${pair}: restoring incident ${gone}, merged away, answered ${restored.status}`);
      problems.push(...(await liveWithoutSource([a, b])));
    }
    expect([...problems, ...(await rollupDrift())]).toEqual([]);
  });
});

describe("the database refuses what must never be", () => {
  it("refuses counts out of order or negative, and a live incident left without a source", async () => {
    const id = await newIncident(5);
    await expect(db().$executeRaw`UPDATE "Incident" SET "killedLow" = "killed" + 1 WHERE id = ${id}`).rejects.toThrow();
    await expect(db().$executeRaw`UPDATE "Incident" SET "killedHigh" = "killed" - 1 WHERE id = ${id}`).rejects.toThrow();
    await expect(db().$executeRaw`UPDATE "Incident" SET "injured" = -1 WHERE id = ${id}`).rejects.toThrow();
    await expect(db().$executeRaw`DELETE FROM "IncidentSource" WHERE "incidentId" = ${id}`).rejects.toThrow();
    await expect(db().$transaction(async (tx) => tx.incidentSource.deleteMany({ where: { incidentId: id } }))).rejects.toThrow();
    expect(await db().incidentSource.count({ where: { incidentId: id } })).toBe(1);
    // Deleted, it may lose its sources (they moved to the incident it was merged into).
    await db().$transaction(async (tx) => {
      await tx.incident.update({ where: { id }, data: { deletedAt: new Date() } });
      await tx.incidentSource.deleteMany({ where: { incidentId: id } });
    });
  });
});
