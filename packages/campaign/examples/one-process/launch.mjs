// One process: people.csv gets the launch card, each person once, paced to the instance's policy. Run it
// again after a crash, a Ctrl-C or "resume tomorrow": it sends only what is left.
//   WAWP_INSTANCE_ID=… WAWP_ACCESS_TOKEN=… node one-process/launch.mjs
import { fileURLToPath } from "node:url";
import { createClient } from "@linkcard/core";
import { compileTemplate, readRecipientsCsv, runCampaign } from "@linkcard/campaign";

const people = await readRecipientsCsv(fileURLToPath(new URL("../people.csv", import.meta.url)));
// an unknown {{column}} throws here, before anything is sent
const text = compileTemplate("Hi {{name}}, our launch is live!", people.columns);
const stop = new AbortController();
process.once("SIGINT", () => stop.abort()); // sends in flight finish and are journaled

const summary = await runCampaign({
  client: createClient(), // WAWP_INSTANCE_ID, WAWP_ACCESS_TOKEN
  recipients: people.recipients,
  card: (person) => ({ url: "https://wawp.net", title: "Wawp", text: text(person) }),
  position: people.position, // errors name the CSV line
  journal: process.env.JOURNAL ?? "launch.journal", // the plan and every answer, synced to disk
  pace: { perMinute: Number(process.env.PER_MINUTE ?? 10), dailyCap: 500 },
  signal: stop.signal,
  onProgress: (p) => console.error(`${p.sent} sent, ${p.inDoubt} in doubt, ${p.pending} left`),
});
console.log(JSON.stringify(summary));
