import { readFileSync } from "node:fs";
import { CliError } from "./cli-error.js";
import { check } from "./commands/check.js";
import { send } from "./commands/send.js";
import { status } from "./commands/status.js";
import { EXIT } from "./exit-codes.js";
import { CREDENTIALS_NOTE, exitCodes } from "./help.js";
import { err, out } from "./output/print.js";

const COMMANDS: Record<string, (args: readonly string[]) => Promise<number>> = { check, send, status };

const HELP = `Usage: linkcard <command> [flags]

Commands:
  check <url>   predict the card a recipient will see and check it against WhatsApp's rules (exit 1 on a failing rule)
  send          send one card to a CSV of people, at most once each, journaled and paced; resumable
  status        read a campaign's journal: sent, not sent, in doubt, left

Run linkcard <command> --help for its flags. linkcard --version prints the version.
${CREDENTIALS_NOTE}

${exitCodes()}`;

const version = () => (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;

/** Runs `linkcard <args>` and resolves to the exit code; every failure is printed to stderr. */
export async function main(args: readonly string[]): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (command === "--version" || command === "-v") return out(version()), EXIT.ok;
    if (command === undefined || command === "--help" || command === "-h" || command === "help") return out(HELP), EXIT.ok;
    const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command]! : undefined;
    if (!run) throw new CliError(`linkcard: ${command.startsWith("-") ? "a command comes first" : "no such command"} (commands: ${Object.keys(COMMANDS).join(", ")})\nRun linkcard --help.`, EXIT.usage);
    return await run(rest);
  } catch (error) {
    if (error instanceof CliError) return err(error.message), error.exitCode;
    err(`linkcard: unexpected error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return EXIT.internal;
  }
}
