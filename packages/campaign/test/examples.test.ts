// The examples, run as their users would, against a local upstream standing in for the API: one process
// with its journal, then the BullMQ one (two worker processes and the enqueue script) on a real Redis.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, test } from "vitest";
import { INSTANCE, TOKEN } from "./helpers/fixtures.js";
import { startScript } from "./helpers/processes.js";
import { type RedisServer, startRedis } from "./helpers/redis.js";
import { startUpstream } from "./helpers/upstream.js";

const example = (file: string) => fileURLToPath(new URL(`../examples/${file}`, import.meta.url));
const run = (script: string, env: Record<string, string>) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [script], { env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
const TEXTS = ["Hi Ada, our launch is live!", "Hi Grace, our launch is live!", "Hi Linus, our launch is live!"];
let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(() => redis?.stop());

test("examples/one-process: the CSV's three people get the card once each; run again, it sends nothing more", async () => {
  const upstream = await startUpstream();
  const dir = mkdtempSync(join(tmpdir(), "linkcard-example-"));
  const env = { JOURNAL: join(dir, "launch.journal"), WAWP_INSTANCE_ID: INSTANCE, WAWP_ACCESS_TOKEN: TOKEN, WAWP_BASE_URL: upstream.url, PER_MINUTE: "Infinity" };
  try {
    const first = await run(example("one-process/launch.mjs"), env);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ sent: 3, inDoubt: [], duplicatesDropped: 0, done: true });
    expect(first.stderr.trim().split("\n").at(-1)).toBe("3 sent, 0 in doubt, 0 left");
    const again = await run(example("one-process/launch.mjs"), env);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ sent: 3, skipped: 3, done: true });
    expect(upstream.received.map((r) => r.body.text).sort()).toEqual(TEXTS);
  } finally {
    await upstream.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("examples/bullmq: two workers send the CSV's campaign once each, and enqueue.mjs prints the result", { timeout: 60_000 }, async () => {
  const upstream = await startUpstream();
  const env = { REDIS_URL: redis.url, WAWP_INSTANCE_ID: INSTANCE, WAWP_ACCESS_TOKEN: TOKEN, WAWP_BASE_URL: upstream.url, PER_MINUTE: "Infinity" };
  const workers = await Promise.all([1, 2].map(() => startScript(example("bullmq/worker.mjs"), env)));
  try {
    const first = await run(example("bullmq/enqueue.mjs"), env);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("enqueued launch-2026-12: 3 recipients, 0 duplicates dropped");
    expect(JSON.parse(first.stdout.trim().split("\n").at(-1)!)).toMatchObject({ recipients: 3, sent: 3, inDoubt: [], done: true });
    const again = await run(example("bullmq/enqueue.mjs"), env);
    expect(again.code).toBe(0);
    expect(upstream.received.map((r) => r.body.text).sort()).toEqual(TEXTS);
  } finally {
    for (const w of workers) w.child.kill("SIGTERM");
    const codes = await Promise.all(workers.map((w) => w.exited));
    await upstream.close();
    expect(codes).toEqual([0, 0]);
  }
});
