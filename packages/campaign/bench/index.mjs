// The campaign's budgets, measured in one run beside a bare loop of sendLinkPreview calls (not a test:
// timing never decides pass or fail). `pnpm --filter @linkcard/campaign bench` (builds first via turbo
// when run from the root as `pnpm bench:campaign`, or run `pnpm build` before).
//   1. the journal's cost per send, synced (budget: 2 ms or less)
//   2. campaign throughput with no pacing limit against a fast local upstream, beside the bare loop at
//      the same concurrency (budget: 80 % or more)
//   3. three BullMQ workers (separate processes) against one shared limiter: the rate they reach together
//      beside the configured one (needs /usr/bin/redis-server, or REDIS_SERVER)
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@linkcard/core";
import { freePort } from "@linkcard/mock";
import { Redis } from "ioredis";
import { runCampaign } from "../dist/index.js";
import { enqueueCampaign, readCampaignResult } from "../dist/bullmq/index.js";

const SENDS = Number(process.env.SENDS ?? 1000);
let concurrency = 1;
const card = { url: "https://wawp.net", text: "Our launch is live", title: "Wawp" };
const people = (n, tag) => Array.from({ length: n }, (_, i) => ({ chatId: `2${tag}${String(i).padStart(8, "0")}` }));
const temp = mkdtempSync(join(tmpdir(), "linkcard-campaign-bench-"));
const children = [];
const stopAll = () => children.forEach((c) => c.kill("SIGKILL"));
process.on("exit", () => {
  stopAll();
  rmSync(temp, { recursive: true, force: true });
});

/** A node script in its own process, resolved with what it printed first (its URL, or "ready"). */
function start(code, env = {}, args = []) {
  const child = spawn(process.execPath, args.length ? args : ["--input-type=module", "-e", code], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
  children.push(child);
  return new Promise((resolve) => child.stdout.once("data", (d) => resolve({ child, line: String(d).trim(), stdout: child.stdout })));
}

// the fast upstream, in its own process: answers every send with the spec's example Message at once,
// and logs each arrival's time (for the workers' rate) when asked
const upstreamCode = `
import { createServer } from "node:http";
const spec = (await import("@linkcard/types/openapi.json", { with: { type: "json" } })).default;
const body = JSON.stringify(spec.components.examples.LinkPreviewMessage.value);
const times = [];
const server = createServer((req, res) => {
  if (req.url === "/times") return res.end(JSON.stringify(times));
  req.resume();
  req.on("end", () => { times.push(Date.now()); res.writeHead(200, { "content-type": "application/json" }); res.end(body); });
});
server.keepAliveTimeout = 60000;
server.listen(0, "127.0.0.1", () => console.log("http://127.0.0.1:" + server.address().port));`;
const { line: upstream } = await start(upstreamCode);
const client = createClient({ instanceId: "123456789", accessToken: "123456789", baseUrl: upstream, logLevel: "off" });

async function bareLoop(n) {
  const t0 = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    for (let i; (i = next++) < n; ) await client.sendLinkPreview({ ...card, chatId: `20199${String(i).padStart(7, "0")}` }, { maxRetries: 0 });
  }));
  return n / ((performance.now() - t0) / 1000);
}

async function campaign(n, round) {
  const journal = join(temp, `bench-${round}.journal`);
  let first;
  const t0 = performance.now();
  const summary = await runCampaign({ client, recipients: people(n, round), card, journal, pace: { perMinute: Infinity, concurrency }, onProgress: (p) => (first ??= performance.now()) });
  const end = performance.now();
  if (summary.sent !== n) throw new Error(`campaign sent ${summary.sent} of ${n}`);
  return { whole: n / ((end - t0) / 1000), sending: n / ((end - first) / 1000), planMs: first - t0 };
}


