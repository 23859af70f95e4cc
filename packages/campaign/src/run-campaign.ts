import { randomUUID } from "node:crypto";
import type { SendLinkPreviewParams } from "@linkcard/core";
import { existsSync } from "node:fs";
import { recipientKey } from "./chat-id.js";
import { CampaignInputError } from "./errors.js";
import { type CampaignPlan, planCampaign } from "./input/plan.js";
import { JournalFile } from "./journal/file.js";
import type { EventRecord, JournalContents, JournalRecord, StopReason } from "./journal/format.js";
import { compare, planRecords } from "./journal/plan-records.js";
import { lockJournal } from "./journal/lock.js";
import { type CampaignCounts, countRows } from "./journal/status.js";
import { type CampaignOptions, checkCampaignOptions } from "./options.js";
import { type Outcome, failureOutcome, sentOutcome } from "./outcome.js";
import { Pacer } from "./pace/pacer.js";
import type { CampaignProgress } from "./progress.js";

/** How a campaign run ended. */
export interface CampaignSummary extends CampaignCounts {
  /** The campaign's id, from its journal. */
  campaignId: string;
  /** The journal's path. */
  journal: string;
  /** Rows dropped as duplicates when the campaign was planned. */
  duplicatesDropped: number;
  /** Recipients settled by earlier runs (sent, not sent, in doubt) that this run left alone. */
  skipped: number;
  /** What this run did. */
  thisRun: { sent: number; notSent: number; inDoubt: number; deferred: number };
  /** Why this run stopped before every recipient was settled; undefined when it did not. */
  stopped: { reason: StopReason; message: string; resumeAt?: string } | undefined;
  /** Whether every recipient is settled (`pending` is 0). */
  done: boolean;
}

const BACKOFF_LIMIT = 5;
const DEFAULT_PAUSE_MS = 30_000;
const LONGEST_PAUSE_MS = 3_600_000;

/**
 * Sends one card to many recipients, at most once each, even across crashes. The first run checks every
 * row, drops duplicates and freezes the plan into the journal before anything is sent; each send is
 * journaled (synced) before it starts and after its answer. A resumed run (the same journal) sends what
 * was planned and is not settled yet: it skips the sent and the not sent, and never resends one in doubt
 * unless `resendInDoubt` names it. Resolves to a summary; rejects (nothing sent) on bad input, a changed
 * input, or a journal another run holds.
 */
export async function runCampaign(options: CampaignOptions): Promise<CampaignSummary> {
  checkCampaignOptions(options);
  const { client, signal, onProgress, timeout } = options;
  const journalOptions = typeof options.journal === "string" ? { path: options.journal } : options.journal;
  const path = journalOptions.path;
  const stop = new AbortController();
  const lock = await lockJournal(path, journalOptions.lockStaleMs ?? 10_000, (error) => stop.abort(error));
  let file: JournalFile | undefined;
  try {
    let contents: JournalContents;
    if (existsSync(path)) {
      ({ file, contents } = await JournalFile.open(path));
      if (options.recipients !== undefined) compare(contents, await plannedOrThrow(options), path);
    } else {
      if (options.recipients === undefined) throw new CampaignInputError("Nothing to resume", [{ position: "journal", path: "", message: `${path} does not exist: pass recipients and card to plan a campaign` }]);
      const plan = await plannedOrThrow(options);
      ({ file, contents } = await JournalFile.create(path, planRecords(plan)));
    }
    return await new Run(options, path, file, contents, stop).start(signal, onProgress, timeout, client);
  } finally {
    await file?.close().catch(() => {});
    await lock.release();
  }
}

async function plannedOrThrow(options: CampaignOptions): Promise<CampaignPlan> {
  const plan = await planCampaign({ recipients: options.recipients!, card: options.card!, position: options.position });
  if (plan.issues.length) throw new CampaignInputError("Bad campaign input", plan.issues);
  if (!plan.rows.length) throw new CampaignInputError("Bad campaign input", [{ position: "recipients", path: "", message: "has no recipient" }]);
  return plan;
}

