// Prisma CLI configuration. The JS engine with the pg driver adapter lets the CLI run
// without Prisma's native engines, which cannot be downloaded on our machines
// (see docs/database.md).
import "./prisma/pg-catalog-types";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: "prisma/schema.prisma",
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set (npm start and npm test set it for you)");
    return new PrismaPg({ connectionString: url });
  },
});
