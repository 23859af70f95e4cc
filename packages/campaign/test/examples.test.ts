// The README's BullMQ example, run as its users would: two worker processes and the enqueue script,
// against a real Redis and a local upstream standing in for the API.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, test } from "vitest";
import { INSTANCE, TOKEN } from "./helpers/fixtures.js";
import { startScript } from "./helpers/processes.js";
import { type RedisServer, startRedis } from "./helpers/redis.js";
import { startUpstream } from "./helpers/upstream.js";

const example = (file: string) => fileURLToPath(new URL(`../examples/bullmq/${file}`, import.meta.url));
let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(() => redis?.stop());

test("examples/bullmq: two workers send the CSV's campaign once each, and enqueue.mjs prints the result", { timeout: 60_000 }, async () => {
  const upstream = await startUpstream();
  const env = { REDIS_URL: redis.url, WAWP_INSTANCE_ID: INSTANCE, WAWP_ACCESS_TOKEN: TOKEN, WAWP_BASE_URL: upstream.url, PER_MINUTE: "Infinity" };
  const workers = await Promise.all([1, 2].map(() => startScript(example("worker.mjs"), env)));
  try {
    const run = () =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [example("enqueue.mjs")], { env: { ...process.env, ...env } });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (c) => (stdout += c));
        child.stderr.on("data", (c) => (stderr += c));
        child.on("exit", (code) => resolve({ code, stdout, stderr }));
      });
    const first = await run();
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("enqueued launch-2026-12: 3 recipients, 0 duplicates dropped");
    expect(JSON.parse(first.stdout.trim().split("\n").at(-1)!)).toMatchObject({ recipients: 3, sent: 3, inDoubt: [], done: true });
    const again = await run();
    expect(again.code).toBe(0);
    expect(upstream.received.map((r) => r.body.text).sort()).toEqual(["Hi Ada, our launch is live!", "Hi Grace, our launch is live!", "Hi Linus, our launch is live!"]);
  } finally {
    for (const w of workers) w.child.kill("SIGTERM");
    const codes = await Promise.all(workers.map((w) => w.exited));
    await upstream.close();
    expect(codes).toEqual([0, 0]);
  }
});