/** One run over a journal: dispatches the sends, paced, and journals each. */
class Run {
  private readonly pacer: Pacer;
  private readonly concurrency: number;
  private readonly runId = randomUUID();
  private readonly queue: number[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private readonly journaling = new Set<Promise<void>>();
  private readonly thisRun = { sent: 0, notSent: 0, inDoubt: 0, deferred: 0 };
  private skipped = 0;
  private started = 0;
  private sending = 0;
  private firstStart: number | undefined;
  private stopped: { reason: StopReason; message: string; resumeAt?: string } | undefined;
  private failure: unknown;
  private backoffs = 0;
  private pausedAt: number | undefined;
  private pausedUntil: number | undefined;

  constructor(
    private readonly options: CampaignOptions,
    private readonly path: string,
    private readonly file: JournalFile,
    private readonly contents: JournalContents,
    private readonly halt: AbortController,
  ) {
    this.pacer = new Pacer(options.pace);
    this.concurrency = options.pace?.concurrency ?? 1;
  }

  private now = () => new Date(this.pacer.clock.now()).toISOString();

  async start(signal: AbortSignal | undefined, onProgress: CampaignOptions["onProgress"], timeout: number | undefined, client: CampaignOptions["client"]) {
    const { rows } = this.contents;
    const resend = this.resendSet();
    const at = this.now();
    const interrupted: JournalRecord[] = [];
    rows.forEach((row, i) => {
      if (row.state !== "attempting") return;
      const reason = "no answer was journaled: the run sending it stopped mid-send (a crash or a kill)";
      interrupted.push({ type: "in-doubt", row: i, at, reason });
      Object.assign(row, { state: "in-doubt", reason });
    });
    await this.file.append({ type: "run", run: this.runId, at, pid: process.pid }, ...interrupted);

    rows.forEach((row, i) => {
      if (row.state === "planned" || (row.state === "in-doubt" && resend(row.chatId))) this.queue.push(i);
      else this.skipped++;
    });
    await this.pacer.seedDay(this.contents.attempts.filter((a) => !a.deferred).map((a) => a.at));

    const onAbort = () => this.halt.abort(signal?.reason);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort, { once: true });
    try {
      await this.dispatch(client, timeout, onProgress);
    } finally {
      signal?.removeEventListener("abort", onAbort);
    }
    await Promise.all(this.inFlight);
    await Promise.all(this.journaling);
    if (this.failure) throw this.failure;
    if (this.stopped) await this.file.append({ type: "stop", run: this.runId, at: this.now(), ...this.stopped });
    return this.summary();
  }

  private resendSet(): (chatId: string) => boolean {
    const asked = this.options.resendInDoubt;
    if (asked === true) return () => true;
    if (!asked || !asked.length) return () => false;
    const inDoubt = new Set(this.contents.rows.filter((r) => r.state === "in-doubt").map((r) => recipientKey(r.chatId)));
    const wanted = new Set(asked.map(recipientKey));
    const unknown = asked.filter((chatId) => !inDoubt.has(recipientKey(chatId)));
    if (unknown.length)
      throw new CampaignInputError("Invalid resendInDoubt", unknown.map((chatId) => ({ position: "resendInDoubt", path: "", message: `${chatId} is not in doubt in this journal` })));
    return (chatId) => wanted.has(recipientKey(chatId));
  }

