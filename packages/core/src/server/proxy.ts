import { PATH, type SendLinkPreviewParams, createClient } from "../client.js";
import { APIConnectionError, APIError, APITimeoutError, APIUserAbortError, ValidationError } from "../errors.js";
import { makeLog } from "../log.js";
import { credentialIssues } from "../credentials.js";
import { env } from "../env.js";
import { CLIENT_OPTIONS, type ClientOptions, checkOptions } from "../options.js";
import { redactor } from "../redact.js";
import { typeOf } from "../shape.js";
import { FIELDS } from "../generated/contract.js";
import { validateSendLinkPreviewParams } from "../validate.js";
import { readBody } from "./read-body.js";
import { NO_STORE, jsonResponse, refusal } from "./refusal.js";

/** What `authorize` answers: `true` to send, `false` for a 401, or a Response the proxy returns as is. */
export type Verdict = boolean | Response;

/** Options of `createProxyHandler`: who may send, and the client options of the upstream call. */
export interface ProxyOptions extends Omit<ClientOptions, "dangerouslyAllowBrowser"> {
  /** Your WhatsApp instance ID. Default: `process.env.WAWP_INSTANCE_ID`. */
  instanceId?: string;
  /** Your API access token; it never leaves the server. Default: `process.env.WAWP_ACCESS_TOKEN`. */
  accessToken?: string;
  /**
   * Decides whether this request may send this message: your session check, your rate limiter. Required;
   * nothing is allowed by default. Runs after the body is read and validated, so it gets the params (and
   * the body as it came, for a signature check); the request's own body is already read.
   */
  authorize: (request: Request, params: SendLinkPreviewParams, body: string) => Verdict | Promise<Verdict>;
  /** Origins allowed besides the request's own host, for a page on another origin (answered with CORS headers); behind a proxy that rewrites Host, your public origin. */
  allowedOrigins?: string[];
  /** Request headers passed on to the API (none by default; `prefer` lets a page pick a mock's response). */
  forwardHeaders?: string[];
  /** Fields the spec does not list that a page may send through (none by default: the proxy is a trust boundary). */
  extraFields?: string[];
}

/** The largest body the proxy reads, in bytes: a card is a few KB. */
export const MAX_BODY_BYTES = 64 * 1024;

const PROXY_OPTIONS = ["authorize", "allowedOrigins", "forwardHeaders", "extraFields"];
// headers the proxy sets itself, or that describe one hop only: never taken from the page
const OWN_HEADERS = /^(content-type|content-length|host|connection|keep-alive|transfer-encoding|te|trailer|upgrade|expect)$/i;
const KNOWN = [...CLIENT_OPTIONS.filter((name) => name !== "dangerouslyAllowBrowser"), ...PROXY_OPTIONS];

