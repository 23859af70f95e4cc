import { readJournal } from "@linkcard/campaign";
import { CliError } from "../cli-error.js";
import { EXIT } from "../exit-codes.js";
import { type FlagSpec, parseFlags } from "../flags.js";
import { commandHelp } from "../help.js";
import { out } from "../output/print.js";
import { renderCounts } from "../output/summary.js";

const SPEC = {
  journal: { type: "string", help: "the journal to read (required)", value: "file" },
  json: { type: "boolean", help: "print the status as JSON, every recipient's row included" },
  help: { type: "boolean", help: "print this help" },
} as const satisfies FlagSpec;

const SYNOPSIS = "linkcard status --journal launch.journal [--json]";
const ABOUT = "Reads a campaign's journal without taking its lock (so it works while a run is going): who was sent, who was not and why, who is in doubt, what is left, and why the last run stopped.";

export async function status(args: readonly string[]): Promise<number> {
  const { flags, positionals } = parseFlags("status", args, SPEC);
  if (flags.help) return out(commandHelp(SYNOPSIS, ABOUT, SPEC)), EXIT.ok;
  if (!flags.journal || positionals.length) throw new CliError("linkcard status: --journal <file> is required, and nothing else\nRun linkcard status --help for its flags.", EXIT.usage);
  const journal = await readJournal(flags.journal).catch((error: NodeJS.ErrnoException) => {
    throw new CliError(error.code === "ENOENT" ? `${flags.journal} does not exist` : `${error.name}: ${error.message}`, EXIT.journal);
  });
  if (flags.json) return out(JSON.stringify(journal, null, 2)), EXIT.ok;
  const state = journal.locked ? "a run is sending now" : journal.pending === 0 ? "done" : `${journal.pending} left: linkcard send --journal ${flags.journal} resumes it`;
  out(
    [
      `Campaign ${journal.campaignId}, planned ${journal.created}, ${journal.runs} run${journal.runs === 1 ? "" : "s"}: ${state}`,
      renderCounts(journal, journal),
      ...(journal.stopped ? [`Last run stopped: ${journal.stopped.message}`] : []),
    ].join("\n"),
  );
  return EXIT.ok;
}
