import { existsSync } from "node:fs";
import {
  type CampaignSummary,
  CampaignInputError,
  JournalError,
  JournalLockedError,
  JournalMismatchError,
  type PaceOptions,
  type Recipient,
  compileTemplate,
  planCampaign,
  readJournal,
  readRecipientsCsv,
  runCampaign,
} from "@linkcard/campaign";
import { ValidationError, createClient } from "@linkcard/core";
import { checkCard } from "@linkcard/unfurl";
import { CliError } from "../cli-error.js";
import { EXIT } from "../exit-codes.js";
import { fetchFailure } from "../fetch-error.js";
import { type FlagSpec, type Flags, numberFlag, parseFlags } from "../flags.js";
import { CREDENTIALS_NOTE, commandHelp } from "../help.js";
import { renderCardCheck } from "../output/card-check.js";
import { duration } from "../output/duration.js";
import { err, out } from "../output/print.js";
import { progressView } from "../output/progress.js";
import { renderCounts } from "../output/summary.js";
import { shellQuote } from "../shell-quote.js";
import { urlFlag } from "../url-flag.js";
import { CARD_FLAGS, FETCH_FLAGS, cardFrom, checkJson, failing, fetchOptions } from "./check.js";

const DEFAULT_PER_MINUTE = 10;

const PACE_FLAGS = {
  "per-minute": { type: "string", help: `sends a minute, spread evenly with jitter (default ${DEFAULT_PER_MINUTE}); Wawp's send_message_per_minute`, value: "n" },
  "daily-cap": { type: "string", help: "at most this many sends in 24 hours, then stop with \"resume tomorrow\"; Wawp's send_message_daily_cap", value: "n" },
  "min-gap-ms": { type: "string", help: "at least this many ms between two sends; Wawp's account_protection_seconds × 1000", value: "ms" },
  concurrency: { type: "string", help: "sends in flight at once (default 1); Wawp's concurrent_limit", value: "n" },
} as const satisfies FlagSpec;

const SPEC = {
  to: { type: "string", help: "the recipients' CSV: a header row, one recipient a row", value: "file.csv" },
  "chat-id-column": { type: "string", help: "the CSV column with each recipient's phone number or chatId (default chatId)", value: "name" },
  url: { type: "string", help: "the link the card previews", value: "url" },
  ...CARD_FLAGS,
  text: { type: "string", help: "the message, with {{column}} from the CSV (Hi {{name}} …); an unknown column is an error before any send", value: "template" },
  journal: { type: "string", help: "the journal file: created on the first run, resumed on the next (required)", value: "file" },
  ...PACE_FLAGS,
  timeout: { type: "string", help: "ms each send may take before it is in doubt (default 30000)", value: "ms" },
  "dry-run": { type: "boolean", help: "check the CSV, the template, the duplicates and the card (fetching the page), print the plan, send nothing" },
  "resend-in-doubt": { type: "boolean", help: "send again every recipient in doubt (they may already have the card)" },
  resend: { type: "string", help: "send again only these recipients in doubt, by phone number or chatId (comma-separated)", value: "chatIds" },
  json: { type: "boolean", help: "print the summary (or the dry run's plan) as JSON; progress lines go to stderr" },
  "dangerously-allow-private-network": FETCH_FLAGS["dangerously-allow-private-network"],
  help: { type: "boolean", help: "print this help" },
} as const satisfies FlagSpec;

const SYNOPSIS =
  "linkcard send --to people.csv --url <url> [--title … --description … --thumbnail <url> --large] [--text \"Hi {{name}} …\"] --journal launch.journal [--per-minute 10] [--daily-cap n] [--dry-run] [--resend-in-doubt]";
const ABOUT = [
  "Sends one card to every recipient of the CSV, at most once each, even across crashes and Ctrl-C: every row is checked and duplicates dropped before anything is sent, and every send is journaled. Run the same command again (or just `linkcard send --journal <file>`) to resume: it sends only who is left, and never resends one in doubt unless --resend-in-doubt.",
  CREDENTIALS_NOTE,
].join("\n\n");

type SendFlags = Flags<typeof SPEC>;

