// Optimistic concurrency for edits: an incident's version is its ETag, and an edit names the
// version it was based on (If-Match, or `version` in the body), so that two editors cannot
// silently undo each other's work. `If-Match: *` says: whatever is there now.
import { ApiError } from "@/lib/api/errors";
import type { BaseVersion } from "@/lib/db/incident-edits";

export const etagOf = (version: number) => `"${version}"`;

function fromIfMatch(header: string): BaseVersion {
  if (header === "*") return "any";
  const m = /^"(\d{1,9})"$/.exec(header);
  if (!m) throw new ApiError("bad_request", `Invalid If-Match header: expected the incident's ETag, such as "3", or *`, "If-Match");
  return Number(m[1]);
}

/** The version an edit was based on, from If-Match or the body's `version`; one of them is required. */
export function baseVersion(request: Request, inBody: number | undefined): BaseVersion {
  const header = request.headers.get("if-match")?.trim();
  const fromHeader = header ? fromIfMatch(header) : undefined;
  if (fromHeader !== undefined && inBody !== undefined && fromHeader !== inBody) {
    throw new ApiError("bad_request", 'If-Match and "version" name different versions: send one', "version");
  }
  const base = inBody ?? fromHeader;
  if (base === undefined) {
    throw new ApiError(
      "bad_request",
      'Send the version your change is based on: "version" in the body, or the ETag of GET /api/incidents/{id} as If-Match',
      "version",
    );
  }
  return base;
}
