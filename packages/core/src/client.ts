import type { Message, SendLinkPreviewRequest, paths } from "@linkcard/types";
import createFetchClient, { type Client } from "openapi-fetch";
import {
  APIConnectionError,
  type APIError,
  APITimeoutError,
  APIUserAbortError,
  LinkcardError,
  ValidationError,
  errorClassFor,
} from "./errors.js";
import { MESSAGE_FIELDS, PRODUCTION_URL } from "./generated/contract.js";
import { validateSendLinkPreviewRequest } from "./validate.js";
import { makeLog } from "./log.js";
import { type ClientOptions, type RequestOptions, checkOptions } from "./options.js";
import { retryDelay } from "./retry.js";
import { attemptSignal, sleep } from "./signals.js";

/** What `sendLinkPreview` takes: the request body without the credentials, which the client adds. */
export type SendLinkPreviewParams = Omit<SendLinkPreviewRequest, "instance_id" | "access_token">;

/** A sent message with the raw response and the request id. */
export interface MessageWithResponse {
  /** The sent message. */
  data: Message;
  /** The HTTP response (its body already read). */
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
  /** The typed openapi-fetch client underneath, with `baseUrl`, `fetch` and `headers` set. You pass the credentials. */
  api: Client<paths>;
}

const PATH = "/v2/send/link-preview" satisfies keyof paths;
// the name is checked against the spec by the compiler; Headers.get ignores case
const REQUEST_ID = "X-Request-Id" satisfies keyof paths[typeof PATH]["post"]["responses"][200]["headers"];
const RETRY_COUNT = "X-Linkcard-Retry-Count";
const NO_OPTIONS: RequestOptions = {};

const env = (name: string): string | undefined =>
  (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name] || undefined;

const parseJson = (text: unknown): any => {
  try {
    return JSON.parse(text as string);
  } catch {}
};

/** Creates a client. Credentials come from the options or from `WAWP_INSTANCE_ID` / `WAWP_ACCESS_TOKEN`. */
export function createClient(options: ClientOptions = {}): LinkcardClient {
  const {
    instanceId = env("WAWP_INSTANCE_ID"),
    accessToken = env("WAWP_ACCESS_TOKEN"),
    baseUrl = env("WAWP_BASE_URL") ?? PRODUCTION_URL,
  } = options;
  checkOptions("createClient options", { ...options, instanceId, accessToken, baseUrl }, ["instanceId", "accessToken"]);
  if (typeof window !== "undefined" && typeof document !== "undefined" && !options.dangerouslyAllowBrowser)
    throw new LinkcardError(
      "An accessToken in a browser ships to every visitor. Call your server, behind @linkcard/core/server's " +
        "proxy handler, instead; or pass dangerouslyAllowBrowser: true if you accept the risk.",
    );
  const log = makeLog(options.logger ?? console, options.logLevel ?? "warn");
  const api = createFetchClient<paths>({ baseUrl, fetch: options.fetch, headers: options.headers });
  // looked up per call, so a fetch installed after createClient (a polyfill, a test double) is used
  const baseFetch: typeof fetch = options.fetch ?? ((input, init) => fetch(input, init));
  const debug = options.logLevel === "debug";
  const credentials = { instance_id: instanceId as string, access_token: accessToken as string };
  // the API may echo the request, token included, in an error: as it is, and JSON-escaped as in JSON text
  const secrets = [...new Set([accessToken as string, JSON.stringify(accessToken).slice(1, -1)])];
  const redact = (text: string) => secrets.reduce((t, secret) => t.split(secret).join("***"), text);

  async function withResponse(params: SendLinkPreviewParams, call: RequestOptions = NO_OPTIONS): Promise<MessageWithResponse> {
    if (call !== NO_OPTIONS) checkOptions("request options", call);
    // Object.assign, not `{ ...params, instance_id }`: V8 makes that a slow object, 2.5 µs a call
    const body: SendLinkPreviewRequest = Object.assign({}, params, credentials);
    const issues = validateSendLinkPreviewRequest(body);
    if (issues.length) throw new ValidationError("sendLinkPreview params", issues);
    const {
      signal,
      timeout = options.timeout ?? 30_000,
      maxRetries = options.maxRetries ?? 2,
      delivery = options.delivery ?? "at-most-once",
    } = call;

    for (let attempt = 0; ; attempt++) {
      const outcome = await attemptOnce(body, call.headers, attempt, timeout, signal);
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
      if (deadline.timedOut()) return new APITimeoutError(`No response within ${timeout} ms; the message may have been sent`, { cause });
      if (signal?.aborted) return new APIUserAbortError("Request aborted", { cause });
      return new APIConnectionError(`Connection to ${baseUrl} failed: ${redact(String((cause as Error)?.message))}`, { cause });
    } finally {
      deadline.done();
    }
    const { data, error, response } = result;
    const requestId = response.headers.get(REQUEST_ID) ?? undefined;
    if (debug) log("debug", `POST ${PATH}: ${response.status}`, { attempt, requestId });
    const message = response.ok ? parseJson(data) : undefined;
    // a 2xx can carry an error object instead of a message: that is no success
    if (MESSAGE_FIELDS.every((field) => field in Object(message))) return { data: message, response, requestId };
    return apiError(response, response.ok ? data : error, requestId);
  }

  /** The error for a response that is not a message; its body redacted (openapi-fetch parsed a JSON one already). */
  function apiError(response: Response, raw: unknown, requestId: string | undefined): APIError {
    const text = redact(typeof raw === "string" ? raw : (JSON.stringify(raw) ?? ""));
    const parsed = parseJson(text);
    const body = parsed && typeof parsed === "object" && !Array.isArray(parsed) ? parsed : undefined;
    const detail = body?.message ?? body?.error ?? (text.slice(0, 200) || "(empty body)");
    const { ok, status, headers } = response;
    return new (errorClassFor(status))(status, body, headers, requestId, `${ok ? "but not a message: " : ""}${detail}`);
  }

  const send = async (params: SendLinkPreviewParams, call?: RequestOptions) => (await withResponse(params, call)).data;
  return { sendLinkPreview: Object.assign(send, { withResponse }), api };
}
