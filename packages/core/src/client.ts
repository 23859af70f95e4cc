import type { EmptyList, ErrorBody, Message as RawMessageBody, SendLinkPreviewRequest, paths } from "@linkcard/types";
import { closest } from "./closest.js";
import * as openapiFetch from "openapi-fetch";
import type { Client } from "openapi-fetch";
import { neverSent, whatHappened } from "./connection.js";
import { credentialIssues } from "./credentials.js";
import { env } from "./env.js";
import {
  APIConnectionError,
  type APIError,
  APITimeoutError,
  APIUserAbortError,
  LinkcardError,
  ValidationError,
  errorClassFor,
} from "./errors.js";
import { FIELDS, LISTS, MESSAGE, PRODUCTION_URL } from "./generated/contract.js";
import { makeLog } from "./log.js";
import {
  CLIENT_OPTIONS,
  type ClientOptions,
  REQUEST_OPTIONS,
  type RequestOptions,
  checkOptions,
  headerRecord,
  parseBaseUrl,
} from "./options.js";
import { redactJson, redactor, scrub } from "./redact.js";
import { retryDelay } from "./retry.js";
import { matches, typeOf } from "./shape.js";
import { attemptSignal, sleep } from "./signals.js";
import { checkParams } from "./validate.js";

type Lists<T> = { [K in keyof T]: Exclude<T[K], EmptyList> };

/**
 * The sent message, as `sendLinkPreview` resolves it: the spec's `Message`, with plain arrays where the
 * API may serialize an empty list as `{}` (the client turns those into `[]`). `@linkcard/types` has the raw type.
 */
export type Message = Lists<Omit<RawMessageBody, "_data">> & { _data: Lists<RawMessageBody["_data"]> };

/** What `sendLinkPreview` takes: the request body without the credentials, which the client adds. */
export type SendLinkPreviewParams = Omit<SendLinkPreviewRequest, "instance_id" | "access_token">;

/** A sent message with the response and the request id. */
export interface MessageWithResponse {
  /** The sent message. */
  data: Message;
  /** The HTTP response (its body already read; if a header echoed the access token, a copy with it redacted). */
  response: Response;
  /** The request id (`X-Request-Id`), when the API sent one. */
  requestId: string | undefined;
}

/** A client for `POST /v2/send/link-preview`. */
export interface LinkcardClient {
  /** Sends a message with a custom link-preview card; resolves to the sent `Message`. */
  sendLinkPreview: {
    (params: SendLinkPreviewParams, options?: RequestOptions): Promise<Message>;
    /** Like `sendLinkPreview`, but also gives the response and the request id. */
    withResponse(params: SendLinkPreviewParams, options?: RequestOptions): Promise<MessageWithResponse>;
  };
  /** The typed openapi-fetch client underneath, with `baseUrl`, `fetch` and `headers` set and redirects not followed. You pass the credentials. */
  api: Client<paths>;
}

// In our CommonJS build, require("openapi-fetch") is its CommonJS build, which the bundler's Node-style
// interop hands over whole as the default: the function is one level down there.
const createFetchClient: typeof openapiFetch.default =
  (openapiFetch.default as unknown as { default?: typeof openapiFetch.default }).default ?? openapiFetch.default;

/** The operation's path: the API's, and the proxy's below its mount point. */
export const PATH = "/v2/send/link-preview" satisfies keyof paths;
// the name is checked against the spec by the compiler; Headers.get ignores case
const REQUEST_ID = "X-Request-Id" satisfies keyof paths[typeof PATH]["post"]["responses"][200]["headers"];
const RETRY_COUNT = "X-Linkcard-Retry-Count";
const NO_OPTIONS: RequestOptions = {};
const WARNINGS = 50;

/** The own enumerable fields of an object, each read once, into a plain object ("__proto__" as a field, not the prototype). */
const snapshot = (object: Record<string, unknown>) => {
  const copy: Record<string, unknown> = {};
  for (const name of Object.keys(object))
    if (name === "__proto__") Object.defineProperty(copy, name, { value: object[name], enumerable: true, writable: true, configurable: true });
    else copy[name] = object[name];
  return copy;
};

const parseJson = (text: unknown): any => {
  try {
    return JSON.parse(text as string);
  } catch {}
};

// a page, a Web Worker (importScripts) or a React Native app: code that ships to every user
const inBrowser = () => {
  const g = globalThis as { document?: unknown; importScripts?: unknown; navigator?: { product?: string } };
  return typeof g.document === "object" || typeof g.importScripts === "function" || g.navigator?.product === "ReactNative";
};

