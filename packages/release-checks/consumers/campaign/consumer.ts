import { type CampaignSummary, type Recipient, runCampaign } from "@linkcard/campaign";
import { type CampaignWorker, createCampaignWorker } from "@linkcard/campaign/bullmq";
import { createClient } from "@linkcard/core";
import { Redis } from "ioredis";

const client = createClient({ instanceId: "1", accessToken: "2" });
export const run = (recipients: Recipient[]): Promise<CampaignSummary> =>
  runCampaign({ client, recipients, card: (r) => ({ url: "https://wawp.net", text: `Hi ${String(r.name)}` }), journal: "launch.journal", pace: { perMinute: 10 } });
// @ts-expect-error the card's chatId comes from each recipient
export const wrong = runCampaign({ client, recipients: [], card: { url: "https://wawp.net", chatId: "1" }, journal: "j" });
export const worker = (): CampaignWorker => createCampaignWorker({ connection: new Redis({ maxRetriesPerRequest: null }), client, pace: { key: "1" } });
