// Merge and split through the API on a real PostgreSQL (issue 19, defect 2): two articles telling
// one attack differently are merged and split apart again; each source must come back with exactly
// what it said, and a merge must not replace one source's explicit figure by another's.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postArticle } from "@/app/api/articles/route";
import { GET as getIncident } from "@/app/api/incidents/[id]/route";
import { POST as mergeIncident } from "@/app/api/incidents/[id]/merge/route";
import { POST as splitIncident } from "@/app/api/incidents/[id]/split/route";
import { createApiToken, upsertEditor } from "@/lib/auth/editors";
import { db, disconnectDb } from "@/lib/db/client";
import { reextractAll } from "@/lib/db/reextract";
import { resetDatabase } from "@/lib/testing/db";

const BASE = "http://localhost";
let token = "";

const ctx = (id: number) => ({ params: Promise.resolve({ id: String(id) }) });
const post = (path: string, body: unknown) =>
  new Request(`${BASE}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
// biome-ignore lint/suspicious/noExplicitAny: the tests read whatever JSON the API answered.
type Json = any;

/** What each article says, as a reviewer confirmed it on the review page. */
const SAYS = {
  is: {
    text: "Islamic State fighters killed five soldiers and wounded four others near Sukhnah in Homs province on Monday, the group said.",
    fields: { perpetrator: "Islamic State", target: "Syrian army", killed: 5, injured: 4, eventType: "ambush-raid", civilians: false },
  },
  sana: {
    text: "Gunmen killed six soldiers and injured three near Sukhnah in Homs province on Monday, SANA reported.",
    fields: { perpetrator: "Unknown gunmen", target: "Soldiers", killed: 6, injured: 3, eventType: "armed-clash", civilians: null },
  },
};
const COMMON = { date: "2024-03-11", datePrecision: "day", province: "Homs", placeName: "Sukhnah" };
/** The counts are the extractor's reading, confirmed unchanged; the rest the reviewer set. */
const reviewed = (fields: object) => Object.keys({ ...COMMON, ...fields }).filter((k) => k !== "killed" && k !== "injured");

async function add(which: keyof typeof SAYS, source: string): Promise<number> {
  const { text, fields } = SAYS[which];
  const incident = { evidence: text, evidenceStart: 0, evidenceEnd: text.length, ...COMMON, ...fields, reviewedFields: reviewed(fields) };
  const r = await postArticle(post("/api/articles", { text, source, publishedAt: "2024-03-12", incidents: [incident] }));
  expect(r.status).toBe(201);
  const { articleId } = (await r.json()) as { articleId: number };
  return articleId;
}

const incidentOf = async (articleId: number) => (await db().incidentSource.findFirstOrThrow({ where: { articleId } })).incidentId;
const read = async (id: number) => ((await (await getIncident(new Request(`${BASE}/api/incidents/${id}`), ctx(id))).json()) as Json).incident;

async function merge(into: number, other: number): Promise<void> {
  if (into === other) return;
  expect((await mergeIncident(post(`/api/incidents/${into}/merge`, { other }), ctx(into))).status).toBe(200);
}

async function split(id: number, articleId: number): Promise<Json> {
  const source = (await read(id)).sources.find((s: Json) => s.articleId === articleId);
  const r = await splitIncident(post(`/api/incidents/${id}/split`, { sourceId: source.sourceId }), ctx(id));
  expect(r.status).toBe(201);
  return r.json();
}

const said = (i: Json) => ({
  perpetrator: i.perpetrator,
  target: i.target,
  killed: i.killed,
  injured: i.injured,
  eventType: i.eventType,
  civilians: i.civilians,
});

beforeAll(async () => {
  await resetDatabase();
  await upsertEditor("splitter", "correct horse battery");
  token = await createApiToken("splitter", "tests");
});
afterAll(() => disconnectDb());

describe("merge then split", () => {
  let isArticle = 0;
  let sanaArticle = 0;
  let merged = 0;

  it("keeps the surviving incident's explicit figures and actors when another source is merged in", async () => {
    isArticle = await add("is", "Amaq");
    sanaArticle = await add("sana", "SANA");
    merged = await incidentOf(isArticle);
    await merge(merged, await incidentOf(sanaArticle));
    const m = await read(merged);
    expect(m.sources).toHaveLength(2);
    expect(m.perpetrator).toBe("Islamic State");
    expect(m.injured).toBe(4);
    expect(m.killed).toBe(5);
  });

  it("gives a source split off exactly what it said, and the incident it leaves what its own source said", async () => {
    const { incident, created } = await split(merged, sanaArticle);
    expect(said(created)).toEqual(SAYS.sana.fields);
    expect(said(incident)).toEqual(SAYS.is.fields);
  });

  it("splitting off the first source leaves the incident with the other source's account", async () => {
    await merge(merged, await incidentOf(sanaArticle));
    const { incident, created } = await split(merged, isArticle);
    expect(said(created)).toEqual(SAYS.is.fields);
    expect(said(incident)).toEqual(SAYS.sana.fields);
  });

  it("re-extraction keeps what a reviewer confirmed each source said", async () => {
    await reextractAll();
    expect(said(await read(await incidentOf(isArticle)))).toEqual(SAYS.is.fields);
    expect(said(await read(await incidentOf(sanaArticle)))).toEqual(SAYS.sana.fields);
  });
});
