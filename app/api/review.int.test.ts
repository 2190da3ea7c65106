// The review state on a real PostgreSQL: what arrives by itself waits for review, what an editor
// saved from the ingest page or corrected does not, an accept names the version looked at, and an
// account merged in unseen sends the incident back to the queue.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postArticle } from "@/app/api/articles/route";
import { GET as getIncidents } from "@/app/api/incidents/route";
import { GET as getIncident, PATCH as patchIncident } from "@/app/api/incidents/[id]/route";
import { POST as reviewIncident } from "@/app/api/incidents/[id]/review/route";
import { createApiToken, upsertEditor } from "@/lib/auth/editors";
import { db, disconnectDb } from "@/lib/db/client";
import { reviewQueue } from "@/lib/db/review";
import { resetDatabase } from "@/lib/testing/db";

const BASE = "http://localhost";
let token = "";
// biome-ignore lint/suspicious/noExplicitAny: the tests read whatever JSON the API answered.
type Json = any;

const ctx = (id: number) => ({ params: Promise.resolve({ id: String(id) }) });
const send = (method: string, path: string, body: unknown) =>
  new Request(`${BASE}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });

const IS = "Islamic State fighters killed five soldiers and wounded four others near Sukhnah in Homs province on Monday, the group said.";
const SANA = "Gunmen killed six soldiers and injured three near Sukhnah in Homs province on Monday, SANA reported.";
const DARAA = "A roadside bomb killed two policemen in Daraa city on Tuesday, local activists said.";

async function add(body: object): Promise<Json> {
  const r = await postArticle(send("POST", "/api/articles", { publishedAt: "2024-03-12", ...body }));
  expect(r.status).toBe(201);
  return r.json();
}
const incidentOf = async (articleId: number) => (await db().incidentSource.findFirstOrThrow({ where: { articleId } })).incidentId;
const read = async (id: number): Promise<Json> => (await (await getIncident(new Request(`${BASE}/api/incidents/${id}`), ctx(id))).json()).incident;
const history = async (id: number): Promise<Json[]> => (await (await getIncident(new Request(`${BASE}/api/incidents/${id}`), ctx(id))).json()).history;
const listed = async (query: string): Promise<number[]> =>
  ((await (await getIncidents(new Request(`${BASE}/api/incidents${query}`))).json()) as Json).incidents.map((i: Json) => i.id);

let sukhnah = 0;
let daraa = 0;

beforeAll(async () => {
  await resetDatabase();
  await upsertEditor("reviewer", "correct horse battery");
  token = await createApiToken("reviewer", "tests");
});
afterAll(() => disconnectDb());

describe("the review state", () => {
  it("leaves an article's extracted incidents unreviewed, and marks those sent from the ingest page reviewed", async () => {
    sukhnah = await incidentOf((await add({ text: IS, source: "Amaq" })).articleId);
    expect(await read(sukhnah)).toMatchObject({ reviewed: false, reviewedBy: null });
    const incident = { evidence: DARAA, evidenceStart: 0, evidenceEnd: DARAA.length, killed: 2, reviewedFields: [] };
    daraa = await incidentOf((await add({ text: DARAA, source: "Daraa 24", incidents: [incident] })).articleId);
    expect(await read(daraa)).toMatchObject({ reviewed: true, reviewedBy: "token:tests" });
  });

  it("filters on it in the API, and the queue holds the unreviewed ones", async () => {
    expect(await listed("?reviewed=false")).toEqual([sukhnah]);
    expect(await listed("?reviewed=true")).toEqual([daraa]);
    const queue = await reviewQueue();
    expect(queue.total).toBe(1);
    expect(queue.incidents.map((i) => i.id)).toEqual([sukhnah]);
  });

  it("accepts an incident only at the version the editor looked at, and records it", async () => {
    const { version } = await read(sukhnah);
    const stale = await reviewIncident(send("POST", `/api/incidents/${sukhnah}/review`, { version: version + 1 }), ctx(sukhnah));
    expect(stale.status).toBe(409);
    expect((await read(sukhnah)).reviewed).toBe(false);
    const ok = await reviewIncident(send("POST", `/api/incidents/${sukhnah}/review`, { version }), ctx(sukhnah));
    expect(ok.status).toBe(200);
    expect(ok.headers.get("etag")).toBe(`"${version + 1}"`);
    expect(await read(sukhnah)).toMatchObject({ reviewed: true, reviewedBy: "token:tests" });
    const [last] = await history(sukhnah);
    expect(last).toMatchObject({ action: "review", actor: "token:tests", before: { reviewed: false }, after: { reviewed: true } });
    expect((await reviewQueue()).total).toBe(0);
  });

  it("sends an incident back to the queue when another article's account is merged into it unseen", async () => {
    const saved = await add({ text: SANA, source: "SANA" });
    expect(saved).toMatchObject({ incidentsCreated: 0, incidentsMerged: 1 });
    const merged = await read(sukhnah);
    expect(merged.reviewed).toBe(false);
    expect(merged.sources).toHaveLength(2);
    expect((await reviewQueue()).incidents.map((i) => i.id)).toEqual([sukhnah]);
  });

  it("counts a correction as a review", async () => {
    const { version } = await read(sukhnah);
    const r = await patchIncident(send("PATCH", `/api/incidents/${sukhnah}`, { killed: 5, version }), ctx(sukhnah));
    expect(r.status).toBe(200);
    expect(await read(sukhnah)).toMatchObject({ reviewed: true, reviewedBy: "token:tests", killed: 5 });
  });
});
