import { JournalError } from "../errors.js";
import type { Duplicate, PlannedRow } from "../input/plan.js";
import type { CardParams } from "../types.js";

/**
 * The journal's format version. Version 1 is JSON Lines, one record per line, each with a `type`:
 * `header` (first line), then `card` and `row` (the frozen plan), then events appended as they happen:
 * `run`, `attempting`, `sent`, `not-sent`, `in-doubt`, `deferred` and `stop`. The README documents each.
 */
export const JOURNAL_VERSION = 1;
export const JOURNAL_KIND = "linkcard-campaign-journal";

export interface HeaderRecord {
  type: "header";
  kind: typeof JOURNAL_KIND;
  version: number;
  campaign: string;
  created: string;
  fingerprint: string;
  recipients: number;
  duplicates: Duplicate[];
}
export interface CardRecord {
  type: "card";
  card: number;
  params: CardParams;
}
export interface RowRecord {
  type: "row";
  row: number;
  chatId: string;
  card: number;
}
export interface RunRecord {
  type: "run";
  run: string;
  at: string;
  pid: number;
}
export type EventRecord =
  | { type: "attempting"; row: number; at: string; run: string; attempt: number }
  | { type: "sent"; row: number; at: string; messageId: string | undefined; ack: number | undefined }
  | { type: "not-sent"; row: number; at: string; reason: string; code: string }
  | { type: "in-doubt"; row: number; at: string; reason: string }
  | { type: "deferred"; row: number; at: string; reason: string };
export interface StopRecord {
  type: "stop";
  run: string;
  at: string;
  reason: StopReason;
  message: string;
  resumeAt?: string;
}
export type JournalRecord = HeaderRecord | CardRecord | RowRecord | RunRecord | EventRecord | StopRecord;

/** Why a run stopped before every recipient was settled. */
export type StopReason = "aborted" | "daily-cap" | "rate-limited" | "refused" | "unavailable";

/** Where a recipient stands. */
export type RowState = "planned" | "attempting" | "sent" | "not-sent" | "in-doubt";

/** One recipient as the journal tells it. */
export interface RowStatus {
  /** The chatId, as planned. */
  chatId: string;
  /** Where it stands: `attempting` only while a run is sending it (or one stopped mid-send: in doubt on resume). */
  state: RowState;
  /** How many times a send was started. */
  attempts: number;
  /** Its sent message's id (`message.id._serialized`). */
  messageId?: string;
  /** Its sent message's `ack`, as the send's answer gave it. */
  ack?: number;
  /** Why it was not sent, is in doubt, or was last deferred. */
  reason?: string;
  /** For a not-sent row, a short code (`400 BadRequestError`, `ValidationError`) to count by. */
  code?: string;
  /** When its last event was journaled (ISO). */
  at?: string;
}

/** A journal, read. */
export interface JournalContents {
  header: HeaderRecord;
  cards: CardParams[];
  plan: PlannedRow[];
  rows: RowStatus[];
  runs: RunRecord[];
  /** The last run's stop record, if it stopped early. */
  lastStop: StopRecord | undefined;
  /** Bytes of whole lines: a torn last line (a write cut by a crash) starts here. */
  validLength: number;
  /** Whether the file ended in a torn line. */
  torn: boolean;
  /** Every attempt's time (ms) and whether it was then deferred (not counted against a daily cap). */
  attempts: { at: number; deferred: boolean }[];
}

/** Serializes records as journal lines. */
export const toLines = (records: readonly JournalRecord[]): string => records.map((r) => `${JSON.stringify(r)}\n`).join("");

/**
 * Reads a journal's text. A last line without its newline is a write cut short by a crash: it is left out
 * (its send never started: a send starts only after its `attempting` line is synced). Any other line that
 * is not a record means the file is damaged, and reading stops with a JournalError naming the line.
 */
export function parseJournal(bytes: Uint8Array, path: string): JournalContents {
  const end = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).lastIndexOf(10) + 1;
  const lines = Buffer.from(bytes.buffer, bytes.byteOffset, end).toString("utf8").split("\n");
  lines.pop();
  const fail = (line: number, why: string): never => {
    throw new JournalError(`${path}: line ${line} ${why}; the journal is damaged (restore it from a backup, or start a new one)`);
  };
  const records = lines.map((line, i) => {
    try {
      return JSON.parse(line) as JournalRecord;
    } catch {
      return fail(i + 1, "is not JSON");
    }
  });
  const header = records[0] as HeaderRecord | undefined;
  if (header?.type !== "header" || header.kind !== JOURNAL_KIND) throw new JournalError(`${path} is not a campaign journal (its first line is not a ${JOURNAL_KIND} header)`);
  if (header.version !== JOURNAL_VERSION)
    throw new JournalError(`${path} is a version ${header.version} journal; this @linkcard/campaign reads version ${JOURNAL_VERSION}`);

  const cards: CardParams[] = [];
  const plan: PlannedRow[] = [];
  const rows: RowStatus[] = [];
  const runs: RunRecord[] = [];
  const attempts: { at: number; deferred: boolean }[] = [];
  const lastAttempt = new Map<number, number>();
  let lastStop: StopRecord | undefined;
  records.forEach((record, i) => {
    if (i === 0) return;
    const line = i + 1;
    switch (record.type) {
      case "card":
        cards[record.card] = record.params;
        return;
      case "row":
        plan[record.row] = { chatId: record.chatId, card: record.card };
        rows[record.row] = { chatId: record.chatId, state: "planned", attempts: 0 };
        return;
      case "run":
        runs.push(record);
        lastStop = undefined;
        return;
      case "stop":
        lastStop = record;
        return;
    }
    const row = rows[(record as EventRecord).row];
    if (!row) return fail(line, `names row ${(record as { row?: unknown }).row}, which the plan does not have`);
    const event = record as EventRecord;
    row.at = event.at;
    switch (event.type) {
      case "attempting":
        row.state = "attempting";
        row.attempts++;
        lastAttempt.set(event.row, attempts.push({ at: Date.parse(event.at), deferred: false }) - 1);
        return;
      case "sent":
        Object.assign(row, { state: "sent", messageId: event.messageId, ack: event.ack, reason: undefined });
        return;
      case "not-sent":
        Object.assign(row, { state: "not-sent", reason: event.reason, code: event.code });
        return;
      case "in-doubt":
        Object.assign(row, { state: "in-doubt", reason: event.reason });
        return;
      case "deferred": {
        Object.assign(row, { state: "planned", reason: event.reason });
        const attempt = attempts[lastAttempt.get(event.row) ?? -1];
        if (attempt) attempt.deferred = true;
        return;
      }
      default:
        return fail(line, `has an unknown type ${JSON.stringify((record as { type?: unknown }).type)}`);
    }
  });
  if (plan.length !== header.recipients || plan.includes(undefined as never))
    throw new JournalError(`${path}: the plan has ${plan.length} of its ${header.recipients} recipients; the journal is damaged`);
  return { header, cards, plan, rows, runs, lastStop, validLength: end, torn: end < bytes.byteLength, attempts };
}
