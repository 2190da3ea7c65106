import { defineConfig } from "vitest/config";
import { resolve } from "./vitest.shared.mts";

export default defineConfig({
  resolve,
  test: {
    include: ["{lib,app,server,tools,components}/**/*.test.ts"],
    exclude: ["**/*.int.test.ts", "node_modules/**"],
    environment: "node",
  },
});
