// postinstall: generates the Prisma client into generated/prisma (offline; see docs/database.md).
import { ensurePrismaClient } from "@/server/prisma-cli";

ensurePrismaClient().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
