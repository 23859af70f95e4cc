// A real redis-server (Debian's) for the BullMQ tests: its own temp dir, a free loopback port, killed after.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "@linkcard/mock";
import { Redis } from "ioredis";

export const REDIS_SERVER = process.env.REDIS_SERVER ?? "/usr/bin/redis-server";

export async function startRedis() {
  const dir = mkdtempSync(join(tmpdir(), "linkcard-redis-"));
  const port = await freePort("127.0.0.1");
  const server: ChildProcess = spawn(
    REDIS_SERVER,
    ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", "", "--appendonly", "yes", "--appendfsync", "everysec", "--protected-mode", "yes"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  server.stdout!.on("data", (c) => (output += c));
  server.stderr!.on("data", (c) => (output += c));
  const url = `redis://127.0.0.1:${port}`;
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on("error", () => {}); // refused until the server listens: the loop below retries
  for (let tries = 0; ; tries++) {
    try {
      await probe.connect();
      await probe.ping();
      break;
    } catch (error) {
      if (server.exitCode !== null || tries > 200) throw new Error(`redis-server did not start: ${output || error}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  probe.disconnect();
  const clients: Redis[] = [];
  return {
    url,
    /** A client for BullMQ (maxRetriesPerRequest: null), closed with the server. */
    client() {
      const redis = new Redis(url, { maxRetriesPerRequest: null });
      redis.on("error", () => {}); // after stop(), a reconnect attempt is expected to fail
      clients.push(redis);
      return redis;
    },
    async stop() {
      clients.forEach((c) => c.disconnect());
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGKILL");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type RedisServer = Awaited<ReturnType<typeof startRedis>>;
