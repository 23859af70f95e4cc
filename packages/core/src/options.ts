import { ValidationError } from "./errors.js";
import type { Issue } from "./validate.js";
import { LOG_LEVELS, type Logger, type LogLevel } from "./log.js";
import type { Delivery } from "./retry.js";

/** Options of `createClient`. */
export interface ClientOptions {
  /** Your WhatsApp instance ID. Default: `process.env.WAWP_INSTANCE_ID`. */
  instanceId?: string;
  /** Your API access token, a secret. Default: `process.env.WAWP_ACCESS_TOKEN`. */
  accessToken?: string;
  /** The API's origin. Default: `process.env.WAWP_BASE_URL`, else `https://api.wawp.net`. */
  baseUrl?: string;
  /** Time limit of each attempt, in ms (default 30000); `Infinity` for none. */
  timeout?: number;
  /** How many times to retry a failed attempt, where `delivery` allows it (default 2). */
  maxRetries?: number;
  /** `at-most-once` (default) retries only what certainly was not sent; `at-least-once` also retries timeouts, lost connections and 5xx, and may deliver twice. */
  delivery?: Delivery;
  /** The fetch to use (default: the global `fetch`). It gets `(request, { signal })` and must honour the signal, as fetch does. */
  fetch?: typeof fetch;
  /** Headers to send with every request. */
  headers?: Record<string, string>;
  /** Where log lines go (default: `console`). */
  logger?: Logger;
  /** How much to log: `off`, `error`, `warn` (default), `info` (retries) or `debug` (every attempt). */
  logLevel?: LogLevel;
  /** Allow an access token in a browser, where every visitor could read it. Prefer a server-side proxy (`@linkcard/core/server`). */
  dangerouslyAllowBrowser?: boolean;
}

/** Options of one call; each overrides the client's. */
export interface RequestOptions {
  /** Aborts the call (and any wait before a retry); it then throws APIUserAbortError. */
  signal?: AbortSignal;
  /** Time limit of each attempt, in ms; `Infinity` for none. */
  timeout?: number;
  /** How many times to retry a failed attempt, where `delivery` allows it. */
  maxRetries?: number;
  /** `at-most-once` or `at-least-once`, for this call. */
  delivery?: Delivery;
  /** Headers for this call, over the client's. */
  headers?: Record<string, string>;
}

const credential = (variable: string) =>
  [(v: unknown) => typeof v === "string" && v !== "", `must be a non-empty string: pass it, or set ${variable}`] as const;

// each option's rule; setTimeout fires at once past 2**31 - 1 ms
const RULES: Record<string, readonly [check: (value: any) => unknown, message: string]> = {
  instanceId: credential("WAWP_INSTANCE_ID"),
  accessToken: credential("WAWP_ACCESS_TOKEN"),
  baseUrl: [(v) => /^https?:\/\/[^\s/?#]/.test(v), "must be an http(s) URL"],
  timeout: [(v) => v > 0 && (v < 2 ** 31 || v === Infinity), "must be a number of ms from 1 to 2147483647, or Infinity"],
  maxRetries: [(v) => Number.isInteger(v) && v >= 0 && v <= 10, "must be an integer from 0 to 10"],
  delivery: [(v) => v === "at-most-once" || v === "at-least-once", 'must be "at-most-once" or "at-least-once"'],
  headers: [(v) => typeof v === "object" && v, "must be an object"],
  signal: [(v) => v instanceof AbortSignal, "must be an AbortSignal"],
  logLevel: [(v) => LOG_LEVELS.includes(v), `must be one of ${LOG_LEVELS.join(", ")}`],
  logger: [(v) => typeof v?.warn === "function", "must have error, warn, info and debug methods"],
  fetch: [(v) => typeof v === "function", "must be a function"],
};

/** Checks options against their rules; throws a ValidationError naming every bad one. */
export function checkOptions(what: string, options: object, required: string[] = []): void {
  const issues: Issue[] = [];
  for (const [path, value] of Object.entries(options)) {
    const rule = RULES[path];
    if (rule && (value !== undefined || required.includes(path)) && !rule[0](value)) issues.push({ path, message: rule[1] });
  }
  if (issues.length) throw new ValidationError(what, issues);
}
