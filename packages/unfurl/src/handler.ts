import { errorResponse } from "@linkcard/http";
import { LRUCache } from "lru-cache";
import { type CardCheck, type CardParams, checkCard } from "./check-card.js";
import {
  HttpStatusError,
  InvalidInputError,
  InvalidUrlError,
  RefusedAddressError,
  TimeoutError,
  TooManyRedirectsError,
  UnfurlError,
} from "./errors.js";
import { isPlainObject, kindOf, optionIssues, type UnfurlOptions, unknownName } from "./options.js";

/** What `authorize` answers: `true` to check the card, `false` for a 401, or a Response returned as is. */
export type UnfurlVerdict = boolean | Response;

/** Options of `createUnfurlHandler`. */
export interface UnfurlHandlerOptions extends UnfurlOptions {
  /**
   * Decides whether this request may have this page fetched: your session check, your rate limiter.
   * Required, and asked before any fetch: an open unfurl endpoint lets anyone make your server fetch
   * URLs, a scan of whatever it can reach.
   */
  authorize: (request: Request, params: CardParams) => UnfurlVerdict | Promise<UnfurlVerdict>;
  /** How long a card check is kept, per set of params, in ms (default 1800000: 30 minutes, as Slack keeps unfurls). */
  cacheTtl?: number;
  /** How many card checks are kept at most (default 500); the least recently used go first. */
  cacheSize?: number;
}

const PARAMS = ["url", "thumbnail", "title", "description", "linkPreviewHighQuality"] as const;
const HEADERS = { "content-type": "application/json", "cache-control": "private, max-age=60" };

/** The check as JSON: an image's error as its name and message (an Error has no enumerable message). */
const asJson = (check: CardCheck) =>
  new Response(
    JSON.stringify(check, (_, value) => (value instanceof Error ? { name: value.name, message: value.message } : value)),
    { status: 200, headers: HEADERS },
  );

/** The status and code a failed check is answered with: each error class, one meaning. */
function answerFor(error: UnfurlError): [number, string] {
  if (error instanceof InvalidInputError || error instanceof InvalidUrlError) return [400, "unfurl_invalid_input"];
  if (error instanceof RefusedAddressError) return [403, "unfurl_refused_address"];
  if (error instanceof TimeoutError) return [504, "unfurl_timeout"];
  if (error instanceof HttpStatusError) return [502, "unfurl_http_status"];
  if (error instanceof TooManyRedirectsError) return [502, "unfurl_too_many_redirects"];
  // too large, not HTML, no connection: the page could not be read
  return [502, `unfurl_${error.name.replace(/Error$/, "").replace(/[A-Z]/g, (c, i) => `${i ? "_" : ""}${c.toLowerCase()}`)}`];
}

/** The card params a request asks about: `GET ?url=…&thumbnail=…&title=…&description=…&linkPreviewHighQuality=true`. */
function paramsOf(request: Request): CardParams | string {
  const query = new URL(request.url).searchParams;
  const params: Record<string, unknown> = {};
  for (const [name, value] of query) {
    if (!(PARAMS as readonly string[]).includes(name)) return `${name} ${unknownName(name, PARAMS, "a card param")}`;
    if (name in params) return `${name} is given twice`;
    if (name === "linkPreviewHighQuality" && value !== "true" && value !== "false") return `${name} must be true or false`;
    params[name] = name === "linkPreviewHighQuality" ? value === "true" : value;
  }
  return typeof params.url === "string" ? (params as CardParams) : "url is required";
}

/**
 * A web-standard handler, `(request) => Promise<Response>`, that answers `GET ?url=…` (and the other card
 * params) with `checkCard`'s result as JSON: the page's card and what the recipient will see. Mount it
 * beside the send proxy; every request passes `authorize` before anything is fetched, and results are
 * cached per set of params, for a bounded time, in a bounded cache.
 */
export function createUnfurlHandler(options: UnfurlHandlerOptions): (request: Request) => Promise<Response> {
  if (!isPlainObject(options)) throw new InvalidInputError([{ path: "options", message: `must be an object, not ${kindOf(options)}` }]);
  const { authorize, cacheTtl = 30 * 60_000, cacheSize = 500, ...fetching } = options;
  const issues = optionIssues(fetching);
  if (typeof authorize !== "function")
    issues.push({ path: "options.authorize", message: "is required: a function that returns true, false or a Response (nothing is allowed by default)" });
  for (const [name, value] of [["cacheTtl", cacheTtl], ["cacheSize", cacheSize]] as const)
    if (!(Number.isInteger(value) && value > 0)) issues.push({ path: `options.${name}`, message: `must be a positive integer, not ${kindOf(value)} ${String(value)}` });
  if (issues.length) throw new InvalidInputError([...new Map(issues.map((issue) => [issue.path, issue])).values()]);

  const cache = new LRUCache<string, CardCheck>({ max: cacheSize, ttl: cacheTtl });
  // the same params asked for again while their check runs wait for it, rather than fetching again
  const running = new Map<string, Promise<CardCheck>>();

  return async (request) => {
    if (request.method !== "GET") return errorResponse(405, "unfurl_method_not_allowed", "Only GET is allowed", {}, { allow: "GET" });
    const params = paramsOf(request);
    if (typeof params === "string") return errorResponse(400, "unfurl_invalid_input", params);
    let verdict: UnfurlVerdict;
    try {
      verdict = await authorize(request, { ...params });
    } catch {
      return errorResponse(500, "unfurl_authorize_failed", "Internal error");
    }
    if (verdict instanceof Response) return verdict;
    if (verdict !== true) return errorResponse(401, "unfurl_unauthorized", "Not authorized to fetch pages");

    const key = JSON.stringify(PARAMS.map((name) => params[name]));
    const cached = cache.get(key);
    if (cached) return asJson(cached);
    try {
      let check = running.get(key);
      if (!check) {
        check = checkCard(params, fetching).finally(() => running.delete(key));
        running.set(key, check);
      }
      const result = await check;
      cache.set(key, result);
      return asJson(result);
    } catch (error) {
      if (!(error instanceof UnfurlError)) return errorResponse(500, "unfurl_internal_error", "Internal error");
      const [status, code] = answerFor(error);
      return errorResponse(status, code, error.message);
    }
  };
}
