// A campaign worker: run as many as you like, in any processes on any machines that reach the Redis.
// Every worker paces the instance through one limiter in Redis, so together they keep to its policy.
//   REDIS_URL=redis://127.0.0.1:6379 WAWP_INSTANCE_ID=... WAWP_ACCESS_TOKEN=... node worker.mjs
// (WAWP_BASE_URL points the client at a mock; PER_MINUTE overrides the pace, Infinity for none.)
import { createClient } from "@linkcard/core";
import { createCampaignWorker } from "@linkcard/campaign/bullmq";
import { Redis } from "ioredis";

// BullMQ's workers need maxRetriesPerRequest: null (a blocking connection must not give up)
const connection = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379", { maxRetriesPerRequest: null });
const { worker, close } = createCampaignWorker({
  connection,
  client: createClient(), // WAWP_INSTANCE_ID, WAWP_ACCESS_TOKEN
  // the instance's policy (Wawp: GET /v2/session/rate-limit); the key names the instance in Redis
  pace: { key: process.env.WAWP_INSTANCE_ID, perMinute: Number(process.env.PER_MINUTE ?? 10), dailyCap: 1000 },
});
worker.on("completed", (job, outcome) => console.log(`${job.data.chatId}: ${outcome.kind ?? "already settled"}`));
worker.on("error", (error) => console.error(error.message));
await worker.waitUntilReady();
console.log("worker ready");

// Ctrl-C: take no new job, let the sends in flight finish and record their answers
for (const signal of ["SIGINT", "SIGTERM"])
  process.once(signal, async () => {
    await close();
    connection.disconnect();
  });
