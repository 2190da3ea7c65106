// Writing through the API against a real PostgreSQL: who may write, adding articles,
// duplicates, corrections that survive re-extraction, deletion, merge and split, history.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postArticle } from "@/app/api/articles/route";
import { POST as login } from "@/app/api/auth/login/route";
import { DELETE as deleteIncident, GET as getIncident, PATCH as patchIncident } from "@/app/api/incidents/[id]/route";
import { POST as mergeIncident } from "@/app/api/incidents/[id]/merge/route";
import { POST as splitIncident } from "@/app/api/incidents/[id]/split/route";
import { POST as restoreIncident } from "@/app/api/incidents/[id]/restore/route";
import { POST as extractPreview } from "@/app/api/extract/route";
import { GET as listIncidents } from "@/app/api/incidents/route";
import { createApiToken, upsertEditor } from "@/lib/auth/editors";
import { disconnectDb } from "@/lib/db/client";
import { reextractAll } from "@/lib/db/reextract";
import { resetDatabase } from "@/lib/testing/db";

const BASE = "http://localhost";
let token = "";

const ARTICLE = `---
title: Gunmen kill four shepherds near Palmyra
source: Test Wire
url: https://example.org/test/palmyra-shepherds
published: 2024-03-14
---
Gunmen kill four shepherds near Palmyra

Four shepherds were killed on Tuesday near Palmyra in the eastern Homs desert, a war monitor said.

The monitor did not say who carried out the attack.
`;

const OTHER_ARTICLE = `---
title: Shepherds killed in Homs desert
source: Other Wire
url: https://example.org/test/homs-shepherds
published: 2024-03-14
---
Five shepherds were killed on Tuesday near Palmyra in the Homs desert, according to local sources.
`;

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: "POST",
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});
const bearer = () => ({ authorization: `Bearer ${token}` });
const ctx = (id: number) => ({ params: Promise.resolve({ id: String(id) }) });
// biome-ignore lint/suspicious/noExplicitAny: the tests read whatever JSON the API answered.
type Json = any;
const body = async (r: Response) => (await r.json()) as Record<string, Json>;
/** The incident's version, as the ETag of GET /api/incidents/{id}. */
const etag = async (id: number) => (await getIncident(new Request(`${BASE}/api/incidents/${id}`), ctx(id))).headers.get("etag")!;
const patch = (id: number, fields: Record<string, unknown>, ifMatch?: string) =>
  patchIncident(
    new Request(`${BASE}/api/incidents/${id}`, {
      method: "PATCH",
      headers: { ...bearer(), "content-type": "application/json", ...(ifMatch ? { "if-match": ifMatch } : {}) },
      body: JSON.stringify(fields),
    }),
    ctx(id),
  );

beforeAll(async () => {
  await resetDatabase();
  await upsertEditor("editor1", "correct horse battery");
  token = await createApiToken("editor1", "tests");
});
afterAll(() => disconnectDb());

describe("who may write", () => {
  it("refuses a write without a login or token (401, JSON)", async () => {
    const r = await postArticle(new Request(`${BASE}/api/articles`, json({ text: ARTICLE })));
    expect(r.status).toBe(401);
    expect((await body(r)).error.code).toBe("unauthorized");
  });

  it("refuses an unknown token", async () => {
    const r = await postArticle(new Request(`${BASE}/api/articles`, json({ text: ARTICLE }, { authorization: "Bearer atl_nope" })));
    expect(r.status).toBe(401);
  });

  it("refuses a logged-in browser write without the CSRF token (403), accepts it with the token", async () => {
    const bad = await login(new Request(`${BASE}/api/auth/login`, json({ username: "editor1", password: "wrong password!" })));
    expect(bad.status).toBe(401);
    const ok = await login(new Request(`${BASE}/api/auth/login`, json({ username: "editor1", password: "correct horse battery" })));
    expect(ok.status).toBe(200);
    const cookie = ok.headers.get("set-cookie")!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const session = cookie.split(";")[0]!;
    const { csrfToken } = await body(ok);
    const text = "Two civilians were killed by a landmine on Monday in rural Idlib, a monitor said.";
    const noCsrf = await postArticle(new Request(`${BASE}/api/articles`, json({ text, publishedAt: "2024-05-07" }, { cookie: session })));
    expect(noCsrf.status).toBe(403);
    const withCsrf = await postArticle(
      new Request(`${BASE}/api/articles`, json({ text, publishedAt: "2024-05-07" }, { cookie: session, "x-csrf-token": csrfToken })),
    );
    expect(withCsrf.status).toBe(201);
  });
});

