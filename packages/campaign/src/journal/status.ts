import { readFile } from "node:fs/promises";
import { type JournalContents, type RowStatus, type StopReason, parseJournal } from "./format.js";
import { isJournalLocked } from "./lock.js";

/** Counts of a campaign's recipients by where they stand. */
export interface CampaignCounts {
  /** Recipients in the plan (duplicates dropped). */
  recipients: number;
  /** Sent (a message id came back). */
  sent: number;
  /** Refused for their own message (final), by code (`400 BadRequestError`). */
  notSent: { total: number; byReason: Record<string, number> };
  /** May have arrived; never resent unless asked by name. */
  inDoubt: { chatId: string; reason: string }[];
  /** Not settled yet: planned, or deferred (certainly not sent). */
  pending: number;
}

/** A journal's status, read without taking its lock. */
export interface JournalStatus extends CampaignCounts {
  /** The campaign's id (also its BullMQ name, if enqueued there). */
  campaignId: string;
  /** When it was planned (ISO). */
  created: string;
  /** The journal format's version. */
  version: number;
  /** Rows dropped as duplicates when it was planned. */
  duplicatesDropped: number;
  /** How many runs have worked on it. */
  runs: number;
  /** Why the last run stopped early, if it did. */
  stopped: { reason: StopReason; message: string; resumeAt?: string } | undefined;
  /** Whether a run holds the journal now. */
  locked: boolean;
  /** Every recipient, in plan order. */
  rows: RowStatus[];
}

/** Counts rows by state; `attempting` rows (a run stopped mid-send) count as in doubt. */
export function countRows(rows: readonly RowStatus[]): CampaignCounts {
  const counts: CampaignCounts = { recipients: rows.length, sent: 0, notSent: { total: 0, byReason: {} }, inDoubt: [], pending: 0 };
  for (const row of rows)
    if (row.state === "sent") counts.sent++;
    else if (row.state === "not-sent") {
      counts.notSent.total++;
      const code = row.code ?? "unknown";
      counts.notSent.byReason[code] = (counts.notSent.byReason[code] ?? 0) + 1;
    } else if (row.state === "in-doubt" || row.state === "attempting")
      counts.inDoubt.push({ chatId: row.chatId, reason: row.reason ?? "a run stopped while sending it; no answer was journaled" });
    else counts.pending++;
  return counts;
}

export const stopOf = (contents: JournalContents) =>
  contents.lastStop && { reason: contents.lastStop.reason, message: contents.lastStop.message, ...(contents.lastStop.resumeAt && { resumeAt: contents.lastStop.resumeAt }) };

/**
 * Reads a journal's status (what `linkcard status` prints): who was sent, not sent and why, who is in
 * doubt, what is left. It takes no lock, so it works while a run is going; a torn last line is ignored.
 */
export async function readJournal(path: string, options: { lockStaleMs?: number } = {}): Promise<JournalStatus> {
  const contents = parseJournal(await readFile(path), path);
  return {
    campaignId: contents.header.campaign,
    created: contents.header.created,
    version: contents.header.version,
    duplicatesDropped: contents.header.duplicates.length,
    runs: contents.runs.length,
    stopped: stopOf(contents),
    locked: await isJournalLocked(path, options.lockStaleMs ?? 10_000),
    rows: contents.rows,
    ...countRows(contents.rows),
  };
}
