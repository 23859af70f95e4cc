// A two-recipient campaign to the mock, journaled, from CommonJS; and the BullMQ subpath loads.
const { mkdtempSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
const { createClient } = require("@linkcard/core");
const { readJournal, runCampaign } = require("@linkcard/campaign");
const { createCampaignWorker, enqueueCampaign } = require("@linkcard/campaign/bullmq");

(async () => {
  const client = createClient({ instanceId: "123456789", accessToken: "123456789", baseUrl: process.env.MOCK_URL, maxRetries: 0 });
  const journal = join(mkdtempSync(join(tmpdir(), "campaign-consumer-")), "launch.journal");
  const summary = await runCampaign({ client, recipients: [{ chatId: "201234567890" }, { chatId: "201234567891" }], card: { url: "https://wawp.net" }, journal, pace: { perMinute: Infinity } });
  const status = await readJournal(journal);
  if (typeof enqueueCampaign !== "function" || typeof createCampaignWorker !== "function") throw new Error("@linkcard/campaign/bullmq is incomplete");
  console.log(JSON.stringify({ sent: summary.sent, messageId: status.rows[0].messageId }));
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
