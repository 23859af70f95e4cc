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
  /** The API's origin, optionally with a path prefix. Default: `process.env.WAWP_BASE_URL`, else `https://api.wawp.net`. */
  baseUrl?: string;
  /** Your proxy (`@linkcard/core/server`) instead of the API: a path such as `/api/linkcard` (resolved against the page) or an absolute URL. The client then holds no credentials. */
  proxy?: string;
  /** Time limit of each attempt, in ms (default 30000); `Infinity` for none. It holds even if `fetch` ignores its signal. */
  timeout?: number;
  /** How many times to retry a failed attempt, where `delivery` allows it (default 2). */
  maxRetries?: number;
  /** `at-most-once` (default) retries only what certainly was not sent; `at-least-once` also retries timeouts, lost connections and 5xx, and may deliver twice. */
  delivery?: Delivery;
  /** The fetch to use (default: the global `fetch`). It gets `(request, { signal })` and must not follow redirects (`request.redirect` is `manual`). */
  fetch?: typeof fetch;
  /** Headers to send with every request: an object, an array of pairs or a `Headers`. */
  headers?: HeadersInit;
  /** Where log lines go (default: `console`); a level it lacks is skipped, and a logger that throws is ignored. */
  logger?: Logger;
  /** How much to log: `off`, `error`, `warn` (default), `info` (retries) or `debug` (every attempt). */
  logLevel?: LogLevel;
  /** Allow an access token in a browser, where every visitor could read it. Prefer `proxy`. */
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

/** What is wrong with an option's value, or a falsy value when nothing is. */
export type Rule = (value: any) => string | false | undefined;
/** A rule for every option of `T`, and for nothing else. */
export type Rules<T> = { [K in keyof Required<T>]: Rule };

/**
 * An http(s) URL, parsed, or what is wrong with it. Never quotes it: it may hold a password. `page` is the
 * address a path resolves against (a proxy's `/api/linkcard`); without one, only absolute URLs pass.
 */
export function parseUrl(value: unknown, page?: string): URL | string {
  let url: URL | undefined;
  try {
    url = new URL(value as string, page);
  } catch {}
  return typeof value !== "string" || !url || !/^https?:$/.test(url.protocol) || !/^(https?:\/\/|\/(?!\/))/i.test(value)
    ? page
      ? "must be an http(s) URL, or a path such as /api/linkcard"
      : "must be an http(s) URL"
    : url.username || url.password
      ? "must not carry credentials (user:password@)"
      : url.search || url.hash || /\s/.test(value)
        ? "must have no query, fragment or spaces"
        : url;
}

// a generator (or any iterator) given as headers can be read only once: the check keeps what it read
const normalized = new WeakMap<object, Record<string, string> | string>();

/** Headers in any HeadersInit form as one object of lowercase names (as openapi-fetch merges them), or what is wrong. */
export function headerRecord(init: unknown): Record<string, string> | string {
  const oneShot = typeof (init as Iterator<unknown>)?.next === "function";
  if (oneShot && normalized.has(init as object)) return normalized.get(init as object) as Record<string, string> | string;
  let result: Record<string, string> | string;
  try {
    const pairs = typeof (init as Iterable<unknown>)?.[Symbol.iterator] === "function" ? [...(init as Iterable<unknown>)] : Object.entries(init as object);
    // Headers would trim a trailing CR or LF silently
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

// checked where they are read, against the spec (credentials.ts)
const credential: Rule = () => false;

// setTimeout fires at once past 2**31 - 1 ms
export const timeoutRule: Rule = (v) =>
  !(typeof v === "number" && v > 0 && (v < 2 ** 31 || v === Infinity)) && "must be a number of ms from 1 to 2147483647, or Infinity";
export const headersRule: Rule = (v) => ((v = headerRecord(v)), typeof v === "string" && v);
export const logLevelRule: Rule = (v) => !LOG_LEVELS.includes(v) && `must be one of ${LOG_LEVELS.join(", ")}`;
export const loggerRule: Rule = (v) =>
  (typeOf(v) !== "o" || LOG_LEVELS.some((l) => v[l] !== undefined && typeof v[l] !== "function")) &&
  "must be an object whose error, warn, info and debug methods (each optional) are functions";
export const functionRule: Rule = (v) => typeof v !== "function" && "must be a function";
const maxRetries: Rule = (v) => !(Number.isInteger(v) && v >= 0 && v <= 10) && "must be an integer from 0 to 10";
const delivery: Rule = (v) => v !== "at-most-once" && v !== "at-least-once" && 'must be "at-most-once" or "at-least-once"';
const urlRule = (page?: string): Rule => (v) => ((v = parseUrl(v, page)), typeof v === "string" && v);

export const CLIENT_RULES = {
  instanceId: credential,
  accessToken: credential,
  baseUrl: urlRule(),
  proxy: urlRule("http://page.invalid"),
  timeout: timeoutRule,
  maxRetries,
  delivery,
  fetch: functionRule,
  headers: headersRule,
  logger: loggerRule,
  logLevel: logLevelRule,
  dangerouslyAllowBrowser: (v) => typeof v !== "boolean" && "must be a boolean",
} satisfies Rules<ClientOptions>;

export const REQUEST_RULES = {
  signal: (v) => !(typeof v?.aborted === "boolean" && typeof v.addEventListener === "function") && "must be an AbortSignal",
  timeout: timeoutRule,
  maxRetries,
  delivery,
  headers: headersRule,
} satisfies Rules<RequestOptions>;

/** Checks options: an object, known names only (suggesting the closest), each value by its rule; throws a ValidationError naming every bad one. */
export function checkOptions(what: string, options: unknown, rules: Record<string, Rule>, issues: Issue[] = []): void {
  if (typeOf(options) !== "o") throw new ValidationError(what, [{ path: "", message: "must be an object" }]);
  const known = Object.keys(rules);
  const found: Issue[] = [];
  for (const [path, value] of Object.entries(options as object)) {
    const message = !Object.hasOwn(rules, path)
      ? `is not an option; did you mean \`${closest(path, known)}\`?`
      : value !== undefined && (rules[path] as Rule)(value);
    if (message) found.push({ path, message });
  }
  found.push(...issues);
  if (found.length) throw new ValidationError(what, found);
}
