import path from "node:path";

/** Module resolution shared by the unit and the integration test configs. */
export const resolve = {
  alias: {
    "@": path.resolve(__dirname),
    // "server-only" throws outside a React Server bundle; under vitest every module runs on the server.
    "server-only": path.resolve(__dirname, "lib/testing/server-only-stub.ts"),
  },
};
