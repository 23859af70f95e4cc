import { EXIT_MEANINGS } from "./exit-codes.js";
import type { FlagSpec } from "./flags.js";

/** What `linkcard <command> --help` prints: the synopsis, each flag with its help, and the exit codes. */
export function commandHelp(synopsis: string, about: string, spec: FlagSpec): string {
  const rows = Object.entries(spec).map(([name, { type, help, value }]) => [`--${name}${type === "string" ? ` <${value ?? "value"}>` : ""}`, help] as const);
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return [`Usage: ${synopsis}`, "", about, "", "Flags:", ...rows.map(([flag, help]) => `  ${flag.padEnd(width)}  ${help}`), "", exitCodes()].join("\n");
}

/** The exit codes, one per line. */
export const exitCodes = () => ["Exit codes:", ...EXIT_MEANINGS.map(([code, meaning]) => `  ${String(code).padStart(3)}  ${meaning}`)].join("\n");

export const CREDENTIALS_NOTE =
  "Credentials come from WAWP_INSTANCE_ID and WAWP_ACCESS_TOKEN (and WAWP_BASE_URL for another API origin), never from flags: flags show in ps and shell history.";
