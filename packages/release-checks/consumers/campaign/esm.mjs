// A two-recipient campaign to the mock, journaled, from ESM; and the BullMQ subpath loads.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@linkcard/core";
import { readJournal, runCampaign } from "@linkcard/campaign";
import { createCampaignWorker, enqueueCampaign } from "@linkcard/campaign/bullmq";

const client = createClient({ instanceId: "123456789", accessToken: "123456789", baseUrl: process.env.MOCK_URL, maxRetries: 0 });
const journal = join(mkdtempSync(join(tmpdir(), "campaign-consumer-")), "launch.journal");
const summary = await runCampaign({ client, recipients: [{ chatId: "201234567890" }, { chatId: "201234567891" }], card: { url: "https://wawp.net" }, journal, pace: { perMinute: Infinity } });
const status = await readJournal(journal);
if (typeof enqueueCampaign !== "function" || typeof createCampaignWorker !== "function") throw new Error("@linkcard/campaign/bullmq is incomplete");
console.log(JSON.stringify({ sent: summary.sent, messageId: status.rows[0].messageId }));
