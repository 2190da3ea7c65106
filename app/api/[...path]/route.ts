// Any /api path that no route serves answers 404 in the API's one error shape.
import { ApiError, errorResponse } from "@/lib/api/errors";

function notFound(request: Request): Response {
  return errorResponse(new ApiError("not_found", `No API route at ${new URL(request.url).pathname}`));
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
