import { parseArgs } from "node:util";
import { CliError } from "./cli-error.js";
import { EXIT } from "./exit-codes.js";

/** A command's flags: each a string or a boolean, with a one-line help. */
export type FlagSpec = Record<string, { type: "string" | "boolean"; help: string; value?: string }>;
export type Flags<S extends FlagSpec> = { [K in keyof S]?: S[K]["type"] extends "boolean" ? boolean : string };

// flags show in `ps` and in shell history: a credential is read from WAWP_* only, and one given as a flag
// is refused without being printed
const CREDENTIAL = /token|secret|password|passwd|api-?key|credential|instance|auth/i;

const usage = (message: string) => new CliError(message, EXIT.usage);

/**
 * Parses `args` against `spec` (Node's util.parseArgs): every unknown flag, a boolean given a value, a
 * string flag given none, and a repeated flag is named, all at once; values are never quoted, since a
 * mistyped flag may hold a secret.
 */
export function parseFlags<S extends FlagSpec>(command: string, args: readonly string[], spec: S): { flags: Flags<S>; positionals: string[] } {
  const options = Object.fromEntries(Object.entries(spec).map(([name, { type }]) => [name, { type }]));
  const { tokens } = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  const problems: string[] = [];
  const flags: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === "positional") {
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== "option") continue;
    const shown = token.rawName.startsWith("--") ? `--${token.name}` : token.rawName;
    const known = Object.hasOwn(spec, token.name) ? spec[token.name]! : undefined;
    if (!known && CREDENTIAL.test(token.name)) {
      problems.push(`${shown}: credentials are read from WAWP_INSTANCE_ID and WAWP_ACCESS_TOKEN only, never from a flag (flags show in ps and shell history); its value was not printed`);
      continue;
    }
    if (!known) problems.push(`${shown} is not a flag of linkcard ${command} (flags: ${Object.keys(spec).map((n) => `--${n}`).join(", ")})`);
    else if (Object.hasOwn(flags, token.name)) problems.push(`${shown} is given twice`);
    else if (known.type === "boolean" && token.value !== undefined) problems.push(`${shown} takes no value`);
    else if (known.type === "string" && (token.value === undefined || token.value === "")) problems.push(`${shown} needs a value`);
    else flags[token.name] = token.value ?? true;
  }
  if (problems.length) throw usage(`linkcard ${command}: ${problems.join("\n  ")}\nRun linkcard ${command} --help for its flags.`);
  return { flags: flags as Flags<S>, positionals };
}

/** A flag's value as a number in [min, max] (integer if asked), or the default; a wrong one is a usage error naming the flag. */
export function numberFlag(name: string, value: string | undefined, { min, max = Infinity, integer = false, infinity = false }: { min: number; max?: number; integer?: boolean; infinity?: boolean }): number | undefined {
  if (value === undefined) return undefined;
  const n = infinity && /^infinity$/i.test(value) ? Infinity : /^\s*$/.test(value) ? NaN : Number(value);
  const ok = (Number.isFinite(n) || (infinity && n === Infinity)) && n >= min && n <= max && (!integer || Number.isInteger(n) || n === Infinity);
  if (!ok) throw usage(`--${name} must be ${integer ? "an integer" : "a number"} from ${min}${max === Infinity ? " up" : ` to ${max}`}${infinity ? ", or Infinity" : ""}`);
  return n;
}

/** The one positional a command takes, or a usage error. */
export function onePositional(command: string, what: string, positionals: string[]): string {
  if (positionals.length !== 1) throw usage(`linkcard ${command} takes one ${what}${positionals.length ? `, not ${positionals.length} arguments` : ""}\nRun linkcard ${command} --help for its flags.`);
  return positionals[0]!;
}