const LEVELS = (process.env.CONCURRENCY ?? "1,4,16").split(",").map(Number);
console.log(`@linkcard/campaign bench: ${SENDS} sends a run, concurrency ${LEVELS.join(", ")}, 3 interleaved rounds each (median), Node ${process.version}; upstream ${upstream} in its own process\n`);
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log("concurrency   bare loop   runCampaign (sending)   vs bare   budget >= 0.80   journal ms a send   whole run (plan too)");
let round = 10;
for (const level of LEVELS) {
  concurrency = level;
  await bareLoop(200); // warm up
  const rounds = [];
  for (let r = 0; r < 3; r++) rounds.push({ bare: await bareLoop(SENDS), ...(await campaign(SENDS, round++)) });
  const bare = median(rounds.map((r) => r.bare));
  const sending = median(rounds.map((r) => r.sending));
  const whole = median(rounds.map((r) => r.whole));
  console.log(
    `${String(level).padStart(11)}   ${bare.toFixed(0).padStart(7)}/s   ${sending.toFixed(0).padStart(19)}/s   ${(sending / bare).toFixed(2).padStart(7)}   ${(sending / bare >= 0.8 ? "OK" : "missed").padStart(14)}   ` +
      `${(1000 / sending - 1000 / bare).toFixed(3).padStart(17)}   ${whole.toFixed(0).padStart(17)}/s`,
  );
}
// at concurrency 1 the journal's cost stands alone: a send's time in a campaign less its bare time
concurrency = 1;
const costs = [];
for (let r = 0; r < 3; r++) costs.push(1000 / (await campaign(SENDS, round++)).sending - 1000 / (await bareLoop(SENDS)));
const cost = median(costs);
console.log(`\njournal cost per send, synced (its attempting line before the send, its answer after, each fdatasync'd): ${cost.toFixed(3)} ms   budget <= 2 ms: ${cost <= 2 ? "OK" : "MISSED"}`);

// three BullMQ workers, one limiter in Redis
const REDIS = process.env.REDIS_SERVER ?? "/usr/bin/redis-server";
if (!existsSync(REDIS)) console.log(`\nBullMQ: skipped (no ${REDIS})`);
else {
  const PER_MINUTE = Number(process.env.PER_MINUTE ?? 60);
  const JOBS = Number(process.env.JOBS ?? 30);
  const port = await freePort("127.0.0.1");
  const server = spawn(REDIS, ["--port", String(port), "--bind", "127.0.0.1", "--dir", temp, "--save", "", "--appendonly", "yes", "--appendfsync", "always"], { stdio: "ignore" });
  children.push(server);
  const url = `redis://127.0.0.1:${port}`;
  const connection = new Redis(url, { maxRetriesPerRequest: null, retryStrategy: (n) => (n < 50 ? 100 : null) });
  connection.on("error", () => {}); // refused until redis-server listens; ioredis retries
  await connection.ping();
  const workerCode = `
import { createClient } from "@linkcard/core";
import { Redis } from "ioredis";
import { createCampaignWorker } from "${new URL("../dist/bullmq/index.js", import.meta.url).href}";
const connection = new Redis(${JSON.stringify(url)}, { maxRetriesPerRequest: null });
const client = createClient({ instanceId: "123456789", accessToken: "123456789", baseUrl: ${JSON.stringify(upstream)}, logLevel: "off" });
const { worker } = createCampaignWorker({ connection, client, pace: { key: "bench-instance", perMinute: ${PER_MINUTE}, jitter: 0 }, concurrency: 2 });
await worker.waitUntilReady();
console.log("ready");`;
  await Promise.all([1, 2, 3].map(() => start(workerCode, {}, ["--input-type=module", "-e", workerCode])));
  const before = JSON.parse(await (await fetch(`${upstream}/times`)).text()).length;
  await enqueueCampaign({ connection, campaignId: "bench", recipients: people(JOBS, 7), card });
  while (!(await readCampaignResult({ connection, campaignId: "bench" })).done) await new Promise((r) => setTimeout(r, 200));
  const times = JSON.parse(await (await fetch(`${upstream}/times`)).text()).slice(before);
  const gaps = times.slice(1).map((t, i) => t - times[i]);
  const rate = ((times.length - 1) / ((times.at(-1) - times[0]) / 1000)) * 60;
  console.log(`\nBullMQ: ${JOBS} jobs, 3 worker processes (concurrency 2 each), one Redis limiter, perMinute ${PER_MINUTE} (jitter 0):`);
  console.log(`  together ${rate.toFixed(1)} a minute (configured ${PER_MINUTE}: ${((rate / PER_MINUTE) * 100).toFixed(0)} %); gaps at the upstream ${Math.min(...gaps)}-${Math.max(...gaps)} ms (configured ${60000 / PER_MINUTE} ms)`);
  connection.disconnect();
}
stopAll();
process.exit(0);