export async function send(args: readonly string[]): Promise<number> {
  const { flags, positionals } = parseFlags("send", args, SPEC);
  if (flags.help) return out(commandHelp(SYNOPSIS, ABOUT, SPEC)), EXIT.ok;
  const usage = (message: string) => new CliError(`linkcard send: ${message}\nRun linkcard send --help for its flags.`, EXIT.usage);
  if (positionals.length) throw usage(`takes flags only, not ${positionals.length} argument${positionals.length === 1 ? "" : "s"}`);
  if (!flags.journal) throw usage("--journal is required: the file that records the plan and every send");
  const planning = flags.to !== undefined || flags.url !== undefined;
  if (planning && (flags.to === undefined || flags.url === undefined)) throw usage(`${flags.to === undefined ? "--to" : "--url"} is needed with ${flags.to === undefined ? "--url" : "--to"} (or give neither, to resume from the journal)`);
  const cardOnly = (["title", "description", "thumbnail", "large", "text", "chat-id-column"] as const).filter((name) => flags[name] !== undefined);
  if (!planning && cardOnly.length) throw usage(`--${cardOnly[0]} needs --to and --url (a resume takes the card from the journal)`);
  if (!planning && !existsSync(flags.journal)) throw usage("--to and --url are required: the journal does not exist yet, so there is nothing to resume");
  if (flags["dry-run"] && !planning) throw usage("--dry-run needs --to and --url: it checks a plan before it is journaled (linkcard status reads a journal)");
  const pace = paceFrom(flags);
  const timeout = numberFlag("timeout", flags.timeout, { min: 1, max: 3_600_000 });
  if (flags["resend-in-doubt"] && flags.resend !== undefined) throw usage("--resend-in-doubt (everyone in doubt) and --resend (those named) exclude each other");
  const resendInDoubt = flags["resend-in-doubt"] ? true : flags.resend?.split(",").map((id) => id.trim()).filter(Boolean);
  const planned = planning ? await campaignInput(flags) : undefined;

  if (flags["dry-run"]) return dryRun(flags, planned!, pace);
  if (flags["per-minute"] === undefined && !flags.json) out(`pace: ${DEFAULT_PER_MINUTE} a minute, the default (--per-minute to change it)`);
  const client = clientFromEnv();
  const stop = new AbortController();
  const interrupt = () => {
    if (stop.signal.aborted) process.exit(EXIT.interrupted); // a second Ctrl-C: leave now; sends in flight will be in doubt
    stop.abort(new Error("interrupted"));
    err("stopping: sends in flight finish and are journaled (Ctrl-C again to quit now; they would be in doubt)");
  };
  process.on("SIGINT", interrupt).on("SIGTERM", interrupt);
  const view = progressView(flags.json ? process.stderr : process.stdout);
  let summary: CampaignSummary;
  try {
    summary = await runCampaign({
      client,
      journal: flags.journal,
      pace,
      signal: stop.signal,
      onProgress: (p) => view.update(p),
      ...(planned && { recipients: planned.recipients, card: planned.card, position: planned.position }),
      ...(timeout !== undefined && { timeout }),
      ...(resendInDoubt !== undefined && { resendInDoubt }),
    });
  } catch (error) {
    throw campaignFailure(error);
  } finally {
    view.stop();
    process.off("SIGINT", interrupt).off("SIGTERM", interrupt);
  }
  const code = exitCodeOf(summary);
  if (flags.json) out(JSON.stringify(summary, null, 2));
  else {
    out(`\nCampaign ${summary.campaignId} (journal ${summary.journal}):\n${renderCounts(summary, summary)}`);
    if (summary.stopped) out(`\nStopped: ${summary.stopped.message}`);
  }
  if (code === EXIT.stopped || code === EXIT.interrupted) (flags.json ? err : out)(`Resume with: ${resumeCommand(flags)}`);
  return code;
}

/** The exit code of a finished run: stopped early (resumable), interrupted, done with failures, or done. */
function exitCodeOf(summary: CampaignSummary): number {
  if (summary.stopped?.reason === "aborted") return EXIT.interrupted;
  if (!summary.done) return EXIT.stopped;
  return summary.notSent.total || summary.inDoubt.length ? EXIT.failed : EXIT.ok;
}

/** The command that resumes this campaign: the journal and the pace; the plan comes from the journal. */
function resumeCommand(flags: SendFlags): string {
  const pace = Object.keys(PACE_FLAGS).flatMap((name) => (flags[name as keyof SendFlags] === undefined ? [] : [`--${name}`, String(flags[name as keyof SendFlags])]));
  return ["linkcard", "send", "--journal", flags.journal!, ...pace].map(shellQuote).join(" ");
}

function paceFrom(flags: SendFlags): PaceOptions {
  const perMinute = numberFlag("per-minute", flags["per-minute"], { min: 0.01, infinity: true }) ?? DEFAULT_PER_MINUTE;
  const dailyCap = numberFlag("daily-cap", flags["daily-cap"], { min: 1, integer: true });
  const minGapMs = numberFlag("min-gap-ms", flags["min-gap-ms"], { min: 0 });
  const concurrency = numberFlag("concurrency", flags.concurrency, { min: 1, max: 1000, integer: true });
  return { perMinute, ...(dailyCap !== undefined && { dailyCap }), ...(minGapMs !== undefined && { minGapMs }), ...(concurrency !== undefined && { concurrency }) };
}

