import { closest } from "./closest.js";
import { ValidationError } from "./errors.js";
import { LOG_LEVELS, type Logger, type LogLevel } from "./log.js";
import type { Delivery } from "./retry.js";
import { typeOf } from "./shape.js";
import type { Issue } from "./validate.js";

/** Options of `createClient`. */
export interface ClientOptions {
  /** Your WhatsApp instance ID. Default: `process.env.WAWP_INSTANCE_ID`. */
  instanceId?: string;
  /** Your API access token, a secret. Default: `process.env.WAWP_ACCESS_TOKEN`. */
  accessToken?: string;
  /** The API's origin, optionally with a path prefix; or, with no credentials, your proxy (`/api/linkcard` in a browser). Default: `process.env.WAWP_BASE_URL`, else `https://api.wawp.net`. */
  baseUrl?: string;
  /** Time limit of each attempt, in ms (default 30000); `Infinity` for none. */
  timeout?: number;
  /** How many times to retry a failed attempt, where `delivery` allows it (default 2). */
  maxRetries?: number;
  /** `at-most-once` (default) retries only what certainly was not sent; `at-least-once` also retries timeouts, lost connections and 5xx, and may deliver twice. */
  delivery?: Delivery;
  /** The fetch to use (default: the global `fetch`). It gets `(request, { signal, redirect })` and must honour both, as fetch does. */
  fetch?: typeof fetch;
  /** Headers to send with every request: an object, an array of pairs or a `Headers`. */
  headers?: HeadersInit;
  /** Where log lines go (default: `console`); a level it lacks is skipped, and a logger that throws is ignored. */
  logger?: Logger;
  /** How much to log: `off`, `error`, `warn` (default), `info` (retries) or `debug` (every attempt). */
  logLevel?: LogLevel;
  /** Allow an access token in a browser, where every visitor could read it. Prefer a server-side proxy (`@linkcard/core/server`). */
  dangerouslyAllowBrowser?: boolean;
}

/** Options of one call; each overrides the client's. */
export interface RequestOptions {
  /** Aborts the call (and any wait before a retry); it then throws APIUserAbortError, whose `cause` is the signal's reason. */
  signal?: AbortSignal;
  /** Time limit of each attempt, in ms; `Infinity` for none. */
  timeout?: number;
  /** How many times to retry a failed attempt, where `delivery` allows it. */
  maxRetries?: number;
  /** `at-most-once` or `at-least-once`, for this call. */
  delivery?: Delivery;
  /** Headers for this call, over the client's: an object, an array of pairs or a `Headers`. */
  headers?: HeadersInit;
}

type Rule = (value: any) => string | false | undefined;

/**
 * The base URL, parsed, or a message saying what is wrong with it. Never quotes it: it may hold a password.
 * A path (`/api/linkcard`: a proxy on the page's own server) resolves against the page's address; where
 * there is no page (server rendering), it stays a path until a call needs it.
 */
export function parseBaseUrl(value: unknown): URL | string {
  let url: URL | undefined;
  try {
    url = new URL(value as string, (globalThis as { location?: { href?: string } }).location?.href ?? "http://path.invalid");
  } catch {}
  return !url || !/^https?:$/.test(url.protocol) || typeof value !== "string" || /^\/\//.test(value) || !/^(https?:|\/)/i.test(value)
    ? "must be an http(s) URL, or a path such as /api/linkcard"
    : url.username || url.password
      ? "must not carry credentials (user:password@); pass accessToken"
      : url.search || url.hash || /\s/.test(value)
        ? "must have no query, fragment or spaces"
        : url;
}

// a generator (or any iterator) given as headers can be read only once: the check keeps what it read
const normalized = new WeakMap<object, Record<string, string> | string>();

/** Headers in any HeadersInit form (an object, [name, value] pairs, a Headers, a Map, any iterable) as one object of lowercase names (as openapi-fetch merges them), or a message saying what is wrong. */
export function headerRecord(init: unknown): Record<string, string> | string {
  const oneShot = typeof (init as Iterator<unknown>)?.next === "function";
  if (oneShot && normalized.has(init as object)) return normalized.get(init as object) as Record<string, string> | string;
  let result: Record<string, string> | string;
  try {
    const pairs = typeof (init as Iterable<unknown>)?.[Symbol.iterator] === "function" ? [...(init as Iterable<unknown>)] : Object.entries(init as object);
    // Headers would trim a trailing CR or LF silently, and name one in the middle only as "invalid"
    const headers = /[\r\n\0]/.test(pairs.flat().join("")) ? undefined : new Headers(pairs as [string, string][]);
    result = !headers
      ? "must not contain CR, LF or NUL"
      : headers.has("content-type")
        ? "must not set content-type: the body is always JSON"
        : Object.fromEntries(headers);
  } catch {
    result = "must be an object, an array of [name, value] pairs or a Headers, with valid names and values";
  }
  if (oneShot) normalized.set(init as object, result);
  return result;
}

// what is wrong with an option's value, or nothing; setTimeout fires at once past 2**31 - 1 ms
const RULES: Record<string, Rule> = {
  baseUrl: (v) => ((v = parseBaseUrl(v)), typeof v === "string" && v),
  timeout: (v) =>
    !(typeof v === "number" && v > 0 && (v < 2 ** 31 || v === Infinity)) && "must be a number of ms from 1 to 2147483647, or Infinity",
  maxRetries: (v) => !(Number.isInteger(v) && v >= 0 && v <= 10) && "must be an integer from 0 to 10",
  delivery: (v) => v !== "at-most-once" && v !== "at-least-once" && 'must be "at-most-once" or "at-least-once"',
  headers: (v) => ((v = headerRecord(v)), typeof v === "string" && v),
  signal: (v) => !(typeof v?.aborted === "boolean" && typeof v.addEventListener === "function") && "must be an AbortSignal",
  logLevel: (v) => !LOG_LEVELS.includes(v) && `must be one of ${LOG_LEVELS.join(", ")}`,
  logger: (v) =>
    (typeOf(v) !== "o" || LOG_LEVELS.some((l) => v[l] !== undefined && typeof v[l] !== "function")) &&
    "must be an object whose error, warn, info and debug methods (each optional) are functions",
  fetch: (v) => typeof v !== "function" && "must be a function",
  dangerouslyAllowBrowser: (v) => typeof v !== "boolean" && "must be a boolean",
};

/** The options of `createClient` (the credentials are checked against the spec, in client.ts) and of a call. */
export const CLIENT_OPTIONS = ["instanceId", "accessToken", ...Object.keys(RULES).filter((name) => name !== "signal")];
export const REQUEST_OPTIONS = ["signal", "timeout", "maxRetries", "delivery", "headers"];

/** Checks options: an object, known names only (suggesting the closest), each value by its rule; throws a ValidationError naming every bad one. */
export function checkOptions(what: string, options: unknown, known: readonly string[], extra: Issue[] = []): void {
  if (typeOf(options) !== "o") throw new ValidationError(what, [{ path: "", message: "must be an object" }]);
  const issues: Issue[] = [];
  for (const [path, value] of Object.entries(options as object)) {
    const message = !known.includes(path)
      ? `is not an option; did you mean \`${closest(path, known)}\`?`
      : value !== undefined && RULES[path]?.(value);
    if (message) issues.push({ path, message });
  }
  issues.push(...extra);
  if (issues.length) throw new ValidationError(what, issues);
}
