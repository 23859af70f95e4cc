import { Queue } from "bullmq";
import type { Redis } from "ioredis";
import { recipientKey } from "../chat-id.js";
import { CampaignInputError, JournalMismatchError } from "../errors.js";
import { planCampaign } from "../input/plan.js";
import type { Card, CardParams, Recipients } from "../types.js";
import { keysOf } from "./store.js";

/** The queue campaigns go to unless told otherwise. */
export const DEFAULT_QUEUE = "linkcard-campaign";

/** One recipient's job: everything its send needs, frozen when the campaign was enqueued. */
export interface CampaignJob {
  /** The campaign's name. */
  campaignId: string;
  /** The recipient's row in the plan (its field in the campaign's Redis state). */
  row: number;
  /** The recipient's chatId, as planned. */
  chatId: string;
  /** The card, frozen: what is sent, with `chatId`. */
  params: CardParams;
}

/** Options of `enqueueCampaign`. */
export interface EnqueueOptions {
  /** An ioredis client (for workers, made with `maxRetriesPerRequest: null`). */
  connection: Redis;
  /** The campaign's name: letters, digits, `.`, `_` and `-`. Enqueuing the same name again adds nothing new. */
  campaignId: string;
  /** The recipients: an array or an (async) iterable of `{ chatId, ...fields }`. */
  recipients: Recipients;
  /** The card: `sendLinkPreview`'s params without `chatId`, or a function of the recipient that returns them. */
  card: Card;
  /** How a row is named in messages, from its 0-based index (default `recipient N`). */
  position?: (index: number) => string;
  /** The BullMQ queue (default `linkcard-campaign`). */
  queueName?: string;
}

/** What `enqueueCampaign` did. */
export interface Enqueued {
  /** The campaign's name. */
  campaignId: string;
  /** Recipients in the campaign (duplicates dropped). */
  recipients: number;
  /** Rows dropped as duplicates. */
  duplicatesDropped: number;
}

/**
 * Plans a campaign (every row checked, duplicates dropped, cards frozen) and enqueues one job per
 * recipient, its id made of the campaign and the recipient: enqueued twice, it is one job. Each recipient's
 * state starts `planned` in Redis and is never reset by a second enqueue. The same name with other input
 * is refused.
 */
export async function enqueueCampaign(options: EnqueueOptions): Promise<Enqueued> {
  const { connection, campaignId, recipients, card, position, queueName = DEFAULT_QUEUE } = options;
  if (typeof campaignId !== "string" || !/^[A-Za-z0-9._-]{1,100}$/.test(campaignId))
    throw new CampaignInputError("Invalid campaignId", [{ position: "options", path: "campaignId", message: "must be 1 to 100 letters, digits, '.', '_' or '-'" }]);
  const plan = await planCampaign({ recipients, card, position });
  if (plan.issues.length) throw new CampaignInputError("Bad campaign input", plan.issues);
  const keys = keysOf(campaignId);
  await connection.hsetnx(keys.meta, "fingerprint", plan.fingerprint);
  const [fingerprint] = await connection.hmget(keys.meta, "fingerprint");
  if (fingerprint !== plan.fingerprint)
    throw new JournalMismatchError(`campaign ${campaignId} was enqueued from other input: a campaign sends exactly what was planned; use a new campaignId for this input`);
  await connection.hsetnx(keys.meta, "created", new Date().toISOString());
  await connection.hset(keys.meta, "recipients", String(plan.rows.length), "duplicatesDropped", String(plan.duplicates.length), "queue", queueName);

  const write = connection.pipeline();
  plan.rows.forEach((row, i) => write.hsetnx(keys.state, String(i), JSON.stringify({ s: "planned", chatId: row.chatId })));
  await write.exec();
  const queue = new Queue<CampaignJob>(queueName, { connection });
  try {
    for (let from = 0; from < plan.rows.length; from += 500)
      await queue.addBulk(
        plan.rows.slice(from, from + 500).map((row, i) => ({
          name: "send",
          data: { campaignId, row: from + i, chatId: row.chatId, params: plan.cards[row.card] as CardParams },
          // BullMQ re-running a job could send twice: one attempt, and the state in Redis guards the rest
          opts: { jobId: jobIdOf(campaignId, row.chatId), attempts: 1, removeOnComplete: false, removeOnFail: false },
        })),
      );
  } finally {
    await queue.close();
  }
  return { campaignId, recipients: plan.rows.length, duplicatesDropped: plan.duplicates.length };
}

/** The job id of a recipient in a campaign (BullMQ refuses ':' in ids; a recipient key has none). */
export const jobIdOf = (campaignId: string, chatId: string) => `${campaignId}-${recipientKey(chatId)}`;