  private async dispatch(client: CampaignOptions["client"], timeout: number | undefined, onProgress: CampaignOptions["onProgress"]) {
    const { signal } = this.halt;
    const abort = aborted(signal);
    while (!this.stopped && !this.failure) {
      if (signal.aborted) {
        this.stopAs("aborted", signal.reason instanceof Error && signal.reason.message ? `stopped: ${signal.reason.message}` : "stopped by its signal");
        break;
      }
      if (this.inFlight.size >= this.concurrency || (!this.queue.length && this.inFlight.size)) {
        await Promise.race([...this.inFlight, abort]);
        continue;
      }
      if (!this.queue.length) break;
      let gate;
      try {
        gate = await this.pacer.next(signal);
      } catch (error) {
        if (signal.aborted) continue;
        throw error;
      }
      if (!gate.go) {
        this.stopAs("daily-cap", `the daily cap (${this.options.pace?.dailyCap}) is reached: resume tomorrow, from ${new Date(gate.resumeAt).toISOString()}`, gate.resumeAt);
        break;
      }
      if (this.stopped || this.failure || !this.queue.length) break;
      const index = this.queue.shift() as number;
      const row = this.contents.rows[index]!;
      const dispatchedAt = this.pacer.clock.now();
      Object.assign(row, { state: "attempting", attempts: row.attempts + 1 });
      this.started++;
      this.sending++;
      this.firstStart ??= dispatchedAt;
      // the send starts only once its attempting line is on disk; sends dispatched together share a sync
      const tracked: Promise<void> = this.send(client, index, row.attempts, dispatchedAt, timeout, onProgress).finally(() => this.inFlight.delete(tracked));
      this.inFlight.add(tracked);
      this.report(onProgress);
    }
  }

  private async send(client: CampaignOptions["client"], index: number, attempt: number, dispatchedAt: number, timeout: number | undefined, onProgress: CampaignOptions["onProgress"]) {
    try {
      await this.file.append({ type: "attempting", row: index, at: new Date(dispatchedAt).toISOString(), run: this.runId, attempt });
    } catch (error) {
      // never sent: the row stays as it was before this attempt
      Object.assign(this.contents.rows[index]!, { state: "planned", attempts: attempt - 1 });
      this.queue.unshift(index);
      this.sending--;
      this.failure ??= error;
      return;
    }
    const planned = this.contents.plan[index]!;
    const params = { ...this.contents.cards[planned.card], chatId: planned.chatId } as SendLinkPreviewParams;
    const outcome = await client.sendLinkPreview(params, { maxRetries: 0, delivery: "at-most-once", ...(timeout && { timeout }) }).then(sentOutcome, failureOutcome);
    const written = this.settle(index, outcome);
    // what the answer means for the next sends (a pause, a stop) is settled before the slot frees
    if (outcome.kind === "deferred") {
      await this.pacer.refund();
      await this.defer(outcome, dispatchedAt);
    }
    this.sending--;
    // the slot frees as the answer arrives, so the next attempt's line shares this answer's sync
    const journaled: Promise<void> = written.then(() => this.report(onProgress)).finally(() => this.journaling.delete(journaled));
    this.journaling.add(journaled);
  }

  /** Queues the answer's journal line (in order, before any later line) and applies it to the row. */
  private settle(index: number, outcome: Outcome): Promise<void> {
    const row = this.contents.rows[index]!;
    const at = this.now();
    let record: EventRecord;
    if (outcome.kind === "sent") record = { type: "sent", row: index, at, messageId: outcome.messageId, ack: outcome.ack };
    else if (outcome.kind === "not-sent") record = { type: "not-sent", row: index, at, reason: outcome.reason, code: outcome.code };
    else if (outcome.kind === "in-doubt") record = { type: "in-doubt", row: index, at, reason: outcome.reason };
    else record = { type: "deferred", row: index, at, reason: outcome.reason };
    const written = this.file.append(record).catch((error) => {
      // unjournaled, the answer is lost: the row is in doubt on resume (its attempting line has no answer)
      this.failure ??= error;
    });
    if (outcome.kind === "deferred") {
      Object.assign(row, { state: "planned", reason: outcome.reason });
      this.queue.unshift(index);
      this.thisRun.deferred++;
    } else {
      Object.assign(row, { state: outcome.kind }, outcome.kind === "sent" ? { messageId: outcome.messageId, ack: outcome.ack } : { reason: outcome.reason });
      if (outcome.kind === "not-sent") row.code = outcome.code;
      this.thisRun[outcome.kind === "sent" ? "sent" : outcome.kind === "not-sent" ? "notSent" : "inDoubt"]++;
      this.backoffs = 0;
    }
    return written;
  }

