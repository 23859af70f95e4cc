// Enqueues a campaign (one job per recipient of people.csv), then follows it until every recipient is
// settled and prints the result. Enqueuing it again adds nothing: each job's id is campaign + recipient.
//   REDIS_URL=redis://127.0.0.1:6379 node enqueue.mjs
import { fileURLToPath } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import { compileTemplate, readRecipientsCsv } from "@linkcard/campaign";
import { enqueueCampaign, readCampaignResult } from "@linkcard/campaign/bullmq";
import { Redis } from "ioredis";

const connection = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379", { maxRetriesPerRequest: null });
const people = await readRecipientsCsv(fileURLToPath(new URL("../people.csv", import.meta.url)));
const text = compileTemplate("Hi {{name}}, our launch is live!", people.columns);
const campaignId = "launch-2026-12";

const { recipients, duplicatesDropped } = await enqueueCampaign({
  connection,
  campaignId,
  recipients: people.recipients,
  card: (person) => ({ url: "https://wawp.net", title: "Wawp", text: text(person) }),
  position: people.position, // errors name CSV lines
});
console.log(`enqueued ${campaignId}: ${recipients} recipients, ${duplicatesDropped} duplicates dropped`);

let result;
while (!(result = await readCampaignResult({ connection, campaignId })).done) await sleep(500);
// in doubt: the card may have arrived (a timeout, a lost worker); never resent by the campaign
console.log(JSON.stringify(result));
connection.disconnect();