describe("adding articles", () => {
  let articleId = 0;
  let incidentId = 0;

  it("adds an article with a token and extracts its incident", async () => {
    const r = await postArticle(new Request(`${BASE}/api/articles`, json({ text: ARTICLE }, bearer())));
    expect(r.status).toBe(201);
    const b = await body(r);
    articleId = b.articleId;
    expect(b.incidentsCreated).toBe(1);
    const list = await body(await listIncidents(new Request(`${BASE}/api/incidents?province=Homs`)));
    const mine = list.incidents.find((i: Json) => i.sources.some((s: Json) => s.articleId === articleId));
    expect(mine.killed).toBe(4);
    expect(mine.date).toBe("2024-03-12");
    incidentId = mine.id;
  });

  it("refuses the same article again with a 409 that links to the stored one", async () => {
    const r = await postArticle(new Request(`${BASE}/api/articles`, json({ text: ARTICLE }, bearer())));
    expect(r.status).toBe(409);
    const b = await body(r);
    expect(b.error.articleId).toBe(articleId);
    expect(b.error.link).toBe(`/articles/${articleId}`);
  });

  it("accepts a multipart upload of an HTML page", async () => {
    const form = new FormData();
    form.set(
      "file",
      new File(
        [
          `<html><head><title>Raid in Deraa</title></head><body><nav>Menu</nav><p>Three fighters were ` +
            `killed on Sunday in an ambush near Nawa in Daraa province, a monitor said.</p></body></html>`,
        ],
        "raid.html",
        { type: "text/html" },
      ),
    );
    form.set("publishedAt", "2024-06-11");
    form.set("source", "Upload Test");
    const r = await postArticle(new Request(`${BASE}/api/articles`, { method: "POST", headers: bearer(), body: form }));
    expect(r.status).toBe(201);
    expect((await body(r)).incidentsCreated).toBe(1);
  });

  it("answers bad bodies with a 4xx naming the problem", async () => {
    const wrongType = await postArticle(
      new Request(`${BASE}/api/articles`, { method: "POST", headers: { ...bearer(), "content-type": "text/plain" }, body: "hello" }),
    );
    expect(wrongType.status).toBe(415);
    const broken = await postArticle(
      new Request(`${BASE}/api/articles`, { method: "POST", headers: { ...bearer(), "content-type": "application/json" }, body: "{not json" }),
    );
    expect(broken.status).toBe(400);
    const empty = await postArticle(new Request(`${BASE}/api/articles`, json({ text: "" }, bearer())));
    expect(empty.status).toBe(400);
    expect((await body(empty)).error.param).toBe("text");
    const badDate = await postArticle(new Request(`${BASE}/api/articles`, json({ text: "x killed", publishedAt: "2024-02-31" }, bearer())));
    expect((await body(badDate)).error.param).toBe("publishedAt");
  });

  it("keeps a corrected count through re-extraction, and a second re-extraction changes nothing", async () => {
    const r = await patch(incidentId, { killed: 6, killedHigh: 6 }, await etag(incidentId));
    expect(r.status).toBe(200);
    expect((await body(r)).incident.killed).toBe(6);
    const first = await reextractAll();
    expect(first.articles).toBeGreaterThan(0);
    const after = await body(await getIncident(new Request(`${BASE}/api/incidents/${incidentId}`), ctx(incidentId)));
    expect(after.incident.killed).toBe(6);
    expect(after.incident.reviewedFields).toContain("killed");
    const second = await reextractAll();
    expect(second.updated + second.created + second.removed).toBe(0);
    const history = after.history as { action: string; actor: string; before: Json; after: Json }[];
    const update = history.find((h) => h.action === "update")!;
    expect(update.actor).toBe("token:tests");
    expect(update.before.killed).toBe(4);
    expect(update.after.killed).toBe(6);
  });

  it("refuses counts that contradict each other", async () => {
    const r = await patch(incidentId, { killedLow: 9 }, await etag(incidentId));
    expect(r.status).toBe(400);
  });

  it("takes an edit based on the current version, from If-Match or the body, and gives the next as ETag", async () => {
    const tag = await etag(incidentId);
    expect(tag).toMatch(/^"\d+"$/);
    const viaHeader = await patch(incidentId, { injured: 1 }, tag);
    expect(viaHeader.status).toBe(200);
    const next = viaHeader.headers.get("etag")!;
    expect(Number(JSON.parse(next))).toBe(Number(JSON.parse(tag)) + 1);
    expect((await body(viaHeader)).incident.version).toBe(Number(JSON.parse(next)));
    const viaBody = await patch(incidentId, { injured: 2, version: Number(JSON.parse(next)) });
    expect(viaBody.status).toBe(200);
  });

  it("refuses an edit that names no version (400), and one based on an old version (409, with the current values)", async () => {
    const none = await patch(incidentId, { injured: 3 });
    expect(none.status).toBe(400);
    expect((await body(none)).error.param).toBe("version");
    const badTag = await patch(incidentId, { injured: 3 }, 'W/"1"');
    expect((await body(badTag)).error.param).toBe("If-Match");
    const current = await etag(incidentId);
    const stale = await patch(incidentId, { injured: 3, version: Number(JSON.parse(current)) - 1 });
    expect(stale.status).toBe(409);
    const error = (await body(stale)).error;
    expect(error).toMatchObject({ code: "conflict", param: "version", current: { version: Number(JSON.parse(current)), values: { injured: 2, killed: 6 } } });
    expect((await body(await getIncident(new Request(`${BASE}/api/incidents/${incidentId}`), ctx(incidentId)))).incident.injured).toBe(2);
  });

  it("merges the same incident told by another article, and splits it again", async () => {
    const r = await postArticle(new Request(`${BASE}/api/articles`, json({ text: OTHER_ARTICLE }, bearer())));
    expect(r.status).toBe(201);
    const b = await body(r);
    // Either the saver merged it already, or it stands apart: merge by hand when apart.
    const list = await body(await listIncidents(new Request(`${BASE}/api/incidents?province=Homs`)));
    const other = list.incidents.find((i: Json) => i.sources.some((s: Json) => s.articleId === b.articleId));
    if (other.id !== incidentId) {
      const m = await mergeIncident(new Request(`${BASE}/api/incidents/${incidentId}/merge`, json({ other: other.id }, bearer())), ctx(incidentId));
      expect(m.status).toBe(200);
    }
    const merged = (await body(await getIncident(new Request(`${BASE}/api/incidents/${incidentId}`), ctx(incidentId)))).incident;
    expect(merged.sources).toHaveLength(2);
    const second = merged.sources.find((s: Json) => s.articleId === b.articleId);
    const s = await splitIncident(new Request(`${BASE}/api/incidents/${incidentId}/split`, json({ sourceId: second.sourceId }, bearer())), ctx(incidentId));
    expect(s.status).toBe(201);
    const split = await body(s);
    expect(split.incident.sources).toHaveLength(1);
    expect(split.created.sources[0].articleId).toBe(b.articleId);
    expect(split.created.killed).toBe(5);
  });

  it("soft-deletes: gone from lists, still reported to a sync through updatedSince", async () => {
    const since = new Date(Date.now() - 60_000).toISOString();
    const d = await deleteIncident(new Request(`${BASE}/api/incidents/${incidentId}`, { method: "DELETE", headers: bearer() }), ctx(incidentId));
    expect(d.status).toBe(200);
    const list = await body(await listIncidents(new Request(`${BASE}/api/incidents`)));
    expect(list.incidents.some((i: Json) => i.id === incidentId)).toBe(false);
    const sync = await body(await listIncidents(new Request(`${BASE}/api/incidents?updatedSince=${encodeURIComponent(since)}`)));
    const gone = sync.incidents.find((i: Json) => i.id === incidentId);
    expect(gone.deletedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Math.abs(Date.parse(gone.deletedAt) - Date.now())).toBeLessThan(60_000);
    expect((await getIncident(new Request(`${BASE}/api/incidents/${incidentId}`), ctx(incidentId))).status).toBe(404);
  });

  it("gives a new article about a deleted incident a live incident of its own, not the deleted one", async () => {
    const third = OTHER_ARTICLE.replace("homs-shepherds", "homs-shepherds-3").replace("Other Wire", "Third Wire").replace("local sources", "residents");
    const r = await postArticle(new Request(`${BASE}/api/articles`, json({ text: third }, bearer())));
    expect(r.status).toBe(201);
    const b = await body(r);
    const list = await body(await listIncidents(new Request(`${BASE}/api/incidents?province=Homs`)));
    const live = list.incidents.filter((i: Json) => i.sources.some((s: Json) => s.articleId === b.articleId));
    expect(live.map((i: Json) => i.id)).toHaveLength(1);
    expect(live[0].id).not.toBe(incidentId);
  });

  it("restores a deleted incident only with a token", async () => {
    const anonymous = await restoreIncident(new Request(`${BASE}/api/incidents/${incidentId}/restore`, { method: "POST" }), ctx(incidentId));
    expect(anonymous.status).toBe(401);
    const r = await restoreIncident(new Request(`${BASE}/api/incidents/${incidentId}/restore`, { method: "POST", headers: bearer() }), ctx(incidentId));
    expect(r.status).toBe(200);
    expect((await getIncident(new Request(`${BASE}/api/incidents/${incidentId}`), ctx(incidentId))).status).toBe(200);
  });
});

