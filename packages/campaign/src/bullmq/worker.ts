import { randomUUID } from "node:crypto";
import { DelayedError, type Job, Queue, Worker, type WorkerOptions } from "bullmq";
import type { Redis } from "ioredis";
import { CampaignInputError } from "../errors.js";
import { paceIssues } from "../options.js";
import { type Outcome, failureOutcome, sentOutcome } from "../outcome.js";
import type { PaceOptions } from "../pace/options.js";
import { Pacer } from "../pace/pacer.js";
import type { CampaignClient, CardParams } from "../types.js";
import { type CampaignJob, DEFAULT_QUEUE } from "./enqueue.js";
import { type StoredRow, claim, keysOf, markStalled, settle } from "./store.js";

/** Options of `createCampaignWorker`. */
export interface CampaignWorkerOptions {
  /** An ioredis client made with `maxRetriesPerRequest: null` (BullMQ's workers need it). */
  connection: Redis;
  /** What sends: `createClient()` from @linkcard/core, or any object with the same `sendLinkPreview`. */
  client: CampaignClient;
  /** The instance's pace, counted in Redis under `pace.key` (your instance id) by every worker of every process. */
  pace: Omit<PaceOptions, "redis" | "clock" | "concurrency"> & { key: string };
  /** Jobs this worker sends at once (default 1); the instance's pace holds across all workers whatever it is. */
  concurrency?: number;
  /** The BullMQ queue (default `linkcard-campaign`). */
  queueName?: string;
  /** More BullMQ worker options (`lockDuration`, `stalledInterval`, `name`...). `maxStalledCount` is always 0. */
  workerOptions?: Omit<WorkerOptions, "connection" | "concurrency" | "maxStalledCount" | "autorun">;
  /** Time limit of each send, in ms (default: the client's). A send that times out is in doubt. */
  timeout?: number;
}

/** A running campaign worker. */
export interface CampaignWorker {
  /** The BullMQ worker underneath (its events: `completed`, `failed`, `error`...). */
  worker: Worker<CampaignJob>;
  /** Stops taking jobs, lets the sends in flight finish and record their answers, and closes. */
  close(): Promise<void>;
}

const STALLED = /stalled/i;
const BACKOFF_MS = 5000;
const STOP_RETRY_MS = 60_000;

/**
 * A BullMQ worker that sends campaign jobs, at most once each. Before a send it claims the recipient in
 * Redis (planned to attempting, atomically): a job that BullMQ runs again finds it claimed and sends
 * nothing. `maxStalledCount` is 0, so BullMQ fails a stalled job (its worker died or lost its lock)
 * instead of running it again; this worker then marks a claimed one in doubt, and enqueues again one that
 * never got to its claim (certainly not sent). Every worker paces the instance through one
 * rate-limiter-flexible Redis limiter under `pace.key`.
 */
export function createCampaignWorker(options: CampaignWorkerOptions): CampaignWorker {
  const { connection, client, pace, concurrency = 1, queueName = DEFAULT_QUEUE, workerOptions = {}, timeout } = options;
  const issues = paceIssues({ ...pace, redis: connection });
  if (typeof client?.sendLinkPreview !== "function") issues.push({ position: "options", path: "client", message: "must have a sendLinkPreview method" });
  if (issues.length) throw new CampaignInputError("Invalid createCampaignWorker options", issues);
  const pacer = new Pacer({ ...pace, redis: connection });
  const workerId = workerOptions.name ?? randomUUID();
  const queue = new Queue<CampaignJob>(queueName, { connection });

  const defer = async (job: Job<CampaignJob>, token: string | undefined, at: number): Promise<never> => {
    await job.moveToDelayed(at, token);
    throw new DelayedError();
  };

  const send = async (job: Job<CampaignJob>, token?: string, signal?: AbortSignal) => {
    const { campaignId, row, chatId, params } = job.data;
    // paced before the claim: a worker that dies while it waits has claimed nothing
    let gate;
    try {
      gate = await pacer.next(signal);
    } catch (error) {
      if (signal?.aborted) return defer(job, token, Date.now());
      throw error;
    }
    if (!gate.go) {
      await connection.hset(keysOf(campaignId).meta, "stopped", `daily-cap: resume from ${new Date(gate.resumeAt).toISOString()}`);
      return defer(job, token, gate.resumeAt);
    }
    const claimToken = `${workerId}:${job.id}:${Date.now()}`;
    const claimed = await claim(connection, campaignId, row, claimToken);
    if (claimed !== "claimed") {
      // run again after all (BullMQ settings changed by hand): a claimed row may have been sent
      if (claimed !== "missing" && (JSON.parse(claimed) as StoredRow).s === "attempting")
        await markStalled(connection, campaignId, row, "its job ran twice while it was being sent; not sent again");
      return { skipped: true };
    }
    let outcome: Outcome;
    try {
      outcome = sentOutcome(await client.sendLinkPreview({ ...(params as CardParams), chatId } as never, { maxRetries: 0, delivery: "at-most-once", ...(timeout && { timeout }) }));
    } catch (error) {
      outcome = failureOutcome(error);
    }
    await settle(connection, campaignId, row, claimToken, stored(outcome));
    if (outcome.kind !== "deferred") return outcome;
    await pacer.refund();
    if (outcome.then === "pause") {
      const ms = outcome.retryAfter ?? 30_000;
      await pacer.pause(ms);
      // BullMQ's manual rate limit: the job goes back to wait (no attempt spent), and every worker holds
      await worker.rateLimit(ms);
      throw Worker.RateLimitError();
    }
    if (outcome.then === "stop") {
      await connection.hset(keysOf(campaignId).meta, "stopped", `refused: ${outcome.reason}; the queue is paused: fix it, then queue.resume()`);
      await queue.pause();
      return defer(job, token, Date.now() + STOP_RETRY_MS);
    }
    return defer(job, token, Date.now() + BACKOFF_MS);
  };

  const worker = new Worker<CampaignJob>(queueName, send, { ...workerOptions, name: workerId, connection, concurrency, maxStalledCount: 0 });
  worker.on("failed", async (job, error) => {
    if (!job || !STALLED.test(error.message)) return;
    try {
      const before = await markStalled(connection, job.data.campaignId, job.data.row, "its worker stopped (died or lost its lock) while sending it; no answer was recorded");
      // never claimed, so certainly not sent: a new job sends it
      if (before === "planned") await queue.add("send", job.data, { jobId: `${job.id}-again`, attempts: 1, removeOnComplete: false, removeOnFail: false });
    } catch (failure) {
      worker.emit("error", failure as Error);
    }
  });
  return {
    worker,
    close: async () => {
      await worker.close();
      await queue.close();
    },
  };
}

function stored(outcome: Outcome): Omit<StoredRow, "chatId"> {
  switch (outcome.kind) {
    case "sent":
      return { s: "sent", messageId: outcome.messageId, ack: outcome.ack };
    case "not-sent":
      return { s: "not-sent", reason: outcome.reason, code: outcome.code };
    case "in-doubt":
      return { s: "in-doubt", reason: outcome.reason };
    default:
      return { s: "planned", reason: outcome.reason };
  }
}
