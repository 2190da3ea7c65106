import { handler } from "@/lib/api/errors";
import { openApiDocument } from "@/lib/api/openapi";

export const GET = handler(async () => Response.json(openApiDocument()));