/**
 * Creates a client. Credentials come from the options or from `WAWP_INSTANCE_ID` / `WAWP_ACCESS_TOKEN`.
 * With none at all and a `baseUrl`, it is a client of your own proxy (`@linkcard/core/server`), which adds
 * them: the way to send from a browser, where a token would ship to every visitor.
 */
export function createClient(options: ClientOptions = {}): LinkcardClient {
  const o = typeOf(options) === "o" ? options : {};
  // a path (/api/linkcard) is a page's proxy: credentials from the environment never go there
  const toPath = typeof o.baseUrl === "string" && o.baseUrl.startsWith("/");
  const {
    instanceId = toPath ? undefined : env("WAWP_INSTANCE_ID"),
    accessToken = toPath ? undefined : env("WAWP_ACCESS_TOKEN"),
    baseUrl = env("WAWP_BASE_URL") ?? PRODUCTION_URL,
  } = o;
  const proxied = instanceId === undefined && accessToken === undefined && o.baseUrl !== undefined;
  const issues = proxied ? [] : credentialIssues(instanceId, accessToken, " (for a proxy, pass only baseUrl)");
  checkOptions("createClient options", options === o ? { ...o, baseUrl } : options, CLIENT_OPTIONS, issues);
  if (!proxied && inBrowser() && !o.dangerouslyAllowBrowser)
    throw new LinkcardError(
      "An accessToken in a browser ships to every visitor. Call your own server instead, which holds the token " +
        "(@linkcard/core/server's createProxyHandler does this; here, createClient({ baseUrl: \"/api/linkcard\" }) with no credentials); " +
        "or pass dangerouslyAllowBrowser: true if you accept the risk.",
    );

  const redact = redactor(accessToken);
  const log = makeLog(o.logger ?? console, o.logLevel ?? "warn", redact);
  const url = parseBaseUrl(baseUrl) as URL;
  // a path with no page to resolve it against (server rendering) stays a path
  const base = (url.host === "path.invalid" ? url.pathname : url.href).replace(/\/$/, "");
  // redirect: "manual": a 307/308 would re-send the body, token included, wherever Location points
  const api = createFetchClient<paths>({ baseUrl: base, fetch: o.fetch, headers: o.headers && (headerRecord(o.headers) as {}), redirect: "manual" });
  // looked up per call, so a fetch installed after createClient (a polyfill, a test double) is used
  const baseFetch: typeof fetch = o.fetch ?? ((input, init) => fetch(input, init));
  const debug = o.logLevel === "debug";
  // a proxy adds the credentials itself (the body's type, the API's, still names them)
  const credentials = (proxied ? {} : { instance_id: instanceId, access_token: accessToken }) as Pick<SendLinkPreviewRequest, "instance_id" | "access_token">;
  // a field the spec does not list is sent (the API may know it), with one warning per name: a typo guard
  // (at most WARNINGS names are kept and told: a caller inventing names must not fill memory or the log)
  const warned = new Set<string>();
  const unknownField = (name: string) => {
    if (warned.has(name) || warned.size > WARNINGS) return;
    warned.add(name);
    if (warned.size > WARNINGS) return log("warn", "sendLinkPreview: more fields the spec does not list; no more warnings");
    const like = name.length <= 64 && closest(name, Object.keys(FIELDS), true);
    log("warn", `sendLinkPreview: ${JSON.stringify(name)} is not in the spec; sent as given${like ? ` (did you mean \`${like}\`?)` : ""}`);
  };

  /** The headers, or a copy with every echo of the token redacted (a header whose name holds it, left out). */
  const cleanHeaders = (headers: Headers) => {
    for (const [name, value] of headers)
      if (redact(value) !== value || redact(name) !== name) {
        const copy = new Headers();
        headers.forEach((value, name) => redact(name) === name && copy.append(name, redact(value)));
        return copy;
      }
    return headers;
  };

  async function sent(params: SendLinkPreviewParams, call: RequestOptions = NO_OPTIONS): Promise<MessageWithResponse> {
    if (call !== NO_OPTIONS) checkOptions("request options", call, REQUEST_OPTIONS);
    // one read of each own field: a getter cannot pass the check and then send something else
    const fields = typeOf(params) === "o" ? snapshot(params as Record<string, unknown>) : params;
    const issues = checkParams(fields, unknownField);
    if (issues.length) throw new ValidationError("sendLinkPreview params", issues);
    const body: SendLinkPreviewRequest = Object.assign(fields as SendLinkPreviewParams, credentials);
    const headers = call.headers && (headerRecord(call.headers) as Record<string, string>);
    const {
      signal,
      timeout = o.timeout ?? 30_000,
      maxRetries = o.maxRetries ?? 2,
      delivery = o.delivery ?? "at-most-once",
    } = call;

    for (let attempt = 0; ; attempt++) {
      const outcome = await attemptOnce(body, headers, attempt, timeout, signal);
      if (!(outcome instanceof LinkcardError)) return outcome;
      const delay = attempt < maxRetries ? retryDelay(outcome, delivery, attempt) : undefined;
      if (delay === undefined) throw outcome;
      // the error's name and status only: its message may quote the API's body
      log("info", `retrying in ${Math.round(delay)} ms after ${outcome.name}`, { attempt, status: (outcome as APIError).status });
      await sleep(delay, signal);
    }
  }

  /** One attempt: the sent message, or the error to retry or throw. */
  async function attemptOnce(
    body: SendLinkPreviewRequest,
    headers: Record<string, string> | undefined,
    attempt: number,
    timeout: number,
    signal: AbortSignal | undefined,
  ): Promise<MessageWithResponse | LinkcardError> {
    const deadline = attemptSignal(timeout, signal);
    let result;
    try {
      result = await api.POST(PATH, {
        body,
        headers: Object.assign({}, headers, { [RETRY_COUNT]: String(attempt) }),
        parseAs: "text",
        // the signal goes to fetch, not to openapi-fetch's Request, which fetch would copy (undici wires a signal up at a cost)
        fetch: (request: Request) => baseFetch(request, { signal: deadline.signal }),
      });
    } catch (cause) {
      if (deadline.timedOut()) return new APITimeoutError(`No response within ${timeout} ms; the message may have been sent`);
      if (signal?.aborted) return new APIUserAbortError("Request aborted", { cause: signal.reason, mayHaveBeenSent: true });
      return new APIConnectionError(redact(`Connection to ${base} failed: ${whatHappened(cause)}`), {
        cause: scrub(cause, redact),
        mayHaveBeenSent: !neverSent(cause),
      });
    } finally {
      deadline.done();
    }
    const { data, error, response } = result;
    const rawId = response.headers.get(REQUEST_ID);
    const requestId = rawId === null ? undefined : redact(rawId);
    if (debug) log("debug", `POST ${PATH}: ${response.status}`, { attempt, requestId });
    const text = (response.ok ? data : error) as unknown;
    let message = response.ok ? parseJson(text) : undefined;
    // the common case, no echo of the token, costs a few indexOf over the text
    if (typeof text === "string" && redact(text) !== text) message = redactJson(message, redact);
    // a 2xx can carry an error object, or garbage, instead of a message: that is no success
    if (response.ok && matches(message, MESSAGE)) {
      // the API serializes an empty list as {}: hand out []
      for (const [owner, name] of LISTS) {
        const object = owner ? message[owner] : message;
        if (typeOf(object?.[name]) === "o") object[name] = [];
      }
      return { data: message, response, requestId };
    }
    return apiError(response, cleanHeaders(response.headers), text, requestId);
  }

  /** The error for a response that is not a message, its body redacted (openapi-fetch parsed a JSON error body already). */
  function apiError(response: Response, headers: Headers, raw: unknown, requestId: string | undefined): APIError {
    const parsed = typeof raw === "string" ? parseJson(raw) : raw;
    const body = typeOf(parsed) === "o" ? (redactJson(parsed, redact) as ErrorBody) : undefined;
    const { ok, status, type } = response;
    const location = headers.get("location");
    const said = [body?.message, body?.error].find((s) => typeof s === "string");
    const detail =
      [301, 302, 303, 307, 308].includes(status) || type === "opaqueredirect"
        ? `redirect${location ? ` to ${location}` : ""} not followed: nothing was sent there`
        : (said ?? redact(typeof raw === "string" ? raw : (JSON.stringify(raw) ?? ""))).slice(0, 300) || "(empty body)";
    return new (errorClassFor(status))(status, body, headers, requestId, `${ok ? "but not a message: " : ""}${detail}`);
  }

  const send = async (params: SendLinkPreviewParams, call?: RequestOptions) => (await sent(params, call)).data;
  // the response's headers are checked for echoes of the token only when someone asks for the response
  const withResponse = async (params: SendLinkPreviewParams, call?: RequestOptions) => {
    const result = await sent(params, call);
    const { response } = result;
    const headers = cleanHeaders(response.headers);
    const statusText = redact(response.statusText);
    if (headers !== response.headers || statusText !== response.statusText)
      result.response = new Response(null, { status: response.status, statusText, headers });
    return result;
  };
  return { sendLinkPreview: Object.assign(send, { withResponse }), api };
}
