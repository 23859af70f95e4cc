// Scale-out on real Redis: jobs enqueued once, sent by worker processes, at most once each, with a worker
// killed mid-run, and one limiter per instance shared by every worker.
import { fileURLToPath } from "node:url";
import { Queue } from "bullmq";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { enqueueCampaign, readCampaignResult } from "../src/bullmq/index.js";
import { runCampaign } from "../src/index.js";
import { card, clientOf, people, tempDir } from "./helpers/fixtures.js";
import { startScript, until } from "./helpers/processes.js";
import { type RedisServer, startRedis } from "./helpers/redis.js";
import { type Answer, type Received, startUpstream } from "./helpers/upstream.js";

const WORKER = fileURLToPath(new URL("./helpers/worker-child.mjs", import.meta.url));
let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis?.stop();
});

describe("BullMQ workers", () => {
  test("1,000 jobs to 3 worker processes: each recipient sent once; a worker killed mid-run leaves its sends in doubt, none twice", { timeout: 90_000 }, async () => {
    const CONCURRENCY = 4;
    const held: Received[] = [];
    let killVictim: (() => void) | undefined;
    const upstream = await startUpstream((r): Answer => {
      // the victim's sends after its 100th are held unanswered until it dies with them in flight
      if (r.worker === "victim" && upstream.received.filter((x) => x.worker === "victim").length > 100) {
        held.push(r);
        if (held.length === CONCURRENCY) killVictim?.();
        return { hang: true };
      }
      return {};
    });
    const connection = redis.client();
    const campaignId = "launch-1000";
    const enqueued = await enqueueCampaign({ connection, campaignId, recipients: people(1000), card });
    expect(await enqueueCampaign({ connection, campaignId, recipients: people(1000), card })).toEqual(enqueued);
    const queue = new Queue("linkcard-campaign", { connection });
    expect(await queue.count()).toBe(1000);

    const env = { REDIS_URL: redis.url, UPSTREAM_URL: upstream.url, CONCURRENCY: String(CONCURRENCY), PACE: JSON.stringify({ key: "instance-1000", perMinute: Infinity }), LOCK_MS: "1500" };
    // the victim starts first, so it surely has its 100 sends before it is killed
    const victim = await startScript(WORKER, { ...env, NAME: "victim" });
    killVictim = () => victim.child.kill("SIGKILL");
    await until(() => upstream.received.length >= 30, 30_000);
    const workers = [victim, ...(await Promise.all(["w2", "w3"].map((NAME) => startScript(WORKER, { ...env, NAME }))))];
    try {
      const t0 = Date.now();
      await until(async () => { const r = await readCampaignResult({ connection, campaignId }); if (process.env.DEBUG_WORKERS) process.stderr.write(`${Date.now() - t0} ms: ${upstream.received.length} received, sent ${r.sent} pending ${r.pending} inFlight ${r.inFlight} doubt ${r.inDoubt.length} waiting ${await queue.getWaitingCount()} active ${await queue.getActiveCount()} delayed ${await queue.getDelayedCount()} failed ${await queue.getFailedCount()}\n`); return r.done; }, 60_000, () => upstream.received.length);
    } finally {
      // all settled: nothing is in flight, so no need to wait for a graceful close
      for (const w of workers.slice(1)) w.child.kill("SIGKILL");
      await Promise.all(workers.map((w) => w.exited));
      await upstream.close();
    }

    const result = await readCampaignResult({ connection, campaignId });
    const counts = upstream.counts();
    expect([...counts.values()].filter((n) => n > 1)).toEqual([]);
    expect(held).toHaveLength(CONCURRENCY);
    expect(result.inDoubt.map((d) => d.chatId).sort()).toEqual(held.map((r) => r.chatId).sort());
    expect(result.inDoubt[0]!.reason).toMatch(/worker stopped/);
    expect(result).toMatchObject({ recipients: 1000, sent: 1000 - CONCURRENCY, pending: 0, inFlight: 0, done: true });
    expect(counts.size).toBe(1000);
    const failed = await queue.getFailed();
    expect(failed.filter((j) => /stalled/.test(j.failedReason)).map((j) => j.data.chatId).sort()).toEqual(expect.arrayContaining(held.map((r) => r.chatId).sort()));
    const byWorker: Record<string, number> = {};
    for (const r of upstream.received) byWorker[r.worker ?? "?"] = (byWorker[r.worker ?? "?"] ?? 0) + 1;
    console.log(
      `workers: 1000 jobs, 3 processes (${Object.entries(byWorker).map(([w, n]) => `${w} ${n}`).join(", ")}); victim killed with ${held.length} sends in flight; ` +
        `${result.sent} sent once, ${result.inDoubt.length} in doubt (the victim's unanswered ones), ${[...counts.values()].filter((n) => n > 1).length} sent twice; ${failed.length} stalled jobs failed, none run again`,
    );
    await queue.close();
  });

  test("every worker counts against one limiter per instance: a daily cap of 7 holds across processes", { timeout: 60_000 }, async () => {
    const upstream = await startUpstream();
    const connection = redis.client();
    const queue = new Queue("linkcard-campaign", { connection });
    const env = { REDIS_URL: redis.url, UPSTREAM_URL: upstream.url, CONCURRENCY: "3", PACE: JSON.stringify({ key: "instance-capped", perMinute: Infinity, dailyCap: 7 }), LOCK_MS: "5000" };
    try {
      // one process sends 4 of the instance's 7 for the day, and is gone
      await enqueueCampaign({ connection, campaignId: "capped-a", recipients: people(4), card });
      const first = await startScript(WORKER, { ...env, NAME: "a" });
      await until(async () => (await readCampaignResult({ connection, campaignId: "capped-a" })).done, 30_000, () => upstream.received.length);
      first.child.kill("SIGKILL");
      await first.exited;
      // two new processes, with no memory of it, may send only the 3 left between them
      await enqueueCampaign({ connection, campaignId: "capped-b", recipients: people(16, 100), card });
      const others = await Promise.all(["b", "c"].map((NAME) => startScript(WORKER, { ...env, NAME })));
      try {
        await until(async () => (await queue.getDelayedCount()) === 13 && (await queue.getActiveCount()) === 0, 30_000, () => upstream.received.length);
      } finally {
        for (const w of others) w.child.kill("SIGKILL");
        await Promise.all(others.map((w) => w.exited));
      }
    } finally {
      await queue.close();
      await upstream.close();
    }
    expect(upstream.received.filter((r) => r.worker === "a")).toHaveLength(4);
    expect(upstream.received.filter((r) => r.worker !== "a")).toHaveLength(3);
    const result = await readCampaignResult({ connection, campaignId: "capped-b" });
    expect(result).toMatchObject({ sent: 3, pending: 13, done: false });
    expect(result.stopped).toMatch(/^daily-cap: resume from /);
  });
});

