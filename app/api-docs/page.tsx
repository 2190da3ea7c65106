// A readable page for the API, rendered from the same OpenAPI document the API serves.
import { openApiDocument } from "@/lib/api/openapi";

export const metadata = { title: "API · Conflict Atlas" };

type BodySchema = { required: string[]; properties: Record<string, { description?: string }> };
type Operation = {
  summary: string;
  description?: string;
  parameters: Param[];
  requestBody?: { content: { "application/json": { schema: BodySchema } } };
};

/** A write's JSON body, one line: each field, starred when required, with what it means. */
function BodyFields({ schema }: { schema: BodySchema }) {
  return (
    <p className="text-sm">
      JSON body:{" "}
      {Object.entries(schema.properties).map(([name, p], i) => (
        <span key={name}>
          {i > 0 && "; "}
          <code>{name}</code>
          {schema.required.includes(name) ? " *" : ""}
          {p.description ? ` — ${p.description}` : ""}
        </span>
      ))}
    </p>
  );
}
type Param = { name: string; in: string; required: boolean; description?: string; schema: Record<string, unknown>; example?: unknown };

function typeOf(schema: Record<string, unknown>): string {
  if (schema.type === "array") return `${typeOf(schema.items as Record<string, unknown>)} (repeatable)`;
  if (Array.isArray(schema.enum)) return (schema.enum as string[]).join(" | ");
  if (schema.type === "integer" && typeof schema.minimum === "number" && typeof schema.maximum === "number")
    return `integer, ${schema.minimum}–${schema.maximum}`;
  return String(schema.type ?? "string");
}

export default function ApiDocs() {
  const doc = openApiDocument();
  return (
    <main className="mx-auto max-w-4xl space-y-8 p-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{doc.info.title}</h1>
        <p className="text-slate-700 dark:text-slate-300">{doc.info.description}</p>
        <p className="text-sm">
          Machine-readable:{" "}
          <a className="text-blue-700 underline dark:text-blue-300" href="/api/openapi.json">
            /api/openapi.json
          </a>{" "}
          (OpenAPI {doc.openapi}). Errors have one shape: <code>{`{"error": {"code", "message", "param"}}`}</code>.
        </p>
      </header>
      {Object.entries(doc.paths).flatMap(([path, item]) =>
        Object.entries(item as Record<string, Operation>).map(([method, get]) => (
          <section key={`${method} ${path}`} className="space-y-2" aria-labelledby={`route-${method}-${path}`}>
            <h2 id={`route-${method}-${path}`} className="font-mono text-lg font-semibold">
              {method.toUpperCase()} {path}
            </h2>
            <p>{get.summary}</p>
            {method !== "get" && (
              <p className="text-sm text-slate-700 dark:text-slate-300">Needs an editor&apos;s session (with its CSRF token) or an API token.</p>
            )}
            {get.requestBody && <BodyFields schema={get.requestBody.content["application/json"].schema} />}
            {get.description && <p className="text-sm text-slate-700 dark:text-slate-300">{get.description}</p>}
            {get.parameters.length > 0 && (
              <table className="w-full text-left text-sm">
                <thead>
                  <tr className="border-b border-slate-300 dark:border-slate-700">
                    <th className="py-1 pr-2">Parameter</th>
                    <th className="py-1 pr-2">Type</th>
                    <th className="py-1">Meaning</th>
                  </tr>
                </thead>
                <tbody>
                  {get.parameters.map((p) => (
                    <tr key={p.name} className="border-b border-slate-200 align-top dark:border-slate-800">
                      <td className="py-1 pr-2 font-mono">
                        {p.name}
                        {p.required ? " *" : ""}
                      </td>
                      <td className="py-1 pr-2">{typeOf(p.schema)}</td>
                      <td className="py-1">{p.description}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        )),
      )}
    </main>
  );
}
