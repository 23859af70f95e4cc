// A campaign in its own process, for the crash test: runs (or resumes) the journal's campaign against the
// upstream and prints its summary as the last line. A run that finds the journal locked (the previous
// process was killed and its lock is not stale yet) tries again until the lock frees itself.
import { setTimeout as sleep } from "node:timers/promises";
import { createClient } from "@linkcard/core";
import { JournalLockedError, runCampaign } from "../../dist/index.js";

const { UPSTREAM_URL, JOURNAL, RECIPIENTS, CONCURRENCY } = process.env;
const client = createClient({ instanceId: "123456789", accessToken: "tok_crash-S3CRET", baseUrl: UPSTREAM_URL, logLevel: "off" });
const recipients = Array.from({ length: Number(RECIPIENTS) }, (_, i) => ({ chatId: `20100${String(i).padStart(5, "0")}` }));

for (;;) {
  try {
    const summary = await runCampaign({
      client,
      recipients,
      card: { url: "https://wawp.net", text: "Launch day" },
      journal: { path: JOURNAL, lockStaleMs: 2000 },
      pace: { perMinute: Infinity, concurrency: Number(CONCURRENCY) },
    });
    console.log(JSON.stringify(summary));
    break;
  } catch (error) {
    if (!(error instanceof JournalLockedError)) throw error;
    await sleep(100);
  }
}
