// A campaign worker in its own process, for the BullMQ tests. It says "ready" once BullMQ's worker is,
// and closes cleanly on SIGTERM (sends in flight finish and record their answers).
import { createClient } from "@linkcard/core";
import { Redis } from "ioredis";
import { createCampaignWorker } from "../../dist/bullmq/index.js";

const { REDIS_URL, UPSTREAM_URL, NAME, CONCURRENCY, PACE, LOCK_MS } = process.env;
const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
const client = createClient({ instanceId: "123456789", accessToken: "tok_worker-S3CRET", baseUrl: UPSTREAM_URL, logLevel: "off", headers: { "x-worker": NAME } });
const { worker, close } = createCampaignWorker({
  connection,
  client,
  // JSON has no Infinity: a null perMinute is no limit
  pace: JSON.parse(PACE, (key, value) => (key === "perMinute" && value === null ? Infinity : value)),
  concurrency: Number(CONCURRENCY),
  workerOptions: { name: NAME, lockDuration: Number(LOCK_MS), stalledInterval: Number(LOCK_MS) / 2 },
});
worker.on("error", (error) => console.error(`worker ${NAME}: ${error.message}`));
await worker.waitUntilReady();
console.log("ready");
process.on("SIGTERM", async () => {
  await close();
  connection.disconnect();
  process.exit(0);
});
