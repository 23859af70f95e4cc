import type { paths } from "@linkcard/types";
import type { Client } from "openapi-fetch";
import { type Sent, createSender } from "./attempt.js";
import { closest } from "./closest.js";
import { credentialsFrom } from "./credentials.js";
import { env } from "./env.js";
import { LinkcardError, ValidationError } from "./errors.js";
import { FIELDS, PRODUCTION_URL } from "./generated/contract.js";
import { makeLog } from "./log.js";
import type { Message, SendLinkPreviewParams } from "./message.js";
import { CLIENT_RULES, type ClientOptions, REQUEST_RULES, type RequestOptions, checkOptions, headerRecord, parseUrl } from "./options.js";
import { redactor } from "./redact.js";
import { retryDelay } from "./retry.js";
import { typeOf } from "./shape.js";
import { sleep } from "./signals.js";
import type { Issue } from "./validate.js";
import { checkParams } from "./validate.js";

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

const RETRY_COUNT = "X-Linkcard-Retry-Count";
const NO_OPTIONS: RequestOptions = {};
const WARNINGS = 50;

/** The own enumerable fields of an object, each read once, into a plain object ("__proto__" as a field, not the prototype). */
const snapshot = (object: Record<string, unknown>) => Object.fromEntries(Object.entries(object));

// a page, a Web Worker (importScripts) or a React Native app: code that ships to every user
const inBrowser = () => {
  const g = globalThis as { document?: unknown; importScripts?: unknown; navigator?: { product?: string } };
  return typeof g.document === "object" || typeof g.importScripts === "function" || g.navigator?.product === "ReactNative";
};

/**
 * Creates a client of the API, with credentials from the options or `WAWP_INSTANCE_ID` /
 * `WAWP_ACCESS_TOKEN`; or, with `proxy`, a client of your own proxy (`@linkcard/core/server`), which holds
 * them: the way to send from a browser, where a token would ship to every visitor.
 */
export function createClient(options: ClientOptions = {}): LinkcardClient {
  if (typeOf(options) !== "o") throw new ValidationError("createClient options", [{ path: "", message: "must be an object" }]);
  // each option read once: a getter cannot pass the checks and then give something else
  const o = snapshot(options as Record<string, unknown>) as ClientOptions;
  const issues: Issue[] = [];
  const proxied = o.proxy !== undefined;
  let base: string;
  let credentials = {};
  if (proxied) {
    for (const name of ["instanceId", "accessToken", "baseUrl"] as const)
      if (o[name] !== undefined) issues.push({ path: name, message: "must not be given with proxy: a client of your proxy holds no credentials" });
    const page = (globalThis as { location?: { href?: string } }).location?.href;
    const url = parseUrl(o.proxy, page ?? "http://page.invalid");
    // a path with no page to resolve it against (server rendering) stays a path
    base = typeof url === "string" ? "" : url.host === "page.invalid" ? url.pathname : url.href;
  } else {
    credentials = credentialsFrom(o as Record<string, unknown>, issues);
    const fromEnv = o.baseUrl === undefined ? env("WAWP_BASE_URL") : undefined;
    const url = parseUrl(o.baseUrl ?? fromEnv ?? PRODUCTION_URL);
    if (fromEnv !== undefined && typeof url === "string") issues.push({ path: "WAWP_BASE_URL", message: url });
    base = typeof url === "string" ? "" : url.href;
    if (inBrowser() && !o.dangerouslyAllowBrowser)
      issues.push({
        path: "accessToken",
        message:
          'in a browser ships to every visitor: send through your server instead (createClient({ proxy: "/api/linkcard" }) and @linkcard/core/server), or pass dangerouslyAllowBrowser: true if you accept the risk',
      });
  }
  checkOptions("createClient options", o, CLIENT_RULES, issues);

  const accessToken = (credentials as { access_token?: string }).access_token;
  const redact = redactor(accessToken);
  const log = makeLog(o.logger ?? console, o.logLevel ?? "warn", redact);
  const { api, send, cleanHeaders } = createSender(base.replace(/\/$/, ""), o.fetch, o.headers && (headerRecord(o.headers) as {}), redact, proxied);
  const debug = o.logLevel === "debug";
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

  async function sent(params: SendLinkPreviewParams, call: RequestOptions = NO_OPTIONS): Promise<Sent> {
    if (call !== NO_OPTIONS) checkOptions("request options", call, REQUEST_RULES);
    // one read of each own field: a getter cannot pass the check and then send something else
    const fields = typeOf(params) === "o" ? snapshot(params as Record<string, unknown>) : params;
    const issues = checkParams(fields, unknownField);
    if (issues.length) throw new ValidationError("sendLinkPreview params", issues);
    const body = Object.assign(fields as SendLinkPreviewParams, credentials) as never;
    const headers = call.headers && (headerRecord(call.headers) as Record<string, string>);
    const { signal, timeout = o.timeout ?? 30_000, maxRetries = o.maxRetries ?? 2, delivery = o.delivery ?? "at-most-once" } = call;
    let maybe = false;
    for (let attempt = 0; ; attempt++) {
      // a retry says which it is (the first attempt carries no header: it is the common case, and the cheap one)
      const outcome = await send(body, { headers: attempt ? { ...headers, [RETRY_COUNT]: String(attempt) } : headers, timeout, signal });
      if (!(outcome instanceof LinkcardError)) return outcome;
      if (debug) log("debug", `POST: ${outcome.name}`, { attempt });
      // what an earlier attempt may have sent, a later failure cannot take back
      maybe ||= outcome.mayHaveBeenSent;
      const delay = attempt < maxRetries ? retryDelay(outcome, delivery, attempt) : undefined;
      if (delay === undefined) {
        (outcome as { mayHaveBeenSent: boolean }).mayHaveBeenSent = maybe;
        throw outcome;
      }
      // the error's name and status only: its message may quote the API's body
      log("info", `retrying in ${Math.round(delay)} ms after ${outcome.name}`, { attempt, status: (outcome as { status?: number }).status });
      await sleep(delay, signal, maybe);
    }
  }

  const sendLinkPreview = (params: SendLinkPreviewParams, call?: RequestOptions) => sent(params, call).then(({ data }) => data);
  // the response's headers are checked for echoes of the token only when someone asks for the response
  const withResponse = async (params: SendLinkPreviewParams, call?: RequestOptions): Promise<MessageWithResponse> => {
    const { data, response, requestId } = await sent(params, call);
    const headers = cleanHeaders(response.headers);
    const statusText = redact(response.statusText);
    const same = headers === response.headers && statusText === response.statusText;
    return { data, requestId, response: same ? response : new Response(null, { status: response.status, statusText, headers }) };
  };
  return { sendLinkPreview: Object.assign(sendLinkPreview, { withResponse }), api };
}
