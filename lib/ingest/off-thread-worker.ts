// The worker thread of lib/ingest/off-thread.ts: runs each job it is sent and answers its outcome.
import { parentPort } from "node:worker_threads";
import { type Job, outcome, READY } from "./jobs";

parentPort!.on("message", (job: Job) => parentPort!.postMessage(outcome(job)));
parentPort!.postMessage(READY);
