import { CampaignInputError, type InputIssue } from "./errors.js";
import type { Card, CampaignClient, Recipients } from "./types.js";
import type { PaceOptions } from "./pace/options.js";
import type { CampaignProgress } from "./progress.js";

/** Where the journal is, and how long a crashed run's lock holds it. */
export interface JournalOptions {
  /** The journal file: created on the first run, resumed on the next ones. */
  path: string;
  /** A lock whose holder has not refreshed it for this long (ms) is a crashed run's and is taken over (default 10000, at least 2000). */
  lockStaleMs?: number;
}

/** Options of `runCampaign`. */
export interface CampaignOptions {
  /** What sends: `createClient()` from @linkcard/core, or any object with the same `sendLinkPreview`. */
  client: CampaignClient;
  /** The recipients: an array or an (async) iterable of `{ chatId, ...fields }`. Leave it and `card` out to resume from the journal alone. */
  recipients?: Recipients;
  /** The card: `sendLinkPreview`'s params without `chatId`, or a function of the recipient that returns them. */
  card?: Card;
  /** The journal: a file path, or `{ path, lockStaleMs }`. It must not be shared by two campaigns. */
  journal: string | JournalOptions;
  /** How fast to send (per minute, daily cap, minimum gap, concurrency, jitter); default 10 a minute, one at a time. */
  pace?: PaceOptions;
  /** Stops the campaign: no new send starts; sends in flight finish and are journaled. */
  signal?: AbortSignal;
  /** Called after each send starts and after each answer, with the counts and the ETA. */
  onProgress?: (progress: CampaignProgress) => void;
  /** Send again the recipients in doubt (they may already have the card): `true` for all, or the chatIds of those to resend. */
  resendInDoubt?: boolean | readonly string[];
  /** How a row is named in messages, from its 0-based index (default `recipient N`); `readRecipientsCsv` gives one with line numbers. */
  position?: (index: number) => string;
  /** Time limit of each send, in ms (default: the client's). A send that times out is in doubt. */
  timeout?: number;
}

const NAMES = ["client", "recipients", "card", "journal", "pace", "signal", "onProgress", "resendInDoubt", "position", "timeout"];
const PACE = ["perMinute", "dailyCap", "minGapMs", "concurrency", "jitter", "redis", "key", "clock"];

const positiveInteger = (v: unknown) => Number.isInteger(v) && (v as number) > 0;

/** Checks the options' shapes; throws a CampaignInputError naming every bad one. Recipients and card are planCampaign's to check. */
export function checkCampaignOptions(options: CampaignOptions): void {
  const issues: InputIssue[] = [];
  const bad = (path: string, message: string) => issues.push({ position: "options", path, message });
  if (typeof options !== "object" || options === null) throw new CampaignInputError("Invalid runCampaign options", [{ position: "options", path: "", message: "must be an object" }]);
  for (const name of Object.keys(options)) if (!NAMES.includes(name)) bad(name, `is not an option (options: ${NAMES.join(", ")})`);
  const o = options as unknown as Record<string, any>;
  if (typeof o.client?.sendLinkPreview !== "function") bad("client", "must have a sendLinkPreview method (createClient() from @linkcard/core)");
  const journal = typeof o.journal === "string" ? { path: o.journal } : o.journal;
  if (typeof journal?.path !== "string" || !journal.path) bad("journal", "must be a file path, or { path, lockStaleMs }");
  else if (journal.lockStaleMs !== undefined && !(Number.isFinite(journal.lockStaleMs) && journal.lockStaleMs >= 2000)) bad("journal.lockStaleMs", "must be a number of ms, at least 2000");
  if ((o.recipients === undefined) !== (o.card === undefined)) bad(o.card === undefined ? "card" : "recipients", "is needed with the other (or leave both out to resume from the journal)");
  if (o.signal !== undefined && typeof o.signal?.aborted !== "boolean") bad("signal", "must be an AbortSignal");
  for (const name of ["onProgress", "position"]) if (o[name] !== undefined && typeof o[name] !== "function") bad(name, "must be a function");
  if (o.timeout !== undefined && !(typeof o.timeout === "number" && o.timeout > 0)) bad("timeout", "must be a number of ms above 0");
  const resend = o.resendInDoubt;
  if (resend !== undefined && typeof resend !== "boolean" && !(Array.isArray(resend) && resend.every((c) => typeof c === "string")))
    bad("resendInDoubt", "must be true, false, or an array of chatIds");
  issues.push(...paceIssues(o.pace));
  if (issues.length) throw new CampaignInputError("Invalid runCampaign options", issues);
}

/** What is wrong with pace options, if anything. */
export function paceIssues(pace: unknown): InputIssue[] {
  const issues: InputIssue[] = [];
  if (pace === undefined) return issues;
  const bad = (path: string, message: string) => issues.push({ position: "options", path: `pace.${path}`, message });
  if (typeof pace !== "object" || pace === null) return [{ position: "options", path: "pace", message: "must be an object" }];
  const p = pace as Record<string, any>;
  for (const name of Object.keys(p)) if (!PACE.includes(name)) bad(name, `is not a pace option (${PACE.join(", ")})`);
  if (p.perMinute !== undefined && !(typeof p.perMinute === "number" && p.perMinute > 0)) bad("perMinute", "must be a number above 0, or Infinity for no limit");
  if (p.dailyCap !== undefined && !positiveInteger(p.dailyCap)) bad("dailyCap", "must be an integer above 0");
  if (p.minGapMs !== undefined && !(Number.isFinite(p.minGapMs) && p.minGapMs >= 0)) bad("minGapMs", "must be a number of ms, 0 or more");
  if (p.concurrency !== undefined && !(positiveInteger(p.concurrency) && p.concurrency <= 1000)) bad("concurrency", "must be an integer from 1 to 1000");
  if (p.jitter !== undefined && !(typeof p.jitter === "number" && p.jitter >= 0 && p.jitter <= 1)) bad("jitter", "must be a number from 0 to 1");
  if (p.key !== undefined && (typeof p.key !== "string" || !p.key)) bad("key", "must be a non-empty string (your instance id)");
  if (p.clock !== undefined && (typeof p.clock?.now !== "function" || typeof p.clock?.sleep !== "function")) bad("clock", "must have now() and sleep(ms, signal)");
  if (p.redis !== undefined) {
    if (typeof p.redis?.defineCommand !== "function") bad("redis", "must be an ioredis client");
    if (p.key === undefined) bad("key", "is needed with redis: every process that sends for the instance must count under the same key");
    const gap = Math.max((p.perMinute ?? 10) === Infinity ? 0 : 60_000 / (p.perMinute ?? 10), p.minGapMs ?? 0);
    if (gap > 0 && gap < 1000) bad("perMinute", "must be at most 60 with redis: its limiter keeps whole seconds (or set minGapMs to 1000 or more)");
  }
  return issues;
}
