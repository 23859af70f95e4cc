import { createClient } from "@linkcard/core";
import { expectTypeOf, test } from "vitest";
import { type CampaignSummary, type Recipient, runCampaign } from "../src/index.js";
import { createCampaignWorker } from "../src/bullmq/index.js";

const client = createClient({ instanceId: "1", accessToken: "2" });

test("a card function gets the recipient; the summary is typed", () => {
  const run = runCampaign({ client, recipients: [{ chatId: "201234567890", name: "Ada" }], card: (r) => (expectTypeOf(r).toEqualTypeOf<Recipient>(), { url: "https://wawp.net" }), journal: "j" });
  expectTypeOf(run).toEqualTypeOf<Promise<CampaignSummary>>();
});

test("any object with sendLinkPreview is a client", () => {
  const fake = { sendLinkPreview: client.sendLinkPreview };
  expectTypeOf(runCampaign).toBeCallableWith({ client: fake, journal: "j" });
});

test("wrong input does not type-check", () => {
  // @ts-expect-error the card's chatId comes from each recipient
  runCampaign({ client, recipients: [], card: { url: "https://wawp.net", chatId: "1" }, journal: "j" });
  // @ts-expect-error a recipient needs a chatId
  runCampaign({ client, recipients: [{ name: "Ada" }], card: { url: "https://wawp.net" }, journal: "j" });
  // @ts-expect-error a worker's pace needs the instance key
  createCampaignWorker({ connection: {} as never, client, pace: { perMinute: 10 } });
});
