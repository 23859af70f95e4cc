import { HOP_BY_HOP, NO_STORE, errorResponse, jsonResponse, readText } from "@linkcard/http";
import { PATH, type Sent, createSender } from "../attempt.js";
import { credentialsFrom } from "../credentials.js";
import { env } from "../env.js";
import { APIConnectionError, APIError, APITimeoutError, type LinkcardError, type ProxyCode, ValidationError } from "../errors.js";
import { FIELDS, PRODUCTION_URL } from "../generated/contract.js";
import { makeLog } from "../log.js";
import type { SendLinkPreviewParams } from "../message.js";
import { type Rules, checkOptions, functionRule, headerRecord, headersRule, loggerRule, logLevelRule, parseUrl, timeoutRule } from "../options.js";
import type { ClientOptions } from "../options.js";
import { redactor } from "../redact.js";
import { typeOf } from "../shape.js";
import { type Issue, validateSendLinkPreviewParams } from "../validate.js";
import { isAllowedOrigin } from "./origin.js";

/** What `authorize` answers: `true` to send, `false` for a 401, or a Response the proxy returns as is. */
export type Verdict = boolean | Response;

/** Options of `createProxyHandler`: who may send, and how the one call to the API is made. */
export interface ProxyOptions extends Pick<ClientOptions, "instanceId" | "accessToken" | "baseUrl" | "fetch" | "headers" | "logger" | "logLevel"> {
  /**
   * Decides whether this request may send this message: your session check, your rate limiter. Required;
   * nothing is allowed by default. Runs after the body is read and validated, so it gets the params (and
   * the body as it came, for a signature check); the request's own body is already read.
   */
  authorize: (request: Request, params: SendLinkPreviewParams, body: string) => Verdict | Promise<Verdict>;
  /** How long `authorize` may take, in ms (default 10000); past it, `500 proxy_authorize_timeout` and nothing is sent. */
  authorizeTimeout?: number;
  /** Time limit of the call to the API, in ms (default 25000, under the page client's 30000, so the page hears why). */
  timeout?: number;
  /** Origins allowed besides the request's own (scheme, host and port), for a page on another origin (answered with CORS headers). */
  allowedOrigins?: string[];
  /** Request headers passed on to the API (none by default; `prefer` lets a page pick a mock's response). */
  forwardHeaders?: string[];
  /** Fields the spec does not list that a page may send through (none by default: the proxy is a trust boundary). */
  extraFields?: string[];
}

const LATE = Symbol("late");

/** The largest body the proxy reads, in bytes: a card is a few KB. */
export const MAX_BODY_BYTES = 64 * 1024;

// headers the proxy sets itself, or that describe one hop only: never taken from the page
const own = (name: string) => HOP_BY_HOP.has(name.toLowerCase()) || /^(content-type|content-length|host)$/i.test(name);
const names = (check: (name: string) => boolean, message: string) => (v: unknown) =>
  !(Array.isArray(v) && v.every((name) => typeof name === "string" && check(name))) && message;