/** Checks every option (names, the client's by their rules, the proxy's own, the credentials); throws a ValidationError naming every bad one. */
function checkProxyOptions(options: ProxyOptions, instanceId: unknown, accessToken: unknown): void {
  const { authorize, allowedOrigins = [], forwardHeaders = [], extraFields = [] } = options;
  // the proxy always holds credentials: without them, the client would be one of another proxy
  const issues = credentialIssues(instanceId, accessToken);
  if (typeof authorize !== "function")
    issues.push({ path: "authorize", message: "is required: a function that returns true, false or a Response (nothing is allowed by default)" });
  if (!Array.isArray(allowedOrigins) || allowedOrigins.some((o) => typeof o !== "string" || !/^https?:\/\/[^/\s]+$/.test(o)))
    issues.push({ path: "allowedOrigins", message: 'must be an array of origins, such as "https://app.example.com"' });
  if (!Array.isArray(forwardHeaders) || forwardHeaders.some((h) => typeof h !== "string" || !/^[!#$%&'*+.^_`|~\w-]+$/.test(h)))
    issues.push({ path: "forwardHeaders", message: "must be an array of header names" });
  else if (forwardHeaders.some((h) => OWN_HEADERS.test(h)))
    issues.push({ path: "forwardHeaders", message: "must not name content-type, content-length, host or a hop-by-hop header: the proxy sets those" });
  if (!Array.isArray(extraFields) || extraFields.some((f) => typeof f !== "string" || f === "" || Object.hasOwn(FIELDS, f)))
    issues.push({ path: "extraFields", message: "must be an array of field names the spec does not list" });
  checkOptions("createProxyHandler options", options, KNOWN, issues);
}

/**
 * A web-standard handler, `(request) => Promise<Response>`, that sends link previews for your browser
 * pages: it holds the credentials, lets through only what `authorize` allows, refuses anything else before
 * any call to the API, and relays the API's answer (its errors redacted). Mount it on a route of your own
 * server (Next.js, Hono, Bun, Deno; `toNodeListener` for node:http and Express).
 */
export function createProxyHandler(options: ProxyOptions): (request: Request) => Promise<Response> {
  if (typeOf(options) !== "o") throw new ValidationError("createProxyHandler options", [{ path: "", message: "must be an object" }]);
  const { authorize, allowedOrigins = [], forwardHeaders = [], extraFields = [], ...rest } = options;
  const { instanceId = env("WAWP_INSTANCE_ID"), accessToken = env("WAWP_ACCESS_TOKEN") } = rest;
  checkProxyOptions(options, instanceId, accessToken);
  const client = createClient({ ...rest, instanceId, accessToken });
  const log = makeLog(rest.logger ?? console, rest.logLevel ?? "warn", redactor(accessToken));
  const allowed = new Set(allowedOrigins.map((origin) => new URL(origin).origin));

  /** The CORS headers for an allowed cross-origin page, or none. */
  const cors = (origin: string | null): Record<string, string> =>
    origin && allowed.has(origin) ? { "access-control-allow-origin": origin, "access-control-allow-credentials": "true", vary: "Origin" } : {};

  /**
   * Whether the page that sent the request is on the request's own host or an allowed origin. No header a
   * page may set counts (X-Forwarded-Host is one): behind a proxy that rewrites Host, list your origin.
   */
  const fromAllowedOrigin = (request: Request, origin: string | null) => {
    // no Origin: not a browser's cross-site request (browsers send one with every POST)
    if (origin === null || allowed.has(origin)) return true;
    try {
      return new URL(origin).host === new URL(request.url).host;
    } catch {
      return false; // "null": a sandboxed frame or a file
    }
  };

  async function handle(request: Request): Promise<Response> {
    const origin = request.headers.get("origin");
    const corsHeaders = cors(origin);
    if (request.method === "OPTIONS" && corsHeaders["access-control-allow-origin"])
      return new Response(null, {
        status: 204,
        headers: {
          ...NO_STORE,
          ...corsHeaders,
          "access-control-allow-methods": "POST",
          "access-control-allow-headers": request.headers.get("access-control-request-headers") ?? "content-type",
          "access-control-max-age": "600",
        },
      });
    // the page's client posts to `${baseUrl}/v2/send/link-preview`: the proxy serves that one path
    if (!new URL(request.url).pathname.endsWith(PATH)) return refusal(404, "proxy_not_found", `Only ${PATH} is served here`);
    if (request.method !== "POST") return refusal(405, "proxy_method_not_allowed", "Only POST is allowed", {}, { allow: "POST" });
    if (!fromAllowedOrigin(request, origin))
      return refusal(403, "proxy_origin_not_allowed", "This origin may not use this proxy (see allowedOrigins)");
    // JSON only: a cross-site form can send urlencoded, multipart or text/plain, never this
    if (!/^application\/json\s*(;|$)/i.test(request.headers.get("content-type") ?? ""))
      return refusal(415, "proxy_unsupported_media_type", "The body must be JSON (content-type: application/json)", {}, corsHeaders);

    let params: unknown;
    let text: string | undefined;
    try {
      text = await readBody(request, MAX_BODY_BYTES);
      if (text === undefined)
        return refusal(413, "proxy_body_too_large", `The body is over ${MAX_BODY_BYTES} bytes`, {}, { ...corsHeaders, connection: "close" });
      params = JSON.parse(text);
    } catch (error) {
      return refusal(400, "proxy_malformed_json", `Malformed JSON body: ${(error as Error).message}`, {}, corsHeaders);
    }
    if (typeOf(params) === "o" && ["instance_id", "access_token"].some((name) => Object.hasOwn(params as object, name)))
      return refusal(400, "proxy_credentials_in_body", "instance_id and access_token live on the server: send neither", {}, corsHeaders);
    // a field the spec does not list passes only when the app says so: a page must not speak for the server
    const issues = validateSendLinkPreviewParams(params).concat(
      typeOf(params) === "o"
        ? Object.keys(params as object)
            .filter((name) => !Object.hasOwn(FIELDS, name) && !extraFields.includes(name))
            .map((name) => ({ path: name, message: "is not a field the proxy passes on (see extraFields)" }))
        : [],
    );
    if (issues.length)
      return refusal(
        400,
        "proxy_invalid_params",
        `Invalid sendLinkPreview params: ${issues.map((i) => `${i.path || "params"} ${i.message}`).join("; ")}`,
        { issues },
        corsHeaders,
      );

    let verdict: Verdict;
    try {
      verdict = await authorize(request, params as SendLinkPreviewParams, text as string);
    } catch (error) {
      log("error", `proxy: authorize threw: ${(error as Error)?.stack ?? error}`);
      return refusal(500, "proxy_authorize_failed", "Internal error", {}, corsHeaders);
    }
    if (verdict instanceof Response) return verdict;
    if (verdict !== true) return refusal(401, "proxy_unauthorized", "Not authorized to send", {}, corsHeaders);

    const headers = Object.fromEntries(forwardHeaders.flatMap((name) => (request.headers.has(name) ? [[name, request.headers.get(name) as string]] : [])));
    try {
      const { data, response, requestId } = await client.sendLinkPreview.withResponse(params as SendLinkPreviewParams, {
        signal: request.signal,
        headers,
      });
      return jsonResponse(response.status, data, { ...corsHeaders, ...(requestId && { "x-request-id": requestId }) });
    } catch (error) {
      return relay(error, corsHeaders);
    }
  }

  return async (request) => {
    try {
      return await handle(request);
    } catch (error) {
      log("error", `proxy: ${(error as Error)?.stack ?? error}`);
      return refusal(500, "proxy_internal_error", "Internal error");
    }
  };
}

/** The browser's answer to a failed upstream call: the API's error as it came (redacted), or what happened instead. */
function relay(error: unknown, corsHeaders: Record<string, string>): Response {
  if (error instanceof APIError) {
    const { status, body, message, requestId, headers } = error;
    // a browser's fetch would follow a redirect; a 2xx that is no message is the API misbehaving
    if (status < 400)
      return refusal(502, "proxy_bad_upstream_response", `The API answered ${message}; the message may have been sent`, {}, corsHeaders);
    const relayed: Record<string, string> = { ...corsHeaders };
    if (requestId) relayed["x-request-id"] = requestId;
    const retryAfter = headers.get("retry-after");
    if (retryAfter) relayed["retry-after"] = retryAfter;
    return jsonResponse(status, body ?? { status, message }, relayed);
  }
  if (error instanceof APITimeoutError)
    return refusal(504, "proxy_upstream_timeout", "The API did not answer in time; the message may have been sent", {}, corsHeaders);
  if (error instanceof APIConnectionError)
    return refusal(502, "proxy_upstream_unreachable", `The API could not be reached: ${error.message}`, {}, corsHeaders);
  if (error instanceof APIUserAbortError) return refusal(499, "proxy_client_closed", "The request was aborted", {}, corsHeaders);
  throw error;
}
