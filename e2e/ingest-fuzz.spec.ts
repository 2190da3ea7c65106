// The ingestion route under fuzzing over HTTP: whatever body arrives, the answer is a 2xx or a
// 4xx in the JSON error shape, never a 5xx, and quickly.
import fc from "fast-check";
import { expect, test } from "@playwright/test";
import { createEditor, createToken } from "./support/editor";

let token = "";
test.beforeAll(() => {
  createEditor("fuzz-editor", "fuzz editor password");
  token = createToken("fuzz-editor", `fuzz-${Date.now()}`);
});

const text = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc
    .array(
      fc.constantFrom(
        "Seven soldiers were killed",
        " near Palmyra",
        " on Tuesday",
        ".",
        "\n",
        " <script>alert(1)</script>",
        " دمشق ",
        " 🙂",
        " since 2019",
        " at least 40",
      ),
      { maxLength: 40 },
    )
    .map((p) => p.join("")),
);
const body = fc.oneof(
  fc.record({ text }, { requiredKeys: [] }),
  fc.record(
    {
      text,
      title: fc.string({ maxLength: 50 }),
      publishedAt: fc.oneof(fc.constant("2024-05-01"), fc.string({ maxLength: 12 })),
      url: fc.string({ maxLength: 40 }),
    },
    { requiredKeys: ["text"] },
  ),
  fc.jsonValue({ maxDepth: 3 }),
);

test("random bodies to POST /api/articles never get a 5xx", async ({ request }) => {
  test.setTimeout(180_000);
  const seen = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(body, async (data) => {
      const r = await request.post("/api/articles", {
        data: JSON.stringify(data),
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        failOnStatusCode: false,
      });
      const status = r.status();
      seen.set(status, (seen.get(status) ?? 0) + 1);
      expect(status, `body ${JSON.stringify(data).slice(0, 200)}`).toBeLessThan(500);
      const json = (await r.json()) as { error?: { code: string; message: string }; articleId?: number };
      if (status >= 400) expect(typeof json.error?.message).toBe("string");
      else expect(typeof json.articleId).toBe("number");
    }),
    { numRuns: 100 },
  );
  // The generator reaches both outcomes: articles stored and bodies refused.
  expect([...seen.keys()].some((s) => s < 300)).toBe(true);
  expect([...seen.keys()].some((s) => s >= 400)).toBe(true);
});