const PROXY_RULES = {
  authorize: functionRule,
  authorizeTimeout: timeoutRule,
  timeout: timeoutRule,
  // checked where they are read (credentials.ts), against the spec
  instanceId: () => false,
  accessToken: () => false,
  baseUrl: (v) => ((v = parseUrl(v)), typeof v === "string" && v),
  fetch: functionRule,
  headers: headersRule,
  logger: loggerRule,
  logLevel: logLevelRule,
  allowedOrigins: names((o) => /^https?:\/\/[^/\s?#@]+$/i.test(o) && URL.canParse(o), 'must be an array of origins, such as "https://app.example.com"'),
  forwardHeaders: names(
    (h) => /^[!#$%&'*+.^_`|~\w-]+$/.test(h) && !own(h),
    "must be an array of header names, none of content-type, content-length, host or a hop-by-hop header (the proxy sets those)",
  ),
  extraFields: names((f) => f !== "" && !Object.hasOwn(FIELDS, f), "must be an array of field names the spec does not list"),
} satisfies Rules<ProxyOptions>;

/** What the page hears when the one call to the API did not bring a message back. */
function failure(error: LinkcardError): [number, ProxyCode, string] {
  if (error instanceof APIError)
    return error.status < 300
      ? [502, "proxy_bad_upstream_response", "The API's answer was not a message; the message may have been sent"]
      : [502, "proxy_upstream_redirect", "The API answered with a redirect, which is not followed; nothing was sent"];
  if (error instanceof APITimeoutError) return [504, "proxy_upstream_timeout", "The API did not answer in time; the message may have been sent"];
  if (error instanceof APIConnectionError)
    return error.mayHaveBeenSent
      ? [502, "proxy_upstream_dropped", "The connection to the API was lost after the request went out; the message may have been sent"]
      : [502, "proxy_upstream_unreachable", "The API could not be reached; nothing was sent"];
  return [499, "proxy_client_closed", "The request was aborted"];
}

/**
 * A web-standard handler, `(request) => Promise<Response>`, that sends link previews for your browser
 * pages. It checks the request once, at this trust boundary, lets through only what `authorize` allows,
 * adds the credentials, makes one attempt, and relays the answer: the status, the body (redacted),
 * `X-Request-Id` and `Retry-After`. It never retries: the page's client does, where that is safe. Mount it
 * on a route of your server (Next.js, Hono, Bun, Deno; `toNodeListener` for node:http and Express).
 */
export function createProxyHandler(options: ProxyOptions): (request: Request) => Promise<Response> {
  if (typeOf(options) !== "o") throw new ValidationError("createProxyHandler options", [{ path: "", message: "must be an object" }]);
  const o = { ...options };
  const issues: Issue[] = [];
  if (typeof o.authorize !== "function")
    issues.push({ path: "authorize", message: "is required: a function that returns true, false or a Response (nothing is allowed by default)" });
  const credentials = credentialsFrom(o as Record<string, unknown>, issues);
  const fromEnv = o.baseUrl === undefined ? env("WAWP_BASE_URL") : undefined;
  const url = parseUrl(o.baseUrl ?? fromEnv ?? PRODUCTION_URL);
  if (fromEnv !== undefined && typeof url === "string") issues.push({ path: "WAWP_BASE_URL", message: url });
  checkOptions("createProxyHandler options", o, PROXY_RULES, issues);

  const { authorize, allowedOrigins = [], forwardHeaders = [], extraFields = [], timeout = 25_000, authorizeTimeout = 10_000 } = o;
  const redact = redactor(credentials.access_token);
  const log = makeLog(o.logger ?? console, o.logLevel ?? "warn", redact);
  const { send } = createSender((url as URL).href.replace(/\/$/, ""), o.fetch, o.headers && (headerRecord(o.headers) as {}), redact, false);
  const allowed = new Set(allowedOrigins.map((origin) => new URL(origin).origin));

  async function handle(request: Request): Promise<Response> {
    const origin = request.headers.get("origin");
    // CORS headers for an allowed page of another origin, on every answer to it
    const cors: Record<string, string> = origin && allowed.has(origin) ? { "access-control-allow-origin": origin, "access-control-allow-credentials": "true", vary: "Origin" } : {};
    const refuse = (status: number, code: ProxyCode, message: string, extra: object = {}, headers: Record<string, string> = {}) =>
      errorResponse(status, code, message, extra, { ...cors, ...headers });
    if (request.method === "OPTIONS" && cors["access-control-allow-origin"])
      return new Response(null, {
        status: 204,
        headers: {
          ...NO_STORE,
          ...cors,
          "access-control-allow-methods": "POST",
          "access-control-allow-headers": request.headers.get("access-control-request-headers") ?? "content-type",
          "access-control-max-age": "600",
        },
      });
    // the page's client posts to `${proxy}/v2/send/link-preview`: the proxy serves that one path
    if (!new URL(request.url).pathname.endsWith(PATH)) return refuse(404, "proxy_not_found", `Only ${PATH} is served here`);
    if (request.method !== "POST") return refuse(405, "proxy_method_not_allowed", "Only POST is allowed", {}, { allow: "POST" });
    if (!isAllowedOrigin(request, allowed))
      return refuse(403, "proxy_origin_not_allowed", "This origin may not use this proxy (see allowedOrigins)");
    // JSON only: a cross-site form can send urlencoded, multipart or text/plain, never this
    if (!/^application\/json\s*(;|$)/i.test(request.headers.get("content-type") ?? ""))
      return refuse(415, "proxy_unsupported_media_type", "The body must be JSON (content-type: application/json)");

    let params: unknown;
    let text: string | undefined;
    try {
      text = await readText(request, MAX_BODY_BYTES, true);
      if (text === undefined) return refuse(413, "proxy_body_too_large", `The body is over ${MAX_BODY_BYTES} bytes`, {}, { connection: "close" });
      params = JSON.parse(text);
    } catch (error) {
      if (request.signal.aborted) return refuse(499, "proxy_client_closed", "The request was aborted");
      return refuse(400, "proxy_malformed_json", `Malformed JSON body: ${(error as Error).message}`);
    }
    if (typeOf(params) === "o" && Object.keys(credentials).some((name) => Object.hasOwn(params as object, name)))
      return refuse(400, "proxy_credentials_in_body", "instance_id and access_token live on the server: send neither");
    // a field the spec does not list passes only when the app says so: a page must not speak for the server
    const invalid = validateSendLinkPreviewParams(params).concat(
      typeOf(params) === "o"
        ? Object.keys(params as object)
            .filter((name) => !Object.hasOwn(FIELDS, name) && !extraFields.includes(name))
            .map((name) => ({ path: name, message: "is not a field the proxy passes on (see extraFields)" }))
        : [],
    );
    if (invalid.length)
      return refuse(400, "proxy_invalid_params", `Invalid sendLinkPreview params: ${invalid.map((i) => `${i.path || "params"} ${i.message}`).join("; ")}`, {
        issues: invalid,
      });

    let verdict: Verdict | typeof LATE;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      verdict = await Promise.race([
        authorize(request, { ...(params as SendLinkPreviewParams) }, text),
        new Promise<typeof LATE>((resolve) => (timer = setTimeout(() => resolve(LATE), authorizeTimeout))),
      ]);
    } catch (error) {
      log("error", `proxy: authorize threw: ${(error as Error)?.stack ?? error}`);
      return refuse(500, "proxy_authorize_failed", "Internal error");
    } finally {
      clearTimeout(timer);
    }
    if (verdict === LATE) {
      log("error", `proxy: authorize did not answer within ${authorizeTimeout} ms`);
      return refuse(500, "proxy_authorize_timeout", "Internal error: the request could not be authorized in time; nothing was sent");
    }
    if (verdict instanceof Response) return verdict;
    if (verdict !== true) return refuse(401, "proxy_unauthorized", "Not authorized to send");

    const headers: Record<string, string> = {};
    for (const name of forwardHeaders) if (request.headers.has(name)) headers[name] = request.headers.get(name) as string;
    const outcome = await send({ ...(params as SendLinkPreviewParams), ...credentials }, { headers, timeout, signal: request.signal });
    if (!(outcome instanceof Error)) {
      const { response, requestId, text } = outcome as Sent;
      return new Response(text, {
        status: response.status,
        headers: { "content-type": "application/json", ...NO_STORE, ...cors, ...(requestId && { "x-request-id": requestId }) },
      });
    }
    if (outcome instanceof APIError && outcome.status >= 400) {
      const { status, body, message, requestId, headers: answer } = outcome;
      const relayed: Record<string, string> = { ...cors };
      if (requestId) relayed["x-request-id"] = requestId;
      const retryAfter = answer.get("retry-after");
      if (retryAfter) relayed["retry-after"] = retryAfter;
      return jsonResponse(status, body ?? { status, message }, relayed);
    }
    // the whole story for the server's log; the page hears only what it means, no internal URL
    log("warn", `proxy: ${outcome.name}: ${outcome.message}`);
    const [status, code, message] = failure(outcome);
    return refuse(status, code, message);
  }

  return async (request) => {
    try {
      return await handle(request);
    } catch (error) {
      log("error", `proxy: ${(error as Error)?.stack ?? error}`);
      return errorResponse(500, "proxy_internal_error", "Internal error");
    }
  };
}
