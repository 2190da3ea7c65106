// The ingest worker as a process of its own (npm start runs it beside the web server unless
// ATLAS_ROLE=web): started by server/start.ts with DATABASE_URL set. SIGTERM lets the job in
// hand finish (for a while) before it exits; a job cut short is run again after ATLAS_JOB_TIMEOUT.
import { disconnectDb } from "@/lib/db/client";
import { startWorker } from "@/lib/jobs/worker";

async function main() {
  const worker = await startWorker();
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await worker.stop();
    await disconnectDb();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
}

main().catch((e) => {
  console.error(`[worker] ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
