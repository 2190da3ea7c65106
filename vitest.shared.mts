import path from "node:path";

/** Module resolution shared by the unit and the integration test configs. */
export const resolve = {
  alias: {
    "@": path.resolve(import.meta.dirname),
    // "server-only" throws outside a React Server bundle; under vitest every module runs on the server.
    "server-only": path.resolve(import.meta.dirname, "lib/testing/server-only-stub.ts"),
  },
};