interface CampaignInput {
  recipients: Recipient[];
  card: (recipient: Recipient) => ReturnType<typeof cardFrom> & { text?: string };
  position: (index: number) => string;
  params: ReturnType<typeof cardFrom>;
}

/** The CSV read and checked, the template compiled against its columns, the card of each recipient. */
async function campaignInput(flags: SendFlags): Promise<CampaignInput> {
  const params = cardFrom(urlFlag("--url", flags.url!), flags);
  try {
    const csv = await readRecipientsCsv(flags.to!, flags["chat-id-column"] ? { chatIdColumn: flags["chat-id-column"] } : {});
    const text = flags.text === undefined ? undefined : compileTemplate(flags.text, csv.columns);
    return { recipients: csv.recipients, card: (r) => (text ? { ...params, text: text(r) } : params), position: csv.position, params };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "EISDIR" || code === "EACCES") throw new CliError(`--to: cannot read the CSV (${code})`, EXIT.input);
    throw campaignFailure(error);
  }
}

function clientFromEnv() {
  try {
    return createClient({ logLevel: "off" });
  } catch (error) {
    if (error instanceof ValidationError) throw new CliError(`${error.message}\n${CREDENTIALS_NOTE}`, EXIT.usage);
    throw error;
  }
}

/** A campaign's refusal as the command's end: bad input (3) or a journal problem (5). */
function campaignFailure(error: unknown): unknown {
  if (error instanceof CampaignInputError) return new CliError(error.message, EXIT.input);
  if (error instanceof JournalLockedError || error instanceof JournalMismatchError || error instanceof JournalError) return new CliError(`${error.name}: ${error.message}`, EXIT.journal);
  return error;
}

/** Checks everything a run would, without the journal or a send, and prints the plan and the card's check. */
async function dryRun(flags: SendFlags, input: CampaignInput, pace: PaceOptions): Promise<number> {
  const plan = await planCampaign({ recipients: input.recipients, card: input.card, position: input.position });
  if (plan.issues.length) throw new CliError(new CampaignInputError("Bad campaign input", plan.issues).message, EXIT.input);
  const result = await checkCard(input.params, fetchOptions(flags)).catch((error) => {
    throw fetchFailure(error);
  });
  const perMinute = pace.perMinute!;
  const gapMs = Math.max(perMinute === Infinity ? 0 : 60_000 / perMinute, pace.minGapMs ?? 0);
  // the jitter lengthens each gap by up to half of it: a quarter on average
  const estimateMs = Math.max(0, plan.rows.length - 1) * gapMs * 1.25;
  const journal = existsSync(flags.journal!) ? await readJournal(flags.journal!).catch(() => undefined) : undefined;
  const first = plan.cards[plan.rows[0]!.card]!;
  if (flags.json) {
    out(JSON.stringify({ recipients: plan.rows.length, duplicates: plan.duplicates, cards: plan.cards.length, firstCard: first, estimateMs, journal: journal && { exists: true, pending: journal.pending }, check: JSON.parse(checkJson(result)) }, null, 2));
    return failing(result) ? EXIT.failed : EXIT.ok;
  }
  const lines = [
    `Dry run: nothing was sent, and the journal was not touched.`,
    `  ${plan.rows.length} recipients, ${plan.duplicates.length} duplicate${plan.duplicates.length === 1 ? "" : "s"} dropped${plan.duplicates.length ? ":" : ""}`,
    ...plan.duplicates.map((d) => `    ${d.position} (${d.chatId}) is the same person as ${d.keptPosition}`),
    `  first message: ${JSON.stringify({ chatId: plan.rows[0]!.chatId, ...first })}`,
    `  ${gapMs === 0 ? "no pacing limit" : `at ${perMinute} a minute: about ${duration(estimateMs)}`}${pace.dailyCap ? `; at most ${pace.dailyCap} a day${plan.rows.length > pace.dailyCap ? `, so ${Math.ceil(plan.rows.length / pace.dailyCap)} days` : ""}` : ""}`,
    journal ? `  ${flags.journal} exists: a run resumes it (${journal.pending} left), and refuses if this CSV or card differs from its plan` : `  ${flags.journal} will be created`,
    "",
    renderCardCheck(result),
  ];
  out(lines.join("\n"));
  return failing(result) ? EXIT.failed : EXIT.ok;
}
