import type { Redis } from "ioredis";
import type { CampaignCounts } from "../journal/status.js";
import { keysOf, readRows } from "./store.js";

/** A campaign's result, read from Redis. */
export interface CampaignResult extends CampaignCounts {
  /** The campaign's name. */
  campaignId: string;
  /** Rows dropped as duplicates when it was enqueued. */
  duplicatesDropped: number;
  /** Sends under way now (a row stays here if its worker died, until the stalled job is failed: then it is in doubt). */
  inFlight: number;
  /** Why sending stopped, if it did (a daily cap, a refusal that paused the queue). */
  stopped: string | undefined;
  /** Whether every recipient is settled. */
  done: boolean;
}

/** Reads a campaign's result from Redis: sent, not sent by reason, the in-doubt list, what is left. */
export async function readCampaignResult({ connection, campaignId }: { connection: Redis; campaignId: string }): Promise<CampaignResult> {
  const rows = await readRows(connection, campaignId);
  const meta = await connection.hgetall(keysOf(campaignId).meta);
  const result: CampaignResult = {
    campaignId,
    recipients: rows.size,
    duplicatesDropped: Number(meta.duplicatesDropped ?? 0),
    sent: 0,
    notSent: { total: 0, byReason: {} },
    inDoubt: [],
    pending: 0,
    inFlight: 0,
    stopped: meta.stopped,
    done: false,
  };
  for (const row of [...rows.entries()].sort(([a], [b]) => a - b).map(([, r]) => r)) {
    if (row.s === "sent") result.sent++;
    else if (row.s === "not-sent") {
      result.notSent.total++;
      const code = row.code ?? "unknown";
      result.notSent.byReason[code] = (result.notSent.byReason[code] ?? 0) + 1;
    } else if (row.s === "in-doubt") result.inDoubt.push({ chatId: row.chatId, reason: row.reason ?? "" });
    else if (row.s === "attempting") result.inFlight++;
    else result.pending++;
  }
  result.done = rows.size > 0 && result.pending === 0 && result.inFlight === 0;
  return result;
}