describe("runCampaign with pace.redis", () => {
  test("two campaigns for one instance share its daily cap through Redis", async () => {
    const upstream = await startUpstream();
    const temp = tempDir();
    const pace = { redis: redis.client(), key: "instance-shared", perMinute: Infinity, dailyCap: 5 };
    try {
      const first = await runCampaign({ client: clientOf(upstream.url), recipients: people(3), card, journal: `${temp.journal}.a`, pace });
      // a second campaign, with its own journal and limiter objects, sees the 3 already sent today
      const second = await runCampaign({ client: clientOf(upstream.url), recipients: people(4, 50), card, journal: `${temp.journal}.b`, pace: { ...pace, redis: redis.client() } });
      expect(first).toMatchObject({ sent: 3, done: true });
      expect(second).toMatchObject({ sent: 2, pending: 2, stopped: { reason: "daily-cap" } });
      expect(upstream.received).toHaveLength(5);
    } finally {
      await upstream.close();
      temp.remove();
    }
  });

  test("refuses a perMinute its whole-second gaps cannot keep, and a missing instance key", async () => {
    const temp = tempDir();
    const error = await runCampaign({ client: clientOf("http://127.0.0.1:1"), recipients: people(1), card, journal: temp.journal, pace: { redis: redis.client(), perMinute: 120 } }).catch((e) => e);
    temp.remove();
    expect(error.issues.map((i: { path: string; message: string }) => `${i.path} ${i.message}`)).toEqual([
      expect.stringMatching(/^pace.key is needed with redis/),
      expect.stringMatching(/^pace.perMinute must be at most 60 with redis/),
    ]);
  });
});