describe("POST /api/extract (the review page's preview)", () => {
  it("needs an editor, and saves nothing", async () => {
    const text = "Twelve soldiers were killed on Friday near Tadmur in Homs province, a monitor said.";
    expect((await extractPreview(new Request(`${BASE}/api/extract`, json({ text, publishedAt: "2024-10-12" })))).status).toBe(401);
    const before = (await body(await listIncidents(new Request(`${BASE}/api/incidents`)))).total;
    const r = await extractPreview(new Request(`${BASE}/api/extract`, json({ text, publishedAt: "2024-10-12" }, bearer())));
    expect(r.status).toBe(200);
    const b = await body(r);
    expect(b.extraction.incidents[0].killed).toBe(12);
    expect(b.extraction.incidents[0].date).toBe("2024-10-11");
    expect(b.sentences.length).toBeGreaterThan(0);
    expect((await body(await listIncidents(new Request(`${BASE}/api/incidents`)))).total).toBe(before);
  });
});

describe("nothing half-written", () => {
  it("an article whose saving fails midway leaves no rows behind", async () => {
    const { saveExtraction } = await import("@/lib/db/save-article");
    const { extractArticle } = await import("@/lib/extract/index");
    const { db } = await import("@/lib/db/client");
    const x = extractArticle({
      raw: "Four soldiers were killed on Monday near Hama, a monitor said.\n\nTwo civilians were killed on Sunday in Aleppo, residents said.",
      publishedAt: "2024-09-10",
      url: "https://example.org/test/fault",
    });
    expect(x.incidents.length).toBe(2);
    const counts = async () => ({
      articles: await db().article.count(),
      incidents: await db().incident.count(),
      sources: await db().incidentSource.count(),
      tallies: await db().tally.count(),
      changes: await db().incidentChange.count(),
    });
    const before = await counts();
    // The fault: the second incident carries a count PostgreSQL refuses (beyond int4), after the
    // article row and the first incident are already written inside the transaction.
    const faulty = { ...x, incidents: [x.incidents[0]!, { ...x.incidents[1]!, killed: 2 ** 40 }] };
    await expect(saveExtraction(faulty, { actor: "fault-test" })).rejects.toThrow();
    expect(await counts()).toEqual(before);
    // The same article saves cleanly afterwards: the failed attempt left nothing in the way.
    const ok = await saveExtraction(x, { actor: "fault-test" });
    expect(ok.status).toBe("created");
  });
});