  private async defer(outcome: Extract<Outcome, { kind: "deferred" }>, dispatchedAt: number) {
    const now = this.pacer.clock.now();
    if (outcome.then === "stop") return this.stopAs("refused", `the API refused a send that every recipient would get alike (${outcome.reason}); nothing more was sent: fix it, then resume`);
    if (outcome.then === "pause") {
      const ms = outcome.retryAfter ?? DEFAULT_PAUSE_MS;
      if (ms > LONGEST_PAUSE_MS) return this.stopAs("rate-limited", `rate limited (429) for ${Math.round(ms / 60_000)} minutes: resume after ${new Date(now + ms).toISOString()}`, now + ms);
      // a 429 for a send that started after the last pause began: the pause alone did not help
      if (this.pausedAt !== undefined && dispatchedAt > this.pausedAt) this.pacer.slowDown();
      this.pausedAt = now;
      this.pausedUntil = now + ms;
      return this.pacer.pause(ms);
    }
    if (++this.backoffs > BACKOFF_LIMIT) return this.stopAs("unavailable", `the API could not be reached or was unavailable ${BACKOFF_LIMIT + 1} times in a row (${outcome.reason}): resume later`);
    const ms = Math.min(1000 * 2 ** (this.backoffs - 1), 30_000);
    this.pausedUntil = now + ms;
    return this.pacer.pause(ms);
  }

  private stopAs(reason: StopReason, message: string, resumeAt?: number) {
    this.stopped ??= { reason, message, ...(resumeAt !== undefined && { resumeAt: new Date(resumeAt).toISOString() }) };
  }

  private report(onProgress: CampaignOptions["onProgress"]) {
    if (!onProgress) return;
    const counts = countRows(this.contents.rows);
    const now = this.pacer.clock.now();
    const elapsed = this.firstStart === undefined ? 0 : now - this.firstStart;
    const measured = this.started > 1 && elapsed > 0 ? elapsed / (this.started - 1) : undefined;
    const inDoubt = counts.inDoubt.length - this.contents.rows.filter((r) => r.state === "attempting").length;
    const interval = Math.max(this.pacer.meanGapMs, measured ?? 0);
    const progress: CampaignProgress = {
      total: counts.recipients,
      sent: counts.sent,
      notSent: counts.notSent.total,
      inDoubt,
      pending: this.queue.length + this.sending,
      inFlight: this.sending,
      skipped: this.skipped,
      started: this.started,
      perMinute: measured ? 60_000 / measured : undefined,
      etaMs: interval > 0 ? Math.round(this.queue.length * interval) : measured === undefined && this.queue.length ? undefined : 0,
      pausedUntil: this.pausedUntil !== undefined && this.pausedUntil > now ? this.pausedUntil : undefined,
    };
    try {
      onProgress(progress);
    } catch (error) {
      // a throwing callback stops the campaign cleanly, and runCampaign rejects with its error
      this.failure ??= error;
    }
  }

  private summary(): CampaignSummary {
    const counts = countRows(this.contents.rows);
    return {
      campaignId: this.contents.header.campaign,
      journal: this.path,
      duplicatesDropped: this.contents.header.duplicates.length,
      ...counts,
      skipped: this.skipped,
      thisRun: this.thisRun,
      stopped: this.stopped,
      done: counts.pending === 0,
    };
  }
}

/** A promise that resolves when `signal` aborts (for racing against sends in flight). */
const aborted = (signal: AbortSignal) =>
  new Promise<void>((resolve) => (signal.aborted ? resolve() : signal.addEventListener("abort", () => resolve(), { once: true })));
