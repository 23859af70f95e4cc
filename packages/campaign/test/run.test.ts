import { readFileSync } from "node:fs";
import { afterEach, describe, expect, test } from "vitest";
import { CampaignInputError, JournalLockedError, JournalMismatchError, readJournal, runCampaign } from "../src/index.js";
import { TOKEN, card, clientOf, people, tempDir, unpaced } from "./helpers/fixtures.js";
import { type Upstream, startUpstream } from "./helpers/upstream.js";

let upstream: Upstream | undefined;
let temp: ReturnType<typeof tempDir> | undefined;
afterEach(async () => {
  await upstream?.close();
  temp?.remove();
  upstream = temp = undefined;
});

describe("a campaign run", () => {
  test("sends each recipient the card once, journals the message ids, and sums it up", async () => {
    upstream = await startUpstream();
    temp = tempDir();
    const summary = await runCampaign({ client: clientOf(upstream.url), recipients: people(25), card, journal: temp.journal, pace: { ...unpaced, concurrency: 4 } });
    expect(summary).toMatchObject({ recipients: 25, sent: 25, pending: 0, done: true, skipped: 0, duplicatesDropped: 0, stopped: undefined });
    expect([...upstream.counts().values()].every((n) => n === 1)).toBe(true);
    expect(upstream.counts().size).toBe(25);
    expect(upstream.received[0]!.body).toMatchObject({ ...card, instance_id: "123456789" });
    const status = await readJournal(temp.journal);
    expect(status.rows.every((r) => r.state === "sent" && r.messageId?.startsWith(`true_${r.chatId}_`) && r.ack === 1)).toBe(true);
    expect(status.locked).toBe(false);
  });
});