describe("articles and edits the database cannot take, or should not", () => {
  const send = (b: Record<string, unknown>) => postArticle(new Request(`${BASE}/api/articles`, json(b, bearer())));
  const TEXT = "Three farmers were killed by a landmine on Monday near Maarat al-Numan in Idlib province, a monitor said.";

  it.each([
    ["a lone surrogate in the text", { text: `${TEXT} \ud800` }, "text"],
    ["a NUL in the text", { text: `${TEXT}\u0000` }, "text"],
    ["a NUL in the URL", { url: "https://example.org/a\u0000b" }, "url"],
    ["a NUL in the title", { title: "Landmine\u0000" }, "title"],
    ["a javascript: URL", { url: "javascript:alert(document.cookie)" }, "url"],
    ["a data: URL", { url: "data:text/html,<script>alert(1)</script>" }, "url"],
    ["a file: URL", { url: "file:///etc/passwd" }, "url"],
    ["year 0", { publishedAt: "0000-02-29" }, "publishedAt"],
  ])("refuses %s with a 400 naming it", async (name, b, param) => {
    // Each its own text, so that none is refused as the same article as another.
    const r = await send({ text: `${TEXT} (${name})`, publishedAt: "2024-05-07", ...b });
    const error = (await body(r)).error;
    expect({ status: r.status, code: error?.code, param: error?.param }).toEqual({ status: 400, code: "bad_request", param });
  });

  it("refuses a front-matter URL that is not http(s), naming the text", async () => {
    const r = await send({ text: `---\nurl: javascript:alert(1)\n---\n${TEXT}`, publishedAt: "2024-05-07" });
    expect(r.status).toBe(400);
    expect((await body(r)).error.param).toBe("text");
  });

  it("refuses an edit to year 0 with a 400 naming the date", async () => {
    const { incidents } = await body(await listIncidents(new Request(`${BASE}/api/incidents?limit=1`)));
    const id = incidents[0].id;
    const r = await patch(id, { date: "0000-02-29" }, "*");
    expect(r.status).toBe(400);
    expect((await body(r)).error.param).toBe("date");
  });

  it("cuts a title taken from a 999,000-character first line to 300 characters at a word", async () => {
    const line = Array.from({ length: 111_000 }, (_, n) => `word${n % 10}`)
      .join(" ")
      .slice(0, 999_000);
    const r = await send({ text: `${line}\n\n${TEXT}`, publishedAt: "2024-05-08" });
    expect(r.status).toBe(201);
    const { db } = await import("@/lib/db/client");
    const { title } = await db().article.findUniqueOrThrow({ where: { id: (await body(r)).articleId } });
    expect(title!.length).toBeLessThanOrEqual(300);
    expect(title).toMatch(/^word0 word1 .* word\d…$/);
  });

  it("knows a re-sent article with zero-width and other format characters in it", async () => {
    const text = "Six soldiers were killed on Friday in an ambush near Sukhnah in Homs province, the Observatory said.";
    const first = await send({ text, publishedAt: "2024-07-13" });
    expect(first.status).toBe(201);
    const before = (await body(await listIncidents(new Request(`${BASE}/api/incidents?limit=1000`)))).total;
    for (const mark of ["\u200b", "\u200c", "\u200d", "\ufeff", "\u2060"]) {
      const again = await send({ text: text.replace("Sukhnah", `Sukh${mark}nah`).replace("Six", `${mark}Six`), publishedAt: "2024-07-13" });
      expect(again.status).toBe(409);
      expect((await body(again)).error.articleId).toBe((await body(first.clone())).articleId);
    }
    // Composed and decomposed accents are the same text too.
    const accented = "Deux soldats ont été tués vendredi près de Soukhna, a dit l'Observatoire.";
    expect((await send({ text: accented, publishedAt: "2024-07-13" })).status).toBe(201);
    expect((await send({ text: accented.normalize("NFD"), publishedAt: "2024-07-13" })).status).toBe(409);
    expect((await body(await listIncidents(new Request(`${BASE}/api/incidents?limit=1000`)))).total).toBe(before);
  });
});
