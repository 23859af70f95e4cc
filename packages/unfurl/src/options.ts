import { parsePair } from "./destination.js";
import { InvalidInputError, type Issue } from "./errors.js";

/** Options of `unfurl`, `probeImage` and `checkCard`. */
export interface UnfurlOptions {
  /**
   * Lets fetches reach non-public addresses (loopback, private, link-local ...), which are refused by
   * default because a server that fetches URLs it is given can be turned against its own network (SSRF).
   * `true` allows every address and port; a list of `"address:port"` pairs (`["127.0.0.1:8080"]`) allows
   * only those. For tests and local development only.
   */
  dangerouslyAllowPrivateNetwork?: boolean | readonly string[];
  /** Milliseconds for everything (every redirect, headers, bodies, the image); default 10000. */
  timeout?: number;
  /** Aborts every fetch; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** The default of `timeout`: 10 s in all. */
export const DEFAULT_TIMEOUT = 10_000;
const OPTIONS = ["dangerouslyAllowPrivateNetwork", "timeout", "signal"];

/** A value's kind, for messages: `null`, `array`, `number` ... */
export const kindOf = (value: unknown) => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

/** Whether a value is a plain object (not null, an array, a class instance or a function). */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  kindOf(value) === "object" && [Object.prototype, null].includes(Object.getPrototypeOf(value));

/** Levenshtein distance, to suggest the name a typo meant. */
function distance(a: string, b: string): number {
  let row = [...Array(b.length + 1).keys()];
  for (let i = 0; i < a.length; i++) {
    const next = [i + 1];
    for (let j = 0; j < b.length; j++) next.push(Math.min(row[j + 1]! + 1, next[j]! + 1, row[j]! + (a[i] === b[j] ? 0 : 1)));
    row = next;
  }
  return row[b.length]!;
}

/** "is not an option; did you mean `timeout`?" when a known name is near, else the list of known names. */
export function unknownName(name: string, known: readonly string[], what: string): string {
  const best = known.reduce((best, candidate) => (distance(name.toLowerCase(), candidate.toLowerCase()) < distance(name.toLowerCase(), best.toLowerCase()) ? candidate : best));
  return distance(name.toLowerCase(), best.toLowerCase()) <= best.length / 2
    ? `is not ${what}; did you mean \`${best}\`?`
    : `is not ${what} (${known.map((k) => `\`${k}\``).join(", ")})`;
}

/** The issues of an options argument (every one, by name). */
export function optionIssues(options: unknown, where = "options"): Issue[] {
  if (options === undefined) return [];
  if (!isPlainObject(options)) return [{ path: where, message: `must be an object, not ${kindOf(options)}` }];
  const issues: Issue[] = [];
  for (const name of Object.keys(options)) {
    const value = options[name];
    const path = `${where}.${name}`;
    if (!OPTIONS.includes(name)) issues.push({ path, message: unknownName(name, OPTIONS, "an option") });
    else if (value === undefined) continue;
    else if (name === "timeout" && (typeof value !== "number" || !(value > 0) || !Number.isFinite(value)))
      issues.push({ path, message: `must be a finite number of milliseconds above 0, not ${typeof value === "number" ? value : kindOf(value)}` });
    else if (name === "signal" && !(value instanceof AbortSignal)) issues.push({ path, message: `must be an AbortSignal, not ${kindOf(value)}` });
    else if (name === "dangerouslyAllowPrivateNetwork") {
      if (typeof value === "boolean") continue;
      if (!Array.isArray(value)) issues.push({ path, message: `must be true, false or a list of "address:port", not ${kindOf(value)}` });
      else
        value.forEach((entry, i) => {
          try {
            if (typeof entry !== "string") throw new Error(`must be a string, not ${kindOf(entry)}`);
            parsePair(entry);
          } catch (error) {
            issues.push({ path: `${path}[${i}]`, message: (error as Error).message });
          }
        });
    }
  }
  return issues;
}

/** Throws InvalidInputError naming every issue, if there are any. */
export function refuse(issues: Issue[]): void {
  if (issues.length) throw new InvalidInputError(issues);
}
