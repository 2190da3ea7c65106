// Integration tests: they need DATABASE_URL (tools/test/run.ts provides a fresh local PostgreSQL)
// and run one file at a time, since they share that database.
import { defineConfig } from "vitest/config";
import { resolve } from "./vitest.shared.mts";

export default defineConfig({
  resolve,
  test: {
    include: ["{lib,app,server,tools}/**/*.int.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
